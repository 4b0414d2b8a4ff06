import Foundation
import TallyTestSupport
import Testing

@testable import TallyCore

/// Inputs past the limits: rejected with their line, never loaded whole, never a hang.
struct LimitsTests {
    static let note16MB = String(
        repeating: String(repeating: "x", count: 999) + "\n", count: 17_000)

    @Test func `a record longer than 16 MB is rejected with its line and reading goes on`() {
        let rows = [
            Fixtures.incident([.id: "before"]),
            Fixtures.incident([.id: "huge", .notes: LimitsTests.note16MB]),
            Fixtures.incident([.id: "after"]),
        ]
        let (result, rejections) = Fixtures.validate(csv: Fixtures.csv(rows))
        #expect(result.accounting.read == 3 && result.accounting.accepted == 2)
        #expect(rejections.map(\.line) == [3])
        #expect(rejections.first?.reason.contains("longer than 16 MB and was not read") == true)
        #expect(rejections.first?.rawText.hasPrefix("huge,2024-12-25") == true)
        #expect((rejections.first?.rawText.count ?? .max) < 1_000)
    }

    @Test func `read in chunks, a record longer than 16 MB is rejected at the same line`() throws {
        let rows =
            (0..<200).map { Fixtures.incident([.id: "a\($0)"]) }
            + [Fixtures.incident([.id: "huge", .notes: LimitsTests.note16MB])]
            + (0..<200).map { Fixtures.incident([.id: "b\($0)"]) }
        let path = Fixtures.file(Fixtures.csv(rows))
        let single = ParallelReadingTests.read(path, threads: 1)
        #expect(single.rejections.map(\.line) == [202])
        #expect(single.accounting?.accepted == 400)
        #expect(ParallelReadingTests.read(path, threads: 3) == single)
    }

    @Test func `a quote left open over more than 16 MB stops the file at the quote's line`() {
        let text =
            Fixtures.csv([Fixtures.incident()])
            + "r2,2024-12-25,,Tajikistan,,,incident,attack,,,,,,,,,,,\""
            + LimitsTests.note16MB
        let (result, _) = Fixtures.validate(csv: text)
        #expect(
            result.inputErrors.map(\.description) == [
                "\(result.accounting.inputs[0].path):3: a quoted field opened here is never closed"
            ])
        #expect(result.accounting.accepted == 1)
    }

    @Test func `a field of 40 KB with escapes is read whole by every stage that reads it`() throws {
        // Unescaped once by the decoder, the filter, the aggregator and the listing each: more
        // than the scratch first holds, which once overran it.
        let name = (0..<3_000).map { _ in "Tajik \"stan\"" }.joined(separator: "-")
        var filter = RecordFilter()
        filter.add(.country, equals: name)
        let request = AggregationRequest(dimensions: [.region, .type], filter: filter)
        let csv = Fixtures.csv([
            Fixtures.incident([.country: name, .region: name]), Fixtures.incident(),
        ])
        let json = Fixtures.jsonLine(
            Record(
                id: "j1", date: CivilDate(year: 2024, month: 12, day: 25)!, country: name,
                region: name, category: .incident, type: "armed_clash"))
        for path in [Fixtures.file(csv), Fixtures.file(json + "\n", name: "records.jsonl")] {
            var listed: [Record] = []
            let result = try Aggregation.run(
                request, from: try InputSet.resolve([path]), options: ReadOptions(currentYear: 2026)
            ) { listed.append($0) }
            #expect(result.table.rows.map(\.keys) == [[name, name, "armed_clash"]], "\(path)")
            #expect(listed.map(\.country) == [name] && listed.map(\.region) == [name])
        }
    }

    @Test func `a JSON line longer than 16 MB is rejected and the next line is read`() {
        let good =
            "{\"date\": \"2024-12-25\", \"country\": \"Tajikistan\", \"category\": \"incident\", \"type\": \"attack\"}"
        let huge = "{\"notes\": \"" + String(repeating: "y", count: 17 << 20) + "\"}"
        let path = Fixtures.file([good, huge, good].joined(separator: "\n"), name: "records.jsonl")
        let (result, rejections) = Fixtures.validate([path])
        #expect(rejections.map(\.line) == [2])
        #expect(result.accounting.accepted == 2)
    }

    @Test func `a row with more than 10,000 fields is rejected, a header with as many refused`() {
        let wide = Array(repeating: "a", count: 12_000).joined(separator: ",")
        let (result, rejections) = Fixtures.validate(
            csv: Fixtures.csv([wide, Fixtures.incident()]))
        #expect(
            rejections.map(\.reason) == [
                "the row has 12,000 fields, more than the 10,000 Tally reads"
            ])
        #expect(result.accounting.accepted == 1)
        let (header, _) = Fixtures.validate(csv: wide + "\n" + wide + "\n")
        #expect(
            header.inputErrors.first?.description.contains("the header has 12,000 fields") == true)
    }

    @Test func `a 5 MB quoted field is read whole`() throws {
        let note = String(repeating: String(repeating: "z", count: 999) + "\n", count: 5_000)
        let result = try Fixtures.aggregate(
            csv: Fixtures.csv([Fixtures.incident([.notes: note]), Fixtures.incident()]),
            AggregationRequest(dimensions: [.country]))
        #expect(result.accounting.accepted == 2)
    }

    @Test(arguments: [
        ([UInt8](repeating: 0, count: 5_000), "byte 1 is NUL; is it a binary file?"),
        ([0x50, 0x4B, 3, 4, 20, 0, 0, 0], "a truncated or damaged workbook"),
        ([0x1F, 0x8B, 8, 0, 0, 0], "it is gzip-compressed"),
        (Array("date,country\n".utf8) + [0, 0], "byte 14 is NUL"),
    ])
    func `binary input is refused with what it looks like`(bytes: [UInt8], message: String) {
        let (result, _) = Fixtures.validate([Fixtures.file(bytes)])
        #expect(result.inputErrors.count == 1)
        #expect(
            result.inputErrors.first?.description.contains(message) == true, "\(result.inputErrors)"
        )
    }
}
