public import TallyCore

/// An aggregate table as JSON: an array of objects with the CSV's keys, numbers as numbers.
public struct TableJSONEmitter: TextEmitter {
    /// What it writes: an aggregate table with its accounting.
    public typealias Subject = AggregationResult

    /// The emitter.
    public init() {}

    /// The aggregation's table.
    public func text(_ result: AggregationResult) -> String {
        text(result.table)
    }

    /// The rows, one object a line.
    public func text(_ table: AggregateTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let names = table.keyColumns + Metrics.columnNames
        let objects = table.rows.map { row -> String in
            let keys = row.keys.map(JSONText.string)
            let values = keys + row.metrics.values.map(String.init)
            return "  {"
                + zip(names, values).map { "\(JSONText.string($0)): \($1)" }.joined(separator: ", ")
                + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
