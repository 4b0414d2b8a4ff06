/// How one metric moved between a base period and a current one.
///
/// Every comparison in Tally (the monthly report's columns, `tally compare`) is computed by
/// ``between(base:current:)``, so statistics added to it reach every place at once.
public struct MetricChange: Sendable, Hashable {
    /// The figure in the base period.
    public var base: Int
    /// The figure in the current period.
    public var current: Int

    /// `current - base`.
    public var change: Int { current - base }

    /// The change relative to the base, in percent; `nil` when the base is 0.
    public var changePercent: Double? {
        base == 0 ? nil : Double(change) / Double(base) * 100
    }

    /// The change from `base` to `current`.
    public static func between(base: Int, current: Int) -> MetricChange {
        MetricChange(base: base, current: current)
    }
}
