public import TallyCore

/// Writes records as JSON Lines with the canonical keys, one object a line; numbers as numbers.
public struct RecordJSONLinesWriter {
    private let output: OutputFile

    public init(output: OutputFile) {
        self.output = output
    }

    /// Writes one record.
    public func write(_ record: Record) throws(OutputError) {
        try output.write(RecordJSONLinesWriter.line(record))
    }

    /// One record as a JSON object on one line.
    public static func line(_ record: Record) -> String {
        let members = Column.allCases.map { column -> String in
            let text = record.text(for: column)
            return
                "\(JSONText.string(column.name)): \(column.isNumeric ? text : JSONText.string(text))"
        }
        return "{" + members.joined(separator: ", ") + "}\n"
    }
}
