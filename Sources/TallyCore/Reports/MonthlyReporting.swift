/// Builds monthly reports: one pass over the inputs, memory bounded by groups and one month of records.
public enum MonthlyReporting {
    /// Deadliest incidents listed among the notable events.
    static let deadliestCount = 10

    /// The longest look back of any part of a report: the highest figure in 36 months.
    static let monthsLookedAt = 36

    /// The first month any part of the report of `month` looks at; the regions of earlier
    /// months are not counted, so memory follows three years of data, not all of it.
    static func earliestMonth(for month: Period) -> Period {
        month.shifted(byMonths: 1 - monthsLookedAt)
    }

    /// Reads `source` and builds the report of `month`, or of the latest month with data.
    ///
    /// - Throws: an ``InputError`` for an input that cannot be read, or ``ReportError/noData``
    ///   when no record is dated to any month.
    ///
    /// - Parameters:
    ///   - month: the month to report; `nil` for the latest month with data.
    ///   - source: where the records come from.
    ///   - options: how the inputs are read.
    ///   - declared: the days the inputs cover, when declared (`--coverage`); otherwise from the
    ///     first record's date to the last's.
    public static func run(
        month: Period? = nil, from source: some RecordSource,
        options: ReadOptions = ReadOptions(), coverage declared: ClosedRange<CivilDate>? = nil
    ) throws -> MonthlyReport {
        var collector = MonthlyReportCollector(month: month)
        let (accounting, errors) = readRecords(
            from: try source.recordStreams(), into: &collector, options: options,
            stopAtFirstError: true)
        if let error = errors.first { throw error }
        guard let reported = month ?? collector.bufferedMonth else { throw ReportError.noData }
        let coverage =
            declared
            ?? collector.firstDay.flatMap { first in collector.lastDay.map { first...$0 } }
        // A month the inputs do not reach is missing data, never a month of zeros.
        if let coverage, reported.end < coverage.lowerBound || reported.start > coverage.upperBound
        {
            throw ReportError.outsideCoverage(
                month: reported, first: coverage.lowerBound, last: coverage.upperBound)
        }
        // A month the inputs end inside is marked; its rate stays over the whole month, since
        // the last record's date is not the day monitoring stopped (a rate over the days up to
        // it would overstate every month that ends quietly).
        let coveredDays =
            coverage.map {
                min(reported.dayCount, $0.upperBound.dayNumber - reported.start.dayNumber + 1)
            }
            ?? reported.dayCount
        var report = collector.report(
            for: reported, accounting: accounting,
            coverage: coverage ?? reported.start...reported.end)
        if coveredDays < reported.dayCount, let coverage {
            report.notes.insert(
                .monthPartlyCovered(
                    reported, coveredDays: coveredDays, coverageEnd: coverage.upperBound,
                    isCoverageDeclared: declared != nil),
                at: 0)
        }
        return report
    }
}

/// Why no report could be made.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case noData
    /// The month asked for lies before the first record or after the last.
    case outsideCoverage(month: Period, first: CivilDate, last: CivilDate)

    /// The problem, as a sentence.
    public var description: String {
        switch self {
        case .noData:
            "no record is dated to a month or a day, so there is no month to report on"
        case .outsideCoverage(let month, let first, let last):
            "the inputs cover \(first.isoString) to \(last.isoString), not \(month): a month without records there is missing data, not a month of zeros"
        }
    }
}

/// The sink of a report's read: month x region and month x type aggregates, and the records of
/// the month (the latest month seen so far, when no month is asked for).
struct MonthlyReportCollector: RecordSink {
    let requestedMonth: Period?
    private var byRegion = Aggregator(AggregationRequest(dimensions: [.month, .region]))
    private var byType = Aggregator(AggregationRequest(dimensions: [.month, .category, .type]))
    private(set) var bufferedMonth: Period?
    private var records = PackedRecords()
    private(set) var firstDay: CivilDate?
    private(set) var lastDay: CivilDate?

    init(month: Period?) {
        requestedMonth = month
        bufferedMonth = month
        if let month {
            byRegion.countOnly(
                periodsFrom: MonthlyReporting.earliestMonth(for: month).start, through: month.end)
        }
    }

    mutating func reject(_ rejection: Rejection) {}

    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        byRegion.accept(record, from: row)
        byType.accept(record, from: row)
        let own = record.period
        firstDay = min(firstDay ?? own.start, own.start)
        lastDay = max(lastDay ?? own.end, own.end)
        // The same rule as the month x region table: dated to the month or finer, in its month.
        guard record.precision <= .month else { return }
        let month = Period(.month, containing: record.date)
        if requestedMonth == nil, bufferedMonth.map({ month > $0 }) ?? true {
            bufferedMonth = month
            records.removeAll(keepingCapacity: true)
            byRegion.countOnly(
                periodsFrom: MonthlyReporting.earliestMonth(for: month).start, through: nil)
        }
        if month == bufferedMonth {
            var record = Record(record, row: row)
            // Named as the region tables name it: one spelling per province.
            if let province = Provinces.resolve(region: record.region, country: record.country)?
                .province
            {
                record.region = province
            }
            records.append(record)
        }
    }

    /// The report of `month`; the collector's records move into it.
    mutating func report(
        for month: Period, accounting: ReadAccounting, coverage: ClosedRange<CivilDate>
    ) -> MonthlyReport {
        let regionRows = byRegion.table().rows
        let trendMonths = (0..<24).map { month.shifted(byMonths: $0 - 23) }
        let sparkMonths = Array(trendMonths.suffix(12))

        // Totals per month (the region dimension counts each record once).
        var totalsByMonth: [Period: Metrics] = [:]
        var byRegionAndMonth: [RegionKey: [Period: Metrics]] = [:]
        for row in regionRows {
            guard let period = row.period, period.kind == .month else { continue }
            totalsByMonth[period, default: Metrics()] += row.metrics
            byRegionAndMonth[RegionKey(country: row.keys[1], region: row.keys[2]), default: [:]][
                period] = row.metrics
        }
        func totals(_ period: Period) -> Metrics { totalsByMonth[period] ?? Metrics() }

        let regionKeys = byRegionAndMonth.keys.sorted()
        let regions = regionKeys.compactMap { key -> RegionLine? in
            let months = byRegionAndMonth[key]!
            guard sparkMonths.contains(where: { months[$0] != nil }) else { return nil }
            return RegionLine(
                country: key.country, region: key.region, metrics: months[month] ?? Metrics(),
                incidentsByMonth: sparkMonths.map { months[$0]?.incidents ?? 0 })
        }

        let current = totals(month)
        let previous = totals(month.shifted(byMonths: -1))
        let yearAgo = totals(month.shifted(byMonths: -12))

        let previousMonth = month.shifted(byMonths: -1)
        let yearAgoMonth = month.shifted(byMonths: -12)
        // One comparison rule for every line: daily rates over the months' own lengths; a
        // month before the inputs begin is no data, with no change and no test.
        func line(
            _ subject: HeadlineLine.Subject, _ now: Int, _ before: Int, _ yearBefore: Int,
            isCount: Bool
        ) -> HeadlineLine {
            func change(_ before: Int, _ base: Period) -> MetricChange {
                guard base.end >= coverage.lowerBound else {
                    return .withoutData(
                        base: before, current: now, baseDays: base.dayCount,
                        currentDays: month.dayCount, baseHasData: false, currentHasData: true)
                }
                return .between(
                    base: before, current: now, baseDays: base.dayCount,
                    currentDays: month.dayCount, isCount: isCount)
            }
            return HeadlineLine(
                subject: subject, versusPreviousMonth: change(before, previousMonth),
                versusYearAgo: change(yearBefore, yearAgoMonth))
        }
        let headline = Metric.allCases.map { metric in
            line(
                .metric(metric), current[metric], previous[metric], yearAgo[metric],
                isCount: metric.isCount)
        }

        var measures: [String: [Period: Int]] = [:]
        for row in byType.table().rows where row.keys[1] == Category.measure.rawValue {
            if let period = row.period {
                measures[row.keys[2], default: [:]][period] = row.metrics.measures
            }
        }
        let comparedMonths = [month, previousMonth, yearAgoMonth]
        let measuresByType = measures.keys.sorted().compactMap { type -> HeadlineLine? in
            let counts = comparedMonths.map { measures[type]![$0] ?? 0 }
            guard counts.contains(where: { $0 > 0 }) else { return nil }
            return line(.measureType(type), counts[0], counts[1], counts[2], isCount: true)
        }

        let monthRecords = records.sorted(byKey: { MonthOrder(date: $0.date, id: $0.id) })
        records = PackedRecords()  // the sorted copy is kept, not both
        // The deadliest first; among equals, the earlier.
        // Positions and tolls only: the month's records are unpacked one at a time.
        var deadly: [(position: Int, deaths: Int)] = []
        var measurePositions: [Int] = []
        for position in monthRecords.indices {
            let record = monthRecords[position]
            if record.category == .incident, record.fatalities.total > 0 {
                deadly.append((position, record.fatalities.total))
            } else if record.category == .measure {
                measurePositions.append(position)
            }
        }
        let deadliest = deadly.sorted { a, b in
            a.deaths != b.deaths ? a.deaths > b.deaths : a.position < b.position
        }
        .prefix(MonthlyReporting.deadliestCount).map(\.position)
        let notable = PackedRecords((deadliest + measurePositions).lazy.map { monthRecords[$0] })

        var trendRows: [AggregateRow] = []
        var trendTotals = Metrics()
        for key in regionKeys {
            let months = byRegionAndMonth[key]!
            guard trendMonths.contains(where: { months[$0] != nil }) else { continue }
            for period in trendMonths {
                let metrics = months[period] ?? Metrics()
                trendTotals += metrics
                trendRows.append(
                    AggregateRow(
                        keys: [period.description, key.country, key.region], metrics: metrics,
                        period: period))
            }
        }

        let signalling = signals(
            month: month, totals: totalsByMonth,
            regions: regions.map { RegionKey(country: $0.country, region: $0.region) },
            byRegion: byRegionAndMonth)
        return MonthlyReport(
            month: month, accounting: accounting,
            coveredDates: firstDay.flatMap { first in lastDay.map { first...$0 } },
            headline: headline, measuresByType: measuresByType, regions: regions,
            notableEvents: notable,
            records: monthRecords,
            monthlySeries: trendMonths.map {
                AggregateRow(keys: [$0.description], metrics: totals($0), period: $0)
            },
            trend: AggregateTable(
                dimensions: [.month, .region], keyColumns: ["month", "country", "region"],
                rows: trendRows,
                totals: trendTotals),
            signals: signalling.signals,
            signalTests: signalling.tests,
            notes: notes(
                month: month, rows: regionRows, records: monthRecords, accounting: accounting))
    }

    /// Signals for the total and every region: the highest figure in 36 (else 12) months, and
    /// incidents significantly above the previous 12 months' rate. A window counts only when the
    /// data cover it, so a region's first records are not "the highest in three years".
    private func signals(
        month: Period, totals: [Period: Metrics], regions: [RegionKey],
        byRegion: [RegionKey: [Period: Metrics]]
    ) -> (signals: [Signal], tests: Int) {
        guard let firstDay else { return ([], 0) }
        // Rates tested in every place, then kept by their false discovery rate together.
        var tested: [(place: Signal.Place, now: Int, total: Int, change: MetricChange)] = []
        func covers(_ months: Int) -> Bool {
            firstDay <= month.shifted(byMonths: -(months - 1)).start
        }
        var signals: [Signal] = []
        let places =
            [(Signal.Place.allRegions, totals)]
            + regions.map {
                (Signal.Place.region(country: $0.country, region: $0.region), byRegion[$0] ?? [:])
            }
        for (place, series) in places {
            func value(_ period: Period, _ metric: Metric) -> Int {
                series[period]?[metric] ?? 0
            }
            for metric in [Metric.incidents, .fatalities] {
                let now = value(month, metric)
                guard now > 0 else { continue }
                for window in [MonthlyReporting.monthsLookedAt, 12] where covers(window) {
                    let earlier = (1..<window).map { month.shifted(byMonths: -$0) }
                    let high = earlier.max { value($0, metric) < value($1, metric) }!
                    let previousHigh = value(high, metric)
                    guard now > previousHigh else { continue }
                    signals.append(
                        Signal(
                            place: place, metric: metric, value: now,
                            kind: .highest(
                                windowMonths: window, previousHigh: previousHigh,
                                previousHighMonth: previousHigh == 0 ? nil : high)))
                    break
                }
            }
            let now = value(month, .incidents)
            if covers(13), now > 0 {
                let before = (1...12).map { month.shifted(byMonths: -$0) }
                let total = before.reduce(0) { $0 + value($1, .incidents) }
                let days = before.reduce(0) { $0 + $1.dayCount }
                let change = MetricChange.between(
                    base: total, current: now, baseDays: days, currentDays: month.dayCount,
                    isCount: true)
                tested.append((place, now, total, change))
            }
        }
        // With 16 regions tested, one "significant" rise a month is expected by chance: a rise
        // is signalled only when it passes a 10% false discovery rate across the places tested.
        let passing = ExactTests.benjaminiHochberg(
            tested.map { $0.change.pValue ?? 1 }, rate: 0.10)
        for (index, test) in tested.enumerated() where passing.contains(index) {
            guard let ratio = test.change.rateRatio, ratio > 1,
                let interval = test.change.rateRatioInterval, let p = test.change.pValue
            else { continue }
            signals.append(
                Signal(
                    place: test.place, metric: .incidents, value: test.now,
                    kind: .aboveRate(
                        months: 12, previousTotal: test.total, rateRatio: ratio,
                        interval: interval, pValue: p)))
        }
        // Each place's signals together, in the order the places are listed.
        let rank = Dictionary(
            places.enumerated().map { ($0.element.0, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let ordered = signals.enumerated().sorted {
            (rank[$0.element.place] ?? 0, $0.offset) < (rank[$1.element.place] ?? 0, $1.offset)
        }.map(\.element)
        return (ordered, tested.count)
    }

    private func notes(
        month: Period, rows: [AggregateRow], records: PackedRecords, accounting: ReadAccounting
    ) -> [DataNote] {
        var notes: [DataNote] = []
        var byPrecision: [DatePrecision: Int] = [:]
        for record in records { byPrecision[record.datePrecision, default: 0] += 1 }
        for precision in [DatePrecision.week, .month] {
            guard let count = byPrecision[precision] else { continue }
            notes.append(
                .monthRecordsDatedOnlyTo(precision, records: count, monthRecords: records.count))
        }
        var coarser: [Period: Int] = [:]
        for row in rows {
            guard let period = row.period, period.kind > .month, period.start <= month.start,
                period.end >= month.end
            else { continue }
            coarser[period, default: 0] += row.metrics.records
        }
        for (period, count) in coarser.sorted(by: { $0.key < $1.key }) {
            notes.append(.recordsNotCountedInMonth(records: count, period: period, month: month))
        }
        if let rejections = accounting.rejectionNote { notes.append(rejections) }
        notes += accounting.inputNotes
        notes += byRegion.regionMerges().map(DataNote.regionsMerged)
        return notes
    }
}

/// The order of a month's records: by date, then by the UTF-8 bytes of their ids.
private struct MonthOrder: Comparable {
    var date: CivilDate
    var id: String

    static func < (a: MonthOrder, b: MonthOrder) -> Bool {
        a.date != b.date ? a.date < b.date : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }
}

/// A region with its country, ordered by the UTF-8 bytes of both.
private struct RegionKey: Hashable, Comparable {
    var country: String
    var region: String

    static func < (lhs: RegionKey, rhs: RegionKey) -> Bool {
        if lhs.country != rhs.country {
            return lhs.country.utf8.lexicographicallyPrecedes(rhs.country.utf8)
        }
        return lhs.region.utf8.lexicographicallyPrecedes(rhs.region.utf8)
    }
}
