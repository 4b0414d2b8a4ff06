/// Everything a monthly report says, format-neutral: the emitters turn it into `summary.txt`,
/// `by-region.csv` and `report.xlsx`.
public struct MonthlyReport: Sendable {
    /// The month reported on.
    public var month: Period
    /// What was read.
    public var accounting: ReadAccounting
    /// The first and last day any accepted record covers.
    public var coveredDates: ClosedRange<CivilDate>?
    /// The month's metrics beside the previous month and the same month a year earlier.
    public var headline: [HeadlineLine]
    /// Measures by type, beside the previous month and a year earlier.
    public var measuresByType: [HeadlineLine]
    /// Regions with records in the 12 months ending with the month, by country and region.
    public var regions: [RegionLine]
    /// The month's deadliest incidents, then every measure, packed.
    public var notableEvents: PackedRecords
    /// Every record of the month, by date (then id), packed: a large input's month holds tens of
    /// thousands.
    public var records: PackedRecords
    /// Totals per month over the 24 months ending with the month, oldest first, zero-filled.
    public var monthlySeries: [AggregateRow]
    /// Month x region over the same 24 months, zero-filled, by country, region and month.
    public var trend: AggregateTable
    /// Unusual figures this month, for the total and for each region (see ``Signal``).
    public var signals: [Signal]
    /// How many places (all regions, and each region) had their month's incidents tested against
    /// the previous 12 months; a rise is signalled only when it passes a 10% false discovery
    /// rate across them (Benjamini–Hochberg).
    public var signalTests: Int = 0

    /// What an analyst should know about the figures: a partly covered month, imprecise dates,
    /// rejections, the inputs' columns, merged regions.
    public var notes: [DataNote]

    /// The month before.
    public var previousMonth: Period { month.shifted(byMonths: -1) }
    /// The same month a year earlier.
    public var yearAgoMonth: Period { month.shifted(byMonths: -12) }

    /// The month's metrics for every region line, as a `country,region` table.
    public var byRegion: AggregateTable {
        var totals = Metrics()
        for line in regions { totals += line.metrics }
        return AggregateTable(
            dimensions: [.region], keyColumns: ["country", "region"],
            rows: regions.map { AggregateRow(keys: [$0.country, $0.region], metrics: $0.metrics) },
            totals: totals)
    }

    /// The headline line of one metric.
    public func headline(_ metric: Metric) -> HeadlineLine? {
        headline.first { $0.subject == .metric(metric) }
    }

    /// The month's totals.
    public var totals: Metrics {
        monthlySeries.last?.metrics ?? Metrics()
    }
}

/// One row of the headline table: a metric or a type of measure this month, last month and a
/// year ago.
public struct HeadlineLine: Sendable, Hashable {
    /// What a headline line counts.
    public enum Subject: Sendable, Hashable {
        /// One of the fixed metrics.
        case metric(Metric)
        /// Measures of one type (`outpost_opened`).
        case measureType(String)

        /// The metric, when the line counts one.
        public var metric: Metric? {
            if case .metric(let metric) = self { metric } else { nil }
        }
    }

    /// The metric, or the type of measure.
    public var subject: Subject
    /// This month against the previous month.
    public var versusPreviousMonth: MetricChange
    /// This month against the same month a year earlier.
    public var versusYearAgo: MetricChange

    /// The figure this month.
    public var current: Int { versusPreviousMonth.current }
}

/// One region of the report: the month's metrics and the incidents of the last 12 months.
public struct RegionLine: Sendable, Hashable {
    /// The country, as the records name it.
    public var country: String
    /// The region, `(unknown)` when records had none.
    public var region: String
    /// The month's metrics.
    public var metrics: Metrics
    /// Incidents per month over the 12 months ending with the report's month, oldest first.
    public var incidentsByMonth: [Int]
}

extension Period {
    /// The month `months` after (or before) this month's start.
    public func shifted(byMonths months: Int) -> Period {
        let (y, m, _) = start.components
        let index = y * 12 + (m - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return Period(
            .month, containing: CivilDate(year: year, month: index - year * 12 + 1, day: 1)!)
    }
}
