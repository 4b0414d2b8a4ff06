import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

/// Every table emitter against its committed golden file, over one fixed input.
struct EmitterGoldenTests {
    static func table(_ by: String = "month,region") throws -> AggregateTable {
        try result(by).table
    }

    /// The fixed input aggregated by `by`.
    static func result(_ by: String = "month,region") throws -> AggregationResult {
        let csv = #"""
            id,date,date_precision,country,region,category,type,count,fatalities,fatalities_militants,fatalities_security,actor1,notes
            a1,2024-11-03,,Tajikistan,Khatlon,incident,armed_clash,1,3,2,1,Border Troops,"Clash, at night"
            a2,2024-11-20,,Tajikistan,Gorno-Badakhshan,measure,outpost_opened,4,,,,Border Troops,
            a3,2024-12-01,,Tajikistan,Khatlon,incident,attack,2,1250,,,,Large toll
            a4,2024-12,month,Afghanistan,"Badakhshan, north",incident,shelling,1,2,,2,,
            a5,2024,year,Kyrgyzstan,,other,statement,1,,,,,
            a6,2024-12-15,,Tajikistan,Хатлон,incident,infiltration,1,0,,,,"Quoted ""name"""

            """#
        let path = Fixtures.file(csv, name: "input.csv")
        let request = AggregationRequest(dimensions: try TableDimension.parseList(by))
        return try Aggregation.run(
            request, from: InputSet.resolve([path]), options: ReadOptions(currentYear: 2026))
    }

    @Test func `CSV output matches its golden file`() throws {
        try GoldenFile.check(TableCSVEmitter().text(try Self.table()), against: "month-region.csv")
    }

    @Test func `JSON output matches its golden file and parses as JSON`() throws {
        let json = TableJSONEmitter().text(try Self.table())
        try GoldenFile.check(json, against: "month-region.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 6)
        #expect(parsed?.first?["fatalities_militants"] as? Int == 0)
    }

    @Test func `text output matches its golden file`() throws {
        try GoldenFile.check(TableTextEmitter().text(try Self.table()), against: "month-region.txt")
        try GoldenFile.check(
            TableTextEmitter().text(try Self.table("category")), against: "category.txt")
    }

    @Test
    func `an empty table says so in text, and is a bare header in CSV and an empty array in JSON`()
    {
        let empty = AggregateTable(
            dimensions: [.country], keyColumns: ["country"], rows: [], totals: Metrics())
        #expect(TableTextEmitter().text(empty) == "No records matched.\n")
        #expect(
            TableCSVEmitter().text(empty) == "country," + Metrics.columnNames.joined(separator: ",")
                + "\n")
        #expect(TableJSONEmitter().text(empty) == "[]\n")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""), ("", ""),
    ])
    func `CSV fields are quoted only when they must be`(text: String, written: String) {
        #expect(CSVFormat.field(text) == written)
    }

    @Test func `JSON strings escape quotes, backslashes and control characters`() {
        #expect(JSONText.string("a\"b\\c\nd\u{01}é") == "\"a\\\"b\\\\c\\nd\\u0001é\"")
    }
}
