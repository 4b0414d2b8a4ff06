import Foundation
import PostgresNIO
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyStore

extension StoreTests {
    /// A load killed halfway (SIGKILL: no handler runs, the connection just drops) leaves the
    /// store exactly as it was, and the next load goes through.
    @Suite(.timeLimit(.minutes(2)))
    struct StoreInterruptionTests {
        /// Every table of the store, each as its row count and a digest of its rows.
        func snapshot(of store: StoreConnection) throws -> [String] {
            try StoreSchema.tables.map { table in
                let row = try store.query(
                    PostgresQuery(
                        unsafeSQL:
                            "SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM \(table) t"
                    )
                ).first!
                let (count, digest) = try row.decode((Int, String).self)
                return "\(table): \(count) rows, \(digest)"
            }
        }

        /// Polls `condition` every 50 ms for up to 30 s; whether it came true.
        func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if try condition() { return true }
                usleep(50_000)
            }
            return false
        }

        @Test func `a load killed halfway leaves the store exactly as it was`() throws {
            let url = try #require(TestStore.url)
            let store = try TestStore.fresh()
            defer { store.close() }
            let earlier = Fixtures.csv(records: SyntheticRecords(count: 500, seed: 20))
            _ = try StoreLoading.load(
                InputSet([RecordInput(path: Fixtures.file(earlier))]), into: store,
                options: ReadOptions(), dryRun: false)
            let before = try snapshot(of: store)

            let process = Process()
            process.executableURL = URL(fileURLWithPath: TallyBinary.path)
            process.arguments = ["db", "load", "--db", url, "-i", "-"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // New records and changed ones (updates would write revisions), and standard input
            // left open: the load is in the middle of its COPY when it is killed.
            let changed = Fixtures.csv(records: SyntheticRecords(count: 12_000, seed: 20))
                .replacingOccurrences(of: "\nsyn-0", with: "\nnew-0")
                .replacingOccurrences(of: "Khatlon", with: "Khatlon Province")
            input.fileHandleForWriting.write(Data(changed.utf8))
            let copying = try eventually {
                try store.query(
                    "SELECT coalesce(sum(tuples_processed), 0)::bigint FROM pg_stat_progress_copy"
                ).first!.decode(Int.self) > 0
            }
            #expect(copying, "the load's rows reached the server's COPY")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            try? input.fileHandleForWriting.close()

            // The server ends the killed load's session, and its transaction with it.
            let ended = try eventually {
                try store.query(
                    "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY%' AND pid <> pg_backend_pid()"
                ).first!.decode(Int.self) == 0
            }
            #expect(ended)
            #expect(try snapshot(of: store) == before)

            // Nothing is left locked: the next load lands.
            let next = try StoreLoading.load(
                InputSet([RecordInput(path: Fixtures.file(changed))]), into: store,
                options: ReadOptions(), dryRun: false)
            #expect(next.accounting.accepted == 12_000)
            #expect(try snapshot(of: store) != before)
        }
    }
}
