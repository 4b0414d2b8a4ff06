/// What to aggregate: the grouping, the period range, the filter and the shape of the table.
public struct AggregationRequest: Sendable, Hashable {
    /// Group by these, in this order (see ``TableDimension/parseList(_:)``).
    public var dimensions: [TableDimension]
    /// Only records whose whole date interval lies inside this range; `nil` for all.
    public var range: PeriodRange?
    /// `--where` clauses.
    public var filter: RecordFilter
    /// Add zero rows for every period x group in the range, so time series have no holes.
    public var fill: Bool
    /// Keep only the latest period of the time dimension that has data.
    public var latestOnly: Bool
    /// The days the inputs cover, declared (`--coverage`); `nil`: from the first record's date
    /// to the last's. `fill` adds rows only inside it, and periods it covers only in part are noted.
    public var coverage: ClosedRange<CivilDate>?

    /// A request; by default month x region over everything.
    public init(
        dimensions: [TableDimension] = TableDimension.defaultGrouping, range: PeriodRange? = nil,
        filter: RecordFilter = RecordFilter(), fill: Bool = false, latestOnly: Bool = false,
        coverage: ClosedRange<CivilDate>? = nil
    ) {
        self.coverage = coverage
        self.dimensions = dimensions
        self.range = range
        self.filter = filter
        self.fill = fill
        self.latestOnly = latestOnly
    }

    /// The time dimension, if the grouping has one.
    public var timeDimension: TableDimension? {
        dimensions.first { $0.periodKind != nil }
    }

    /// The table's key columns, in order (`region` gives `country,region`).
    public var keyColumnNames: [String] {
        dimensions.flatMap(\.columnNames)
    }
}
