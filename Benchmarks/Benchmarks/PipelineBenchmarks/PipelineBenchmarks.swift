import Benchmark
@_spi(Benchmarks) import TallyCore
import TallyExport

/// The stages of `tally aggregate`, each alone, on `Workload.shared` (reader, decoder, aggregator)
/// and `EmitterWorkload` (emitters). p90 thresholds are in `Thresholds/`; see ../README.md.
let benchmarks: @Sendable () -> Void = {
    // A 2-core VM is noisy: a regression is a p90 more than 35% slower, or 25% more allocations
    // or resident memory, than the committed thresholds.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 2,
        maxDuration: .seconds(4),
        maxIterations: 1_000,
        thresholds: [
            .wallClock: BenchmarkThresholds(relative: [.p90: 35]),
            .mallocCountTotal: BenchmarkThresholds(relative: [.p90: 25]),
            .peakMemoryResident: BenchmarkThresholds(relative: [.p90: 25]),
        ])

    // MARK: Reading

    // Names carry no spaces: benchmark 1.38.1 writes threshold files with `_` for a space but
    // looks them up by the name as it is. Each setup checks that the stage sees every record: a
    // stage that rejected them all would look fast.
    Benchmark("Reader.scanRows") { benchmark, path in
        blackHole(try PipelineStages.scanCSV(path: path))
    } setup: {
        let workload = Workload.shared
        let rows = try PipelineStages.scanCSV(path: workload.path)
        precondition(rows == workload.records + 1, "scanned \(rows) rows")
        return workload.path
    }

    Benchmark("ReaderDecoder.decodeRecords") { benchmark, path in
        blackHole(try PipelineStages.decodeCSV(path: path))
    } setup: {
        let workload = Workload.shared
        let accepted = try PipelineStages.decodeCSV(path: workload.path)
        precondition(accepted == workload.records, "accepted \(accepted) records")
        return workload.path
    }

    // The same 200,000 records as a workbook written as `tally export --records` writes one
    // (inline strings, dates as serial numbers): inflating, finding the cells and deciding the
    // records, on the three threads a workbook is read with. `PipelineStages.decodeCSV` reads
    // any file the reader recognises. Issue 17 asks for at most three times decodeRecords.
    Benchmark("ReaderDecoder.decodeWorkbook") { benchmark, path in
        blackHole(try PipelineStages.decodeCSV(path: path))
    } setup: {
        let workload = WorkbookWorkload.shared
        let accepted = try PipelineStages.decodeCSV(path: workload.path)
        precondition(accepted == workload.records, "accepted \(accepted) records")
        return workload.path
    }

    // MARK: Extracting

    // One thread over the 96 articles of Evaluation/real-dev (about 150 KB): MB/s is the
    // workload's bytes over the p50 wall clock (see ../README.md).
    Benchmark("Extractor.realDevArticles") { benchmark, workload in
        blackHole(workload.extractAll())
    } setup: {
        let workload = ExtractionWorkload.shared
        let records = workload.extractAll()
        precondition(workload.articles.count >= 90 && records > 50, "extracted \(records) records")
        return workload
    }

    // MARK: Aggregating

    Benchmark("Aggregator.monthRegion") { benchmark, rows in
        blackHole(rows.aggregate(by: [.month, .region]))
    } setup: {
        try decodedRows()
    }

    Benchmark("Aggregator.weekTypeActor") { benchmark, rows in
        blackHole(rows.aggregate(by: [.week, .type, .actor]))
    } setup: {
        try decodedRows()
    }

    // MARK: Emitting

    Benchmark("Emitter.csv50kGroups") { benchmark, table in
        blackHole(TableCSVEmitter().text(table))
    } setup: {
        EmitterWorkload.table
    }

    Benchmark("Emitter.json50kGroups") { benchmark, table in
        blackHole(TableJSONEmitter().text(table))
    } setup: {
        EmitterWorkload.table
    }

    Benchmark("Emitter.text50kGroups") { benchmark, table in
        blackHole(TableTextEmitter().text(table))
    } setup: {
        EmitterWorkload.table
    }

    Benchmark("Emitter.xlsx20kRecords") { benchmark, records in
        let workbook = try XLSXWorkbook(
            path: EmitterWorkload.workbookPath,
            options: XLSXWorkbook.Options(constantMemory: true, createdAt: 0))
        var sheet = try RecordsSheetWriter(workbook: workbook)
        for record in records {
            try sheet.write(record)
        }
        try sheet.finish()
        try workbook.close()
    } setup: {
        EmitterWorkload.records
    }
}

/// The shared workload read and decoded, checked to hold every record.
private func decodedRows() throws -> PipelineStages.DecodedRows {
    let workload = Workload.shared
    let rows = try PipelineStages.DecodedRows(path: workload.path)
    precondition(rows.count == workload.records, "held \(rows.count) records")
    precondition(rows.aggregate(by: [.month, .region]).totals.records == workload.records)
    return rows
}
