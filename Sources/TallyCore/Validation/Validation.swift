/// Checks inputs against the record rules without aggregating them.
public enum Validation {
    /// Reads every input of `source` it can, going on past inputs that cannot be read (they are
    /// in the result's ``ValidationResult/inputErrors``).
    ///
    /// - Throws: ``InputError`` only when the source itself cannot be found (a path that does not
    ///   exist).
    public static func run(
        from source: some RecordSource, options: ReadOptions = ReadOptions()
    ) throws(InputError) -> ValidationResult {
        // Counting by region is all it keeps: enough to name the regions that match no
        // province and the spellings that will be merged.
        var sink = Aggregator(AggregationRequest(dimensions: [.region]))
        let (accounting, errors) = readRecords(
            from: try source.recordStreams(), into: &sink, options: options,
            stopAtFirstError: false)
        return ValidationResult(
            accounting: accounting, inputErrors: errors, unknownRegions: sink.unknownRegions(),
            regionMerges: sink.regionMerges())
    }
}

/// What validation found.
public struct ValidationResult: Sendable {
    /// `read = accepted + rejected`, per input and in all.
    public var accounting: ReadAccounting
    /// Inputs that could not be read at all.
    public var inputErrors: [InputError]
    /// Regions of the five countries that match no province Tally knows (they are counted as
    /// written; a misspelling shows here).
    public var unknownRegions: [UnknownRegion] = []
    /// Spellings and districts that counting by region merges into a province.
    public var regionMerges: [RegionMerge] = []

    /// Whether every input was read and every record accepted.
    public var isValid: Bool {
        inputErrors.isEmpty && accounting.rejected == 0
    }
}
