import Foundation
import PropertyBased
import TallyTestSupport
import Testing

@testable import TallyCore

struct PropertyTests {
    static let records = Array(SyntheticRecords(count: 400, seed: 99))
    static let validFile = Array(Fixtures.csv(records: records).utf8)

    /// The valid file with a few random bytes deleted, inserted or overwritten.
    static func corrupted(seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var bytes = validFile
        let noise: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0xFF, 0xC3, 0x00, 0x2D, 0x41, 0x39, 0x7B]
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(noise.randomElement(using: &random)!, at: at)
            default: bytes[at] = noise.randomElement(using: &random)!
            }
        }
        return bytes
    }

    @Test func `read equals accepted plus rejected under random corruption`() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let path = Fixtures.file(PropertyTests.corrupted(seed: UInt64(seed)))
            let (result, rejections) = Fixtures.validate([path])
            let accounting = result.accounting
            #expect(accounting.read == accounting.accepted + accounting.rejected)
            #expect(rejections.count == accounting.rejected)
            // Nothing vanishes: rows read plus rows a file error cut short never exceed the input's rows.
            #expect(accounting.read <= PropertyTests.records.count + 12)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func `the same corruption read as JSON Lines also balances`() async {
        let lines = PropertyTests.records.map { Fixtures.jsonLine($0) }.joined(separator: "\n")
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix64(seed: UInt64(seed))
            var bytes = Array(lines.utf8)
            for _ in 0..<6 {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = [
                    0x22, 0x7D, 0x0A, 0xFF, 0x5C,
                ].randomElement(using: &random)!
            }
            let path = Fixtures.file(bytes, name: "records.jsonl")
            let (result, _) = Fixtures.validate([path])
            #expect(result.accounting.isBalanced)
            #expect(result.inputErrors.isEmpty)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func `aggregating two parts and merging equals aggregating the whole`() async throws {
        let dimensionLists: [[TableDimension]] = [
            [.month, .region], [.week, .type], [.actor, .year], [.category],
            [.quarter, .country, .actor],
        ]
        await propertyCheck(
            count: 25, input: Gen.int(in: 1..<PropertyTests.records.count),
            Gen.int(in: 0..<dimensionLists.count)
        ) { split, which in
            let request = AggregationRequest(dimensions: dimensionLists[which])
            let first = Fixtures.file(Fixtures.csv(records: PropertyTests.records[..<split]))
            let second = Fixtures.file(Fixtures.csv(records: PropertyTests.records[split...]))
            let options = ReadOptions(currentYear: 2026)
            var whole = Aggregator(request)
            _ = readRecords(
                from: try! InputSet.resolve([first, second]).recordStreams(), into: &whole,
                options: options,
                stopAtFirstError: true)
            var left = Aggregator(request)
            _ = readRecords(
                from: try! InputSet.resolve([first]).recordStreams(), into: &left, options: options,
                stopAtFirstError: true)
            var right = Aggregator(request)
            _ = readRecords(
                from: try! InputSet.resolve([second]).recordStreams(), into: &right,
                options: options,
                stopAtFirstError: true)
            right.merge(left)
            #expect(right.table() == whole.table())
            #expect(right.notes() == whole.notes())
        }
    }
}
