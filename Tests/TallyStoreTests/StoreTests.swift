import Testing

/// The tests that need a PostgreSQL server, one at a time: each starts from a store it empties
/// (``TestStore/fresh()``), so two at once would drop each other's tables. They run when
/// `TALLY_TEST_DATABASE_URL` names a reachable server (`scripts/pg-throwaway.sh start`), and
/// are skipped with a message otherwise, unless `TALLY_REQUIRE_STORE=1` (CI) makes a missing
/// server a failure.
@Suite(.serialized, .enabled(if: TestStore.isAvailable))
struct StoreTests {}
