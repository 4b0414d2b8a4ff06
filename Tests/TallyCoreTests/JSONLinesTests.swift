import TallyTestSupport
import Testing

@testable import TallyCore

struct JSONLinesTests {
    @Test func `JSON Lines records carry the same keys, with numbers, nulls and escapes`() throws {
        let text = """
            {"date": "2024-12-25", "country": "Tajikistan", "region": "\\u0425\\u0430\\u0442\\u043b\\u043e\\u043d", "category": "incident", "type": "attack", "fatalities": 3, "fatalities_security": 1, "notes": "said \\"no\\"\\nthen left", "count": null}
            {"DATE": "2024-12", "Country": "Tajikistan", "region": "Хатлон", "category": "measure", "type": "outpost_opened", "count": 2, "lat": 37.5}

            """
        let path = Fixtures.file(text, name: "records.jsonl")
        let result = try Fixtures.aggregate([path], AggregationRequest(dimensions: [.region]))
        #expect(result.table.summary == ["Tajikistan|Хатлон: 2 1 3 0 1 0 2 2 2"])
        #expect(result.accounting.inputs.first?.format == .jsonLines)
        #expect(result.accounting.inputs.first?.unknownColumns == ["lat"])
    }

    @Test
    func `keys analysts use are read as columns with a note, a misspelt key refuses its line`()
        throws
    {
        let text = """
            {"date": "2024-12-25", "country": "Tajikistan", "province": "Khatlon", "category": "incident", "type": "attack", "killed": 3}
            {"date": "2024-12-26", "country": "Tajikistan", "region": "Khatlon", "category": "incident", "type": "attack", "fatalites": 2}

            """
        let path = Fixtures.file(text, name: "keys.jsonl")
        let (validation, rejections) = Fixtures.validate([path])
        #expect(validation.accounting.accepted == 1)
        #expect(
            rejections.map(\.reason) == [
                "the key \"fatalites\" looks like fatalities misspelt: rename it, map it (--column fatalities=fatalites) or leave it out (--ignore-column fatalites)"
            ])
        #expect(
            validation.accounting.inputs.first?.mappedColumns == [
                InputSummary.MappedColumn(name: "province", column: .region),
                InputSummary.MappedColumn(name: "killed", column: .fatalities),
            ])
        // Left out on request, the line counts without it.
        var options = ReadOptions(currentYear: 2026)
        options.columns = ColumnMapping(ignored: ["fatalites"])
        let result = try Aggregation.run(
            AggregationRequest(dimensions: [.region]), from: InputSet.resolve([path]),
            options: options)
        #expect(result.table.summary == ["Tajikistan|Khatlon: 2 2 3 0 0 0 3 0 0"])
    }

    @Test(arguments: [
        ("not json", "the line is not a JSON object"),
        ("{\"date\": \"2024-12-25\", \"country\": \"Tajikistan\"", "the JSON object is not closed"),
        (
            "{\"date\": \"2024-12-25\", \"notes\": [1, 2]}",
            "the value of notes is a nested object or array; expected text or a number"
        ),
        ("{\"date\": \"2024-12-25\", \"date\": \"2024-12-26\"}", "the key date appears twice"),
        (
            "{\"date\": \"2024-12-25\", \"country\": \"Tajikistan\", \"category\": \"incident\"}",
            "type is missing"
        ),
        (
            "{\"date\": \"2024-12-25\", \"country\": \"Tajikistan\", \"category\": \"incident\", \"type\": \"attack\", \"count\": 2.5}",
            "count \"2.5\" is not a whole number"
        ),
        (
            "{\"date\": \"2024-12-25\", \"country\": \"Taj\\uDC00\", \"category\": \"incident\", \"type\": \"attack\"}",
            "country has a malformed escape sequence"
        ),
        ("{\"date\": \"2024-12-25\"} trailing", "the line has text after the JSON object"),
        (
            "{\"date\": \"2024-12-25\", \"notes\": \"a long note with a raw\ttab in it\"}",
            "the JSON object has an unterminated string"
        ),
        (
            "{\"date\": \"2024-12-25\", \"notes\": \"a long note that ends in a backslash\\\"}",
            "the JSON object has an unterminated string"
        ),
    ])
    func `a malformed JSON line is rejected with its line, the lines around it are counted`(
        line: String, reason: String
    ) {
        let good =
            "{\"date\": \"2024-12-25\", \"country\": \"Tajikistan\", \"category\": \"incident\", \"type\": \"attack\"}"
        let path = Fixtures.file([good, line, good].joined(separator: "\n"), name: "records.jsonl")
        let (result, rejections) = Fixtures.validate([path])
        #expect(rejections.map(\.description) == ["\(path):2: \(reason)"])
        #expect(result.accounting.accepted == 2 && result.accounting.read == 3)
    }

    @Test func `standard input and unknown extensions are recognised from their first byte`() throws
    {
        let path = Fixtures.file(
            "{\"date\": \"2024\", \"country\": \"Tajikistan\", \"category\": \"other\", \"type\": \"statement\"}\n",
            name: "records.txt")
        let (result, _) = Fixtures.validate([path])
        #expect(result.accounting.inputs.first?.format == .jsonLines)
        #expect(result.isValid)
    }
}
