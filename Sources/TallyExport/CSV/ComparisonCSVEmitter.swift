public import TallyCore

/// A comparison as long CSV: the key columns, then `metric,base,current,change,rate_change_pct,
/// rate_ratio,rate_ratio_low,rate_ratio_high,p_value`, one row per group and metric (the totals
/// when there is no grouping). Numbers at full precision; empty cells where a figure does not
/// apply, and for a period the inputs do not reach.
public struct ComparisonCSVEmitter: TextEmitter {
    /// What it writes: a period comparison.
    public typealias Subject = PeriodComparison

    /// The statistics columns after the key columns.
    public static let columns = [
        "metric", "base", "current", "change", "rate_change_pct", "rate_ratio", "rate_ratio_low",
        "rate_ratio_high",
        "p_value",
    ]

    /// How the file is written: formula guard and byte-order mark.
    public var options: CSVOptions

    /// An emitter that guards formulas and writes no byte-order mark unless told otherwise.
    public init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// The whole comparison, header first.
    public func text(_ comparison: PeriodComparison) -> String {
        var out = options.writesByteOrderMark ? CSVFormat.byteOrderMark : ""
        out += CSVFormat.row(comparison.keyColumns + Self.columns)
        for (keys, metrics) in Self.rows(of: comparison) {
            for metric in metrics {
                let cells =
                    keys.map { CSVFormat.textCell($0, options: options) } + [
                        metric.metric.columnName
                    ]
                    + Self.figures(metric.change)
                out += CSVFormat.line(cells)
            }
        }
        return out
    }

    /// The groups, or the totals under no keys when there is no grouping.
    static func rows(of comparison: PeriodComparison) -> [([String], [MetricComparison])] {
        comparison.dimensions.isEmpty
            ? [([], comparison.totals)] : comparison.groups.map { ($0.keys, $0.metrics) }
    }

    /// base … p_value as text, full precision, empty where the figure does not apply.
    static func figures(_ change: MetricChange) -> [String] {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        // A period the inputs do not reach: no figure and no change, never a zero.
        return [
            change.baseHasData ? String(change.base) : "",
            change.currentHasData ? String(change.current) : "",
            change.hasData ? String(change.change) : "",
            number(change.changePercent),
            number(change.rateRatio), number(change.rateRatioInterval?.lowerBound),
            number(change.rateRatioInterval?.upperBound), number(change.pValue),
        ]
    }
}
