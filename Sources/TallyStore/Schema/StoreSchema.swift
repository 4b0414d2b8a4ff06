import PostgresNIO

/// The store's tables, by version, and the migrations between versions.
///
/// `tally_schema` holds the one version number; `tally db init` creates the tables or applies
/// the migrations the store lacks, in one transaction; every other connection checks the
/// number and refuses a store of another version.
///
/// Ready for Citus (see ``CitusRules``): `tally_records` and `tally_revisions` are distributed
/// by `id`, which their primary keys include, and colocated; `tally_rejections` by `load_id`;
/// `tally_loads` and `tally_schema` are small reference tables.
package enum StoreSchema {
    /// The version this tally reads and writes.
    package static let currentVersion = 1

    /// Every table of the store.
    package static let tables = [
        "tally_schema", "tally_loads", "tally_records", "tally_revisions", "tally_rejections",
    ]

    /// The columns of a record, in the order of the COPY text, the SELECTs and the revisions.
    package static let recordColumns = [
        "id", "date", "date_precision", "period_kind", "period_start", "period_end", "country",
        "region", "location", "category", "type", "count", "fatalities_militants",
        "fatalities_security", "fatalities_civilians", "fatalities_unknown", "actor1", "actor2",
        "source", "source_url", "notes", "flags", "date_end", "fatalities_low",
        "fatalities_high",
    ]

    /// The columns whose values make a record what it is: a load that changes none of them
    /// changes nothing. (Where it was read from, `input`, `input_line` and its place in its
    /// load, `ordinal`, are provenance.)
    package static let valueColumns = recordColumns.filter { $0 != "id" }

    private static let recordColumnDefinitions = """
            id text NOT NULL,
            date date NOT NULL,
            date_precision text NOT NULL,
            period_kind smallint NOT NULL,
            period_start date NOT NULL,
            period_end date NOT NULL,
            country text NOT NULL,
            region text NOT NULL,
            location text NOT NULL,
            category text NOT NULL,
            type text NOT NULL,
            count integer NOT NULL,
            fatalities_militants integer NOT NULL,
            fatalities_security integer NOT NULL,
            fatalities_civilians integer NOT NULL,
            fatalities_unknown integer NOT NULL,
            actor1 text NOT NULL,
            actor2 text NOT NULL,
            source text NOT NULL,
            source_url text NOT NULL,
            notes text NOT NULL,
            flags text NOT NULL,
            date_end date,
            fatalities_low integer,
            fatalities_high integer,
            input text NOT NULL,
            input_line bigint NOT NULL,
            ordinal bigint NOT NULL,
        """

    /// The statements that bring a store from version `index` to `index + 1`.
    package static let migrations: [[String]] = [
        [
            """
            CREATE TABLE tally_loads (
                load_id bigint PRIMARY KEY,
                started_at timestamptz NOT NULL,
                finished_at timestamptz NOT NULL,
                inputs text[] NOT NULL,
                read bigint NOT NULL,
                accepted bigint NOT NULL,
                rejected bigint NOT NULL,
                inserted bigint NOT NULL,
                updated bigint NOT NULL,
                unchanged bigint NOT NULL
            )
            """,
            """
            CREATE TABLE tally_records (
            \(recordColumnDefinitions)
                load_id bigint NOT NULL,
                revision integer NOT NULL,
                PRIMARY KEY (id)
            )
            """,
            "CREATE INDEX tally_records_period ON tally_records (period_start, period_end)",
            "CREATE INDEX tally_records_order ON tally_records (load_id, ordinal)",
            """
            CREATE TABLE tally_revisions (
            \(recordColumnDefinitions)
                load_id bigint NOT NULL,
                revision integer NOT NULL,
                replaced_by_load bigint NOT NULL,
                PRIMARY KEY (id, revision)
            )
            """,
            """
            CREATE TABLE tally_rejections (
                load_id bigint NOT NULL,
                ordinal integer NOT NULL,
                file text NOT NULL,
                line bigint,
                reason text NOT NULL,
                text text NOT NULL,
                PRIMARY KEY (load_id, ordinal)
            )
            """,
        ]
    ]

    /// The table that holds the version.
    static let versionTable = """
        CREATE TABLE IF NOT EXISTS tally_schema (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            version integer NOT NULL,
            upgraded_at timestamptz NOT NULL
        )
        """

    /// The advisory lock every schema change and every load holds for its transaction, so that
    /// two of them never interleave: the second waits for the first to commit.
    package static let lockKey: Int64 = 0x7461_6C6C_7921

    /// Connects to `address`, creates the schema or applies the migrations it lacks; returns
    /// the version it had (0 for none).
    package static func initialize(_ address: StoreAddress) throws(StoreError) -> Int {
        let store = try StoreConnection.open(address)
        defer { store.close() }
        return try migrate(store)
    }

    /// Creates the schema or applies the migrations it lacks, in one transaction; returns the
    /// version it had (0 for none).
    ///
    /// - Throws: ``StoreError``; `.schemaMismatch` when the store is newer than this tally.
    package static func migrate(_ store: StoreConnection) throws(StoreError) -> Int {
        try store.execute("BEGIN")
        do throws(StoreError) {
            _ = try store.query("SELECT pg_advisory_xact_lock(\(lockKey))")
            try store.execute(versionTable)
            let rows = try store.query("SELECT version FROM tally_schema")
            let found = try rows.first.map { row throws(StoreError) in
                do { return try row.decode(Int.self) } catch {
                    throw StoreError(.server, "the store's tally_schema cannot be read: \(error)")
                }
            }
            let before = found ?? 0
            if before > currentVersion {
                throw StoreError(
                    .schemaMismatch,
                    "the store \(store.address) has schema version \(before), newer than this tally's \(currentVersion): upgrade tally"
                )
            }
            for statements in migrations[before...] {
                for statement in statements { try store.execute(statement) }
            }
            if found == nil {
                _ = try store.query(
                    "INSERT INTO tally_schema (version, upgraded_at) VALUES (\(currentVersion), now())"
                )
            } else if before < currentVersion {
                _ = try store.query(
                    "UPDATE tally_schema SET version = \(currentVersion), upgraded_at = now()")
            }
            try store.execute("COMMIT")
            return before
        } catch {
            try? store.execute("ROLLBACK")
            throw error
        }
    }

    /// Checks that the store's schema is this tally's version.
    ///
    /// - Throws: ``StoreError`` of kind `.schemaMismatch`, saying what to do.
    package static func check(_ store: StoreConnection) throws(StoreError) {
        let rows: [PostgresRow]
        do {
            rows = try store.query("SELECT version FROM tally_schema")
        } catch  where error.kind == .schemaMismatch {
            throw StoreError(
                .schemaMismatch,
                "the store \(store.address) holds no Tally schema: run tally db init --db URL first"
            )
        }
        let version = rows.first.flatMap { try? $0.decode(Int.self) }
        guard let version else {
            throw StoreError(
                .schemaMismatch,
                "the store \(store.address) holds no Tally schema version: run tally db init --db URL"
            )
        }
        if version < currentVersion {
            throw StoreError(
                .schemaMismatch,
                "the store \(store.address) has schema version \(version), older than this tally's \(currentVersion): run tally db init --db URL to upgrade it"
            )
        }
        if version > currentVersion {
            throw StoreError(
                .schemaMismatch,
                "the store \(store.address) has schema version \(version), newer than this tally's \(currentVersion): upgrade tally"
            )
        }
    }
}
