public import TallyCore

/// An aggregate table as CSV: the key columns, then the metric columns in their fixed order.
public enum TableCSVEmitter {
    /// The whole table, header first. Totals are not a row: a CSV is for further computation.
    public static func csv(_ table: AggregateTable) -> String {
        var out = CSVFormat.row(table.keyColumns + Metrics.columnNames)
        for row in table.rows {
            out += CSVFormat.row(row.keys + row.metrics.values.map(String.init))
        }
        return out
    }
}
