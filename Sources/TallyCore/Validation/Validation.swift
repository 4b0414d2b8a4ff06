/// Checks inputs against the record rules without aggregating them.
public enum Validation {
    /// Reads every input it can, going on past inputs that cannot be read.
    public static func run(
        inputs: InputSet, options: ReadOptions = ReadOptions()
    ) -> ValidationResult {
        var sink = DiscardingSink()
        let (accounting, errors) = readRecords(
            from: inputs, into: &sink, options: options, stopAtFirstError: false)
        return ValidationResult(accounting: accounting, inputErrors: errors)
    }
}

/// What validation found.
public struct ValidationResult: Sendable {
    /// `read = accepted + rejected`, per input and in all.
    public var accounting: ReadAccounting
    /// Inputs that could not be read at all.
    public var inputErrors: [InputError]

    /// Whether every input was read and every record accepted.
    public var isValid: Bool {
        inputErrors.isEmpty && accounting.rejected == 0
    }
}

/// A sink that keeps nothing: the reader's accounting is all validation needs.
private struct DiscardingSink: RecordSink {
    mutating func accept(_ record: DecodedRecord, from row: RawRecord) {}
    mutating func reject(_ rejection: Rejection) {}
}
