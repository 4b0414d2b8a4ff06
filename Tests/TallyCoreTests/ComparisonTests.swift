import PropertyBased
import TallyTestSupport
import Testing

@testable import TallyCore

struct ComparisonTests {
    static let records = Fixtures.csv([
        Fixtures.incident([.date: "2024-11-05", .fatalities: "2"]),
        Fixtures.incident([.date: "2024-12-01", .count: "3"]),
        Fixtures.incident([.date: "2024-12", .region: "Sughd"]),
        Fixtures.incident([.date: "2024", .region: "Sughd"]),
        Fixtures.incident([
            .date: "2024-12-20", .country: "Afghanistan", .region: "Badakhshan",
            .category: "measure", .type: "outpost_opened", .count: "2",
        ]),
        Fixtures.incident([.date: "2023-12-24", .datePrecision: "week", .region: "Sughd"]),
    ])

    static func compare(
        _ base: String, _ current: String, by: [TableDimension] = []
    ) throws -> PeriodComparison {
        let request = ComparisonRequest(
            base: try PeriodRange(parsing: base), current: try PeriodRange(parsing: current),
            dimensions: by)
        return try Comparing.run(
            request, from: InputSet.resolve([Fixtures.file(records)]),
            options: ReadOptions(currentYear: 2026))
    }

    static func figure(_ metrics: [MetricComparison], _ metric: Metric) -> (Int, Int) {
        let change = metrics.first { $0.metric == metric }!.change
        return (change.base, change.current)
    }

    @Test
    func
        `a month-precision record is in its month, quarter and year; a year-precision record in no month`()
        throws
    {
        let months = try Self.compare("2024-11", "2024-12")
        #expect(Self.figure(months.totals, .records) == (1, 3))
        #expect(Self.figure(months.totals, .incidents) == (1, 4))
        #expect(
            months.notes.contains(
                .onSide(
                    .current,
                    .recordsOverlappingRange(records: 1, range: try PeriodRange(parsing: "2024-12"))
                )))
        let quarters = try Self.compare("2023-Q4", "2024-Q4")
        // The week of 2023-12-23..2023-12-29 lies inside 2023-Q4: the base has it.
        #expect(Self.figure(quarters.totals, .records) == (1, 4))
        let years = try Self.compare("2023", "2024")
        #expect(Self.figure(years.totals, .records) == (1, 5))
    }

    @Test func `a record dated only to a week straddling two years is in neither year`() throws {
        // 2024-12-28 (Saturday) .. 2025-01-03.
        let text = Fixtures.csv([Fixtures.incident([.date: "2024-12-30", .datePrecision: "week"])])
        let request = ComparisonRequest(
            base: try PeriodRange(parsing: "2024"), current: try PeriodRange(parsing: "2025"))
        let result = try Comparing.run(
            request, from: InputSet.resolve([Fixtures.file(text)]),
            options: ReadOptions(currentYear: 2026))
        #expect(Self.figure(result.totals, .records) == (0, 0))
        #expect(
            result.notes.filter {
                if case .onSide(_, .recordsOverlappingRange(records: 1, _)) = $0 {
                    true
                } else {
                    false
                }
            }.count == 2)
        // The record's week reaches into both years: each is only partly covered.
        #expect(result.partlyCoveredSides == [.base, .current])
    }

    @Test func `groups present in either period are compared, in key order`() throws {
        let result = try Self.compare("2024-11", "2024-12", by: [.region])
        #expect(result.keyColumns == ["country", "region"])
        #expect(
            result.groups.map { $0.keys } == [
                ["Afghanistan", "Badakhshan"], ["Tajikistan", "Khatlon"], ["Tajikistan", "Sughd"],
            ])
        #expect(
            result.groups[0].metric(.outposts).map { ($0.base, $0.current) } ?? (9, 9) == (0, 2))
        #expect(
            result.groups[1].metric(.incidents).map { ($0.base, $0.current) } ?? (9, 9) == (1, 3))
    }

    @Test func `periods of different lengths compare daily rates`() throws {
        let result = try Self.compare("2024", "2024-12")
        let records = result.total(.records)!
        #expect(result.baseDays == 366 && result.currentDays == 31)
        #expect(records.base == 5 && records.current == 3)
        #expect(abs(records.rateRatio! - (3.0 / 31) / (5.0 / 366)) < 1e-12)
    }
}

/// compare(base, current) against compare(current, base) over generated records.
struct ComparisonMirrorTests {
    static let path = Fixtures.file(
        Fixtures.csv(
            records: SyntheticRecords(
                count: 3_000, seed: 21, range: try! PeriodRange(parsing: "2021..2025"))))

    @Test func `compare mirrors itself: swapping the periods swaps the figures`() async {
        let periods = ["2022", "2023-Q2", "2024-11", "2024-12", "2023-01..2023-06", "2025-02-10"]
        let groupings: [[TableDimension]] = [[], [.country], [.region], [.category, .type]]
        await propertyCheck(
            count: 40, input: Gen.int(in: 0..<periods.count), Gen.int(in: 0..<periods.count),
            Gen.int(in: 0..<groupings.count)
        ) { a, b, g in
            let request = ComparisonRequest(
                base: try! PeriodRange(parsing: periods[a]),
                current: try! PeriodRange(parsing: periods[b]), dimensions: groupings[g])
            let mirrored = ComparisonRequest(
                base: request.current, current: request.base, dimensions: request.dimensions)
            let inputs = try! InputSet.resolve([ComparisonMirrorTests.path])
            let options = ReadOptions(currentYear: 2026)
            let forward = try! Comparing.run(request, from: inputs, options: options)
            let backward = try! Comparing.run(mirrored, from: inputs, options: options)
            func check(_ x: [MetricComparison], _ y: [MetricComparison], _ label: String) {
                #expect(x.map(\.metric) == y.map(\.metric))
                for (one, other) in zip(x, y) {
                    #expect(one.change.base == other.change.current, "\(label) \(one.metric)")
                    #expect(one.change.current == other.change.base, "\(label) \(one.metric)")
                    #expect(one.change.change == -other.change.change)
                    switch (one.change.pValue, other.change.pValue) {
                    case (nil, nil): break
                    case (let p?, let q?):
                        #expect(abs(p - q) <= 1e-9 * max(p, q) + 1e-300, "\(label) \(one.metric)")
                    default: Issue.record("a p-value on one side only: \(label) \(one.metric)")
                    }
                }
            }
            check(forward.totals, backward.totals, "totals")
            #expect(forward.groups.map(\.keys) == backward.groups.map(\.keys))
            for (one, other) in zip(forward.groups, backward.groups) {
                check(one.metrics, other.metrics, "\(one.keys)")
            }
        }
    }
}
