public import TallyCore

/// An aggregate table as CSV: the key columns, then the metric columns in their fixed order.
public enum TableCSVEmitter {
    /// The whole table, header first. Totals are not a row: a CSV is for further computation.
    ///
    /// Key cells are text and guarded against formula injection as `options` say; metric cells
    /// are numbers and written as they are.
    public static func csv(_ table: AggregateTable, options: CSVOptions = CSVOptions()) -> String {
        var out = options.writesByteOrderMark ? CSVFormat.byteOrderMark : ""
        out += CSVFormat.row(table.keyColumns + Metrics.columnNames)
        for row in table.rows {
            out += CSVFormat.line(
                row.keys.map { CSVFormat.textCell($0, options: options) }
                    + row.metrics.values.map(String.init))
        }
        return out
    }
}
