import Foundation
import TallyTestSupport
import Testing

@testable import TallyCore

/// The real aggregator against a deliberately naive one: Foundation's calendar for periods,
/// string labels, dictionaries of arrays, no interning, no byte scanning.
struct OracleTests {
    struct NaiveAggregator {
        let dimensions: [TableDimension]
        let range: (Date, Date)?
        let filters: [(String, [String])]
        var calendar: Calendar = {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            calendar.firstWeekday = 7  // Saturday
            return calendar
        }()

        func date(_ day: CivilDate) -> Date {
            Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
        }

        func label(_ date: Date, _ granularity: String) -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let year = String(format: "%04d", parts.year!)
            switch granularity {
            case "day": return year + String(format: "-%02d-%02d", parts.month!, parts.day!)
            case "week":
                let start = calendar.dateInterval(of: .weekOfYear, for: date)!.start
                return label(start, "day")
            case "month": return year + String(format: "-%02d", parts.month!)
            case "quarter": return year + "-Q\((parts.month! - 1) / 3 + 1)"
            default: return year
            }
        }

        func interval(_ record: Record) -> (Date, Date) {
            let start = date(record.date)
            let component: Calendar.Component
            switch record.datePrecision {
            case .day: return (start, start)
            case .week: component = .weekOfYear
            case .month: component = .month
            case .year: component = .year
            }
            let span = calendar.dateInterval(of: component, for: start)!
            return (span.start, span.end.addingTimeInterval(-86_400))
        }

        func value(_ record: Record, _ field: String) -> [String] {
            switch field {
            case "country": [record.country]
            case "region": [record.region]
            case "type": [record.type]
            case "category": [record.category.rawValue]
            case "actor": [record.actor1, record.actor2]
            default: [record.source]
            }
        }

        func table(_ records: [Record]) -> (rows: [[String]: Metrics], totals: Metrics) {
            var rows: [[String]: Metrics] = [:]
            var totals = Metrics()
            let order = ["day", "week", "month", "quarter", "year"]
            for record in records {
                let (start, end) = interval(record)
                if let (low, high) = range, start < low || end > high { continue }
                let passes = filters.allSatisfy { field, wanted in
                    value(record, field).contains { wanted.contains($0.lowercased()) }
                }
                if !passes { continue }
                totals.add(record)
                var keys: [[String]] = [[]]
                for dimension in dimensions {
                    var options: [String]
                    switch dimension {
                    case .month, .week, .quarter, .year:
                        let own = record.datePrecision.rawValue
                        options = [
                            order.firstIndex(of: own)! > order.firstIndex(of: dimension.rawValue)!
                                ? label(start, own) : label(date(record.date), dimension.rawValue)
                        ]
                    case .country: options = [record.country]
                    case .region:
                        options = [
                            record.country + "\u{1}"
                                + (record.region.isEmpty ? "(unknown)" : record.region)
                        ]
                    case .category: options = [record.category.rawValue]
                    case .type: options = [record.type]
                    case .actor:
                        let named = Array(
                            Set([record.actor1, record.actor2].filter { !$0.isEmpty }))
                        options = named.isEmpty ? ["(unknown)"] : named
                    }
                    keys = keys.flatMap { key in options.map { key + [$0] } }
                }
                for key in keys {
                    let flat = key.flatMap { $0.components(separatedBy: "\u{1}") }
                    rows[flat, default: Metrics()].add(record)
                }
            }
            return (rows, totals)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func `the aggregator agrees with a naive one over generated records, dimensions and filters`(
        seed: UInt64
    ) throws {
        var random = SplitMix64(seed: seed)
        let records = Array(
            SyntheticRecords(
                count: 3_000, seed: seed, range: try PeriodRange(parsing: "2022..2025")))
        let path = Fixtures.file(Fixtures.csv(records: records))

        let times: [TableDimension?] = [nil, .month, .week, .quarter, .year]
        var dimensions = [times.randomElement(using: &random)!].compactMap { $0 }
        for candidate in [TableDimension.country, .region, .category, .type, .actor]
        where Bool.random(using: &random) {
            dimensions.append(candidate)
        }
        if dimensions.contains(.region) { dimensions.removeAll { $0 == .country } }
        if dimensions.isEmpty { dimensions = [.country] }
        dimensions.shuffle(using: &random)

        var request = AggregationRequest(dimensions: dimensions)
        var naiveRange: (Date, Date)?
        if Bool.random(using: &random) {
            let first = try Period(
                parsing: ["2022-Q2", "2023", "2023-07", "2024-02-10"].randomElement(using: &random)!
            )
            let last = try Period(
                parsing: ["2024", "2024-Q3", "2025-03-17"].randomElement(using: &random)!)
            request.range = PeriodRange(from: first, to: last)
            naiveRange = (
                Date(timeIntervalSince1970: Double(first.start.dayNumber) * 86_400),
                Date(timeIntervalSince1970: Double(last.end.dayNumber) * 86_400)
            )
        }
        var filters: [(String, [String])] = []
        if Bool.random(using: &random) {
            request.filter.add(.country, equals: "TAJIKISTAN")
            request.filter.add(.country, equals: "kyrgyzstan")
            filters.append(("country", ["tajikistan", "kyrgyzstan"]))
        }
        if Bool.random(using: &random) {
            request.filter.add(.category, equals: "incident")
            filters.append(("category", ["incident"]))
        }

        let real = try Fixtures.aggregate([path], request)
        // The same file read in chunks on threads: notes' quoted line breaks fall across chunk
        // boundaries for some seeds, and the table must not move.
        var options = ReadOptions(currentYear: 2026, threads: Int(seed % 4) + 2)
        options.minimumParallelBytes = 0
        let chunked = try Aggregation.run(
            request, from: try InputSet.resolve([path]), options: options)
        #expect(chunked.table == real.table)
        #expect(chunked.accounting == real.accounting)
        let naive = NaiveAggregator(dimensions: dimensions, range: naiveRange, filters: filters)
            .table(records)
        #expect(real.accounting.accepted == records.count)
        #expect(real.table.rows.count == naive.rows.count, "grouping \(dimensions)")
        for row in real.table.rows {
            #expect(naive.rows[row.keys] == row.metrics, "row \(row.keys) grouped by \(dimensions)")
        }
        #expect(real.table.totals == naive.totals)
        let keys = real.table.rows.map(\.keys)
        #expect(Set(keys).count == keys.count, "rows are unique")
    }
}
