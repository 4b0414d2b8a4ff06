import Foundation
import PostgresNIO
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyStore

/// Loading: all or nothing, idempotent by id, revisions kept, dry runs that change nothing,
/// loads at once that lose and duplicate nothing, values that stay values, a read-only role
/// that reads.
extension StoreTests {
    @Suite struct StoreLoadingTests {
        func count(_ table: String, in store: StoreConnection) throws -> Int {
            try store.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)")).first!
                .decode(
                    Int.self)
        }

        func file(_ records: [Record]) -> InputSet {
            InputSet([RecordInput(path: Fixtures.file(Fixtures.csv(records: records)))])
        }

        @Test func `loading the same file twice changes nothing the second time`() throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            let input = file(Array(SyntheticRecords(count: 500, seed: 4)))
            let first = try StoreLoading.load(
                input, into: store, options: ReadOptions(), dryRun: false)
            #expect((first.inserted, first.updated, first.unchanged) == (500, 0, 0))
            let second = try StoreLoading.load(
                input, into: store, options: ReadOptions(), dryRun: false)
            #expect((second.inserted, second.updated, second.unchanged) == (0, 0, 500))
            #expect(try count("tally_records", in: store) == 500)
            #expect(try count("tally_revisions", in: store) == 0)
            #expect(try count("tally_loads", in: store) == 2)
        }

        @Test func `a changed record is updated and its previous version kept`() throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            var records = Array(SyntheticRecords(count: 50, seed: 5))
            _ = try StoreLoading.load(
                file(records), into: store, options: ReadOptions(), dryRun: false)
            records[7].fatalities.civilians += 3
            records[7].notes = "corrected"
            let dry = try StoreLoading.load(
                file(records), into: store, options: ReadOptions(), dryRun: true)
            #expect((dry.inserted, dry.updated, dry.unchanged) == (0, 1, 49))
            #expect(dry.updatedExamples == [records[7].id])
            #expect(try count("tally_revisions", in: store) == 0, "a dry run writes nothing")
            #expect(try count("tally_loads", in: store) == 1)
            let load = try StoreLoading.load(
                file(records), into: store, options: ReadOptions(), dryRun: false)
            #expect((load.inserted, load.updated, load.unchanged) == (0, 1, 49))
            let kept = try store.query(
                "SELECT notes, revision, replaced_by_load FROM tally_revisions WHERE id = \(records[7].id)"
            )
            #expect(kept.count == 1)
            let (notes, revision, replacedBy) = try kept[0].decode((String, Int, Int).self)
            #expect(notes != "corrected")
            #expect(revision == 1)
            #expect(replacedBy == load.loadID)
            let now = try store.query(
                "SELECT notes, revision FROM tally_records WHERE id = \(records[7].id)")
            #expect(try now[0].decode((String, Int).self) == ("corrected", 2))
        }

        @Test func `rejected rows are kept with their file, line and reason`() throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            let csv = Fixtures.csv([
                Fixtures.incident([.id: "a"]), Fixtures.incident([.id: "b", .fatalities: "-3"]),
            ])
            let path = Fixtures.file(csv)
            let load = try StoreLoading.load(
                InputSet([RecordInput(path: path)]), into: store, options: ReadOptions(),
                dryRun: false)
            #expect(
                (load.accounting.read, load.accounting.accepted, load.accounting.rejected) == (
                    2, 1, 1
                ))
            let rows = try store.query("SELECT file, line, reason FROM tally_rejections")
            #expect(rows.count == 1)
            let (file, line, reason) = try rows[0].decode((String, Int, String).self)
            #expect(file == path)
            #expect(line == 3)
            #expect(reason.contains("negative"))
        }

        @Test func `a load that fails part way leaves the store as it was`() throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            let good = file(Array(SyntheticRecords(count: 100, seed: 6)))
            _ = try StoreLoading.load(good, into: store, options: ReadOptions(), dryRun: false)
            // The second input is not a records file: the read stops there, after COPY took the first.
            let more = Fixtures.file(
                Fixtures.csv(records: SyntheticRecords(count: 300, seed: 7)).replacingOccurrences(
                    of: "syn-", with: "more-"))
            let broken = Fixtures.file("no,header,here\n1,2,3\n")
            #expect(throws: InputError.self) {
                try StoreLoading.load(
                    InputSet([RecordInput(path: more), RecordInput(path: broken)]), into: store,
                    options: ReadOptions(), dryRun: false)
            }
            #expect(try count("tally_records", in: store) == 100)
            #expect(try count("tally_loads", in: store) == 1)
        }

        @Test func `two loads at once lose and duplicate nothing`() throws {
            let setup = try TestStore.fresh()
            setup.close()
            let address = try TestStore.address()
            var records = Array(SyntheticRecords(count: 3000, seed: 8))
            let first = file(Array(records[0..<2000]))
            for index in 1000..<3000 { records[index].notes += " (second)" }
            let second = file(Array(records[1000..<3000]))
            let results = LockedResults()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    let result = try StoreLoading.load(index == 0 ? first : second, into: address)
                    results.append(result)
                } catch {
                    results.fail("\(error)")
                }
            }
            #expect(results.failures.isEmpty)
            let store = try StoreConnection.open(address)
            defer { store.close() }
            #expect(try count("tally_records", in: store) == 3000)
            let loads = results.values
            #expect(loads.count == 2)
            #expect(loads.map(\.inserted).reduce(0, +) == 3000)
            // Whichever ran second found the 1,000 shared records already there.
            #expect(loads.map { $0.updated + $0.unchanged }.reduce(0, +) == 1000)
            #expect(try count("tally_revisions", in: store) == loads.map(\.updated).reduce(0, +))
        }

        @Test func `a where value is only ever a value`() throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            let hostile = "x'; DROP TABLE tally_records; --"
            var record = Array(SyntheticRecords(count: 1, seed: 9))[0]
            record.country = hostile
            record.id = "'); DELETE FROM tally_records; --"
            _ = try StoreLoading.load(
                file([record]), into: store, options: ReadOptions(), dryRun: false)
            let source = StoreSource(address: store.address)
            defer { source.close() }
            for field in ["country", "region", "source", "actor", "type", "location"] {
                let request = AggregationRequest(
                    dimensions: [.country],
                    filter: try RecordFilter(parsing: ["\(field)=\(hostile)"]))
                _ = try source.aggregate(request, options: ReadOptions())
            }
            let request = AggregationRequest(
                dimensions: [.country], filter: try RecordFilter(parsing: ["country=\(hostile)"]))
            let result = try #require(try source.aggregate(request, options: ReadOptions()))
            #expect(result.table.rows.map(\.keys) == [[hostile]])
            #expect(try count("tally_records", in: store) == 1)
            #expect(try RecordListing.records(from: source).records.map(\.id) == [record.id])
        }

        @Test func `a read-only role reads with every reading path but cannot load`() throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            _ = try StoreLoading.load(
                file(Array(SyntheticRecords(count: 200, seed: 10))), into: store,
                options: ReadOptions(), dryRun: false)
            try store.execute(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tally_reader') THEN CREATE ROLE tally_reader LOGIN PASSWORD 'reader'; END IF; END $$"
            )
            try store.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO tally_reader")
            let reader = try TestStore.address(user: "tally_reader", password: "reader")
            let source = StoreSource(address: reader)
            defer { source.close() }
            let aggregate = try #require(
                try source.aggregate(
                    AggregationRequest(
                        dimensions: [.month, .actor],
                        filter: try RecordFilter(parsing: ["region=gbao"])
                    ),
                    options: ReadOptions()))
            #expect(aggregate.accounting.read == 200)
            _ = try #require(
                try source.compare(
                    ComparisonRequest(
                        base: try PeriodRange(parsing: "2023"),
                        current: try PeriodRange(parsing: "2024"),
                        dimensions: [.region]), options: ReadOptions()))
            #expect(try RecordListing.records(from: source).records.count == 200)
            #expect(source.streamFailure() == nil)
            #expect {
                try StoreLoading.load(
                    file(Array(SyntheticRecords(count: 5, seed: 11))), into: reader)
            } throws: { ($0 as? StoreError)?.kind == .permission }
        }
    }
}

/// Results gathered from threads.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [LoadResult] = []
    private(set) var failures: [String] = []

    func append(_ result: LoadResult) {
        lock.withLock { values.append(result) }
    }

    func fail(_ message: String) {
        lock.withLock { failures.append(message) }
    }
}
