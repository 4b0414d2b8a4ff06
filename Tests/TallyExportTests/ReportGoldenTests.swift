import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

/// The monthly report's text and region CSV against their golden files, over one fixed input:
/// `Golden/report-input.csv`, December 2025 beside November 2025 and December 2024.
struct ReportGoldenTests {
    static let inputPath = GoldenFile.folder.appendingPathComponent("report-input.csv").path
    static let shownPath = "Golden/report-input.csv"

    /// The report of the fixed input. The input's absolute path differs between machines, so the
    /// report names it `Golden/report-input.csv` wherever it appears.
    static func report(month: Period? = nil) throws -> MonthlyReport {
        var report = try MonthlyReporting.run(
            month: month, from: InputSet.resolve([inputPath]),
            options: ReadOptions(currentYear: 2026))
        for index in report.accounting.inputs.indices {
            report.accounting.inputs[index].path = shownPath
        }
        report.notes = report.notes.map { $0.naming(input: inputPath, as: shownPath) }
        return report
    }

    static func summary(_ report: MonthlyReport) -> String {
        // 2026-01-05 09:00 UTC.
        SummaryTextEmitter(context: EmissionContext(version: "1.0.0", generatedAt: 1_767_603_600))
            .text(report)
    }

    static func month(_ year: Int, _ month: Int) -> Period {
        Period(.month, containing: CivilDate(year: year, month: month, day: 1)!)
    }

    /// The cells of the summary line that starts with `label`, split at runs of spaces.
    static func cells(of label: String, in summary: String) -> [String]? {
        summary.split(separator: "\n").first { $0.hasPrefix(label + " ") }.map {
            $0.split(separator: " ").map(String.init)
        }
    }

    @Test func `summary.txt matches its golden file`() throws {
        try GoldenFile.check(Self.summary(try Self.report()), against: "summary.txt")
    }

    @Test func `by-region.csv matches its golden file`() throws {
        try GoldenFile.check(
            TableCSVEmitter().text(try Self.report().byRegion), against: "by-region.csv")
    }

    @Test func `the latest month with data is reported, with what was read`() throws {
        let summary = Self.summary(try Self.report())
        #expect(summary.hasPrefix("Tally monthly report — December 2025\n"))
        #expect(summary.contains("Records    28 read, 27 accepted, 1 rejected\n"))
        #expect(summary.contains("Dates      2024-11-12 to 2025-12-31\n"))
        #expect(summary.contains("Generated  2026-01-05 09:00 UTC by Tally 1.0.0\n"))
    }

    @Test func `headline figures stand beside the previous month and a year earlier`() throws {
        let summary = Self.summary(try Self.report())
        // this month, Nov 2025, change, rate %, Dec 2024, change, rate % (* when the exact test
        // rejects equal rates); rate % is the change in daily rate: 12 in December's 31 days
        // against 3 in November's 30 is 12/31 ÷ 3/30 = 3.87, +287 %, not the +300 % of the counts.
        #expect(
            Self.cells(of: "incidents", in: summary)
                == ["incidents", "12", "3", "+9", "+287%*", "2", "+10", "+500%*"])
        #expect(
            Self.cells(of: "fatalities", in: summary)
                == ["fatalities", "28", "4", "+24", "+577%", "8", "+20", "+250%"])
        #expect(
            Self.cells(of: "  militants", in: summary)
                == ["militants", "11", "1", "+10", "+965%", "2", "+9", "+450%"])
        #expect(
            Self.cells(of: "  unknown", in: summary)
                == ["unknown", "3", "0", "+3", "—", "5", "−2", "−40%"])
        #expect(
            Self.cells(of: "Checkpoint opened", in: summary)
                == ["Checkpoint", "opened", "0", "1", "−1", "−100%", "0", "0", "—"])
    }

    @Test func `regions are listed by incidents, most first, ties by country and region`() throws {
        let summary = Self.summary(try Self.report())
        let regionLines = summary.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("country") }.dropFirst(2).prefix { !$0.isEmpty }
            .map { $0.split(separator: " ").map(String.init) }
        #expect(
            regionLines == [
                ["Tajikistan", "Khatlon", "6", "6", "0", "0", "▁▁▁▁▁▄▁▁▁▃▄█"],
                ["Afghanistan", "Badakhshan", "4", "14", "0", "0", "▁▁▁▁▁▁▁▁▁▁▃█"],
                ["Kyrgyzstan", "Batken", "1", "7", "1", "0", "▁▁▁▁▁▁▁▁▁█▁█"],
                ["Tajikistan", "Gorno-Badakhshan", "1", "1", "4", "4", "▁▁▁▁▁▁▁▁▁▁▁█"],
                ["Afghanistan", "(unknown)", "0", "0", "0", "0", "▁▁▁▁▁▁▁▁▁█▁▁"],
            ])
    }

    @Test func `notable events give place, type as a reader names it, count, deaths and source`()
        throws
    {
        let summary = Self.summary(try Self.report())
        #expect(
            summary.contains(
                "2025-12-19  Khwahan, Badakhshan, Afghanistan · Armed clash ×3 · "
                    + "12 killed: 9 militants, 3 security\n            source: Pajhwok\n"))
        #expect(
            summary.contains(
                "2025-12     Khatlon, Tajikistan · Armed clash · 1 killed: 1 unknown · "
                    + "source: Asia-Plus\n"))
        #expect(
            summary.contains(
                "2025-12-22  Murghab, Gorno-Badakhshan, Tajikistan · Outpost opened ×4 · no deaths")
        )
    }

    @Test(arguments: [nil, month(2025, 8), month(2025, 3)])
    func `no line of the summary is longer than 100 characters`(month: Period?) throws {
        let lines = Self.summary(try Self.report(month: month)).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= SummaryTextEmitter.lineWidth })
    }

    @Test func `long names, notes and figures in the billions still fit in 100 characters`() throws
    {
        var report = try Self.report()
        let long = String(repeating: "Very long name ", count: 12)
        report.regions[0].region = long
        report.regions[0].country = long
        var first = report.notableEvents[0]
        first.location = long
        first.notes = long + "\n" + long
        first.source = long
        report.notableEvents = PackedRecords([first] + report.notableEvents.dropFirst())
        report.accounting.inputs[0].path = "/" + String(repeating: "folder/", count: 20) + "in.csv"
        report.notes.append(
            .columnsIgnored(
                input: long + String(repeating: "ж", count: 150) + " " + long, format: .csv,
                columns: ["extra"]))
        report.measuresByType[0].subject = .measureType(long)
        report.headline[0].versusPreviousMonth = .between(
            base: 1_000_000_000, current: 4_000_000_000, baseDays: 30, currentDays: 31,
            isCount: true)
        report.headline[0].versusYearAgo = .between(
            base: 1, current: 4_000_000_000, baseDays: 31, currentDays: 31, isCount: true)
        let summary = Self.summary(report)
        let lines = summary.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= SummaryTextEmitter.lineWidth })
        #expect(summary.contains("Inputs     …"))
        #expect(summary.contains("/folder/in.csv\n"))
        // A word longer than a line is split over lines, never cut.
        #expect(summary.filter { $0 == "ж" }.count == 150)
    }

    @Test func `a month without records inside the inputs' period renders with zeros and says so`()
        throws
    {
        let report = try Self.report(month: Self.month(2025, 8))
        let summary = Self.summary(report)
        #expect(summary.hasPrefix("Tally monthly report — August 2025\n"))
        #expect(
            summary.contains(
                "No records are dated to August 2025: every figure for the month is 0."))
        // August 2024 is before the first record: no data, not zero.
        #expect(
            Self.cells(of: "records", in: summary)
                == ["records", "0", "0", "0", "—", "no", "data", "—", "—"])
        #expect(summary.contains("None: no incident with deaths and no measure in August 2025."))
        #expect(summary.contains("No measures in August 2025, July 2025 or August 2024."))
        var empty = report
        empty.regions = []
        #expect(
            Self.summary(empty).contains("No region has records in the 12 months to August 2025."))
    }

    @Test func `a month the inputs do not reach is refused, not reported as zeros`() throws {
        for month in [Self.month(2024, 6), Self.month(2026, 1)] {
            #expect(
                throws: ReportError.outsideCoverage(
                    month: month, first: CivilDate(year: 2024, month: 11, day: 12)!,
                    last: CivilDate(year: 2025, month: 12, day: 31)!)
            ) { try Self.report(month: month) }
        }
    }

    @Test(arguments: [
        ([], ""), ([0, 0, 0], "▁▁▁"), ([5], "█"), ([0, 1, 2, 6], "▁▃▄█"),
        ([0, 1, 100], "▁▂█"), ([7, 6, 5, 4, 3, 2, 1, 0], "█▇▆▅▄▃▂▁"), ([-3, 2], "▁█"),
    ])
    func `sparklines scale to the series' largest value`(values: [Int], drawn: String) {
        #expect(Sparkline.draw(values) == drawn)
    }
}
