import Foundation
import PropertyBased
import TallyTestSupport
import Testing

@testable import TallyCore

/// Reading a file in chunks on several threads gives exactly what one pass gives: the same table,
/// the same accounting, the same rejections in the same order with the same lines, the same
/// input error.
struct ParallelReadingTests {
    /// What a read produced, in a form that compares whole.
    struct Outcome: Equatable {
        var table: AggregateTable?
        var accounting: ReadAccounting?
        var notes: [DataNote]
        var rejections: [Rejection]
        var error: InputError?
    }

    /// Aggregates `path` with `threads` threads, splitting files of any size.
    static func read(
        _ path: String, threads: Int,
        request: AggregationRequest = AggregationRequest(
            dimensions: [.month, .region])
    ) -> Outcome {
        let collected = Collected()
        var options = ReadOptions(
            currentYear: 2026, onRejection: { collected.rejections.append($0) }, threads: threads)
        options.minimumParallelBytes = 0
        do {
            let result = try Aggregation.run(
                request, from: try InputSet.resolve([path]), options: options)
            return Outcome(
                table: result.table, accounting: result.accounting, notes: result.notes,
                rejections: collected.rejections)
        } catch {
            return Outcome(notes: [], rejections: collected.rejections, error: error)
        }
    }

    /// Synthetic records as canonical CSV; their notes hold commas, quotes and line breaks.
    static func generatedFile(count: Int, seed: UInt64) -> [UInt8] {
        let records = SyntheticRecords(count: count, seed: seed)
        return Array(Fixtures.csv(records: records).utf8)
    }

    @Test(arguments: [2, 3, 4, 7, 16])
    func `chunks on any number of threads give the single pass's table`(threads: Int) throws {
        let path = Fixtures.file(ParallelReadingTests.generatedFile(count: 2_000, seed: 5))
        let single = ParallelReadingTests.read(path, threads: 1)
        let split = ParallelReadingTests.read(path, threads: threads)
        #expect(single.accounting?.accepted == 2_000)
        #expect(split == single)
    }

    @Test func `a chunk boundary inside a quoted field with lines that look like rows is found`()
        throws
    {
        // A note whose lines are themselves valid rows: a guess that starts inside it sees
        // plausible rows and is wrong; the check against the chunk before must catch it.
        let fake = (0..<400).map { Fixtures.incident([.id: "fake\($0)"]) }.joined(separator: "\n")
        let note = Fixtures.row([
            .id: "long", .date: "2024-12-24", .country: "Tajikistan", .region: "Sughd",
            .category: "incident", .type: "armed_clash", .notes: fake,
        ])
        let rows =
            (0..<50).map { Fixtures.incident([.id: "a\($0)", .region: "Khatlon"]) }
            + [note] + (0..<50).map { Fixtures.incident([.id: "b\($0)", .region: "Sughd"]) }
        let path = Fixtures.file(Fixtures.csv(rows))
        let single = ParallelReadingTests.read(path, threads: 1)
        #expect(single.accounting?.accepted == 101)
        for threads in 2...6 {
            #expect(
                ParallelReadingTests.read(path, threads: threads) == single, "\(threads) threads")
        }
    }

    @Test func `rejections arrive in input order with their lines, past what a chunk keeps`() {
        // More rejected rows than a chunk keeps in memory: the chunk is read again, streaming.
        var rows: [String] = []
        for index in 0..<(ParallelPlan.rejectionsKeptPerChunk * 3) {
            rows.append(
                index % 7 == 0
                    ? Fixtures.incident([.id: "r\(index)"])
                    : Fixtures.incident([.id: "r\(index)", .count: "0"]))
        }
        let path = Fixtures.file(Fixtures.csv(rows))
        let single = ParallelReadingTests.read(path, threads: 1)
        let split = ParallelReadingTests.read(path, threads: 2)
        #expect(single.rejections.count > ParallelPlan.rejectionsKeptPerChunk * 2)
        #expect(split == single)
        #expect(split.rejections.first?.line == 3)
    }

    @Test func `corrupted files read in chunks account and reject exactly as one pass`() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix64(seed: UInt64(seed))
            var bytes = ParallelReadingTests.generatedFile(count: 300, seed: UInt64(seed % 17))
            let noise: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0xFF, 0xC3, 0x00, 0x2D, 0x41, 0x39]
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(noise.randomElement(using: &random)!, at: at)
                default: bytes[at] = noise.randomElement(using: &random)!
                }
            }
            let path = Fixtures.file(bytes)
            let single = ParallelReadingTests.read(path, threads: 1)
            let split = ParallelReadingTests.read(
                path, threads: Int.random(in: 2...6, using: &random))
            #expect(split == single, "seed \(seed)")
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func `JSON Lines read in chunks give the single pass's result`() async {
        let records = Array(SyntheticRecords(count: 600, seed: 8))
        let lines = records.map { Fixtures.jsonLine($0, appending: ["\"extra\": 1"]) }
            .joined(separator: "\n")
        await propertyCheck(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix64(seed: UInt64(seed))
            var bytes = Array(lines.utf8)
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = [
                    0x22, 0x7D, 0x0A, 0xFF, 0x5C, 0x31,
                ].randomElement(using: &random)!
            }
            let path = Fixtures.file(bytes, name: "records.jsonl")
            let single = ParallelReadingTests.read(path, threads: 1)
            #expect(single.accounting?.inputs.first?.unknownColumns.contains("extra") == true)
            #expect(ParallelReadingTests.read(path, threads: 3) == single, "seed \(seed)")
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func `compare reads in chunks to the same figures`() throws {
        let path = Fixtures.file(ParallelReadingTests.generatedFile(count: 3_000, seed: 12))
        let request = ComparisonRequest(
            base: try PeriodRange(parsing: "2023"), current: try PeriodRange(parsing: "2024"),
            dimensions: [.region])
        var options = ReadOptions(currentYear: 2026, threads: 1)
        let single = try Comparing.run(
            request, from: try InputSet.resolve([path]), options: options)
        options.threads = 3
        options.minimumParallelBytes = 0
        let split = try Comparing.run(
            request, from: try InputSet.resolve([path]), options: options)
        #expect(single.groups.count > 5)
        #expect(split.groups == single.groups)
        #expect(split.totals == single.totals)
        #expect(split.notes == single.notes)
    }

    @Test func `an unterminated quote stops a chunked read at the same line as one pass`() {
        var rows = (0..<300).map { Fixtures.incident([.id: "r\($0)"]) }
        rows[200] = rows[200].replacingOccurrences(of: "r200", with: "\"r200")
        let path = Fixtures.file(Fixtures.csv(rows))
        let single = ParallelReadingTests.read(path, threads: 1)
        #expect(single.error?.line == 202)
        #expect(ParallelReadingTests.read(path, threads: 4) == single)
    }
}
