import Testing

@testable import TallyCore

struct PeriodTests {
    @Test func `weeks run Saturday to Friday and are labelled by their Saturday`() throws {
        let friday = try #require(CivilDate(year: 2024, month: 12, day: 20))
        let saturday = try #require(CivilDate(year: 2024, month: 12, day: 21))
        #expect(Period(.week, containing: friday).description == "2024-12-14")
        #expect(Period(.week, containing: saturday).description == "2024-12-21")
        #expect(Period(.week, containing: saturday).end.isoString == "2024-12-27")
    }

    @Test(arguments: [
        ("2024", "2024", 366), ("2024-Q4", "2024-Q4", 92), ("2024-02", "2024-02", 29),
        ("2023-02", "2023-02", 28),
        ("2024-12-25", "2024-12-25", 1), ("2024-q1", "2024-Q1", 91),
    ])
    func `periods parse, label and measure themselves`(
        text: String, label: String, days: Int
    ) throws {
        let period = try Period(parsing: text)
        #expect(period.description == label)
        #expect(period.dayCount == days)
    }

    @Test(arguments: ["2024-13", "2024-Q5", "24", "2024-02-30", "December", "2024-12-25-01"])
    func `malformed periods are refused with a sentence`(text: String) {
        #expect(throws: PeriodSyntaxError.self) { try Period(parsing: text) }
    }

    @Test func `ranges are inclusive and may mix kinds`() throws {
        let range = try PeriodRange(parsing: "2024-01..2024-Q2")
        #expect(range.days.lowerBound.isoString == "2024-01-01")
        #expect(range.days.upperBound.isoString == "2024-06-30")
        #expect(throws: PeriodSyntaxError.self) { try PeriodRange(parsing: "2024-06..2024-01") }
    }

    @Test
    func `periods order chronologically, a coarser period before finer ones that start with it`()
        throws
    {
        let labels = ["2024-02", "2024", "2023-12-30", "2024-01", "2024-Q1", "2023"]
        let sorted = try labels.map { try Period(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["2023", "2023-12-30", "2024", "2024-Q1", "2024-01", "2024-02"])
    }

    @Test func `day numbers round-trip over the whole valid range`() {
        var day = CivilDate(year: 1900, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: 2100, month: 12, day: 31)!.dayNumber
        while day <= last {
            let (y, m, d) = CivilDate(dayNumber: day).components
            #expect(CivilDate(year: y, month: m, day: d)?.dayNumber == day)
            day += 17
        }
    }
}
