import TallyTestSupport
import Testing

@testable import TallyCore

struct AggregatorTests {
    /// Eight records across two countries, with every category, two actors, and coarse dates.
    static let records = Fixtures.csv([
        Fixtures.incident([
            .date: "2024-12-20", .fatalities: "3", .fatalitiesMilitants: "2",
            .actor1: "Border troops", .actor2: "Smugglers",
        ]),
        Fixtures.incident([
            .date: "2024-12-21", .type: "attack", .count: "2", .fatalitiesCivilians: "1",
            .actor1: "Smugglers",
        ]),
        Fixtures.incident([
            .date: "2024-11-05", .region: "", .category: "measure", .type: "outpost_opened",
            .count: "4",
        ]),
        Fixtures.incident([
            .date: "2024-10-01", .country: "Afghanistan", .region: "Badakhshan",
            .category: "measure", .type: "exercise",
        ]),
        Fixtures.incident([
            .date: "2024-12", .country: "Afghanistan", .region: "Badakhshan",
            .fatalitiesSecurity: "2",
        ]),
        Fixtures.incident([.date: "2024", .category: "other", .type: "statement"]),
        Fixtures.incident([
            .date: "2023-03-15", .datePrecision: "month", .type: "shelling",
            .fatalitiesUnknown: "5",
        ]),
        Fixtures.incident([.date: "2024-12-30", .datePrecision: "week", .type: "infiltration"]),
    ])

    func table(
        _ by: String, _ configure: (inout AggregationRequest) throws -> Void = { _ in }
    ) throws -> AggregationResult {
        var request = AggregationRequest(dimensions: try TableDimension.parseList(by))
        try configure(&request)
        return try Fixtures.aggregate(csv: AggregatorTests.records, request)
    }

    @Test
    func
        `month by region: periods chronologically, a year-precision record under its year, with a note`()
        throws
    {
        let result = try table("month,region")
        #expect(result.table.keyColumns == ["month", "country", "region"])
        #expect(
            result.table.summary == [
                "2023-03|Tajikistan|Khatlon: 1 1 5 0 0 0 5 0 0",
                "2024|Tajikistan|Khatlon: 1 0 0 0 0 0 0 0 0",
                "2024-10|Afghanistan|Badakhshan: 1 0 0 0 0 0 0 1 0",
                "2024-11|Tajikistan|(unknown): 1 0 0 0 0 0 0 4 4",
                "2024-12|Afghanistan|Badakhshan: 1 1 2 0 2 0 0 0 0",
                "2024-12|Tajikistan|Khatlon: 3 4 4 2 0 1 1 0 0",
            ])
        #expect(
            result.notes == [
                .datesCoarserThanTable(
                    records: 1, dimension: .month, example: try Period(parsing: "2024"))
            ])
        #expect(result.table.totals.records == 8)
        #expect(result.table.totals.fatalities.total == 11)
    }

    @Test func `weeks: Saturday to Friday; a month-precision record stays under its month`() throws
    {
        let result = try table("week") { $0.range = try PeriodRange(parsing: "2024-12") }
        #expect(
            result.table.summary == [
                "2024-12: 1 1 2 0 2 0 0 0 0",
                "2024-12-14: 1 1 3 2 0 0 1 0 0",
                "2024-12-21: 1 2 1 0 0 1 0 0 0",
            ])
        // The week-precision record of 2024-12-30 (week of 2024-12-28..2025-01-03) and the record
        // of 2024 overlap December without lying inside it.
        #expect(
            result.notes.contains(
                .recordsOverlappingRange(records: 2, range: try PeriodRange(parsing: "2024-12"))))
    }

    @Test func `quarters and years`() throws {
        #expect(
            try table("quarter").table.summary.map { $0.prefix(while: { $0 != ":" }) } == [
                "2023-Q1", "2024", "2024-Q4",
            ])
        #expect(
            try table("year").table.summary == [
                "2023: 1 1 5 0 0 0 5 0 0", "2024: 7 5 6 2 2 1 1 5 4",
            ])
    }

    @Test func `country, category and type`() throws {
        #expect(
            try table("country").table.summary == [
                "Afghanistan: 2 1 2 0 2 0 0 1 0", "Tajikistan: 6 5 9 2 0 1 6 4 4",
            ])
        #expect(
            try table("category").table.summary == [
                "incident: 5 6 11 2 2 1 6 0 0", "measure: 2 0 0 0 0 0 0 5 4",
                "other: 1 0 0 0 0 0 0 0 0",
            ])
        #expect(
            try table("type").table.summary.map { String($0.prefix(while: { $0 != ":" })) } == [
                "armed_clash", "attack", "exercise", "infiltration", "outpost_opened", "shelling",
                "statement",
            ])
    }

    @Test func `actor: a record counts under each actor it names, once in the totals`() throws {
        let result = try table("actor") { $0.filter.add(.type, equals: "armed_clash") }
        #expect(
            result.table.summary == [
                "(unknown): 1 1 2 0 2 0 0 0 0", "Border troops: 1 1 3 2 0 0 1 0 0",
                "Smugglers: 1 1 3 2 0 0 1 0 0",
            ])
        #expect(result.table.totals.records == 2)
    }

    @Test func `a record counts only when its whole date interval lies inside --from..--to`() throws
    {
        let inside = try table("country") {
            $0.range = try PeriodRange(parsing: "2024-12-01..2024-12-31")
        }
        #expect(inside.table.totals.records == 3)
        let dayRange = try table("country") {
            $0.range = try PeriodRange(parsing: "2024-12-10..2024-12-31")
        }
        #expect(dayRange.table.totals.records == 2)
        #expect(
            dayRange.notes.contains(
                .recordsOverlappingRange(
                    records: 3, range: try PeriodRange(parsing: "2024-12-10..2024-12-31"))))
    }

    @Test func `where: the same field twice is OR, different fields AND, values ignore case`()
        throws
    {
        let either = try table("country") {
            $0.filter = try RecordFilter(parsing: ["type=ATTACK", "type=shelling"])
        }
        #expect(either.table.totals.records == 2)
        let both = try table("country") {
            $0.filter = try RecordFilter(
                parsing: ["type=attack", "type=shelling", "fatalities_unknown=5"].prefix(2) + [
                    "country=afghanistan"
                ])
        }
        #expect(both.table.rows.isEmpty)
        let unknownRegion = try table("country") {
            $0.filter = try RecordFilter(parsing: ["region=(unknown)"])
        }
        #expect(unknownRegion.table.totals.records == 1)
        #expect(throws: FilterSyntaxError.self) { try RecordFilter(parsing: ["colour=red"]) }
    }

    @Test func `fill adds zero rows for every period and group of the range`() throws {
        let result = try table("month,country") {
            $0.fill = true
            $0.range = try PeriodRange(parsing: "2024-Q4")
        }
        #expect(
            result.table.summary == [
                "2024-10|Afghanistan: 1 0 0 0 0 0 0 1 0",
                "2024-10|Tajikistan: 0 0 0 0 0 0 0 0 0",
                "2024-11|Afghanistan: 0 0 0 0 0 0 0 0 0",
                "2024-11|Tajikistan: 1 0 0 0 0 0 0 4 4",
                "2024-12|Afghanistan: 1 1 2 0 2 0 0 0 0",
                "2024-12|Tajikistan: 2 3 4 2 0 1 1 0 0",
            ])
    }

    @Test func `fill with an open-ended range stops at the data`() throws {
        let result = try table("month") {
            $0.fill = true
            $0.range = PeriodRange(from: try Period(parsing: "2024-09"), to: nil)
        }
        #expect(
            result.table.rows.map { $0.keys[0] } == ["2024-09", "2024-10", "2024-11", "2024-12"])
        // The record of 2024 overlaps "2024-09 onwards" without lying inside it.
        #expect(result.table.rows[0].metrics == Metrics())
    }

    @Test
    func `fill stops where the inputs' coverage stops: a period they do not reach is no data`()
        throws
    {
        // The records span 2023-03 to 2025-01-03 (the week from Saturday 2024-12-28).
        let result = try table("month") {
            $0.fill = true
            $0.range = try PeriodRange(parsing: "2024-10..2025-06")
        }
        #expect(
            result.table.rows.map { $0.keys[0] } == ["2024-10", "2024-11", "2024-12", "2025-01"])
        let declared = try table("month") {
            $0.fill = true
            $0.range = try PeriodRange(parsing: "2024-10..2025-06")
            $0.coverage = try PeriodRange(parsing: "2024-10..2025-02").days
        }
        #expect(
            declared.table.rows.map { $0.keys[0] } == [
                "2024-10", "2024-11", "2024-12", "2025-01", "2025-02",
            ])
    }

    @Test func `a period the inputs cover only in part is named in a note`() throws {
        var request = AggregationRequest(dimensions: [.month])
        request.coverage = try PeriodRange(parsing: "2024-12-10..2024-12-20").days
        let result = try Fixtures.aggregate(csv: AggregatorTests.records, request)
        #expect(
            result.notes.contains(
                .periodsPartlyCovered(
                    [try Period(parsing: "2024-12")], coverage: request.coverage!,
                    isCoverageDeclared: true)))
    }

    @Test func `latest keeps the latest period with data, and its own totals`() throws {
        let result = try table("month,country") { $0.latestOnly = true }
        #expect(
            result.table.summary == [
                "2024-12|Afghanistan: 1 1 2 0 2 0 0 0 0", "2024-12|Tajikistan: 3 4 4 2 0 1 1 0 0",
            ])
        #expect(result.table.totals.records == 4)
        #expect(
            result.notes == [
                .datesCoarserThanLatest(
                    records: 1, latest: try Period(parsing: "2024-12"),
                    widest: try Period(parsing: "2024"))
            ])
    }

    @Test(arguments: [
        ("month,week", DimensionListError.severalTimeDimensions([.month, .week])),
        ("region,colour", .unknown("colour")),
        ("type,type", .repeated(.type)),
    ])
    func `groupings Tally cannot use are refused`(text: String, error: DimensionListError) {
        #expect(throws: error) { try TableDimension.parseList(text) }
    }

    @Test(arguments: [false, true])
    func
        `counting only some periods leaves the others out, their groups dropped, their regions still in the notes`(
            narrowedAfterReading: Bool
        ) throws
    {
        // A region spelled as Tally merges it, only in a month left out.
        let csv =
            AggregatorTests.records
            + Fixtures.incident([.date: "2022-05-02", .region: "GBAO"]) + "\n"
        let request = AggregationRequest(dimensions: [.month, .region])
        let first = CivilDate(year: 2024, month: 11, day: 1)!
        var windowed = Aggregator(request)
        if !narrowedAfterReading { windowed.countOnly(periodsFrom: first, through: nil) }
        _ = readRecords(
            from: try InputSet.resolve([Fixtures.file(csv)]).recordStreams(), into: &windowed,
            options: ReadOptions(currentYear: 2026), stopAtFirstError: true)
        if narrowedAfterReading { windowed.countOnly(periodsFrom: first, through: nil) }

        let whole = try Fixtures.aggregate(csv: csv, request)
        let kept = zip(whole.table.rows, whole.table.summary).filter { $0.0.period!.end >= first }
        #expect(windowed.table().summary == kept.map(\.1))
        #expect(windowed.table().summary.first == "2024|Tajikistan|Khatlon: 1 0 0 0 0 0 0 0 0")
        let merges = whole.notes.compactMap { note -> RegionMerge? in
            guard case .regionsMerged(let merge) = note else { return nil }
            return merge
        }
        #expect(windowed.regionMerges() == merges)
        #expect(windowed.regionMerges().map(\.spellings) == [["GBAO"]])
    }

    @Test func `region brings its country; country beside region is not repeated`() throws {
        #expect(try TableDimension.parseList("country,region,type") == [.region, .type])
        #expect(
            AggregationRequest(dimensions: [.region, .type]).keyColumnNames == [
                "country", "region", "type",
            ])
    }
}

struct ByteInternerTests {
    @Test func `equal bytes get one id wherever they lie, the empty string included`() {
        var interner = ByteInterner()
        let text = ContiguousArray("Khatlon, and a name longer than eight bytes".utf8)
        let copy = ContiguousArray(text)
        let a = interner.intern(text.span)
        let b = interner.intern(copy.span)
        let prefix = interner.intern(text.span.extracting(0..<7))
        let emptyWithoutAddress = interner.intern(Span())
        let emptyInside = interner.intern(text.span.extracting(3..<3))
        #expect(a == b)
        #expect(prefix != a)
        #expect(emptyWithoutAddress == emptyInside)
        #expect(interner.string(prefix) == "Khatlon")
        #expect(interner.count == 3)
    }
}
