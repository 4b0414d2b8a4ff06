/// Runs aggregations: inputs in, a table and its accounting out.
public enum Aggregation {
    /// Reads every record of `source`, validates each, and aggregates the accepted ones.
    ///
    /// - Throws: the first ``InputError`` (a missing input, a file that is not a records file).
    /// - Complexity: one pass over the input; memory grows with the number of groups only.
    public static func run(
        _ request: AggregationRequest, from source: some RecordSource,
        options: ReadOptions = ReadOptions()
    ) throws(InputError) -> AggregationResult {
        var aggregator = Aggregator(request)
        let (accounting, errors) = readRecords(
            from: try source.recordStreams(), into: &aggregator, options: options,
            plan: options.plan,
            stopAtFirstError: true)
        if let error = errors.first { throw error }
        return AggregationResult(
            request: request, table: aggregator.table(), accounting: accounting,
            notes: accounting.inputNotes + aggregator.notes())
    }
}

extension Aggregation {
    /// Aggregates like ``run(_:from:options:)`` and hands every counted record, whole, to
    /// `listing` as it is read (for record listings that stream: the Records sheet, a records CSV).
    ///
    /// When `listing` throws, no further record is listed and the error is rethrown after the read.
    public static func run(
        _ request: AggregationRequest, from source: some RecordSource,
        options: ReadOptions = ReadOptions(), listing: (Record) throws -> Void
    ) throws -> AggregationResult {
        try run(request, from: source, options: options) { record, row in
            try listing(Record(record, row: row))
        }
    }

    /// Aggregates and hands every counted record to `listing` with the row it was read from,
    /// still in the reader's buffer (readable during the call, never kept): listings that copy
    /// the bytes straight out (the XLSX Records sheet) skip building a `String` per field.
    ///
    /// With `buildsTable` false the result's table has no rows (its totals are the records
    /// counted): for a listing that writes the records alone, which then takes the memory of
    /// the groups but not of their rows, labels and order.
    package static func run(
        _ request: AggregationRequest, from source: some RecordSource, options: ReadOptions,
        buildsTable: Bool = true,
        listingRows listing: (DecodedRecord, borrowing RowView) throws -> Void
    ) throws -> AggregationResult {
        let streams = try source.recordStreams()
        return try withoutActuallyEscaping(listing) { listing in
            var sink = ListingSink(aggregator: Aggregator(request), listing: listing)
            let (accounting, errors) = readRecords(
                from: streams, into: &sink, options: options, stopAtFirstError: true)
            if let failure = sink.failure { throw failure }
            if let error = errors.first { throw error }
            return AggregationResult(
                request: request,
                table: buildsTable ? sink.aggregator.table() : sink.aggregator.tableWithoutRows(),
                accounting: accounting, notes: accounting.inputNotes + sink.aggregator.notes())
        }
    }
}

/// Aggregates, and lists the records it counts until the listing fails.
private struct ListingSink: RecordSink {
    var aggregator: Aggregator
    let listing: (DecodedRecord, borrowing RowView) throws -> Void
    var failure: (any Error)?

    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        guard aggregator.count(record, from: row), failure == nil else { return }
        do { try listing(record, row) } catch { failure = error }
    }

    mutating func reject(_ rejection: Rejection) {}
}

/// An aggregate with the request it answers and the accounting of the read that produced it.
public struct AggregationResult: Sendable {
    /// The request: grouping, range, filter; what a workbook's About sheet describes.
    public var request: AggregationRequest
    /// The table.
    public var table: AggregateTable
    /// `read = accepted + rejected`, per input and in all.
    public var accounting: ReadAccounting
    /// What an analyst should know about how records were counted: the inputs' columns first,
    /// then coarser dates, partly covered periods, merged regions, records left out.
    public var notes: [DataNote]
}
