import TallyCore
import TallyExport
import Testing

/// TallyCore's results are values; these are the words TallyExport gives them, in every output.
struct ResultWordsTests {
    static func period(_ text: String) -> Period { try! Period(parsing: text) }
    static func range(_ text: String) -> PeriodRange { try! PeriodRange(parsing: text) }
    static let coverage = range("2024-01-03..2025-12-14").days
    static let merge = RegionMerge(
        id: RegionMerge.ID(country: "Tajikistan", province: "Gorno-Badakhshan"),
        spellings: ["GBAO", "Gorno Badakhshan"], places: ["Khorog"])

    @Test(arguments: [
        (
            DataNote.columnsMapped(
                input: "a.csv",
                mappings: [InputSummary.MappedColumn(name: "Province", column: .region)]),
            "a.csv: read column Province as region"
        ),
        (
            .columnsIgnored(input: "a.jsonl", format: .jsonLines, columns: ["lat", "lon"]),
            "a.jsonl: ignored unknown keys lat, lon"
        ),
        (
            .recordsRejected(
                rejected: 1_200, read: 10_000,
                first: Rejection(
                    file: "a.csv", line: 4, reason: "fatalities \"-3\" is negative", rawText: "")),
            "1,200 of 10,000 records rejected; first: a.csv:4: fatalities \"-3\" is negative"
        ),
        (.recordsRejected(rejected: 1, read: 2, first: nil), "1 of 2 records rejected"),
        (
            .regionsMerged(merge),
            "regions \"GBAO\" and \"Gorno Badakhshan\" counted as Gorno-Badakhshan (Tajikistan), another spelling of the same province; region \"Khorog\", a district or place in Gorno-Badakhshan (Tajikistan), counted under Gorno-Badakhshan"
        ),
        (
            .datesCoarserThanTable(records: 1, dimension: .week, example: period("2024")),
            "1 record is dated only to a period coarser than a week and counted under that period's own label (such as 2024), not spread over weeks"
        ),
        (
            .datesCoarserThanLatest(records: 2, latest: period("2024-12"), widest: period("2024")),
            "2 records are dated only to a period that includes 2024-12 (such as 2024) and not counted in it"
        ),
        (
            .periodsPartlyCovered(
                [period("2024-01"), period("2025-12")], coverage: coverage,
                isCoverageDeclared: false),
            "the records read span 2024-01-03 to 2025-12-14: 2024-01 and 2025-12 are only partly covered, so their figures count only those days"
        ),
        (
            .recordsOverlappingRange(records: 1, range: range("2024-12")),
            "1 record overlaps 2024-12 without lying inside it (dated only to a coarser period) and is left out"
        ),
        (
            .onSide(.current, .recordsOverlappingRange(records: 3, range: range("2025"))),
            "current: 3 records overlap 2025 without lying inside it (dated only to a coarser period) and are left out"
        ),
        (
            .sidePartlyCovered(
                .base, period: range("2024"), coverage: coverage, isCoverageDeclared: true),
            "the base period 2024 is only partly covered by the coverage declared (2024-01-03 to 2025-12-14): its figures count only the days covered, and its rate divides them by all of its days"
        ),
        (
            .monthPartlyCovered(
                period("2025-12"), coveredDays: 14, coverageEnd: coverage.upperBound,
                isCoverageDeclared: false),
            "the records read end 2025-12-14: 2025-12 is only partly covered: its figures count its first 14 days, and its changes still divide them by all 31"
        ),
        (
            .monthRecordsDatedOnlyTo(.week, records: 1, monthRecords: 1_500),
            "1 of the month's 1,500 records is dated only to the week"
        ),
        (
            .recordsNotCountedInMonth(records: 4, period: period("2025"), month: period("2025-12")),
            "4 records are dated only to 2025 and not counted in 2025-12"
        ),
    ])
    func `every data note reads as one sentence`(note: DataNote, sentence: String) {
        #expect(note.sentence == sentence)
    }

    @Test func `a signal names what was exceeded, by how much and over which window`() {
        let highest = Signal(
            place: .region(country: "Tajikistan", region: "Khatlon"), metric: .fatalities,
            value: 1_234,
            kind: .highest(
                windowMonths: 36, previousHigh: 1_000, previousHighMonth: Self.period("2025-11")))
        #expect(highest.placeName == "Khatlon (Tajikistan)")
        #expect(
            highest.sentence
                == "1,234 fatalities, the most in 36 months: above the previous high of 1,000 in November 2025"
        )
        let first = Signal(
            place: .allRegions, metric: .incidents, value: 1,
            kind: .highest(windowMonths: 12, previousHigh: 0, previousHighMonth: nil))
        #expect(first.placeName == "All regions")
        #expect(
            first.sentence == "1 incident, the most in 12 months: none in the previous 11 months")
        let rate = Signal(
            place: .region(country: "Tajikistan", region: "(unknown)"), metric: .incidents,
            value: 2,
            kind: .aboveRate(
                months: 12, previousTotal: 1, rateRatio: 23.46, interval: 1.23...1389.34,
                pValue: 0.0172))
        #expect(
            rate.sentence
                == "2 incidents against a mean of 0.1 a month over the previous 12 months (daily rate ratio 23.5, 95% CI 1.2–1389.3, p = 0.017)"
        )
        #expect(rate.placeName == "Tajikistan, province not given", "never (unknown) (Tajikistan)")
        var tiny = rate
        tiny.kind = .aboveRate(
            months: 12, previousTotal: 0, rateRatio: 40, interval: 5...300, pValue: 0.0004)
        #expect(tiny.sentence.hasSuffix("p < 0.001)"))
    }

    @Test func `metrics are named for readers, with their nouns`() {
        #expect(Metric.allCases.map(\.columnName) == Metrics.columnNames)
        #expect(ReaderLabel.metric(.fatalitiesMilitants) == "militants")
        #expect(ReaderLabel.metric(.incidents) == "incidents")
        #expect(ReaderLabel.headline(.measureType("outpost_opened")) == "Outpost opened")
        #expect(ReaderLabel.count(1, of: .fatalities) == "1 fatality")
        #expect(ReaderLabel.count(12_000, of: .outposts) == "12,000 outposts")
    }

    @Test func `a region matching no province is named with the likely one`() {
        let region = UnknownRegion(country: "Tajikistan", region: "Khatlonn", records: 1)
        #expect(
            region.sentence
                == "region \"Khatlonn\" (Tajikistan, 1 record) matches no province of Tajikistan (did you mean Khatlon?); it is counted as written"
        )
    }
}
