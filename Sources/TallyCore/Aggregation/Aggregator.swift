/// Folds decoded records into groups: the streaming core of `tally aggregate`.
///
/// Group keys are small integers (periods as day numbers, text interned by ``ByteInterner``), so
/// counting a record hashes eight integers and touches one row of metrics. Memory grows with the
/// number of groups, never with the number of records. Partial aggregators over parts of the
/// input merge into the aggregator of the whole.
package struct Aggregator: MergeableRecordSink {
    package typealias Key = SIMD8<Int32>

    package let request: AggregationRequest
    private let timeKind: PeriodKind?
    /// The first key slot of each dimension (region takes two: country, region).
    private let slotOf: [Int]
    private var matcher: FilterMatcher?

    private var countries = ByteInterner()
    private var regions = ByteInterner()
    private var types = ByteInterner()
    private var actors = ByteInterner()

    private var groups = GroupTable()
    private var totals = Metrics()
    /// Totals by the record's period code (in lane 0), for `latestOnly` and the notes; kept
    /// record by record only when a record can count in two groups (by actor), otherwise summed
    /// from the groups at the end (see ``periodTotals(of:)``).
    private var totalsByPeriod = GroupTable()
    private let tracksPeriodTotals: Bool

    /// Records counted under their own, coarser period.
    private(set) package var coarserRecords = 0
    private var earliestCoarserPeriod: Period?
    /// Records overlapping the range without lying inside it, left out.
    private(set) package var partialOverlaps = 0
    /// The first and last days of the records read, whether counted or not.
    private(set) package var firstDay: CivilDate?
    private(set) package var lastDay: CivilDate?

    /// The days whose periods are counted, when only some are needed (see
    /// ``countOnly(periodsFrom:through:)``); `nil` counts every period.
    private var countedFirstDay: CivilDate?
    private var countedLastDay: CivilDate?
    /// Country and region keys of records and groups left outside those days, for the notes.
    private var regionsNotCounted = Set<SIMD2<Int32>>()

    package init(_ request: AggregationRequest) {
        self.request = request
        timeKind = request.timeDimension?.periodKind
        var slots: [Int] = []
        var next = 0
        for dimension in request.dimensions {
            slots.append(next)
            next += dimension == .region ? 2 : 1
        }
        precondition(next <= Key.scalarCount, "too many dimensions for a group key")
        slotOf = slots
        tracksPeriodTotals = timeKind != nil && request.dimensions.contains(.actor)
        matcher = request.filter.isEmpty ? nil : FilterMatcher(request.filter)
    }

    package mutating func reject(_ rejection: Rejection) {}

    package mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        _ = count(record, from: row)
    }

    /// Counts a record when it passes the range and the filter; returns whether it did.
    package mutating func count(_ record: DecodedRecord, from row: borrowing RowView) -> Bool {
        let own = record.period
        if firstDay == nil || own.start < firstDay! { firstDay = own.start }
        if lastDay == nil || own.end > lastDay! { lastDay = own.end }
        if let range = request.range?.days {
            if !own.lies(inside: range) {
                if own.end >= range.lowerBound && own.start <= range.upperBound {
                    partialOverlaps += 1
                }
                return false
            }
        }
        if matcher != nil && !matcher!.accepts(record, row) {
            return false
        }
        // Not forced into a finer period: a coarser record is counted under its own label.
        let period = timeKind.map { own.kind > $0 ? own : Period($0, containing: record.date) }
        if let period, countedFirstDay != nil, !isCounted(period) {
            if request.dimensions.contains(.region) {
                regionsNotCounted.insert(
                    SIMD2(countries.intern(.country, of: row), regions.intern(.region, of: row)))
            }
            return false
        }

        var key = Key(repeating: 0)
        var actorSlot: Int?
        var periodCode: Int32 = 0
        for (index, dimension) in request.dimensions.enumerated() {
            let slot = slotOf[index]
            switch dimension {
            case .month, .week, .quarter, .year:
                let period = period!
                if own.kind > timeKind! {
                    coarserRecords += 1
                    if earliestCoarserPeriod.map({ own < $0 }) ?? true {
                        earliestCoarserPeriod = own
                    }
                }
                periodCode = Aggregator.code(of: period)
                key[slot] = periodCode
            case .country:
                key[slot] = countries.intern(.country, of: row)
            case .region:
                key[slot] = countries.intern(.country, of: row)
                key[slot + 1] = regions.intern(.region, of: row)
            case .category:
                key[slot] = Int32(Category.allCases.firstIndex(of: record.category)!)
            case .type:
                key[slot] = types.intern(.type, of: row)
            case .actor:
                actorSlot = slot
            }
        }

        let isOutpost =
            record.category == .measure
            && row.withValue(.type) { $0!.equalsIgnoringASCIICase("outpost_opened") }
        var counted = Metrics()
        counted.add(
            category: record.category, count: record.count, fatalities: record.fatalities,
            isOutpost: isOutpost)
        totals += counted
        if tracksPeriodTotals { totalsByPeriod.add(counted, to: Aggregator.periodKey(periodCode)) }

        guard let actorSlot else {
            add(counted, to: key)
            return true
        }
        let first = actors.intern(.actor1, of: row)
        let second = actors.intern(.actor2, of: row)
        let emptyID = actors.intern(Span())
        if first != emptyID || second == emptyID {
            key[actorSlot] = first
            add(counted, to: key)
        }
        if second != emptyID && second != first {
            key[actorSlot] = second
            add(counted, to: key)
        }
        return true
    }

    /// Counts only records whose period (as the time dimension labels it) overlaps
    /// `first...last` (`last` `nil`: no end), and drops the groups of every other period: a
    /// monthly report that looks three years back holds three years of groups, however many
    /// years the inputs span. The regions of the records left out still reach the merge notes.
    /// The days can only narrow: records already left out are not counted back.
    package mutating func countOnly(periodsFrom first: CivilDate, through last: CivilDate?) {
        precondition(timeKind != nil, "counting some periods needs a time dimension")
        countedFirstDay = max(first, countedFirstDay ?? first)
        countedLastDay = last.map { min($0, countedLastDay ?? $0) } ?? countedLastDay
        let timeSlot = slotOf[request.dimensions.firstIndex { $0.periodKind != nil }!]
        let regionSlot = request.dimensions.firstIndex(of: .region).map { slotOf[$0] }
        let (first, last) = (countedFirstDay, countedLastDay)
        var left: [SIMD2<Int32>] = []
        groups.removeAll { key in
            let period = Aggregator.period(of: key[timeSlot])
            guard !Aggregator.overlaps(period, from: first, through: last) else { return false }
            if let regionSlot { left.append(SIMD2(key[regionSlot], key[regionSlot + 1])) }
            return true
        }
        regionsNotCounted.formUnion(left)
        totalsByPeriod.removeAll {
            !Aggregator.overlaps(Aggregator.period(of: $0[0]), from: first, through: last)
        }
    }

    /// Whether `period` overlaps the days counted.
    private func isCounted(_ period: Period) -> Bool {
        Aggregator.overlaps(period, from: countedFirstDay, through: countedLastDay)
    }

    /// Whether `period` has a day from `first` (`nil`: any) through `last` (`nil`: any).
    private static func overlaps(
        _ period: Period, from first: CivilDate?, through last: CivilDate?
    )
        -> Bool
    {
        if let last, period.start > last { return false }
        guard let first, period.start < first else { return true }
        return period.end >= first
    }

    private mutating func add(_ counted: Metrics, to key: Key) {
        groups.add(counted, to: key)
    }

    package func emptyCopy() -> Aggregator {
        var copy = Aggregator(request)
        copy.countedFirstDay = countedFirstDay
        copy.countedLastDay = countedLastDay
        return copy
    }

    /// Adds the groups and counts of an aggregator over another part of the same input.
    package mutating func merge(_ other: Aggregator) {
        func remap(_ theirs: ByteInterner, into ours: inout ByteInterner) -> [Int32] {
            (0..<theirs.count).map { ours.intern(theirs.string(Int32($0))) }
        }
        let countryMap = remap(other.countries, into: &countries)
        let regionMap = remap(other.regions, into: &regions)
        let typeMap = remap(other.types, into: &types)
        let actorMap = remap(other.actors, into: &actors)
        for (theirKey, counted) in zip(other.groups.keys, other.groups.metrics) {
            var key = theirKey
            for (index, dimension) in request.dimensions.enumerated() {
                let slot = slotOf[index]
                switch dimension {
                case .country: key[slot] = countryMap[Int(key[slot])]
                case .region:
                    key[slot] = countryMap[Int(key[slot])]
                    key[slot + 1] = regionMap[Int(key[slot + 1])]
                case .type: key[slot] = typeMap[Int(key[slot])]
                case .actor: key[slot] = actorMap[Int(key[slot])]
                case .month, .week, .quarter, .year, .category: break
                }
            }
            add(counted, to: key)
        }
        totals += other.totals
        for (key, counted) in zip(other.totalsByPeriod.keys, other.totalsByPeriod.metrics) {
            totalsByPeriod.add(counted, to: key)
        }
        coarserRecords += other.coarserRecords
        if let theirs = other.earliestCoarserPeriod,
            earliestCoarserPeriod.map({ theirs < $0 }) ?? true
        {
            earliestCoarserPeriod = theirs
        }
        partialOverlaps += other.partialOverlaps
        if let theirs = other.firstDay, firstDay.map({ theirs < $0 }) ?? true { firstDay = theirs }
        if let theirs = other.lastDay, lastDay.map({ theirs > $0 }) ?? true { lastDay = theirs }
        for pair in other.regionsNotCounted {
            regionsNotCounted.insert(SIMD2(countryMap[Int(pair[0])], regionMap[Int(pair[1])]))
        }
        if let first = other.countedFirstDay ?? countedFirstDay {
            countOnly(periodsFrom: first, through: other.countedLastDay ?? countedLastDay)
        }
    }

    /// Adds groups counted elsewhere (a database's), keyed by the fields as written, exactly as
    /// counting their records here would have added them.
    package mutating func add(_ partial: PartialAggregate) {
        for group in partial.groups {
            var key = Key(repeating: 0)
            for (index, dimension) in request.dimensions.enumerated() {
                let slot = slotOf[index]
                switch dimension {
                case .month, .week, .quarter, .year:
                    key[slot] = group.period.map(Aggregator.code(of:)) ?? 0
                case .country: key[slot] = countries.intern(group.country)
                case .region:
                    key[slot] = countries.intern(group.country)
                    key[slot + 1] = regions.intern(group.region)
                case .category:
                    key[slot] = Int32(Category.allCases.firstIndex(of: group.category)!)
                case .type: key[slot] = types.intern(group.type)
                case .actor: key[slot] = actors.intern(group.actor)
                }
            }
            add(group.metrics, to: key)
        }
        totals += partial.totals
        if tracksPeriodTotals {
            for (period, counted) in partial.totalsByPeriod {
                totalsByPeriod.add(counted, to: Aggregator.periodKey(Aggregator.code(of: period)))
            }
        }
        coarserRecords += partial.coarserRecords
        if let theirs = partial.earliestCoarserPeriod,
            earliestCoarserPeriod.map({ theirs < $0 }) ?? true
        {
            earliestCoarserPeriod = theirs
        }
        partialOverlaps += partial.partialOverlaps
        if let theirs = partial.firstDay, firstDay.map({ theirs < $0 }) ?? true {
            firstDay = theirs
        }
        if let theirs = partial.lastDay, lastDay.map({ theirs > $0 }) ?? true { lastDay = theirs }
    }

    /// The days the inputs cover: declared in the request, or from the first record read to
    /// the last; `nil` when nothing was read and nothing declared.
    package var coverage: ClosedRange<CivilDate>? {
        if let declared = request.coverage { return declared }
        guard let firstDay, let lastDay else { return nil }
        return firstDay...lastDay
    }

    // MARK: The finished table

    /// The table's columns and totals without its rows: for an output that lists the records
    /// alone, and so never builds the rows, their labels and their order.
    package func tableWithoutRows() -> AggregateTable {
        AggregateTable(
            dimensions: request.dimensions, keyColumns: request.keyColumnNames, rows: [],
            totals: totals)
    }

    /// The table: rows sorted, zero rows added with `fill`, cut to the latest period with `latestOnly`.
    package func table() -> AggregateTable {
        let (groups, regions) = provinceGroups()
        let keys = groups.keys
        var rowKeys = keys
        var rowMetrics = groups.metrics
        let timeIndex = request.dimensions.firstIndex { $0.periodKind != nil }
        if request.fill, let timeIndex, let timeKind {
            let timeSlot = slotOf[timeIndex]
            let periods = fillPeriods(of: keys, timeSlot: timeSlot, kind: timeKind)
            var groups: [Key] = []
            var seenGroups = Set<Key>()
            for key in keys {
                var group = key
                group[timeSlot] = 0
                if seenGroups.insert(group).inserted { groups.append(group) }
            }
            if request.dimensions.count == 1 && groups.isEmpty { groups = [Key(repeating: 0)] }
            let present = Set(keys)
            for period in periods {
                for group in groups {
                    var key = group
                    key[timeSlot] = Aggregator.code(of: period)
                    if !present.contains(key) {
                        rowKeys.append(key)
                        rowMetrics.append(Metrics())
                    }
                }
            }
        }
        var tableTotals = totals
        if request.latestOnly, let timeIndex {
            let timeSlot = slotOf[timeIndex]
            let totals = periodTotals(of: groups)
            let latestCode = latestPeriod(in: totals).map(Aggregator.code(of:))
            let keep = rowKeys.indices.filter { rowKeys[$0][timeSlot] == latestCode }
            rowKeys = keep.map { rowKeys[$0] }
            rowMetrics = keep.map { rowMetrics[$0] }
            tableTotals =
                latestCode.flatMap { totals.metrics(of: Aggregator.periodKey($0)) } ?? Metrics()
        }

        // Each key as a tuple of sort ranks, compared lane by lane: periods by their first day
        // (a coarser period first on a tie, hence 7 - kind), text by the UTF-8 bytes of its label.
        let countryRank = Aggregator.ranks(of: countries, unknownLabel: false)
        let regionRank = Aggregator.ranks(of: regions, unknownLabel: true)
        let typeRank = Aggregator.ranks(of: types, unknownLabel: false)
        let actorRank = Aggregator.ranks(of: actors, unknownLabel: true)
        let lanes = slotOf.last.map { $0 + (request.dimensions.last == .region ? 2 : 1) } ?? 0
        let sortKeys = rowKeys.map { key -> Key in
            var rank = Key(repeating: 0)
            for (index, dimension) in request.dimensions.enumerated() {
                let slot = slotOf[index]
                switch dimension {
                case .month, .week, .quarter, .year:
                    rank[slot] = (key[slot] >> 3) << 3 | (7 - key[slot] & 7)
                case .country: rank[slot] = Int32(countryRank[Int(key[slot])])
                case .region:
                    rank[slot] = Int32(countryRank[Int(key[slot])])
                    rank[slot + 1] = Int32(regionRank[Int(key[slot + 1])])
                case .category: rank[slot] = key[slot]
                case .type: rank[slot] = Int32(typeRank[Int(key[slot])])
                case .actor: rank[slot] = Int32(actorRank[Int(key[slot])])
                }
            }
            return rank
        }
        let order = rowKeys.indices.sorted { a, b in
            let (x, y) = (sortKeys[a], sortKeys[b])
            for lane in 0..<lanes where x[lane] != y[lane] { return x[lane] < y[lane] }
            return false
        }
        let timeSlot = timeIndex.map { slotOf[$0] }
        var labeler = Labeler(self, regions: regions)
        let rows = order.map { index in
            AggregateRow(
                keys: labeler.labels(of: rowKeys[index]), metrics: rowMetrics[index],
                period: timeSlot.map { Aggregator.period(of: rowKeys[index][$0]) })
        }
        return AggregateTable(
            dimensions: request.dimensions, keyColumns: request.keyColumnNames, rows: rows,
            totals: tableTotals)
    }

    // MARK: Regions by province

    /// The groups with the spellings of one province merged under Tally's spelling of it
    /// (``Provinces``), and the region interner holding those spellings. Done once per group at
    /// the end, so counting a record never looks a name up.
    private func provinceGroups() -> (GroupTable, ByteInterner) {
        let groups = self.groups.flushed
        guard let index = request.dimensions.firstIndex(of: .region) else {
            return (groups, regions)
        }
        let slot = slotOf[index]
        var regions = self.regions
        var merged = GroupTable()
        var canonical: [SIMD2<Int32>: Int32] = [:]
        var changed = false
        for (key, metrics) in zip(groups.keys, groups.metrics) {
            let pair = SIMD2(key[slot], key[slot + 1])
            let id: Int32
            if let known = canonical[pair] {
                id = known
            } else {
                let region = regions.string(pair[1])
                if let resolution = Provinces.resolve(
                    region: region, country: countries.string(pair[0])),
                    resolution.province != region
                {
                    id = regions.intern(resolution.province)
                } else {
                    id = pair[1]
                }
                canonical[pair] = id
            }
            var key = key
            if id != key[slot + 1] {
                key[slot + 1] = id
                changed = true
            }
            merged.add(metrics, to: key)
        }
        guard changed else { return (groups, regions) }
        merged.flush()
        return (merged, regions)
    }

    /// What counting by province merged: each province with the other spellings counted under
    /// it, in the order of the province's name.
    package func regionMerges() -> [RegionMerge] {
        guard let index = request.dimensions.firstIndex(of: .region) else { return [] }
        let slot = slotOf[index]
        var seen = Set<SIMD2<Int32>>()
        var merges: [RegionMerge.ID: RegionMerge] = [:]
        let pairs = groups.flushed.keys.map { SIMD2($0[slot], $0[slot + 1]) } + regionsNotCounted
        for pair in pairs where seen.insert(pair).inserted {
            let country = countries.string(pair[0])
            let region = regions.string(pair[1])
            guard let resolution = Provinces.resolve(region: region, country: country),
                resolution.province != region
            else { continue }
            let id = RegionMerge.ID(country: country, province: resolution.province)
            merges[id, default: RegionMerge(id: id)].add(
                region, isWithinProvince: resolution.isWithinProvince)
        }
        return merges.values.sorted {
            ($0.id.country, $0.id.province) < ($1.id.country, $1.id.province)
        }
    }

    /// Regions of a country whose provinces Tally knows that match no province, spelling or
    /// district of it, with their records, in the order of country and region.
    package func unknownRegions() -> [UnknownRegion] {
        guard let index = request.dimensions.firstIndex(of: .region) else { return [] }
        let slot = slotOf[index]
        var records: [SIMD2<Int32>: Int] = [:]
        for (key, metrics) in zip(groups.flushed.keys, groups.flushed.metrics) {
            records[SIMD2(key[slot], key[slot + 1]), default: 0] += metrics.records
        }
        return records.compactMap { pair, count -> UnknownRegion? in
            let country = countries.string(pair[0])
            let region = regions.string(pair[1])
            guard !region.isEmpty, Provinces.knows(country: country),
                Provinces.resolve(region: region, country: country) == nil
            else { return nil }
            return UnknownRegion(country: country, region: region, records: count)
        }.sorted { ($0.country, $0.region) < ($1.country, $1.region) }
    }

    /// Totals by period: tracked, or the sums of the groups of each period.
    private func periodTotals(of groups: GroupTable) -> GroupTable {
        guard !tracksPeriodTotals,
            let timeIndex = request.dimensions.firstIndex(where: {
                $0.periodKind != nil
            })
        else { return totalsByPeriod.flushed }
        var sums = GroupTable()
        for (key, metrics) in zip(groups.keys, groups.metrics) {
            sums.add(metrics, to: Aggregator.periodKey(key[slotOf[timeIndex]]))
        }
        sums.flush()
        return sums
    }

    /// The latest period of the time dimension's kind that has records.
    private func latestPeriod(in totals: GroupTable) -> Period? {
        totals.keys.map { Aggregator.period(of: $0[0]) }.filter { $0.kind == timeKind }.max()
    }

    /// Notes on how records were counted: coarser dates, partly covered periods, merged
    /// regions, partial overlaps.
    package func notes() -> [DataNote] {
        var notes: [DataNote] = []
        if coarserRecords > 0, let timeDimension = request.timeDimension,
            let example = earliestCoarserPeriod
        {
            let totals = request.latestOnly ? periodTotals(of: groups.flushed) : GroupTable()
            if request.latestOnly, let latest = latestPeriod(in: totals) {
                // Coarser records are outside the latest period's table; name those that overlap it.
                let overlapping = zip(totals.keys, totals.metrics).filter {
                    key, _ in
                    let period = Aggregator.period(of: key[0])
                    return period.kind > latest.kind && period.start <= latest.start
                        && period.end >= latest.end
                }
                let count = overlapping.reduce(0) { $0 + $1.1.records }
                if count > 0, let widest = overlapping.map({ Aggregator.period(of: $0.0[0]) }).min()
                {
                    notes.append(
                        .datesCoarserThanLatest(records: count, latest: latest, widest: widest))
                }
            } else {
                notes.append(
                    .datesCoarserThanTable(
                        records: coarserRecords, dimension: timeDimension, example: example))
            }
        }
        if let note = partialCoverageNote() { notes.append(note) }
        for merge in regionMerges() { notes.append(.regionsMerged(merge)) }
        if partialOverlaps > 0, let range = request.range {
            notes.append(.recordsOverlappingRange(records: partialOverlaps, range: range))
        }
        return notes
    }

    /// The periods of the table's time dimension that the inputs cover only in part (the first
    /// and the last, when coverage starts or ends inside them), named when the table shows them.
    private func partialCoverageNote() -> DataNote? {
        guard let kind = timeKind, let coverage else { return nil }
        let first = Period(kind, containing: coverage.lowerBound)
        let last = Period(kind, containing: coverage.upperBound)
        var partial: [Period] = []
        if first.start < coverage.lowerBound { partial.append(first) }
        if last.end > coverage.upperBound && last != partial.last { partial.append(last) }
        guard let index = request.dimensions.firstIndex(where: { $0.periodKind != nil }) else {
            return nil
        }
        let shown = Set(groups.flushed.keys.map { $0[slotOf[index]] })
        let named = partial.filter {
            request.fill || shown.contains(Aggregator.code(of: $0))
        }
        guard !named.isEmpty else { return nil }
        return .periodsPartlyCovered(
            named, coverage: coverage, isCoverageDeclared: request.coverage != nil)
    }

    /// Labels of group keys, each distinct label made once.
    private struct Labeler {
        let aggregator: Aggregator
        var periods: [Int32: String] = [:]
        var countries: [String]
        var regions: [String]
        var types: [String]
        var actors: [String]

        init(_ aggregator: Aggregator, regions: ByteInterner) {
            self.aggregator = aggregator
            func strings(_ interner: ByteInterner, unknown: Bool) -> [String] {
                (0..<interner.count).map { id in
                    let text = interner.string(Int32(id))
                    return unknown ? Aggregator.label(text) : text
                }
            }
            countries = strings(aggregator.countries, unknown: false)
            self.regions = strings(regions, unknown: true)
            types = strings(aggregator.types, unknown: false)
            actors = strings(aggregator.actors, unknown: true)
        }

        mutating func labels(of key: Key) -> [String] {
            var labels: [String] = []
            for (index, dimension) in aggregator.request.dimensions.enumerated() {
                let slot = aggregator.slotOf[index]
                let id = Int(key[slot])
                switch dimension {
                case .month, .week, .quarter, .year:
                    if periods[key[slot]] == nil {
                        periods[key[slot]] = Aggregator.period(of: key[slot]).description
                    }
                    labels.append(periods[key[slot]]!)
                case .country: labels.append(countries[id])
                case .region:
                    labels.append(countries[id])
                    labels.append(regions[Int(key[slot + 1])])
                case .category: labels.append(Category.allCases[id].rawValue)
                case .type: labels.append(types[id])
                case .actor: labels.append(actors[id])
                }
            }
            return labels
        }
    }

    /// The periods `fill` covers: the range's, with an open end closed by the data.
    private func fillPeriods(of keys: [Key], timeSlot: Int, kind: PeriodKind) -> [Period] {
        let observed = keys.map { Aggregator.period(of: $0[timeSlot]) }.filter {
            $0.kind == kind
        }
        guard var first = observed.min(), var last = observed.max() else {
            guard let range = request.range, !range.isOpenAtStart, !range.isOpenAtEnd,
                let coverage
            else {
                return []
            }
            return periods(
                from: max(
                    Period(kind, containing: range.days.lowerBound),
                    Period(kind, containing: coverage.lowerBound)),
                through: min(
                    Period(kind, containing: range.days.upperBound),
                    Period(kind, containing: coverage.upperBound)))
        }
        if let range = request.range {
            if !range.isOpenAtStart { first = Period(kind, containing: range.days.lowerBound) }
            if !range.isOpenAtEnd { last = Period(kind, containing: range.days.upperBound) }
        }
        // Periods the inputs do not reach have no data, not zeros: never filled.
        if let coverage {
            first = max(first, Period(kind, containing: coverage.lowerBound))
            last = min(last, Period(kind, containing: coverage.upperBound))
        }
        return periods(from: first, through: last)
    }

    private func periods(from first: Period, through last: Period) -> [Period] {
        var periods: [Period] = []
        var period = first
        while period <= last {
            periods.append(period)
            period = period.next
        }
        return periods
    }

    /// The label of an empty region or actor.
    package static let unknownLabel = "(unknown)"

    private static func label(_ text: String) -> String {
        text.isEmpty ? unknownLabel : text
    }

    /// Sort rank of every interned string, by the UTF-8 bytes of its label.
    private static func ranks(of interner: ByteInterner, unknownLabel: Bool) -> [Int] {
        let labels = (0..<interner.count).map { id -> String in
            let text = interner.string(Int32(id))
            return unknownLabel ? label(text) : text
        }
        let order = labels.indices.sorted {
            labels[$0].utf8.lexicographicallyPrecedes(labels[$1].utf8)
        }
        var rank = Array(repeating: 0, count: labels.count)
        for (position, id) in order.enumerated() { rank[id] = position }
        return rank
    }

    private static func periodKey(_ code: Int32) -> Key {
        var key = Key(repeating: 0)
        key[0] = code
        return key
    }

    private static func code(of period: Period) -> Int32 {
        Int32(period.start.dayNumber * 8 + period.kind.rawValue)
    }

    private static func period(of code: Int32) -> Period {
        let kind = PeriodKind(rawValue: Int(code & 7))!
        let start = CivilDate(dayNumber: Int(code >> 3))
        return Period(kind, containing: start)
    }
}
