import Foundation
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyStore

extension StoreTests {
    /// The store from the command line: `tally db init` and `tally db load`, reading commands
    /// whose output from `--db` is byte for byte their output from the same records as a file,
    /// and the exit status of each way a store can fail.
    @Suite struct StoreCommandTests {
        /// `tally` with `arguments`, which must succeed; its standard output.
        func output(_ arguments: [String]) throws -> String {
            let outcome = try TallyBinary.run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            return outcome.stdout
        }

        /// The test server's URL for `user` with `password`, and `database`.
        func url(user: String, password: String, database: String? = nil) throws -> String {
            let address = try TestStore.address()
            return
                "postgres://\(user):\(password)@\(address.host):\(address.port)/\(database ?? address.database)"
        }

        @Test func `reading commands print from the store what they print from the file`() throws {
            let url = try #require(TestStore.url)
            let store = try TestStore.fresh()
            store.close()
            let file = Fixtures.file(Fixtures.csv(records: SyntheticRecords(count: 3000, seed: 30)))
            let initialised = try TallyBinary.run(["db", "init", "--db", url])
            #expect(initialised.status == 0)
            #expect(initialised.stderr.contains("nothing to do"), "\(initialised.stderr)")
            let load = try TallyBinary.run(["db", "load", "--db", url, "-i", file])
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("3,000 new"), "\(load.stderr)")
            let again = try TallyBinary.run(["db", "load", "--db", url, "-i", file, "--dry-run"])
            #expect(again.stderr.contains("0 new, 0 updated"), "\(again.stderr)")

            for arguments in [
                ["aggregate", "--by", "month,region"],
                ["aggregate", "--by", "week,type", "--from", "2023-01", "--to", "2024-06"],
                ["aggregate", "--by", "actor", "--where", "region=gbao", "--format", "text"],
                ["aggregate", "--by", "quarter,category", "--fill", "--format", "json"],
                ["compare", "2023", "2024", "--by", "region"],
                ["compare", "2024-Q1", "2024-Q2", "--by", "type", "--format", "csv"],
            ] {
                let fromFile = try output(arguments + ["-i", file])
                let fromStore = try output(arguments + ["--db", url])
                #expect(fromStore == fromFile, "\(arguments)")
            }
            let folder = Fixtures.folder()
            _ = try output(["export", "--records", "-i", file, "-o", folder + "/file.csv"])
            _ = try output(["export", "--records", "--db", url, "-o", folder + "/store.csv"])
            #expect(
                FileManager.default.contentsEqual(
                    atPath: folder + "/file.csv", andPath: folder + "/store.csv"))
        }

        @Test(arguments: ["acled_events_sample_argentina_326.csv", "ucdp_ged_sample_1000.csv"])
        func `real ACLED and UCDP records print from the store as from their file`(
            name: String
        )
            throws
        {
            let path = TallyBinary.packageRoot.appendingPathComponent(
                "../shared/research-data/\(name)"
            ).standardized.path
            guard FileManager.default.fileExists(atPath: path) else {
                print("StoreCommandTests: \(path) is not here; skipped")
                return
            }
            let url = try #require(TestStore.url)
            try TestStore.fresh().close()
            _ = try output(["db", "load", "--db", url, "-i", path])
            let folder = Fixtures.folder()
            for (arguments, output) in [
                (["export", "--records"], "records.csv"),
                (["export", "--by", "year,region"], "by.csv"),
            ] {
                _ = try self.output(arguments + ["-i", path, "-o", folder + "/file-" + output])
                _ = try self.output(arguments + ["--db", url, "-o", folder + "/store-" + output])
                #expect(
                    FileManager.default.contentsEqual(
                        atPath: folder + "/file-" + output, andPath: folder + "/store-" + output),
                    "\(arguments)")
            }
            let fromFile = try output(["aggregate", "--by", "month,actor", "-i", path])
            #expect(try output(["aggregate", "--by", "month,actor", "--db", url]) == fromFile)
        }

        @Test func `each way a store fails has its exit status, and no password is printed`()
            throws
        {
            let url = try #require(TestStore.url)
            let store = try TestStore.fresh()
            defer { store.close() }
            let file = Fixtures.file(Fixtures.csv(records: SyntheticRecords(count: 20, seed: 31)))

            let missing = try TallyBinary.run([
                "aggregate", "--db",
                try self.url(user: "tally", password: "tally", database: "nowhere"),
            ])
            #expect(missing.status == 66, "\(missing.stderr)")
            #expect(missing.stderr.contains("no database \"nowhere\""), "\(missing.stderr)")

            let refused = try TallyBinary.run([
                "aggregate", "--db", try self.url(user: "tally", password: "hunter2"),
            ])
            #expect(refused.status == 77, "\(refused.stderr)")
            #expect(!refused.stderr.contains("hunter2"))

            try store.execute(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tally_reader') THEN CREATE ROLE tally_reader LOGIN PASSWORD 'reader'; END IF; END $$"
            )
            try store.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO tally_reader")
            let reader = try self.url(user: "tally_reader", password: "reader")
            #expect(try TallyBinary.run(["aggregate", "--db", reader]).status == 0)
            let readOnlyLoad = try TallyBinary.run(["db", "load", "--db", reader, "-i", file])
            #expect(readOnlyLoad.status == 77, "\(readOnlyLoad.stderr)")

            try store.execute("UPDATE tally_schema SET version = 99")
            let newer = try TallyBinary.run(["aggregate", "--db", url])
            #expect(newer.status == 78, "\(newer.stderr)")
            #expect(newer.stderr.contains("schema version 99"), "\(newer.stderr)")
            #expect(try TallyBinary.run(["db", "load", "--db", url, "-i", file]).status == 78)
            try store.execute("DROP TABLE tally_schema")
            let none = try TallyBinary.run(["report", "--db", url, "--out", Fixtures.folder()])
            #expect(none.status == 78, "\(none.stderr)")
            #expect(none.stderr.contains("tally db init"), "\(none.stderr)")
        }
    }
}
