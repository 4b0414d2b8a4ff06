import Foundation
import NIOCore
import PostgresNIO
public import TallyCore

/// What a load did, or would do with `--dry-run`.
public struct LoadResult: Sendable {
    /// The load's number in `tally_loads`; `nil` for a dry run.
    public var loadID: Int?
    /// `read = accepted + rejected`, per input and in all.
    public var accounting: ReadAccounting
    /// Records new to the store.
    public var inserted = 0
    /// Records whose fields changed: updated, their previous version kept in `tally_revisions`.
    public var updated = 0
    /// Records already in the store as they are: left alone.
    public var unchanged = 0
    /// Records of this load whose id a later record of the same load repeats: the later one
    /// counts (a correction further down the file), these are set aside and counted here.
    public var superseded = 0
    /// Up to ten ids of records that are (or would be) updated, for the dry run's report.
    public var updatedExamples: [String] = []
    /// Whether nothing was written.
    public var isDryRun: Bool
}

/// Loads records into a store: read through the same decoder and rules as every command, and
/// written in one transaction with `COPY`, so that either the whole load lands or nothing does.
///
/// Idempotent by `id`: a record already stored with the same fields is left alone, one whose
/// fields changed is updated and its previous version kept in `tally_revisions`. Loads (and
/// schema changes) hold one transaction-level advisory lock, so two loads at once run one after
/// the other: the second compares against what the first committed, and nothing is lost or
/// written twice. (Upserts alone would keep the records right but could interleave two loads'
/// revisions; the lock keeps each load's accounting exact as well.)
public enum StoreLoading {
    /// Reads `source` and loads its accepted records and its rejections into the store.
    ///
    /// - Parameters:
    ///   - dryRun: count what would change, then roll back: nothing is written.
    /// - Throws: ``StoreError`` (the store), or the first ``InputError`` of the read; either
    ///   way nothing was written.
    public static func load(
        _ source: some RecordSource, into address: StoreAddress,
        options: ReadOptions = ReadOptions(),
        dryRun: Bool = false, strict: Bool = false
    ) throws -> LoadResult {
        let store = try StoreConnection.open(address)
        defer { store.close() }
        return try load(source, into: store, options: options, dryRun: dryRun, strict: strict)
    }

    package static func load(
        _ source: some RecordSource, into store: StoreConnection, options: ReadOptions,
        dryRun: Bool, strict: Bool = false
    ) throws -> LoadResult {
        let streams = try source.recordStreams()
        try StoreSchema.check(store)
        let started = Date()
        try store.execute("BEGIN")
        do {
            let result = try loadInTransaction(
                streams, store: store, options: options, dryRun: dryRun, strict: strict,
                started: started)
            try store.execute(dryRun ? "ROLLBACK" : "COMMIT")
            return result
        } catch {
            try? store.execute("ROLLBACK")
            throw error
        }
    }

    private static func loadInTransaction(
        _ streams: [RecordStream], store: StoreConnection, options: ReadOptions, dryRun: Bool,
        strict: Bool, started: Date
    ) throws -> LoadResult {
        _ = try store.query("SELECT pg_advisory_xact_lock(\(StoreSchema.lockKey))")
        let loadID = try store.query("SELECT coalesce(max(load_id), 0) + 1 FROM tally_loads")
            .first!.decode(Int.self)
        for statement in LoadStatements.prepare { try store.execute(statement) }

        // The read, streamed into COPY: rejections are kept for tally_rejections.
        var rejections: [Rejection] = []
        var readOptions = options
        let listener = options.onRejection
        readOptions.onRejection = { rejection in
            rejections.append(rejection)
            listener?(rejection)
        }
        var accounting = ReadAccounting()
        var inputError: InputError?
        try store.copy(into: "tally_staging", columns: LoadStatements.stagingColumns) { send in
            var sink = CopySink(send: send)
            let (read, errors) = readRecords(
                from: streams, into: &sink, options: readOptions, stopAtFirstError: true)
            sink.flush()
            accounting = read
            inputError = errors.first
            if let inputError { throw inputError }
            if strict, accounting.rejected > 0, let first = accounting.firstRejection {
                throw InputError(
                    .invalid, file: first.file, line: first.line,
                    "--strict: \(accounting.rejected.groupedDigits) records were rejected (first: \(first.reason)); nothing loaded"
                )
            }
            if sink.isBroken {
                throw StoreError(.server, "the store \(store.address) stopped taking the records")
            }
        }
        if let inputError { throw inputError }
        if strict, accounting.rejected > 0, let first = accounting.firstRejection {
            throw InputError(
                .invalid, file: first.file, line: first.line,
                "--strict: \(accounting.rejected.groupedDigits) records were rejected (first: \(first.reason)); nothing loaded"
            )
        }

        for statement in LoadStatements.dedupe { try store.execute(statement) }
        var result = LoadResult(
            loadID: dryRun ? nil : loadID, accounting: accounting, isDryRun: dryRun)
        let counts = try store.query(PostgresQuery(unsafeSQL: LoadStatements.counts)).first!
        (result.inserted, result.updated, result.unchanged, result.superseded) = try counts.decode(
            (Int, Int, Int, Int).self)
        result.updatedExamples = try store.query(
            PostgresQuery(unsafeSQL: LoadStatements.updatedExamples)
        ).map { try $0.decode(String.self) }
        if dryRun { return result }

        var binds = PostgresBindings()
        binds.append(loadID)
        _ = try store.query(PostgresQuery(unsafeSQL: LoadStatements.keepRevisions, binds: binds))
        _ = try store.query(PostgresQuery(unsafeSQL: LoadStatements.upsert, binds: binds))
        var loadBinds = PostgresBindings()
        loadBinds.append(loadID)
        loadBinds.append(started)
        loadBinds.append(accounting.inputs.map(\.path))
        for figure in [
            accounting.read, accounting.accepted, accounting.rejected, result.inserted,
            result.updated, result.unchanged,
        ] {
            loadBinds.append(figure)
        }
        _ = try store.query(PostgresQuery(unsafeSQL: LoadStatements.recordLoad, binds: loadBinds))
        if !rejections.isEmpty {
            try store.copy(into: "tally_rejections", columns: LoadStatements.rejectionColumns) {
                send in
                var text = CopyText()
                for (ordinal, rejection) in rejections.enumerated() {
                    text.append(rejection, load: loadID, ordinal: ordinal + 1)
                    if text.isFull { _ = send(text.take()) }
                }
                _ = send(text.take())
            }
        }
        return result
    }
}

/// Writes every accepted record as a row of COPY text, handing over a block at a time.
private struct CopySink: RecordSink {
    let send: (ByteBuffer) -> Bool
    var text = CopyText()
    var ordinal = 0
    var isBroken = false

    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        ordinal += 1
        text.append(Record(record, row: row), input: row.file, line: row.line, ordinal: ordinal)
        if text.isFull { flush() }
    }

    mutating func reject(_ rejection: Rejection) {}

    mutating func flush() {
        guard !isBroken else {
            _ = text.take()
            return
        }
        if !send(text.take()) { isBroken = true }
    }
}
