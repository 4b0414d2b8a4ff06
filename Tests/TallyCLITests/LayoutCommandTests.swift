import Foundation
import TallyTestSupport
import Testing

struct LayoutCommandTests {
    static let fixtures = TallyBinary.packageRoot.appendingPathComponent(
        "Tests/TallyCoreTests/Layouts")

    @Test func `validate names ACLED problems in ACLED's own columns`() throws {
        let outcome = try TallyBinary.run([
            "validate", "-i", Self.fixtures.appendingPathComponent("acled-fixture.csv").path,
        ])
        #expect(outcome.status == 65)
        #expect(
            outcome.stdout.contains(
                ":10: event_date \"0025-05-01\" has a year outside 1900 to 2027"))
    }

    @Test func `a canonical, an ACLED and a UCDP file aggregate together`() throws {
        let outcome = try TallyBinary.run([
            "aggregate", "-i", Self.fixtures.path, "-i", ReportCommandTests.input, "--by",
            "country", "--format", "csv",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("\nAfghanistan,"))
        #expect(outcome.stdout.contains("\nTajikistan,"))
        #expect(outcome.stderr.contains("records rejected"))
    }
}
