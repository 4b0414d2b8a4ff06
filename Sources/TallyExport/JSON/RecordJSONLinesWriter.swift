public import TallyCore

/// Writes records as JSON Lines with the canonical keys, one object a line; numbers as numbers.
public struct RecordJSONLinesWriter {
    private let output: OutputFile

    /// A writer that appends to `output`.
    public init(output: OutputFile) {
        self.output = output
    }

    /// Writes one record.
    public func write(_ record: Record) throws(OutputError) {
        try output.write(record.jsonLine)
    }
}
