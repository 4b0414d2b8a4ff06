import TallyTestSupport
import Testing

@testable import TallyCore

struct SignalTests {
    static func report(_ rows: [String]) throws -> MonthlyReport {
        try MonthlyReporting.run(
            from: InputSet.resolve([Fixtures.file(Fixtures.csv(rows))]),
            options: ReadOptions(currentYear: 2026))
    }

    /// One incident a month in Khatlon from 2022 to November 2025, then ten in December 2025.
    static func quietThenBusy() -> [String] {
        var rows: [String] = []
        var month = Period(.month, containing: CivilDate(year: 2022, month: 1, day: 1)!)
        let last = Period(.month, containing: CivilDate(year: 2025, month: 11, day: 1)!)
        while month <= last {
            rows.append(Fixtures.incident([.date: month.start.isoString]))
            month = month.next
        }
        rows.append(Fixtures.incident([.date: "2025-12-10", .count: "10"]))
        return rows
    }

    @Test
    func
        `a month above three years of history is flagged, with the exact test against the last 12 months`()
        throws
    {
        let report = try Self.report(Self.quietThenBusy())
        let highest = Signal.Kind.highest(
            windowMonths: 36, previousHigh: 1, previousHighMonth: try Period(parsing: "2025-11"))
        #expect(
            report.signals.contains(
                Signal(place: .allRegions, metric: .incidents, value: 10, kind: highest)))
        #expect(
            report.signals.contains(
                Signal(
                    place: .region(country: "Tajikistan", region: "Khatlon"), metric: .incidents,
                    value: 10, kind: highest)))
        // binomtest(10, 22, 31/(365+31)) over 2024-12..2025-11 (365 days) and December (31 days).
        let test = try #require(
            report.signals.first {
                if case .aboveRate = $0.kind { $0.place == .allRegions } else { false }
            })
        guard case .aboveRate(let months, let total, let ratio, let interval, let p) = test.kind
        else { return }
        #expect(months == 12 && total == 12 && test.value == 10)
        #expect(abs(ratio - (10.0 / 31) / (12.0 / 365)) < 1e-9)
        #expect(interval.lowerBound > 1 && interval.contains(ratio))
        #expect(p < 0.001)
        #expect(!report.signals.contains { $0.metric == .fatalities })
    }

    @Test func `a short history claims no more than it covers`() throws {
        let report = try Self.report([
            Fixtures.incident([.date: "2025-06-01"]),
            Fixtures.incident([.date: "2025-12-01", .count: "3"]),
        ])
        #expect(report.signals.isEmpty, "seven months of data cover neither 12 nor 36 months")
        let steady = try Self.report(
            Self.quietThenBusy().dropLast() + [Fixtures.incident([.date: "2025-12-10"])])
        #expect(steady.signals.isEmpty, "a month like the others is not a signal")
    }

    @Test func `the report's comparisons carry the exact test for counts only`() throws {
        let report = try Self.report(Self.quietThenBusy())
        let incidents = try #require(report.headline(.incidents))
        #expect(
            incidents.versusPreviousMonth.pValue != nil
                && incidents.versusPreviousMonth.isSignificant)
        #expect(
            report.headline(.fatalities)?.versusPreviousMonth.pValue == nil)
    }
}
