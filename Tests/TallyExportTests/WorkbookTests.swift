import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

/// Workbooks read back with an independent reader: sheets, headers, numbers, real dates, links,
/// text that stays text, tables, charts, properties, reproducibility.
struct WorkbookTests {
    static let context = EmissionContext(version: "9.9.9", generatedAt: 1_767_600_000)

    static func report() throws -> MonthlyReport {
        let input = GoldenFile.folder.appendingPathComponent("report-input.csv").path
        return try MonthlyReporting.run(
            from: InputSet.resolve([input]), options: ReadOptions(currentYear: 2026))
    }

    @Test func `the report workbook has its five sheets, figures, real dates and native charts`()
        throws
    {
        let report = try Self.report()
        let path = Fixtures.folder() + "/report.xlsx"
        try ReportWorkbookEmitter(context: Self.context).write(report, toPath: path)
        let workbook = try WorkbookReader(path: path)
        #expect(workbook.sheetNames == ["Summary", "By region", "Trend", "Records", "About"])

        let summary = try workbook.cells(ofSheet: "Summary")
        #expect(summary["A1"]?.value == "Tally monthly report — December 2025")
        #expect(summary["A5"]?.value == "records")
        #expect(summary["B5"]?.value == String(report.totals.records))
        #expect(summary["B6"]?.value == String(report.totals.incidents))

        let byRegion = try workbook.cells(ofSheet: "By region")
        #expect(
            byRegion["A1"]?.value == "country" && byRegion["B1"]?.value == "region"
                && byRegion["C1"]?.value == "records")
        let lastRow = report.regions.count + 2
        #expect(byRegion["A\(lastRow)"]?.value == "Total")
        #expect(byRegion["D\(lastRow)"]?.formula?.contains("SUBTOTAL(109") == true)
        #expect(
            Double(byRegion["D\(lastRow)"]?.value ?? "")
                == Double(report.byRegion.totals.incidents), "cached total")
        #expect(try workbook.part("xl/tables/table1.xml").contains("totalsRowCount=\"1\""))

        let records = try workbook.cells(ofSheet: "Records")
        #expect(records["B1"]?.value == "date")
        let first = try #require(report.records.first)
        let dateCell = try #require(records["B2"])
        #expect(dateCell.type == "n")
        #expect(Int(dateCell.value) == XLSXWorkbook.serial(of: first.date))
        #expect(workbook.numberFormat(of: dateCell) == "yyyy-mm-dd")
        #expect(try workbook.part("xl/worksheets/sheet4.xml").contains("<hyperlink "))
        #expect(
            try workbook.part("xl/worksheets/_rels/sheet4.xml.rels").contains(
                "https://example.org/"))
        #expect(try workbook.part("xl/worksheets/sheet4.xml").contains("<autoFilter "))

        let trend = try workbook.cells(ofSheet: "Trend")
        #expect(workbook.numberFormat(of: try #require(trend["A2"])) == "mmm yyyy")
        #expect(workbook.has("xl/charts/chart1.xml") && workbook.has("xl/charts/chart2.xml"))
        #expect(try workbook.part("xl/charts/chart1.xml").contains("<c:lineChart>"))
        #expect(try workbook.part("xl/charts/chart2.xml").contains("<c:grouping val=\"stacked\"/>"))

        let core = try workbook.part("docProps/core.xml")
        #expect(core.contains("<dc:title>Tally monthly report — December 2025</dc:title>"))
        #expect(core.contains("<dc:creator>Tally</dc:creator>"))
        let about = try workbook.cells(ofSheet: "About")
        #expect(about.values.contains { $0.value == "9.9.9" })
    }

    @Test
    func
        `a month of more records than it holds streams: the same figures, filter buttons for tables, addresses as text, said on About`()
        throws
    {
        let report = try Self.report()
        let folder = Fixtures.folder()
        var emitter = ReportWorkbookEmitter(context: Self.context)
        try emitter.write(report, toPath: folder + "/held.xlsx")
        emitter.recordsHeldInMemory = report.records.count - 1
        try emitter.write(report, toPath: folder + "/streamed.xlsx")
        let held = try WorkbookReader(path: folder + "/held.xlsx")
        let streamed = try WorkbookReader(path: folder + "/streamed.xlsx")

        #expect(streamed.sheetNames == held.sheetNames)
        for sheet in ["Summary", "Trend"] {
            #expect(
                try streamed.cells(ofSheet: sheet).mapValues(\.value)
                    == held.cells(ofSheet: sheet).mapValues(\.value), "\(sheet)")
        }
        let records = try streamed.cells(ofSheet: "Records")
        #expect(records.keys.filter { $0.hasPrefix("A") }.count == report.records.count + 1)
        #expect(
            records.mapValues(\.value) == (try held.cells(ofSheet: "Records")).mapValues(\.value))
        #expect(try !streamed.part("xl/worksheets/sheet4.xml").contains("<hyperlink "))

        // By region: the same rows, without the table's total row, with filter buttons.
        let byRegion = try streamed.cells(ofSheet: "By region")
        #expect(!streamed.has("xl/tables/table1.xml") && held.has("xl/tables/table1.xml"))
        #expect(try streamed.part("xl/worksheets/sheet2.xml").contains("<autoFilter "))
        #expect(byRegion["A\(report.regions.count + 2)"] == nil)
        #expect(byRegion["C2"]?.value == (try held.cells(ofSheet: "By region"))["C2"]?.value)

        let about = try streamed.cells(ofSheet: "About").values.map(\.value)
        #expect(
            about.contains { $0.hasPrefix("this workbook streams its rows to keep memory flat") })
        #expect(about.contains { $0.contains("source addresses are plain text, not links") })
        let heldAbout = try held.cells(ofSheet: "About").values.map(\.value)
        #expect(!heldAbout.contains { $0.hasPrefix("this workbook streams its rows") })
    }

    @Test func `two reports with the same time are byte-identical`() throws {
        let report = try Self.report()
        let folder = Fixtures.folder()
        try ReportWorkbookEmitter(context: Self.context).write(report, toPath: folder + "/a.xlsx")
        try ReportWorkbookEmitter(context: Self.context).write(report, toPath: folder + "/b.xlsx")
        #expect(
            FileManager.default.contentsEqual(
                atPath: folder + "/a.xlsx", andPath: folder + "/b.xlsx"))
    }

    static func record(
        _ id: String, notes: String = "", region: String = "Khatlon", url: String = ""
    ) -> Record {
        Record(
            id: id, date: CivilDate(year: 2025, month: 3, day: 4)!, country: "Tajikistan",
            region: region,
            category: .incident, type: "attack", fatalities: Fatalities(militants: 1),
            sourceURL: url, notes: notes)
    }

    @Test
    func `formula-like text stays a string, long text is cut visibly, links are only http(s)`()
        throws
    {
        let path = Fixtures.folder() + "/records.xlsx"
        let workbook = try XLSXWorkbook(path: path, options: .init(constantMemory: true))
        var writer = try RecordsSheetWriter(workbook: workbook)
        try writer.write(
            Self.record("a", notes: "=HYPERLINK(\"http://evil\",\"x\")", url: "javascript:alert(1)")
        )
        try writer.write(
            Self.record(
                "b", notes: String(repeating: "x", count: 40_000), url: "https://example.org/b"))
        try writer.write(Self.record("+1+1", notes: "@SUM(1)"))
        try writer.write(Self.record("-2+3", notes: "\tled by a tab"))
        try writer.finish()
        try workbook.close()
        let cells = try WorkbookReader(path: path).cells(ofSheet: "Records")
        #expect(cells["S2"]?.value == "=HYPERLINK(\"http://evil\",\"x\")")
        #expect(cells["S2"]?.type == "inlineStr" || cells["S2"]?.type == "s")
        #expect(cells.values.allSatisfy { $0.formula == nil })
        #expect(cells["R2"]?.value == "javascript:alert(1)")
        let long = try #require(cells["S3"]?.value)
        #expect(
            long.utf16.count <= 32_767 && long.hasSuffix("[cut at Excel's 32,767-character limit]"))
        #expect(cells["A4"]?.value == "+1+1" && cells["S4"]?.value == "@SUM(1)")
        #expect(cells["A5"]?.value == "-2+3" && cells["S5"]?.value == "\tled by a tab")
        #expect(workbook.truncatedCells == 1)
    }

    @Test func `records continue on a second sheet past the row limit`() throws {
        let path = Fixtures.folder() + "/many.xlsx"
        let workbook = try XLSXWorkbook(path: path, options: .init(constantMemory: true))
        var writer = try RecordsSheetWriter(workbook: workbook, rowsPerSheet: 3)
        for index in 0..<7 { try writer.write(Self.record("r\(index)")) }
        try writer.finish()
        try workbook.close()
        let reader = try WorkbookReader(path: path)
        #expect(reader.sheetNames == ["Records", "Records (2)", "Records (3)"])
        #expect(try reader.cells(ofSheet: "Records (3)")["A2"]?.value == "r6")
        #expect(try reader.cells(ofSheet: "Records (2)")["A1"]?.value == "id")
    }

    @Test(arguments: [
        ("By region", [String](), "By region"), ("a/b:c*d?e[f]g\\h", [], "a_b_c_d_e_f_g_h"),
        ("'quoted'", [], "quoted"),
        ("Records", ["records"], "Records (2)"),
        (String(repeating: "x", count: 40), [], String(repeating: "x", count: 31)),
        ("", [], "Sheet"), ("History", [], "Sheet History"),
    ])
    func `sheet names are made valid and unique`(name: String, existing: [String], expected: String)
    {
        #expect(SheetName.valid(name, avoiding: existing) == expected)
    }

    @Test func `the export workbook streams records beside the aggregate and its pivot`() throws {
        let input = GoldenFile.folder.appendingPathComponent("report-input.csv").path
        let path = Fixtures.folder() + "/export.xlsx"
        let request = AggregationRequest(dimensions: [.month, .region])
        let workbook = try ExportWorkbook(
            path: path, request: request, includesPivot: true, includesRecords: true,
            context: Self.context)
        let result = try Aggregation.run(
            request, from: InputSet.resolve([input]), options: ReadOptions(currentYear: 2026)
        ) { (record: DecodedRecord, row: borrowing RowView) in
            try workbook.list(record, from: row)
        }
        try workbook.finish(result)
        let reader = try WorkbookReader(path: path)
        #expect(reader.sheetNames == ["Aggregate", "Pivot", "Records", "About"])
        let aggregate = try reader.cells(ofSheet: "Aggregate")
        #expect(aggregate["A1"]?.value == "month" && aggregate["D1"]?.value == "records")
        #expect(
            try reader.cells(ofSheet: "Records").keys.filter { $0.hasPrefix("A") }.count == result
                .accounting.accepted + 1)
        let pivot = try reader.cells(ofSheet: "Pivot")
        // The metric is named, a totals row closes the table, coarser periods come last.
        #expect(pivot["A1"]?.value.hasPrefix("Incidents (the sum of count") == true)
        #expect(pivot["A2"]?.value == "country" && pivot["B2"]?.value == "region")
        let rows = pivot.keys.filter { $0.hasPrefix("A") }.count
        #expect(pivot["A\(rows)"]?.value == "Total")
        let headings = pivot.filter { $0.key.hasSuffix("2") && $0.key.count == 2 }
            .sorted { $0.key < $1.key }.map(\.value.value)
        if let coarse = headings.firstIndex(where: { $0.contains("(dated only to the") }) {
            #expect(
                headings[coarse...].allSatisfy {
                    $0.contains("(dated only to the") || $0 == "total"
                })
        }
    }

    @Test func `records streamed from the reader's buffer fill the same cells as whole records`()
        throws
    {
        let input = GoldenFile.folder.appendingPathComponent("report-input.csv").path
        let folder = Fixtures.folder()
        let request = AggregationRequest(dimensions: [.country])
        var sheets: [[String: WorkbookReader.Cell]] = []
        for (index, streamed) in [true, false].enumerated() {
            let path = folder + "/\(index).xlsx"
            let workbook = try XLSXWorkbook(path: path, options: .init(constantMemory: true))
            var writer = try RecordsSheetWriter(workbook: workbook)
            let inputs = try InputSet.resolve([input])
            let options = ReadOptions(currentYear: 2026)
            if streamed {
                _ = try Aggregation.run(request, from: inputs, options: options) {
                    (record: DecodedRecord, row: borrowing RowView) in
                    try writer.write(record, from: row)
                }
            } else {
                _ = try Aggregation.run(request, from: inputs, options: options) {
                    (record: Record) in
                    try writer.write(record)
                }
            }
            try writer.finish()
            try workbook.close()
            sheets.append(try WorkbookReader(path: path).cells(ofSheet: "Records"))
        }
        #expect(sheets[0].count > 19 * 20)
        #expect(sheets[0] == sheets[1])
    }

    @Test
    func
        `the report workbook prints on A4: the Summary on one landscape page, tables one page wide with their header row repeated`()
        throws
    {
        let path = Fixtures.folder() + "/report.xlsx"
        try ReportWorkbookEmitter(context: Self.context).write(try Self.report(), toPath: path)
        let workbook = try WorkbookReader(path: path)
        let summary = try workbook.part("xl/worksheets/sheet1.xml")
        // Fitted one page wide and one tall (Excel leaves fitToWidth and fitToHeight at 1 unsaid).
        #expect(summary.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\"/>"))
        #expect(summary.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        for index in 2...4 {
            let sheet = try workbook.part("xl/worksheets/sheet\(index).xml")
            #expect(
                sheet.contains(
                    "<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"),
                "sheet \(index): one page wide, as many tall as it takes")
            #expect(
                sheet.contains(
                    "<oddHeader>&amp;LTally monthly report — December 2025&amp;R&amp;A</oddHeader>")
            )
            #expect(sheet.contains("&amp;RPage &amp;P of &amp;N</oddFooter>"))
        }
        #expect(try workbook.part("xl/worksheets/sheet5.xml").contains("orientation=\"portrait\""))
        let names = try workbook.part("xl/workbook.xml")
        #expect(
            names.contains(
                "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">Summary!$A$1:$W$"))
        for (index, sheet) in ["'By region'", "Trend", "Records"].enumerated() {
            #expect(
                names.contains(
                    "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index + 1)\">\(sheet)!$1:$1</definedName>"
                ),
                "\(sheet) repeats its header row")
        }
    }
}
