import Foundation
import TallyTestSupport
import Testing

@testable import TallyCore

/// ACLED and UCDP GED exports read as inputs, recognised from their headers.
struct LayoutTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Layouts")
    static let research = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/research-data")

    static func read(_ name: String) throws -> ([Record], ReadAccounting, [Rejection]) {
        let collected = Collected()
        let options = ReadOptions(
            currentYear: 2026, onRejection: { collected.rejections.append($0) })
        let (records, accounting) = try RecordListing.records(
            from: InputSet.resolve([folder.appendingPathComponent(name).path]), options: options)
        return (records, accounting, collected.rejections)
    }

    @Test func `ACLED rows map to records: categories, types, precision, dates in every form`()
        throws
    {
        let (records, accounting, rejections) = try Self.read("acled-fixture.csv")
        #expect(accounting.inputs.first?.layout == .acled)
        #expect(accounting.read == 10 && accounting.accepted == 8)
        let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        #expect(byID["TJK101"]?.category == .incident && byID["TJK101"]?.type == "armed_clash")
        #expect(
            byID["TJK101"]?.region == "Khatlon"
                && byID["TJK101"]?.fatalities == Fatalities(unknown: 3))
        #expect(byID["TJK102"]?.type == "shelling_artillery_missile_attack")
        #expect(byID["TJK102"]?.date == CivilDate(year: 2024, month: 12, day: 16))
        #expect(
            byID["TJK103"]?.date == CivilDate(year: 2024, month: 12, day: 2)
                && byID["TJK103"]?.datePrecision == .week)
        #expect(byID["TJK104"]?.category == .measure && byID["TJK104"]?.type == "outpost_opened")
        #expect(byID["TJK104"]?.datePrecision == .month)
        #expect(byID["TJK105"]?.category == .measure && byID["TJK105"]?.type == "deployment")
        #expect(byID["TJK106"]?.category == .other && byID["TJK106"]?.region == "")
        #expect(byID["TJK107"]?.category == .other && byID["TJK107"]?.type == "peaceful_protest")
        #expect(byID["TJK108"]?.category == .incident && byID["TJK108"]?.type == "mob_violence")
        #expect(
            rejections.map(\.reason) == [
                "event_date \"0025-05-01\" has a year outside 1900 to 2027",
                "fatalities \"-2\" is negative",
            ])
    }

    @Test
    func `UCDP rows map to records: sides by government, precision by date_prec, best checked`()
        throws
    {
        let (records, accounting, rejections) = try Self.read("ucdp-fixture.csv")
        #expect(accounting.inputs.first?.layout == .ucdp)
        let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        // Government of Afghanistan's deaths are security; the Taleban's militants.
        #expect(byID["9001"]?.fatalities == Fatalities(militants: 5, security: 2, civilians: 1))
        #expect(
            byID["9001"]?.type == "armed_clash" && byID["9001"]?.region == "Badakhshan province")
        #expect(
            byID["9001"]?.actor1 == "Government of Afghanistan" && byID["9001"]?.source == "BBC")
        // Non-state: both sides militants; week precision.
        #expect(
            byID["9002"]?.fatalities == Fatalities(militants: 7, unknown: 1)
                && byID["9002"]?.datePrecision == .week)
        #expect(byID["9003"]?.type == "attack" && byID["9003"]?.datePrecision == .month)
        #expect(byID["9004"]?.datePrecision == .year && byID["9004"]?.region == "")
        // Kept on the record, outside the metrics.
        #expect(byID["9002"]?.dateEnd == CivilDate(year: 2021, month: 7, day: 26))
        #expect(byID["9001"]?.fatalitiesLow == 7 && byID["9001"]?.fatalitiesHigh == 9)
        #expect(
            rejections.map(\.reason) == [
                "best 5 differs from deaths_a + deaths_b + deaths_civilians + deaths_unknown = 4"
            ])
    }

    @Test func `canonical, ACLED and UCDP files aggregate together in one run`() throws {
        let canonical = Fixtures.file(Fixtures.csv([Fixtures.incident([.date: "2024-12-20"])]))
        let request = AggregationRequest(dimensions: [.country])
        let result = try Aggregation.run(
            request,
            from: InputSet.resolve([
                canonical, Self.folder.appendingPathComponent("acled-fixture.csv").path,
                Self.folder.appendingPathComponent("ucdp-fixture.csv").path,
            ]), options: ReadOptions(currentYear: 2026))
        #expect(result.accounting.inputs.map(\.layout) == [.canonical, .acled, .ucdp])
        #expect(
            result.table.summary == [
                "Afghanistan: 3 3 22 12 2 7 1 0 0", "Tajikistan: 10 6 8 1 1 0 6 2 1",
            ])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: research.path)))
    func `the real ACLED and UCDP samples read without rejections`() throws {
        for (file, count) in [
            ("acled_events_sample_argentina_326.csv", 326), ("ucdp_ged_sample_1000.csv", 1_000),
        ] {
            let path = Self.research.appendingPathComponent(file).path
            let result = try Aggregation.run(
                AggregationRequest(), from: InputSet.resolve([path]),
                options: ReadOptions(currentYear: 2026))
            #expect(result.accounting.read == count && result.accounting.rejected == 0, "\(file)")
        }
    }
}
