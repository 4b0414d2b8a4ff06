import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

struct ComparisonEmitterTests {
    static func comparison(by: [TableDimension] = [.region]) throws -> PeriodComparison {
        let input = GoldenFile.folder.appendingPathComponent("report-input.csv").path
        let request = ComparisonRequest(
            base: try PeriodRange(parsing: "2024-12"), current: try PeriodRange(parsing: "2025-12"),
            dimensions: by)
        var result = try Comparing.run(
            request, from: InputSet.resolve([input]), options: ReadOptions(currentYear: 2026))
        // The absolute path differs between machines.
        result.notes = result.notes.map {
            $0.naming(input: input, as: "Golden/report-input.csv")
        }
        result.accounting.firstRejection = nil
        return result
    }

    @Test func `the text comparison matches its golden file`() throws {
        try GoldenFile.check(
            ComparisonTextEmitter().text(try Self.comparison()), against: "compare-region.txt")
    }

    @Test func `CSV has one row per group and metric, numbers at full precision`() throws {
        let comparison = try Self.comparison()
        let lines = ComparisonCSVEmitter().text(comparison).split(separator: "\n")
        #expect(
            lines.first
                == "country,region,metric,base,current,change,rate_change_pct,rate_ratio,rate_ratio_low,rate_ratio_high,p_value"
        )
        #expect(lines.count == 1 + comparison.groups.count * 9)
        let khatlon = try #require(lines.first { $0.hasPrefix("Tajikistan,Khatlon,incidents,") })
        let cells = khatlon.split(separator: ",", omittingEmptySubsequences: false)
        let change = try #require(
            comparison.groups.first { $0.keys == ["Tajikistan", "Khatlon"] }?.metric(.incidents))
        #expect(Double(cells[10]) == change.pValue)
        let fatalities = try #require(
            lines.first { $0.hasPrefix("Tajikistan,Khatlon,fatalities,") })
        #expect(fatalities.hasSuffix(","), "no p-value for fatalities")
    }

    @Test func `totals without grouping, and JSON with the same rows`() throws {
        let comparison = try Self.comparison(by: [])
        let csv = ComparisonCSVEmitter().text(comparison)
        #expect(csv.hasPrefix("metric,base,current,"))
        #expect(csv.split(separator: "\n").count == 10)
        let json = ComparisonJSONEmitter().text(comparison)
        let objects = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 9)
        #expect(objects[1]["metric"] as? String == "incidents")
        #expect(objects[2]["p_value"] is NSNull)
    }

    @Test func `the comparison workbook has its table, chart and About`() throws {
        let path = Fixtures.folder() + "/comparison.xlsx"
        try ComparisonWorkbookEmitter(context: EmissionContext(version: "9", generatedAt: 0))
            .write(try Self.comparison(), toPath: path)
        let reader = try WorkbookReader(path: path)
        #expect(reader.sheetNames == ["Comparison", "About"])
        let cells = try reader.cells(ofSheet: "Comparison")
        #expect(cells["C1"]?.value == "metric" && cells["K1"]?.value == "p_value")
        #expect(cells["L1"]?.value == "significant")
        // Grouped by region, the totals follow the groups, with their significance marks.
        let rows = cells.keys.filter { $0.hasPrefix("C") }.count
        let totals = (rows - 8)...rows
        #expect(totals.allSatisfy { cells["A\($0)"]?.value == "Total" })
        let incidents = try #require(totals.first { cells["C\($0)"]?.value == "incidents" })
        #expect(cells["L\(incidents)"]?.value == "*")
        #expect(reader.has("xl/tables/table1.xml") && reader.has("xl/charts/chart1.xml"))
        #expect(try reader.part("xl/charts/chart1.xml").contains("<c:barDir val=\"col\"/>"))
    }
}
