public import TallyCore

/// A comparison as JSON: the CSV's rows as objects, numbers as numbers, `null` where a figure
/// does not apply.
public struct ComparisonJSONEmitter: TextEmitter {
    /// What it writes: a period comparison.
    public typealias Subject = PeriodComparison

    /// The emitter.
    public init() {}

    /// The rows, one object a line.
    public func text(_ comparison: PeriodComparison) -> String {
        var objects: [String] = []
        for (keys, metrics) in ComparisonCSVEmitter.rows(of: comparison) {
            for metric in metrics {
                let values = ComparisonCSVEmitter.figures(metric.change).map {
                    $0.isEmpty ? "null" : $0
                }
                let members =
                    zip(comparison.keyColumns, keys).map {
                        "\(JSONText.string($0)): \(JSONText.string($1))"
                    }
                    + ["\"metric\": \(JSONText.string(metric.metric.columnName))"]
                    + zip(ComparisonCSVEmitter.columns.dropFirst(), values).map {
                        "\(JSONText.string($0)): \($1)"
                    }
                objects.append("  {" + members.joined(separator: ", ") + "}")
            }
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
