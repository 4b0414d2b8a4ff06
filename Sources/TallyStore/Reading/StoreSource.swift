import Foundation
import NIOCore
import PostgresNIO
public import TallyCore

/// A store as a source of records, with files beside it or none: every reading command reads
/// it. `aggregate` and `compare` are counted on the server (``PushdownQuery``); every other
/// reading streams the records through a server-side cursor, in the order they were loaded, so
/// memory stays flat.
///
/// A class: it owns the one connection its reads share, opened at the first read (after the
/// outputs are checked) with the schema version checked, and closed by ``close()``.
public final class StoreSource: PushdownSource, @unchecked Sendable {
    /// The store.
    public let address: StoreAddress
    /// Files read beside the store (`-i` with `--db`), before it.
    public let files: InputSet
    private var store: StoreConnection?
    private let failure = FailureBox()

    /// The store at `address`, and `files` read beside it.
    public init(address: StoreAddress, files: InputSet = InputSet([])) {
        self.address = address
        self.files = files
    }

    /// The store's name in the accounting and in rejections: its URL without the password.
    public var name: String { address.description }

    private func connection() throws(InputError) -> StoreConnection {
        if let store { return store }
        do {
            let store = try StoreConnection.open(address)
            try StoreSchema.check(store)
            self.store = store
            return store
        } catch {
            throw error.inputError
        }
    }

    /// Closes the connection, if one was opened.
    public func close() {
        store?.close()
        store = nil
    }

    // MARK: Streams

    /// The files' streams, then the store's records as one stream named after the store.
    public func recordStreams() throws(InputError) -> [RecordStream] {
        let store = try connection()
        return files.recordStreams() + [
            RecordStream(records: StoredRecords(store: store, failure: failure), name: name)
        ]
    }

    /// The statement of the cursor that streams the records.
    package static var cursorStatement: String { StoredRecords.declareCursor }

    /// The failure of the cursor, when it broke off before the last record.
    public func streamFailure() -> InputError? {
        failure.error
    }

    // MARK: Pushdown

    /// The aggregate counted on the server, with the files beside the store read here.
    public func aggregate(
        _ request: AggregationRequest, options: ReadOptions
    ) throws(InputError) -> AggregationResult? {
        let store = try connection()
        var aggregator = Aggregator(request)
        var accounting = try readFiles(into: &aggregator, options: options)
        let (partial, records) = try counted(request, in: store)
        aggregator.add(partial)
        accounting.add(InputSummary(counted: name, records: records))
        return aggregator.result(accounting: accounting)
    }

    /// The comparison counted on the server, with the files beside the store read here.
    public func compare(
        _ request: ComparisonRequest, options: ReadOptions
    ) throws -> PeriodComparison? {
        if let time = request.dimensions.first(where: { $0.periodKind != nil }) {
            throw ComparisonError.groupedByTime(time)
        }
        let store = try connection()
        func side(_ range: PeriodRange) -> AggregationRequest {
            AggregationRequest(dimensions: request.dimensions, range: range, filter: request.filter)
        }
        var sink = ComparisonSink(
            base: Aggregator(side(request.base)), current: Aggregator(side(request.current)))
        var accounting = try readFiles(into: &sink, options: options)
        let (base, records) = try counted(side(request.base), in: store)
        let (current, _) = try counted(side(request.current), in: store)
        sink.base.add(base)
        sink.current.add(current)
        if let first = base.firstDay { sink.firstDay = min(sink.firstDay ?? first, first) }
        if let last = base.lastDay { sink.lastDay = max(sink.lastDay ?? last, last) }
        accounting.add(InputSummary(counted: name, records: records))
        return Comparing.comparison(of: request, from: sink, accounting: accounting)
    }

    /// Reads the files beside the store into `sink`.
    private func readFiles<Sink: RecordSink>(
        into sink: inout Sink, options: ReadOptions
    ) throws(InputError) -> ReadAccounting {
        let (accounting, errors) = readRecords(
            from: files.recordStreams(), into: &sink, options: options, stopAtFirstError: true)
        if let error = errors.first { throw error }
        return accounting
    }

    /// The groups of `request` counted on the server, and how many records the store holds.
    package func counted(
        _ request: AggregationRequest, in store: StoreConnection
    ) throws(InputError) -> (PartialAggregate, Int) {
        do {
            return try StoreSource.counted(request, in: store)
        } catch {
            throw error.inputError
        }
    }

    package static func counted(
        _ request: AggregationRequest, in store: StoreConnection
    ) throws(StoreError) -> (PartialAggregate, Int) {
        var query = PushdownQuery(request)
        try query.decide { field throws(StoreError) in
            try store.query(PostgresQuery(unsafeSQL: PushdownQuery.distinctValues(of: field)))
                .map { row in
                    let cells = row.makeRandomAccess()
                    return (0..<cells.count).map { (try? cells[$0].decode(String.self)) ?? "" }
                }
        }
        var partial = PartialAggregate()
        let facts = try store.query(query.facts()).first!
        let records: Int
        do {
            let (count, first, last, overlaps) = try facts.decode((Int, Int?, Int?, Int).self)
            records = count
            partial.firstDay = first.map(CivilDate.init(dayNumber:))
            partial.lastDay = last.map(CivilDate.init(dayNumber:))
            partial.partialOverlaps = overlaps
        } catch {
            throw StoreError(.server, "the store \(store.address) answered unexpectedly: \(error)")
        }
        let timeKind = request.timeDimension?.periodKind
        // Every record once: totals, totals by period, records dated coarser than the time
        // dimension, and (without actor) the groups themselves.
        let whole = try groups(query.groups(actor: nil), in: store)
        var byPeriod: [Period: Metrics] = [:]
        for group in whole {
            partial.totals += group.metrics
            guard let period = group.period else { continue }
            byPeriod[period, default: Metrics()] += group.metrics
            if let timeKind, period.kind > timeKind {
                partial.coarserRecords += group.metrics.records
                if partial.earliestCoarserPeriod.map({ period < $0 }) ?? true {
                    partial.earliestCoarserPeriod = period
                }
            }
        }
        partial.totalsByPeriod = byPeriod.map { ($0.key, $0.value) }
        if request.dimensions.contains(.actor) {
            partial.groups =
                try groups(query.groups(actor: .first), in: store)
                + groups(query.groups(actor: .second), in: store)
        } else {
            partial.groups = whole
        }
        return (partial, records)
    }

    /// The groups a group statement returns, each decoded as its row arrives: the rows are
    /// never held together (tens of thousands of groups would cost more than the groups).
    private static func groups(
        _ query: PostgresQuery, in store: StoreConnection
    ) throws(StoreError) -> [PartialAggregate.Group] {
        let collected = GroupBox()
        let address = store.address
        try store.query(query) { row in
            do {
                collected.groups.append(try StoreSource.group(of: row))
            } catch {
                throw StoreError(.server, "the store \(address) answered unexpectedly: \(error)")
            }
        }
        return collected.groups
    }

    private static func group(of row: PostgresRow) throws -> PartialAggregate.Group {
        let cells = row.makeRandomAccess()
        let day = try cells[0].decode(Int?.self)
        let kind = try cells[1].decode(Int?.self)
        let (country, region, category, type, actor) = (
            try cells[2].decode(String.self), try cells[3].decode(String.self),
            try cells[4].decode(String.self), try cells[5].decode(String.self),
            try cells[6].decode(String.self)
        )
        let (records, incidents, militants, security, civilians, unknown) =
            try cells.decodeMetrics(from: 7)
        var group = PartialAggregate.Group()
        if let day, let kind, let periodKind = PeriodKind(rawValue: kind) {
            group.period = Period(periodKind, containing: CivilDate(dayNumber: day))
        }
        group.country = country
        group.region = region
        group.category = Category(rawValue: category) ?? .other
        group.type = type
        group.actor = actor
        group.metrics.records = records
        group.metrics.incidents = incidents
        group.metrics.fatalities.militants = militants
        group.metrics.fatalities.security = security
        group.metrics.fatalities.civilians = civilians
        group.metrics.fatalities.unknown = unknown
        group.metrics.measures = try cells[13].decode(Int.self)
        group.metrics.outposts = try cells[14].decode(Int.self)
        return group
    }
}

/// The groups decoded so far, filled on the connection's event loop one row at a time and read
/// once the statement has finished.
private final class GroupBox: @unchecked Sendable {
    var groups: [PartialAggregate.Group] = []
}

extension PostgresRandomAccessRow {
    /// Six metric cells from `index` on.
    fileprivate func decodeMetrics(from index: Int) throws -> (Int, Int, Int, Int, Int, Int) {
        (
            try self[index].decode(Int.self), try self[index + 1].decode(Int.self),
            try self[index + 2].decode(Int.self), try self[index + 3].decode(Int.self),
            try self[index + 4].decode(Int.self), try self[index + 5].decode(Int.self)
        )
    }
}

/// A failure of the cursor, kept for ``StoreSource/streamFailure()``.
private final class FailureBox: @unchecked Sendable {
    var error: InputError?
}

/// The stored records, in the order they were loaded, fetched through a server-side cursor a
/// few hundred at a time in a read-only transaction.
private struct StoredRecords: Sequence {
    let store: StoreConnection
    let failure: FailureBox

    func makeIterator() -> Iterator {
        Iterator(store: store, failure: failure)
    }

    struct Iterator: IteratorProtocol {
        let store: StoreConnection
        let failure: FailureBox
        var batch: [Record] = []
        var position = 0
        var isOpen = false
        var isDone = false

        /// Records fetched at a time: each batch is held twice (the server's rows, then the
        /// records), so 2,000 cost 4.5 MB more than 500 at the peak, for 12 % of the time saved.
        static let batchSize = 500

        mutating func next() -> Record? {
            if position < batch.count {
                position += 1
                return batch[position - 1]
            }
            guard !isDone else { return nil }
            do throws(StoreError) {
                if !isOpen {
                    try store.execute("BEGIN READ ONLY")
                    try store.execute(StoredRecords.declareCursor)
                    isOpen = true
                }
                batch = try store.query(
                    PostgresQuery(
                        unsafeSQL: "FETCH \(Iterator.batchSize) FROM tally_records_cursor")
                ).map(StoredRecords.record(of:))
                position = 0
                if batch.count < Iterator.batchSize {
                    isDone = true
                    try store.execute("CLOSE tally_records_cursor")
                    try store.execute("COMMIT")
                }
            } catch {
                failure.error = error.inputError
                isDone = true
                try? store.execute("ROLLBACK")
                return nil
            }
            return next()
        }
    }

    /// The cursor over every record, in load order.
    static let declareCursor = """
        DECLARE tally_records_cursor NO SCROLL CURSOR FOR
        SELECT id, date - DATE '1970-01-01', date_precision, country, region, location, category,
            type, count, fatalities_militants, fatalities_security, fatalities_civilians,
            fatalities_unknown, actor1, actor2, source, source_url, notes, flags,
            date_end - DATE '1970-01-01', fatalities_low, fatalities_high
        FROM tally_records ORDER BY load_id, ordinal
        """

    static func record(of row: PostgresRow) throws(StoreError) -> Record {
        let cells = row.makeRandomAccess()
        do {
            func text(_ index: Int) throws -> String { try cells[index].decode(String.self) }
            func number(_ index: Int) throws -> Int { try cells[index].decode(Int.self) }
            var record = Record(
                id: try text(0), date: CivilDate(dayNumber: try number(1)),
                datePrecision: DatePrecision(rawValue: try text(2)) ?? .day,
                country: try text(3), region: try text(4), location: try text(5),
                category: Category(rawValue: try text(6)) ?? .other, type: try text(7),
                count: try number(8),
                fatalities: Fatalities(
                    militants: try number(9), security: try number(10),
                    civilians: try number(11), unknown: try number(12)),
                actor1: try text(13), actor2: try text(14), source: try text(15),
                sourceURL: try text(16), notes: try text(17), flags: try text(18))
            record.dateEnd = try cells[19].decode(Int?.self).map(CivilDate.init(dayNumber:))
            record.fatalitiesLow = try cells[20].decode(Int?.self)
            record.fatalitiesHigh = try cells[21].decode(Int?.self)
            return record
        } catch {
            throw StoreError(.server, "a stored record cannot be read: \(error)")
        }
    }
}
