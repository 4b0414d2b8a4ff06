public import TallyCore

/// Writes rejected records as CSV: `file,line,reason,record`, the record as it was written.
public struct RejectionCSVWriter {
    private let output: OutputFile

    /// Writes the header to `output`.
    public init(output: OutputFile) throws(OutputError) {
        self.output = output
        try output.write(CSVFormat.row(["file", "line", "reason", "record"]))
    }

    /// Writes one rejection.
    public func write(_ rejection: Rejection) throws(OutputError) {
        try output.write(
            CSVFormat.row([
                rejection.file, String(rejection.line), rejection.reason, rejection.rawText,
            ]))
    }
}
