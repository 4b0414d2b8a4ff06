/// Runs aggregations: inputs in, a table and its accounting out.
public enum Aggregation {
    /// Reads every input, validates each record, and aggregates the accepted ones.
    ///
    /// - Throws: the first ``InputError`` (a missing input, a file that is not a records file).
    /// - Complexity: one pass over the input; memory grows with the number of groups only.
    public static func run(
        _ request: AggregationRequest, inputs: InputSet, options: ReadOptions = ReadOptions()
    ) throws(InputError) -> AggregationResult {
        var aggregator = Aggregator(request)
        let (accounting, errors) = readRecords(
            from: inputs, into: &aggregator, options: options, stopAtFirstError: true)
        if let error = errors.first { throw error }
        return AggregationResult(
            table: aggregator.table(), accounting: accounting,
            notes: accounting.inputNotes + aggregator.notes())
    }
}

/// An aggregate with the accounting of the read that produced it.
public struct AggregationResult: Sendable {
    /// The table.
    public var table: AggregateTable
    /// `read = accepted + rejected`, per input and in all.
    public var accounting: ReadAccounting
    /// What an analyst should know about how records were counted.
    public var notes: [String]
}
