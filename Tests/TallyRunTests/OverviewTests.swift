import Foundation
import TallyCore
import TallyExport
import TallyRun
import TallyTestSupport
import Testing

/// The overview of TallyRun's documentation (`TallyRun.docc/TallyRun.md`), run: its code is the
/// code between this file's markers, word for word.
struct OverviewTests {
    static let articleURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TallyRun/TallyRun.docc/TallyRun.md")

    @Test func `the overview's code runs and says what the overview shows`() throws {
        var records = [1, 31, 31].map { day in
            Record(
                id: "kh-\(day)", date: CivilDate(year: 2024, month: 12, day: day)!,
                country: "Tajikistan", region: "Khatlon", category: .incident, type: "attack")
        }
        records[2].count = 0
        let folder = Fixtures.folder()
        // BEGIN article code
        let run = RecordRun(source: records, rejects: folder + "/rejected.csv", isStrict: true)
        let outcome = run.aggregate(
            AggregationRequest(dimensions: [.month, .region]),
            with: OutputFormat.csv.tableEmitter(
                context: EmissionContext(version: "1.0", generatedAt: 0)),
            to: .file(folder + "/table.csv"))
        let said = outcome.diagnostics.map(\.description) + [outcome.failure?.description ?? ""]
        // END article code
        #expect(outcome.status == .invalidData)
        #expect(!FileManager.default.fileExists(atPath: folder + "/table.csv"))
        let rejected = try String(contentsOfFile: folder + "/rejected.csv", encoding: .utf8)
        #expect(rejected.hasPrefix("file,line,reason,record\nrecords,3,"))

        let article = try String(contentsOf: Self.articleURL, encoding: .utf8)
        #expect(ArticleCode.blocks(fenced: "text", in: article) == [said.joined(separator: "\n")])
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        #expect(
            ArticleCode.blocks(fenced: "swift", in: article) == ArticleCode.markedCode(in: source))
    }
}
