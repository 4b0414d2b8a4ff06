public import TallyCore

/// An aggregate table as CSV: the key columns, then the metric columns in their fixed order.
public struct TableCSVEmitter: TextEmitter {
    /// What it writes: an aggregate table with its accounting.
    public typealias Subject = AggregationResult

    /// How the file is written: formula guard and byte-order mark.
    public var options: CSVOptions

    /// An emitter that guards formulas and writes no byte-order mark unless told otherwise.
    public init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// The aggregation's table.
    public func text(_ result: AggregationResult) -> String {
        text(result.table)
    }

    /// The whole table, header first. Totals are not a row: a CSV is for further computation.
    ///
    /// Key cells are text and guarded against formula injection as ``options`` say; metric cells
    /// are numbers and written as they are.
    public func text(_ table: AggregateTable) -> String {
        // Built as bytes: tens of thousands of rows of small appends are slow on `String`.
        var out: [UInt8] = []
        out.reserveCapacity(64 + table.rows.count * 80)
        if options.writesByteOrderMark { out += CSVFormat.byteOrderMark.utf8 }
        out += CSVFormat.row(table.keyColumns + Metrics.columnNames).utf8
        var cells: [String: [UInt8]] = [:]  // key labels repeat: each is escaped once
        for row in table.rows {
            for (index, key) in row.keys.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if let cell = cells[key] {
                    out += cell
                } else {
                    let cell = Array(CSVFormat.textCell(key, options: options).utf8)
                    cells[key] = cell
                    out += cell
                }
            }
            for value in row.metrics.values {
                out.append(UInt8(ascii: ","))
                out += String(value).utf8
            }
            out += CSVFormat.lineEnd.utf8
        }
        return String(decoding: out, as: UTF8.self)
    }
}
