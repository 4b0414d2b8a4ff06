import Foundation
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyStore

extension StoreTests {
    /// The store's blocking calls made from Swift's cooperative pool, more at once than it has
    /// threads: every one finishes, since nothing they wait for needs a thread of the pool (the
    /// connection's work, COPY included, runs on its own event loop).
    @Suite(.timeLimit(.minutes(2)))
    struct StoreConcurrencyTests {
        @Test func `loads and reads from more tasks than the cooperative pool has threads finish`()
            async throws
        {
            let setup = try TestStore.fresh()
            setup.close()
            let address = try TestStore.address()
            // Swift's pool has one thread per core; every task below blocks one while it waits.
            let tasks = 2 * ProcessInfo.processInfo.activeProcessorCount + 2
            let loads = (0..<tasks).filter { $0 % 2 == 0 }.count
            let inserted = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<tasks {
                    group.addTask {
                        if index % 2 == 0 {
                            let csv = Fixtures.csv(
                                records: SyntheticRecords(count: 400, seed: UInt64(100 + index))
                            ).replacingOccurrences(of: "\nsyn-", with: "\ntask\(index)-")
                            let result = try StoreLoading.load(
                                InputSet([RecordInput(path: Fixtures.file(csv))]), into: address)
                            return result.inserted
                        }
                        let source = StoreSource(address: address)
                        defer { source.close() }
                        _ = try source.aggregate(
                            AggregationRequest(dimensions: [.month, .region]),
                            options: ReadOptions())
                        _ = try RecordListing.records(from: source)
                        return 0
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(inserted == loads * 400)
            let store = try StoreConnection.open(address)
            defer { store.close() }
            let stored = try store.query("SELECT count(*) FROM tally_records").first!.decode(
                Int.self)
            #expect(stored == loads * 400)
        }
    }
}
