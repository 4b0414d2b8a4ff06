import Foundation
import TallyCore
import TallyExport
import Testing

/// The format -> emitter mappings and the outputs emitters write to: each format names one
/// emitter, which writes through an ``OutputFile`` the bytes its golden file holds; workbooks are
/// written by path and appear only on commit.
struct EmitterMappingTests {
    static let context = EmissionContext(version: "9", generatedAt: 0)

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "tally-emit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Emits `subject` to a new file through an output opened for `emitter`, and reads it back.
    static func emitted<Subject>(
        _ subject: Subject, with emitter: any Emitter<Subject>, name: String
    ) throws -> String {
        let path = try folder() + "/" + name
        let output = try OutputFile(.file(path), for: emitter)
        try emitter.emit(subject, to: output)
        try output.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: OutputFormat.allCases)
    func `a format's emitters agree with it on writing by path`(format: OutputFormat) {
        #expect(format.tableEmitter(context: Self.context).writesByPath == format.writesByPath)
        #expect(
            format.comparisonEmitter(context: Self.context).writesByPath == format.writesByPath)
    }

    @Test func `only the comparison as text and as a page states its notes itself`() {
        let stating = OutputFormat.allCases.filter {
            $0.comparisonEmitter(context: Self.context).includesNotes
        }
        #expect(stating == [.text, .html])
        #expect(
            !OutputFormat.allCases.contains { $0.tableEmitter(context: Self.context).includesNotes }
        )
    }

    @Test func `each report format names its file, and only the workbook is written by path`() {
        #expect(
            ReportFormat.allCases.map(\.fileName) == [
                "summary.txt", "by-region.csv", "report.xlsx", "report.html",
            ])
        #expect(
            ReportFormat.allCases.filter { $0.emitter(context: Self.context).writesByPath }
                == [.xlsx])
    }

    @Test(arguments: [
        (OutputFormat.text, "month-region.txt"), (.csv, "month-region.csv"),
        (.json, "month-region.json"),
    ])
    func `a table emitted through its format's emitter matches its golden file`(
        format: OutputFormat, golden: String
    ) throws {
        let text = try Self.emitted(
            try EmitterGoldenTests.result(), with: format.tableEmitter(context: Self.context),
            name: golden)
        try GoldenFile.check(text, against: golden)
    }

    @Test func `a comparison emitted through the text format matches its golden file`() throws {
        let text = try Self.emitted(
            try ComparisonEmitterTests.comparison(),
            with: OutputFormat.text.comparisonEmitter(context: Self.context), name: "c.txt")
        try GoldenFile.check(text, against: "compare-region.txt")
    }

    @Test func `the report's CSV is its by-region table`() throws {
        let report = try ReportGoldenTests.report()
        let text = try Self.emitted(
            report, with: ReportFormat.csv.emitter(context: Self.context), name: "by-region.csv")
        try GoldenFile.check(text, against: "by-region.csv")
    }

    @Test func `a workbook is written at the reserved path and replaces the target on commit`()
        throws
    {
        let folder = try Self.folder()
        let target = folder + "/table.xlsx"
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        let emitter = OutputFormat.xlsx.tableEmitter(context: Self.context)
        let output = try OutputFile(.file(target), for: emitter)
        let reserved = try #require(output.reservedPath)
        #expect(reserved != target)
        try emitter.emit(try EmitterGoldenTests.result(), to: output)
        #expect(FileManager.default.fileExists(atPath: reserved))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        try output.commit()
        #expect(FileManager.default.contents(atPath: target)?.prefix(2) == Data("PK".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["table.xlsx"])
    }

    @Test func `a discarded workbook leaves the old file and no temporary behind`() throws {
        let folder = try Self.folder()
        let target = folder + "/c.xlsx"
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        let emitter = OutputFormat.xlsx.comparisonEmitter(context: Self.context)
        let output = try OutputFile(.file(target), for: emitter)
        try emitter.emit(try ComparisonEmitterTests.comparison(), to: output)
        output.discard()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["c.xlsx"])
    }

    @Test func `a workbook cannot go to standard output, nor text to a path reserved for one`()
        throws
    {
        let workbook = OutputFormat.xlsx.tableEmitter(context: Self.context)
        #expect(throws: OutputError.self) { try OutputFile(.standardOutput, for: workbook) }
        #expect(throws: OutputError.self) {
            try OutputFile(.file("/nonexistent-folder/table.xlsx"), for: workbook)
        }
        let output = try OutputFile(.file(try Self.folder() + "/table.xlsx"), for: workbook)
        #expect(throws: OutputError.self) { try output.write("text") }
        #expect(try OutputFile(.standardOutput).reservedPath == nil)
        output.discard()
    }

    static let input = GoldenFile.folder.appendingPathComponent("report-input.csv").path

    @Test(arguments: RecordFormat.allCases)
    func `records written in each record format read back as the same records`(
        format: RecordFormat
    ) throws {
        let records = try RecordListing.records(
            from: InputSet.resolve([Self.input]), options: ReadOptions(currentYear: 2026)
        ).records
        let path = try Self.folder() + "/records." + format.rawValue
        let emitter = format.emitter()
        let output = try OutputFile(.file(path), for: emitter)
        try emitter.emit(records, to: output)
        try output.commit()
        let back = try RecordListing.records(
            from: InputSet.resolve([path]), options: ReadOptions(currentYear: 2026)
        ).records
        #expect(back.map { RecordCSVWriter.row($0) } == records.map { RecordCSVWriter.row($0) })
    }

    /// Aggregates the golden input while `emitter` lists its records on a new file.
    static func listed(
        with emitter: some ListingEmitter, name: String
    ) throws -> (path: String, result: AggregationResult) {
        let path = try folder() + "/" + name
        let request = AggregationRequest(dimensions: [.month, .region])
        let output = try OutputFile(.file(path), for: emitter)
        let listing = try emitter.startListing(on: output, for: request)
        let result = try Aggregation.run(
            request, from: InputSet.resolve([input]), options: ReadOptions(currentYear: 2026),
            buildsTable: emitter.writesTable, listingRows: listing.list)
        try listing.finish(result)
        try output.commit()
        return (path, result)
    }

    @Test func `only CSV and XLSX list records`() {
        #expect(
            OutputFormat.allCases.filter { $0.listingEmitter(context: Self.context) != nil }
                == [.csv, .xlsx])
    }

    @Test
    func
        `a records CSV builds no table rows; a workbook's listing does, with the same totals and notes`()
        throws
    {
        let csv = try #require(OutputFormat.csv.listingEmitter(context: Self.context))
        let xlsx = try #require(OutputFormat.xlsx.listingEmitter(context: Self.context))
        #expect(!csv.writesTable && xlsx.writesTable)
        let (_, listed) = try Self.listed(with: csv, name: "records.csv")
        let (_, workbook) = try Self.listed(with: xlsx, name: "records.xlsx")
        #expect(listed.table.rows.isEmpty && !workbook.table.rows.isEmpty)
        #expect(listed.table.totals == workbook.table.totals)
        #expect(listed.notes == workbook.notes)
    }

    @Test func `a listed CSV is the counted records alone, as the CSV options say`() throws {
        let options = CSVOptions(writesByteOrderMark: true)
        let emitter = try #require(
            OutputFormat.csv.listingEmitter(csv: options, context: Self.context))
        let (path, result) = try Self.listed(with: emitter, name: "records.csv")
        let records = try RecordListing.records(
            from: InputSet.resolve([Self.input]), options: ReadOptions(currentYear: 2026)
        ).records
        let expected =
            CSVFormat.byteOrderMark + CSVFormat.row(Column.allCases.map(\.name))
            + records.map { RecordCSVWriter.row($0, options: options) }.joined()
        #expect(FileManager.default.contents(atPath: path) == Data(expected.utf8))
        #expect(records.count == result.accounting.accepted)
    }

    @Test func `a listed workbook has the records beside the table, its pivot and About`() throws {
        let emitter = try #require(
            OutputFormat.xlsx.listingEmitter(includesPivot: true, context: Self.context))
        let (path, result) = try Self.listed(with: emitter, name: "export.xlsx")
        let reader = try WorkbookReader(path: path)
        #expect(reader.sheetNames == ["Aggregate", "Pivot", "Records", "About"])
        let rows = try reader.cells(ofSheet: "Records").keys.filter { $0.hasPrefix("A") }.count
        #expect(rows == result.accounting.accepted + 1)
    }
}
