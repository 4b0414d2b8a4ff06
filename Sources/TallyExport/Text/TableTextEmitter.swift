public import TallyCore

/// An aggregate table as aligned text for a terminal: thousands separators and a totals line.
public struct TableTextEmitter: TextEmitter {
    /// What it writes: an aggregate table with its accounting.
    public typealias Subject = AggregationResult

    /// Short headings for the metric columns; the footer says what the four sides are.
    static let metricHeadings = [
        "records", "incidents", "fatalities", "militants", "security", "civilians", "unknown",
        "measures", "outposts",
    ]

    /// The emitter.
    public init() {}

    /// The aggregation's table.
    public func text(_ result: AggregationResult) -> String {
        text(result.table)
    }

    /// The table, a totals line, and a footer naming the fatality columns.
    public func text(_ table: AggregateTable) -> String {
        guard !table.rows.isEmpty else { return "No records matched.\n" }
        let headings = table.keyColumns + Self.metricHeadings
        let keyCount = table.keyColumns.count
        var lines = table.rows.map { $0.keys + $0.metrics.values.map(\.groupedDigits) }
        let totalLabels = ["Total"] + Array(repeating: "", count: max(0, keyCount - 1))
        let totals = (keyCount == 0 ? [] : totalLabels) + table.totals.values.map(\.groupedDigits)
        var widths = headings.map(\.count)
        for line in lines + [totals] {
            for (index, cell) in line.enumerated() {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func render(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(index < keyCount ? cell + padding : padding + cell)
            }
            var line = parts.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        var out = render(headings) + rule
        if keyCount == 0 { lines = [] }
        for line in lines { out += render(line) }
        if keyCount > 0 { out += rule }
        out += render(totals)
        out += "\nmilitants, security, civilians, unknown: fatalities by side\n"
        return out
    }
}
