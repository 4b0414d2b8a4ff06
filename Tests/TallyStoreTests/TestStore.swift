import Foundation
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyStore

/// The server the store's tests use: `$TALLY_TEST_DATABASE_URL` (as `scripts/pg-throwaway.sh
/// start` prints it). Without one the tests that need it are skipped with a message, unless
/// `TALLY_REQUIRE_STORE=1` (set by `.ci/run`) makes a missing server a failure.
enum TestStore {
    static let url = ProcessInfo.processInfo.environment["TALLY_TEST_DATABASE_URL"]
    static let isRequired = ProcessInfo.processInfo.environment["TALLY_REQUIRE_STORE"] == "1"

    /// Whether the tests that need a server run: a server is reachable, or required (then
    /// each such test fails on connecting rather than being skipped).
    static let isAvailable: Bool = {
        if isRequired { return true }
        guard let url else {
            print(
                "TallyStoreTests: TALLY_TEST_DATABASE_URL is not set; the tests that need a PostgreSQL server are skipped (scripts/pg-throwaway.sh start starts one and prints the line to export)"
            )
            return false
        }
        let store: StoreConnection
        do {
            store = try StoreConnection.open(try StoreAddress(url: url))
        } catch {
            print(
                "TallyStoreTests: \(error); the tests that need a PostgreSQL server are skipped (scripts/pg-throwaway.sh start starts one)"
            )
            return false
        }
        store.close()
        return true
    }()

    /// The test server's address.
    static func address() throws -> StoreAddress {
        let url = try #require(url, "TALLY_REQUIRE_STORE=1, but TALLY_TEST_DATABASE_URL is not set")
        return try StoreAddress(url: url)
    }

    /// A connection to a store emptied and initialised at this tally's schema version.
    static func fresh() throws -> StoreConnection {
        let store = try StoreConnection.open(try address())
        try store.execute(
            "DROP TABLE IF EXISTS \(StoreSchema.tables.joined(separator: ", ")) CASCADE")
        _ = try StoreSchema.migrate(store)
        return store
    }

    /// The test server's address for another user.
    static func address(user: String, password: String) throws -> StoreAddress {
        var address = try address()
        address.user = user
        address.password = password
        return address
    }
}
