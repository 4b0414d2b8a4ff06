import Foundation
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyStore

/// Counting on the server gives what counting the same records from files gives: the same
/// table (groups, labels, order, totals) and the same notes, for every grouping, range, filter
/// and comparison; and records streamed from the store are the records of the files.
extension StoreTests {
    @Suite struct StoreDifferentialTests {
        static let groupings: [[TableDimension]] = [
            [.month, .region], [.week], [.week, .type], [.quarter, .country], [.year, .category],
            [.month, .actor], [.actor], [.region], [.type, .category], [.country, .actor],
            [.quarter, .region, .category, .type],
        ]

        static let filters: [[String]] = [
            [], ["region=gbao"], ["country=tajikistan", "country=Afghanistan"],
            ["category=incident", "type=ARMED_CLASH"], ["actor=taliban"], ["date_precision=month"],
            ["region=(unknown)"], ["source=x'; DROP TABLE tally_records; --"],
        ]

        /// Loads `files` into a fresh store and checks every grouping, with and without a range,
        /// every filter, and comparisons, against the files.
        func checkAgainstFiles(_ files: InputSet) throws {
            let store = try TestStore.fresh()
            defer { store.close() }
            _ = try StoreLoading.load(files, into: store, options: ReadOptions(), dryRun: false)
            let source = StoreSource(address: store.address)
            defer { source.close() }
            let ranges: [PeriodRange?] = [nil, try PeriodRange(parsing: "2022-03..2024-06")]
            for dimensions in Self.groupings {
                for range in ranges {
                    for filter in Self.filters {
                        for (fill, latest) in [(false, false), (true, false), (false, true)]
                        where !(fill || latest)
                            || dimensions.contains(where: { $0.periodKind != nil })
                        {
                            let request = AggregationRequest(
                                dimensions: dimensions, range: range,
                                filter: try RecordFilter(parsing: filter), fill: fill,
                                latestOnly: latest)
                            let fromFiles = try Aggregation.run(request, from: files)
                            let fromStore = try #require(
                                try source.aggregate(request, options: ReadOptions()))
                            #expect(
                                fromStore.table == fromFiles.table,
                                "\(dimensions) \(String(describing: range)) \(filter) fill \(fill) latest \(latest)"
                            )
                            #expect(fromStore.notes == fromFiles.notes, "\(dimensions) \(filter)")
                        }
                    }
                }
            }
            for (base, current) in [
                ("2023", "2024"), ("2023-Q4", "2024-Q4"), ("2021-06", "2025-01..2025-06"),
            ] {
                for dimensions in [[], [TableDimension.region], [.actor], [.type, .category]] {
                    for filter in Self.filters.prefix(4) {
                        let request = ComparisonRequest(
                            base: try PeriodRange(parsing: base),
                            current: try PeriodRange(parsing: current), dimensions: dimensions,
                            filter: try RecordFilter(parsing: filter))
                        let fromFiles = try Comparing.run(request, from: files)
                        let fromStore = try #require(
                            try source.compare(request, options: ReadOptions()))
                        #expect(
                            fromStore.totals == fromFiles.totals, "\(base) \(current) \(dimensions)"
                        )
                        #expect(
                            fromStore.groups == fromFiles.groups, "\(base) \(current) \(dimensions)"
                        )
                        #expect(fromStore.notes == fromFiles.notes)
                        #expect(fromStore.coverage == fromFiles.coverage)
                    }
                }
            }
            // Streamed through the cursor: every record, in the order of the files.
            let streamed = try RecordListing.records(from: source).records
            let read = try RecordListing.records(from: files).records
            #expect(streamed.count == read.count)
            // A stream of records passes the canonical rules as JSON Lines, which write a date
            // at its precision (`1994` for a year) and have no columns for UCDP's end date and
            // low and high tolls: the day within a coarse period and those ranges stay in the
            // store (checked below) and reach no output either way (StoreCommandTests).
            #expect(streamed.map(\.asCanonical) == read.map(\.asCanonical))
            let withRanges = try store.query(
                "SELECT count(*) FROM tally_records WHERE date_end IS NOT NULL OR fatalities_low IS NOT NULL"
            ).first!.decode(Int.self)
            #expect(withRanges == read.count { $0.dateEnd != nil || $0.fatalitiesLow != nil })
            #expect(source.streamFailure() == nil)
        }

        @Test func `generated records count the same from the store as from their file`() throws {
            let csv = Fixtures.csv(records: SyntheticRecords(count: 6000, seed: 16))
            try checkAgainstFiles(InputSet([RecordInput(path: Fixtures.file(csv))]))
        }

        @Test(arguments: ["acled_events_sample_argentina_326.csv", "ucdp_ged_sample_1000.csv"])
        func `real ACLED and UCDP samples count the same from the store as from their file`(
            name: String
        ) throws {
            let path = TallyBinary.packageRoot.appendingPathComponent(
                "../shared/research-data/\(name)"
            )
            .standardized.path
            guard FileManager.default.fileExists(atPath: path) else {
                print("StoreDifferentialTests: \(path) is not here; skipped")
                return
            }
            try checkAgainstFiles(InputSet([RecordInput(path: path)]))
        }

        @Test func `files read beside the store count with it`() throws {
            let first = Fixtures.csv(records: SyntheticRecords(count: 1500, seed: 1))
            let second = Fixtures.csv(records: SyntheticRecords(count: 1500, seed: 2))
            let firstFile = Fixtures.file(first)
            let secondFile = Fixtures.file(
                second.replacingOccurrences(of: "\nsyn-", with: "\nsecond-"))
            let store = try TestStore.fresh()
            defer { store.close() }
            _ = try StoreLoading.load(
                InputSet([RecordInput(path: firstFile)]), into: store, options: ReadOptions(),
                dryRun: false)
            let source = StoreSource(
                address: store.address, files: InputSet([RecordInput(path: secondFile)]))
            defer { source.close() }
            let request = AggregationRequest(dimensions: [.month, .region])
            let both = try Aggregation.run(
                request,
                from: InputSet([RecordInput(path: secondFile), RecordInput(path: firstFile)]))
            let mixed = try #require(try source.aggregate(request, options: ReadOptions()))
            #expect(mixed.table == both.table)
            #expect(mixed.accounting.read == both.accounting.read)
        }
    }
}

extension Record {
    /// The record as the canonical format writes it: dated by the start of its period, without
    /// UCDP's end date and low and high tolls.
    fileprivate var asCanonical: Record {
        var record = self
        record.date = period.start
        record.dateEnd = nil
        record.fatalitiesLow = nil
        record.fatalitiesHigh = nil
        return record
    }
}
