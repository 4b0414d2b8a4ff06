import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

/// The review workbook: a row per record with an empty decision, highlighted flags, and a CSV
/// saved from it that reads back as records.
struct ReviewWorkbookTests {
    static func records() -> [Record] {
        let day = { (text: String) in try! Period(parsing: text).start }
        return [
            Record(
                id: "a-1", date: day("2025-03-09"), country: "Tajikistan", region: "Khatlon",
                category: .incident, type: "armed_clash",
                fatalities: Fatalities(militants: 3, security: 1), source: "Asia-Plus",
                notes: "Three militants and a border guard were killed on Sunday.",
                flags: "date_relative;toll_conflict"),
            Record(
                id: "a-2", date: day("2025-03"), datePrecision: .month, country: "Tajikistan",
                category: .measure, type: "outpost_opened", count: 4, source: "Asia-Plus",
                notes: "Four new border outposts were opened."),
        ]
    }

    /// The Review sheet as CSV, the way a spreadsheet program saves it.
    static func csv(of path: String, rejecting rejected: String?) throws -> String {
        let cells = try WorkbookReader(path: path).cells(ofSheet: "Review")
        var lines: [String] = []
        for row in 1...3 {
            var fields: [String] = []
            for column in 0...(Column.allCases.count) {
                var value = cells[CellRange.columnName(column) + String(row)]?.value ?? ""
                if column == 0, row > 1, let rejected,
                    cells["B\(row)"]?.value == rejected
                {
                    value = "reject"
                }
                fields.append(
                    value.contains(",") || value.contains("\"")
                        ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value)
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func `a review workbook saved as CSV reads back as the records, less the rejected`()
        throws
    {
        let folder = Fixtures.folder()
        let path = folder + "/review.xlsx"
        try ReviewWorkbookEmitter(context: EmissionContext(version: "9", generatedAt: 0))
            .write(Self.records(), toPath: path)
        let cells = try WorkbookReader(path: path).cells(ofSheet: "Review")
        #expect(cells["A1"]?.value == "decision" && cells["B1"]?.value == "id")
        #expect(cells["A2"]?.value ?? "" == "", "the decision is left to the reviewer")
        #expect(cells["A2"]?.style != cells["A3"]?.style, "flagged rows are highlighted")

        let kept = folder + "/kept.csv"
        try Self.csv(of: path, rejecting: nil).write(
            toFile: kept, atomically: true, encoding: .utf8)
        let (all, accounting) = try RecordListing.records(from: InputSet.resolve([kept]))
        #expect(accounting.rejected == 0)
        #expect(all == Self.records())

        let reviewed = folder + "/reviewed.csv"
        try Self.csv(of: path, rejecting: "a-1").write(
            toFile: reviewed, atomically: true, encoding: .utf8)
        let (records, counts) = try RecordListing.records(from: InputSet.resolve([reviewed]))
        #expect(records.map(\.id) == ["a-2"])
        #expect(counts.read == 2 && counts.rejected == 1)
        #expect(counts.firstRejection?.reason.contains("reviewer rejected") == true)
    }
}
