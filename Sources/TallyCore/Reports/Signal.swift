/// An unusual month, as OCHA's HDX Signals flag them: incidents or fatalities the highest in 12
/// or 36 months, or incidents significantly above the rate of the previous 12 months.
///
/// A value with what was exceeded, by how much and over which window; TallyExport puts it in
/// words (`Signal.sentence`).
public struct Signal: Sendable, Hashable {
    /// Where a signal was raised.
    public enum Place: Sendable, Hashable {
        /// The total over all regions.
        case allRegions
        /// One region with its country; `region` as ``RegionLine/region`` names it, `(unknown)`
        /// for the records that name none.
        case region(country: String, region: String)
    }

    /// What the month's figure exceeded.
    public enum Kind: Sendable, Hashable {
        /// The highest figure in `windowMonths` months (the month and those before it): above
        /// `previousHigh`, the highest of the earlier months, reached in `previousHighMonth`; when
        /// `previousHigh` is 0 there was none in them and `previousHighMonth` is `nil`.
        case highest(windowMonths: Int, previousHigh: Int, previousHighMonth: Period?)
        /// A daily rate significantly above that of the previous `months` months, which counted
        /// `previousTotal` in all: the rate ratio with its exact 95% interval and the p-value of
        /// the exact test, kept at a 10% false discovery rate across the places tested.
        case aboveRate(
            months: Int, previousTotal: Int, rateRatio: Double, interval: ClosedRange<Double>,
            pValue: Double)
    }

    /// The total, or a region.
    public var place: Place
    /// ``Metric/incidents`` or ``Metric/fatalities``.
    public var metric: Metric
    /// The month's figure.
    public var value: Int
    /// What was exceeded, and by how much.
    public var kind: Kind

    /// A signal of `value` in `metric` at `place`.
    public init(place: Place, metric: Metric, value: Int, kind: Kind) {
        self.place = place
        self.metric = metric
        self.value = value
        self.kind = kind
    }
}
