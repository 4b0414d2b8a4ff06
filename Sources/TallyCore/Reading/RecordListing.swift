/// Reads whole records, for the small files where every record is wanted in memory (evaluation
/// sets, fixtures); aggregation never does this.
public enum RecordListing {
    /// Every accepted record of `source`, in input order.
    ///
    /// - Throws: the first ``InputError``.
    public static func records(
        from source: some RecordSource, options: ReadOptions = ReadOptions()
    ) throws(InputError) -> (records: [Record], accounting: ReadAccounting) {
        var sink = CollectingSink()
        let (accounting, errors) = readRecords(
            from: try source.recordStreams(), into: &sink, options: options,
            stopAtFirstError: true)
        if let error = errors.first { throw error }
        return (sink.records, accounting)
    }
}

private struct CollectingSink: RecordSink {
    var records: [Record] = []

    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        records.append(Record(record, row: row))
    }

    mutating func reject(_ rejection: Rejection) {}
}
