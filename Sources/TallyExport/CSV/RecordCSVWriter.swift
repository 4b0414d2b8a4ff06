public import TallyCore

/// Writes records in the canonical CSV layout, streaming, header first.
public struct RecordCSVWriter {
    private let output: OutputFile

    /// Writes the header to `output`.
    public init(output: OutputFile) throws(OutputError) {
        self.output = output
        try output.write(CSVFormat.row(Column.allCases.map(\.name)))
    }

    /// Writes one record.
    public func write(_ record: Record) throws(OutputError) {
        try output.write(RecordCSVWriter.row(record))
    }

    /// One record as a CSV row in the canonical column order.
    public static func row(_ record: Record) -> String {
        CSVFormat.row(Column.allCases.map { record.text(for: $0) })
    }
}
