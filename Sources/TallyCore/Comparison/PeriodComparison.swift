/// Two periods compared, in total and group by group: format-neutral, for the emitters.
public struct PeriodComparison: Sendable {
    /// The base period.
    public var base: PeriodRange
    /// The current period.
    public var current: PeriodRange
    /// The grouping (no time dimension).
    public var dimensions: [TableDimension]
    /// Key column names (`country`, `region`...).
    public var keyColumns: [String]
    /// Every metric over all counted records.
    public var totals: [MetricComparison]
    /// Groups present in either period, in the order of their keys.
    public var groups: [GroupComparison]
    /// What was read.
    public var accounting: ReadAccounting
    /// The inputs' columns, the sides covered only in part, and each side's notes: records left
    /// out because they overlap a period without lying inside it, merged regions.
    public var notes: [DataNote]
    /// The days the inputs cover: declared (`--coverage`), or from the first record read to the
    /// last; `nil` when none was accepted and none declared.
    public var coverage: ClosedRange<CivilDate>?
    /// Whether ``coverage`` was declared rather than read from the records.
    public var isCoverageDeclared = false

    /// The sides the inputs cover only in part: their figures count only the days covered.
    public var partlyCoveredSides: [ComparisonSide] {
        guard let coverage else { return [] }
        return ComparisonSide.allCases.filter { side in
            let days = period(of: side).days
            let overlaps =
                days.upperBound >= coverage.lowerBound && days.lowerBound <= coverage.upperBound
            let inside =
                days.lowerBound >= coverage.lowerBound && days.upperBound <= coverage.upperBound
            return overlaps && !inside
        }
    }

    /// The sides whose period the records do not reach: their zeros would be missing data, not
    /// counts.
    public var uncoveredSides: [ComparisonSide] {
        guard coverage != nil else { return [] }
        return ComparisonSide.allCases.filter { !Self.reaches(period(of: $0), coverage) }
    }

    /// The base or the current period.
    public func period(of side: ComparisonSide) -> PeriodRange {
        switch side {
        case .base: base
        case .current: current
        }
    }

    /// The comparison of one metric over all counted records.
    public func total(_ metric: Metric) -> MetricChange? {
        totals.first { $0.metric == metric }?.change
    }

    /// Whether the inputs' coverage reaches any day of a period; never, without coverage.
    static func reaches(_ side: PeriodRange, _ coverage: ClosedRange<CivilDate>?) -> Bool {
        guard let coverage else { return false }
        return side.days.upperBound >= coverage.lowerBound
            && side.days.lowerBound <= coverage.upperBound
    }

    /// Days in the base period.
    public var baseDays: Int { base.dayCount }
    /// Days in the current period.
    public var currentDays: Int { current.dayCount }
}

/// One group's comparison.
public struct GroupComparison: Sendable, Hashable {
    /// The group's labels, one per key column.
    public var keys: [String]
    /// Every metric, in the fixed order.
    public var metrics: [MetricComparison]

    /// The comparison of one metric.
    public func metric(_ metric: Metric) -> MetricChange? {
        metrics.first { $0.metric == metric }?.change
    }
}

/// One metric of a comparison.
public struct MetricComparison: Sendable, Hashable {
    /// The metric compared.
    public var metric: Metric
    /// How it moved between the periods.
    public var change: MetricChange
}

/// One of the two periods of a comparison.
public enum ComparisonSide: String, CaseIterable, Sendable, Hashable {
    /// The period compared against.
    case base
    /// The period compared.
    case current
}

/// What to compare: two periods, a grouping without a time dimension, a filter.
public struct ComparisonRequest: Sendable, Hashable {
    /// The period compared against.
    public var base: PeriodRange
    /// The period compared.
    public var current: PeriodRange
    /// The grouping; no time dimension (the periods already split the records by time).
    public var dimensions: [TableDimension]
    /// Which records count, in both periods.
    public var filter: RecordFilter
    /// The days the inputs cover, when declared; otherwise read from the records.
    public var coverage: ClosedRange<CivilDate>?

    /// A comparison of `current` against `base`, grouped by `dimensions`.
    public init(
        base: PeriodRange, current: PeriodRange, dimensions: [TableDimension] = [],
        filter: RecordFilter = RecordFilter(), coverage: ClosedRange<CivilDate>? = nil
    ) {
        self.coverage = coverage
        self.base = base
        self.current = current
        self.dimensions = dimensions
        self.filter = filter
    }
}

/// Compares periods in one pass over the inputs.
public enum Comparing {
    /// Reads `source` and compares the two periods.
    ///
    /// A record belongs to a period only when its whole date interval lies inside it; records
    /// that overlap a period without lying inside it are left out of that side and noted.
    ///
    /// - Throws: ``ComparisonError`` for a request grouped by time (the periods already split
    ///   it), before anything is read; then the first ``InputError``.
    public static func run(
        _ request: ComparisonRequest, from source: some RecordSource,
        options: ReadOptions = ReadOptions()
    ) throws -> PeriodComparison {
        if let time = request.dimensions.first(where: { $0.periodKind != nil }) {
            throw ComparisonError.groupedByTime(time)
        }
        var sink = ComparisonSink(
            base: Aggregator(
                AggregationRequest(
                    dimensions: request.dimensions, range: request.base, filter: request.filter)),
            current: Aggregator(
                AggregationRequest(
                    dimensions: request.dimensions, range: request.current, filter: request.filter))
        )
        let (accounting, errors) = readRecords(
            from: try source.recordStreams(), into: &sink, options: options, plan: options.plan,
            stopAtFirstError: true)
        if let error = errors.first { throw error }
        return comparison(of: request, from: sink, accounting: accounting)
    }

    /// The comparison of what `sink` counted: from a read, or from groups counted elsewhere
    /// (a ``PushdownSource``).
    package static func comparison(
        of request: ComparisonRequest, from sink: ComparisonSink, accounting: ReadAccounting
    ) -> PeriodComparison {
        let baseTable = sink.base.table()
        let currentTable = sink.current.table()
        let baseDays = request.base.dayCount
        let currentDays = request.current.dayCount
        let coverage =
            request.coverage
            ?? sink.firstDay.flatMap { first in sink.lastDay.map { first...$0 } }
        // A side the inputs do not reach is no data: no change and no test.
        let baseHasData = PeriodComparison.reaches(request.base, coverage)
        let currentHasData = PeriodComparison.reaches(request.current, coverage)
        func compare(_ base: Metrics, _ current: Metrics) -> [MetricComparison] {
            Metric.allCases.map { metric in
                MetricComparison(
                    metric: metric,
                    change: baseHasData && currentHasData
                        ? .between(
                            base: base[metric], current: current[metric], baseDays: baseDays,
                            currentDays: currentDays, isCount: metric.isCount)
                        : .withoutData(
                            base: base[metric], current: current[metric], baseDays: baseDays,
                            currentDays: currentDays, baseHasData: baseHasData,
                            currentHasData: currentHasData))
            }
        }
        var groups: [GroupComparison] = []
        if !request.dimensions.isEmpty {
            var figures: [[String]: (Metrics, Metrics)] = [:]
            for row in baseTable.rows {
                figures[row.keys, default: (Metrics(), Metrics())].0 = row.metrics
            }
            for row in currentTable.rows {
                figures[row.keys, default: (Metrics(), Metrics())].1 = row.metrics
            }
            groups = figures.keys.sorted { a, b in
                for (x, y) in zip(a, b) where x != y {
                    return x.utf8.lexicographicallyPrecedes(y.utf8)
                }
                return false
            }.map { keys in
                GroupComparison(keys: keys, metrics: compare(figures[keys]!.0, figures[keys]!.1))
            }
        }
        let sideNotes =
            sink.base.notes().map { DataNote.onSide(.base, $0) }
            + sink.current.notes().map { DataNote.onSide(.current, $0) }
        var comparison = PeriodComparison(
            base: request.base, current: request.current, dimensions: request.dimensions,
            keyColumns: baseTable.keyColumns,
            totals: compare(baseTable.totals, currentTable.totals), groups: groups,
            accounting: accounting, notes: accounting.inputNotes + sideNotes,
            coverage: coverage, isCoverageDeclared: request.coverage != nil)
        for side in comparison.partlyCoveredSides {
            guard let coverage else { break }
            comparison.notes.insert(
                .sidePartlyCovered(
                    side, period: comparison.period(of: side), coverage: coverage,
                    isCoverageDeclared: comparison.isCoverageDeclared),
                at: 0)
        }
        return comparison
    }
}

/// Feeds every record to the aggregators of both periods.
package struct ComparisonSink: MergeableRecordSink {
    package var base: Aggregator
    package var current: Aggregator
    /// The first and last days the records read reach.
    package var firstDay: CivilDate?
    package var lastDay: CivilDate?

    package init(
        base: Aggregator, current: Aggregator, firstDay: CivilDate? = nil,
        lastDay: CivilDate? = nil
    ) {
        self.base = base
        self.current = current
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    package func emptyCopy() -> ComparisonSink {
        ComparisonSink(base: base.emptyCopy(), current: current.emptyCopy())
    }

    package mutating func merge(_ other: ComparisonSink) {
        base.merge(other.base)
        current.merge(other.current)
        if let first = other.firstDay { firstDay = min(firstDay ?? first, first) }
        if let last = other.lastDay { lastDay = max(lastDay ?? last, last) }
    }

    package mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        base.accept(record, from: row)
        current.accept(record, from: row)
        let own = record.period
        firstDay = min(firstDay ?? own.start, own.start)
        lastDay = max(lastDay ?? own.end, own.end)
    }

    package mutating func reject(_ rejection: Rejection) {}
}
