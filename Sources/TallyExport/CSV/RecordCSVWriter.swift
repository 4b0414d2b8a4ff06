public import TallyCore

/// Writes records in the canonical CSV layout, streaming, header first.
public struct RecordCSVWriter {
    private let output: OutputFile
    private let options: CSVOptions

    /// Writes the header to `output`.
    ///
    /// - Parameters:
    ///   - output: the file or stream written to.
    ///   - options: by default the canonical layout as Tally reads it (no formula guard: the
    ///     guard's `'` would become part of the value); pass guarding options for files meant for
    ///     spreadsheet programs.
    public init(
        output: OutputFile, options: CSVOptions = CSVOptions(guardsFormulas: false)
    ) throws(OutputError) {
        self.output = output
        self.options = options
        if options.writesByteOrderMark { try output.write(CSVFormat.byteOrderMark) }
        try output.write(CSVFormat.row(Column.allCases.map(\.name)))
    }

    /// Writes one record.
    public func write(_ record: Record) throws(OutputError) {
        try output.write(RecordCSVWriter.row(record, options: options))
    }

    /// One record as a CSV row in the canonical column order; numbers are never guarded.
    public static func row(
        _ record: Record, options: CSVOptions = CSVOptions(guardsFormulas: false)
    ) -> String {
        let cells = Column.allCases.map { column -> String in
            let text = record.text(for: column)
            return column.isNumeric
                ? CSVFormat.field(text) : CSVFormat.textCell(text, options: options)
        }
        return CSVFormat.line(cells)
    }
}

/// The records CSV of `tally export --records`: each counted record a row as it is read.
extension RecordCSVWriter: ListingOutput {
    package func list(_ record: DecodedRecord, from row: borrowing RowView) throws {
        try write(Record(record, row: row))
    }

    /// A records CSV holds the records alone.
    package func finish(_ result: AggregationResult) {}
}
