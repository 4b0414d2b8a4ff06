/// The statements of a load, built from the schema's fixed column lists only: no value ever
/// enters their text (the load's number is bound as `$1`).
package enum LoadStatements {
    /// The columns COPY fills in the staging table.
    package static let stagingColumns =
        StoreSchema.recordColumns + ["input", "input_line", "ordinal"]

    /// The columns COPY fills in `tally_rejections`.
    package static let rejectionColumns = ["load_id", "ordinal", "file", "line", "reason", "text"]

    private static let columns = StoreSchema.recordColumns.joined(separator: ", ")

    /// The staging table, dropped with the transaction.
    package static let prepare = [
        """
        CREATE TEMPORARY TABLE tally_staging ON COMMIT DROP AS
        SELECT \(columns), input, input_line, ordinal FROM tally_records WITH NO DATA
        """
    ]

    /// The records of this load, one per id: the last read wins.
    package static let dedupe = [
        """
        CREATE TEMPORARY TABLE tally_incoming ON COMMIT DROP AS
        SELECT DISTINCT ON (id) * FROM tally_staging ORDER BY id, ordinal DESC
        """,
        "ANALYZE tally_incoming",
    ]

    /// Whether the stored record `r` and the incoming `s` differ in any value column.
    private static let differs =
        "(" + StoreSchema.valueColumns.map { "r.\($0)" }.joined(separator: ", ")
        + ") IS DISTINCT FROM ("
        + StoreSchema.valueColumns.map { "s.\($0)" }.joined(separator: ", ") + ")"

    /// New, changed, unchanged, superseded within the load.
    package static let counts = """
        SELECT
            sum(CASE WHEN r.id IS NULL THEN 1 ELSE 0 END)::bigint,
            sum(CASE WHEN r.id IS NOT NULL AND \(differs) THEN 1 ELSE 0 END)::bigint,
            sum(CASE WHEN r.id IS NOT NULL AND NOT \(differs) THEN 1 ELSE 0 END)::bigint,
            (SELECT count(*) FROM tally_staging) - count(*)
        FROM tally_incoming s LEFT JOIN tally_records r ON r.id = s.id
        """

    /// Ten ids of records that change, in id order.
    package static let updatedExamples = """
        SELECT s.id FROM tally_incoming s JOIN tally_records r ON r.id = s.id
        WHERE \(differs) ORDER BY s.id LIMIT 10
        """

    /// The stored versions of records about to change, into the revisions.
    package static let keepRevisions = """
        INSERT INTO tally_revisions (\(columns), input, input_line, ordinal, load_id, revision, replaced_by_load)
        SELECT \(StoreSchema.recordColumns.map { "r.\($0)" }.joined(separator: ", ")), r.input, r.input_line, r.ordinal, r.load_id, r.revision, $1
        FROM tally_records r JOIN tally_incoming s ON r.id = s.id
        WHERE \(differs)
        """

    /// New records in, changed ones updated with their revision counted up; unchanged ones
    /// are not touched.
    package static let upsert = """
        INSERT INTO tally_records AS r (\(columns), input, input_line, ordinal, load_id, revision)
        SELECT \(columns), input, input_line, ordinal, $1, 1 FROM tally_incoming
        ON CONFLICT (id) DO UPDATE SET
            \(StoreSchema.valueColumns.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ",\n    ")),
            input = EXCLUDED.input, input_line = EXCLUDED.input_line, ordinal = EXCLUDED.ordinal,
            load_id = EXCLUDED.load_id, revision = r.revision + 1
        WHERE (\(StoreSchema.valueColumns.map { "r.\($0)" }.joined(separator: ", "))) IS DISTINCT FROM (\(StoreSchema.valueColumns.map { "EXCLUDED.\($0)" }.joined(separator: ", ")))
        """

    /// The load's line in `tally_loads`.
    package static let recordLoad = """
        INSERT INTO tally_loads (load_id, started_at, finished_at, inputs, read, accepted, rejected, inserted, updated, unchanged)
        VALUES ($1, $2, now(), $3, $4, $5, $6, $7, $8, $9)
        """

    /// Every statement of a load, for the Citus check.
    package static var all: [String] {
        prepare + dedupe + [counts, updatedExamples, keepRevisions, upsert, recordLoad]
    }
}
