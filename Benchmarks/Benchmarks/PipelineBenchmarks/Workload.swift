import Foundation
import TallyCore
import TallyExport

/// The records every pipeline benchmark reads: synthetic, in the canonical CSV layout, written
/// once per run of the benchmarks to a file in the temporary folder (the reader works on files).
struct Workload: Sendable {
    /// Records in the file.
    let records: Int
    /// The CSV file.
    let path: String
    /// The file's size.
    let byteCount: Int

    /// The shared workload: 200,000 records, about 50 MB, from seed 7.
    static let shared = Workload(records: 200_000, seed: 7)

    /// Writes `records` synthetic records, header first, with `RecordCSVWriter.row(_:)`.
    init(records: Int, seed: UInt64) {
        var csv = Column.allCases.map(\.name).joined(separator: ",") + "\n"
        for record in SyntheticRecords(count: records, seed: seed) {
            csv += RecordCSVWriter.row(record)
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-benchmarks", isDirectory: true)
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("records-\(records)-seed-\(seed).csv")
        let data = Data(csv.utf8)
        try! data.write(to: file, options: .atomic)
        self.records = records
        path = file.path
        byteCount = data.count
    }
}

/// The shared workload's records as an `.xlsx` workbook, written once per run of the benchmarks
/// the way `tally export --records` writes one (libxlsxwriter's constant-memory mode).
struct WorkbookWorkload: Sendable {
    /// Records in the workbook.
    let records: Int
    /// The workbook file.
    let path: String

    /// 200,000 records from seed 7, as in ``Workload/shared``.
    static let shared = WorkbookWorkload(records: 200_000, seed: 7)

    init(records: Int, seed: UInt64) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-benchmarks", isDirectory: true)
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("records-\(records)-seed-\(seed).xlsx").path
        let workbook = try! XLSXWorkbook(
            path: file, options: XLSXWorkbook.Options(constantMemory: true, createdAt: 0))
        var sheet = try! RecordsSheetWriter(workbook: workbook)
        for record in SyntheticRecords(count: records, seed: seed) {
            try! sheet.write(record)
        }
        try! sheet.finish()
        try! workbook.close()
        self.records = records
        path = file
    }
}

/// Tables and records for the emitters, made without reading anything.
enum EmitterWorkload {
    /// A month x region table of 50,000 groups: 250 months, 5 countries of 40 regions each,
    /// in the order the aggregator sorts them.
    static let table: AggregateTable = {
        var rows: [AggregateRow] = []
        var totals = Metrics()
        var month = Period(.month, containing: CivilDate(year: 2005, month: 1, day: 1)!)
        for _ in 0..<250 {
            for country in 1...5 {
                for region in 1...40 {
                    let seed = rows.count &* 2_654_435_761
                    var metrics = Metrics()
                    metrics.records = seed % 97 + 1
                    metrics.incidents = seed % 89
                    metrics.fatalities = Fatalities(
                        militants: seed % 7, security: seed % 5, civilians: seed % 3,
                        unknown: seed % 2)
                    metrics.measures = seed % 11
                    metrics.outposts = seed % 4
                    totals += metrics
                    rows.append(
                        AggregateRow(
                            keys: [
                                month.description, "Country \(country)",
                                "Province \(country)-\(region < 10 ? "0" : "")\(region)",
                            ],
                            metrics: metrics, period: month))
                }
            }
            month = month.next
        }
        return AggregateTable(
            dimensions: [.month, .region], keyColumns: ["month", "country", "region"],
            rows: rows, totals: totals)
    }()

    /// Records for the XLSX Records sheet.
    static let records = Array(SyntheticRecords(count: 20_000, seed: 7))

    /// Where the XLSX benchmark writes its workbook, overwritten at every iteration.
    static let workbookPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("tally-benchmarks", isDirectory: true)
        .appendingPathComponent("records.xlsx").path
}
