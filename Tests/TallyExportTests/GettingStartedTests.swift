// BEGIN article code
import Foundation
import TallyCore
import TallyExport
// END article code
import TallyTestSupport
import Testing

/// The getting-started article of the documentation (`TallyExport.docc/GettingStarted.md`), run:
/// its code is the code between this file's markers, word for word, so the two cannot drift.
struct GettingStartedTests {
    static let articleURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TallyExport/TallyExport.docc/GettingStarted.md")

    @Test func `the article's code runs and gives what the article shows`() throws {
        // BEGIN article code
        let records = [
            Record(
                id: "kh-1", date: CivilDate(year: 2024, month: 11, day: 3)!,
                country: "Tajikistan", region: "Khatlon", category: .incident,
                type: "armed_clash", fatalities: Fatalities(militants: 2, security: 1)),
            Record(
                id: "kh-2", date: CivilDate(year: 2024, month: 12, day: 1)!,
                country: "Tajikistan", region: "Khatlon", category: .incident, type: "attack",
                count: 2),
            Record(
                id: "kh-3", date: CivilDate(year: 2024, month: 12, day: 20)!,
                country: "Tajikistan", region: "Khatlon", category: .incident,
                type: "infiltration"),
            Record(
                id: "gb-1", date: CivilDate(year: 2024, month: 12, day: 15)!,
                country: "Tajikistan", region: "Gorno-Badakhshan", category: .measure,
                type: "outpost_opened", count: 4),
        ]
        // END article code

        // BEGIN article code
        let request = AggregationRequest(dimensions: [.month, .region])
        let result = try Aggregation.run(request, from: records)
        let table = TableTextEmitter().text(result.table)
        // END article code
        #expect(result.accounting.read == 4 && result.accounting.rejected == 0)

        // BEGIN article code
        let monitoringStart = CivilDate(year: 2024, month: 11, day: 1)!
        let monitoringEnd = CivilDate(year: 2024, month: 12, day: 31)!
        let comparison = try Comparing.run(
            ComparisonRequest(
                base: try PeriodRange(parsing: "2024-11"),
                current: try PeriodRange(parsing: "2024-12"),
                coverage: monitoringStart...monitoringEnd),
            from: records)
        let changes = ComparisonTextEmitter().text(comparison)
        // END article code

        // BEGIN article code
        let upload = Data(
            """
            date,country,region,category,type,fatalities
            2024-12-02,Tajikistan,Khatlon,incident,attack,1
            2024-12-03,Tajikistan,Khatlon,incident,attack,-3

            """.utf8)
        let uploaded = try Aggregation.run(
            request, from: RecordInput(bytes: upload, name: "upload.csv"))
        let rejections = uploaded.accounting.rejectionSummary ?? ""
        // END article code
        #expect(uploaded.accounting.accepted == 1)

        // BEGIN article code
        let rise = comparison.total(.incidents)!
        let rejected = uploaded.accounting.rejectionNote!
        let inWords =
            "\(ReaderLabel.count(rise.current, of: .incidents)) against \(rise.base), rate ratio "
            + "\(rise.rateRatio!.formatted(.number.precision(.fractionLength(2))))\n"
            + rejected.sentence
        // END article code
        #expect(
            rejected
                == .recordsRejected(rejected: 1, read: 2, first: uploaded.accounting.firstRejection)
        )

        // BEGIN article code
        let workbookPath = NSTemporaryDirectory() + "incidents-\(UUID().uuidString).xlsx"
        let emitter = TableWorkbookEmitter(
            includesPivot: true, context: EmissionContext(version: "1.0", generatedAt: 0))
        let workbook = try OutputFile(.file(workbookPath), for: emitter)
        try emitter.emit(result, to: workbook)
        try workbook.commit()
        // END article code

        let article = try String(contentsOf: Self.articleURL, encoding: .utf8)
        let shown = ArticleCode.blocks(fenced: "text", in: article)
        #expect(shown.count == 4)
        #expect(
            shown
                == [table, changes, rejections, inWords].map {
                    $0.trimmingCharacters(in: .newlines)
                })
        let sheets = try WorkbookReader(path: workbookPath).sheetNames
        #expect(sheets == ["Aggregate", "Pivot", "About"])
    }

    @Test func `the article's code blocks are this file's marked code, block for block`() throws {
        let article = try String(contentsOf: Self.articleURL, encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let blocks = ArticleCode.blocks(fenced: "swift", in: article)
        let regions = ArticleCode.markedCode(in: source)
        #expect(
            blocks.count == regions.count, "GettingStarted.md has a code block per marked region")
        for (number, (block, region)) in zip(blocks, regions).enumerated() {
            #expect(
                block == region, "code block \(number + 1) of GettingStarted.md is not the test's")
        }
    }
}
