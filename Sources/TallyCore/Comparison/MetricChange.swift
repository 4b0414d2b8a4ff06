/// How one metric moved between a base period and a current one, with honest statistics.
///
/// Every comparison in Tally (the monthly report's columns, `tally compare`, signals) is computed
/// by ``between(base:current:baseDays:currentDays:isCount:)``.
public struct MetricChange: Sendable, Hashable {
    /// The figure in the base period.
    public var base: Int
    /// The figure in the current period.
    public var current: Int
    /// Days in the base period.
    public var baseDays: Int
    /// Days in the current period.
    public var currentDays: Int
    /// current / base of the daily rates, so periods of different lengths compare fairly; `nil`
    /// when the base is 0.
    public var rateRatio: Double?
    /// The exact 95% confidence interval of the rate ratio (conditional on the total, from the
    /// Clopper-Pearson interval of current / (base + current)); `nil` when the base is 0.
    public var rateRatioInterval: ClosedRange<Double>?
    /// The two-sided exact test of equal daily rates, for counts of incidents, measures and
    /// records; `nil` for fatalities, which come in clusters that a Poisson test would misjudge.
    public var pValue: Double?

    /// Whether the inputs reach the base period; when they do not, its figure is no data (not
    /// zero) and there is no change, rate ratio or test.
    public var baseHasData = true
    /// Whether the inputs reach the current period.
    public var currentHasData = true

    /// Whether both periods have data, so the change means something.
    public var hasData: Bool { baseHasData && currentHasData }

    /// `current - base`.
    public var change: Int { current - base }

    /// The change in daily rate, in percent: the quantity the rate ratio and the test describe
    /// (a month of 30 days against one of 31 is compared per day); `nil` when the base is 0.
    public var changePercent: Double? {
        rateRatio.map { ($0 - 1) * 100 }
    }

    /// Whether the exact test rejects equal rates at the 5% level.
    public var isSignificant: Bool { (pValue ?? 1) < 0.05 }

    /// The change from `base` to `current` over periods of the given lengths in days.
    ///
    /// - Parameters:
    ///   - base: the figure in the base period.
    ///   - current: the figure in the current period.
    ///   - baseDays: the base period's length in days.
    ///   - currentDays: the current period's length in days.
    ///   - isCount: whether the figure counts events (records, incidents, measures, outposts),
    ///     which the exact binomial test applies to.
    public static func between(
        base: Int, current: Int, baseDays: Int, currentDays: Int, isCount: Bool
    ) -> MetricChange {
        precondition(baseDays > 0 && currentDays > 0)
        var result = MetricChange(
            base: base, current: current, baseDays: baseDays, currentDays: currentDays,
            rateRatio: nil,
            rateRatioInterval: nil, pValue: nil)
        let lengths = Double(baseDays) / Double(currentDays)
        if base > 0 {
            result.rateRatio = Double(current) / Double(base) * lengths
            let share = ExactTests.clopperPearson(successes: current, trials: base + current)
            result.rateRatioInterval =
                share.lowerBound / (1 - share.lowerBound) * lengths...share.upperBound
                / (1 - share.upperBound)
                * lengths
        }
        if isCount {
            // Conditional on the total, current ~ Binomial(base + current, its share of the days).
            let share = Double(currentDays) / Double(baseDays + currentDays)
            result.pValue = ExactTests.binomialTwoSidedPValue(
                successes: current, trials: base + current, probability: share)
        }
        return result
    }

    /// A comparison in which a period lies outside the inputs' coverage: its figure is no
    /// data, and there is no rate ratio, interval or test.
    public static func withoutData(
        base: Int, current: Int, baseDays: Int, currentDays: Int, baseHasData: Bool,
        currentHasData: Bool
    ) -> MetricChange {
        var result = MetricChange(
            base: base, current: current, baseDays: baseDays, currentDays: currentDays,
            rateRatio: nil, rateRatioInterval: nil, pValue: nil)
        result.baseHasData = baseHasData
        result.currentHasData = currentHasData
        return result
    }
}
