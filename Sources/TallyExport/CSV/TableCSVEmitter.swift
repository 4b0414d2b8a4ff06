public import TallyCore

/// An aggregate table as CSV: the key columns, then the metric columns in their fixed order.
public enum TableCSVEmitter {
    /// The whole table, header first. Totals are not a row: a CSV is for further computation.
    ///
    /// Key cells are text and guarded against formula injection as `options` say; metric cells
    /// are numbers and written as they are.
    public static func csv(_ table: AggregateTable, options: CSVOptions = CSVOptions()) -> String {
        var out = options.writesByteOrderMark ? CSVFormat.byteOrderMark : ""
        out.reserveCapacity(64 + table.rows.count * 80)
        out += CSVFormat.row(table.keyColumns + Metrics.columnNames)
        var cells: [String: String] = [:]  // key labels repeat: each is escaped once
        for row in table.rows {
            for (index, key) in row.keys.enumerated() {
                if index > 0 { out += "," }
                if let cell = cells[key] {
                    out += cell
                } else {
                    let cell = CSVFormat.textCell(key, options: options)
                    cells[key] = cell
                    out += cell
                }
            }
            for value in row.metrics.values {
                out += ","
                out += String(value)
            }
            out += CSVFormat.lineEnd
        }
        return out
    }
}
