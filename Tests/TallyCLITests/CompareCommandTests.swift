import Foundation
import TallyTestSupport
import Testing

struct CompareCommandTests {
    static let input = ReportCommandTests.input

    @Test func `compare prints totals and groups as text by default`() throws {
        let outcome = try TallyBinary.run([
            "compare", "2024-12", "2025-12", "-i", Self.input, "--by", "region",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("Tally comparison — 2025-12 against 2024-12\n"))
        let incidents = "incidents          2       12   ▲ +10   +500%    6.00"
        #expect(outcome.stdout.contains(incidents))
        #expect(outcome.stdout.contains("* p < 0.05"))
    }

    @Test func `a side the inputs do not reach shows no data, no change and no test, never zeros`()
        throws
    {
        let target = Fixtures.folder() + "/c.csv"
        let outcome = try TallyBinary.run([
            "compare", "2023-12", "2025-12", "-i", Self.input, "-o", target,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains(
                "the base period 2023-12 lies outside the records read (2024-11-12 to 2025-12-31)"))
        let csv = try String(contentsOfFile: target, encoding: .utf8)
        #expect(csv.contains("\nincidents,,12,,,,,,\n"))
        let text = try TallyBinary.run(["compare", "2023-12", "2025-12", "-i", Self.input])
        #expect(text.stdout.contains("incidents    no data       12       —       —"))
        // Declared coverage: the same month is inside it, so its zero is a count.
        let declared = try TallyBinary.run([
            "compare", "2023-12", "2025-12", "-i", Self.input, "--coverage", "2023-01..2025-12",
            "--format", "csv",
        ])
        #expect(declared.stdout.contains("\nincidents,0,12,12,,,,,"))
    }

    @Test func `compare writes CSV, JSON, XLSX and HTML`() throws {
        let folder = Fixtures.folder()
        for (format, file) in [
            ("csv", "c.csv"), ("json", "c.json"), ("xlsx", "c.xlsx"), ("html", "c.html"),
        ] {
            let outcome = try TallyBinary.run(
                [
                    "compare", "2024", "2025-01..2025-12", "-i", Self.input, "--format", format,
                    "-o", "\(folder)/\(file)",
                ])
            #expect(outcome.status == 0, "\(format): \(outcome.stderr)")
        }
        let csv = try String(contentsOfFile: folder + "/c.csv", encoding: .utf8)
        #expect(
            csv.hasPrefix(
                "metric,base,current,change,rate_change_pct,rate_ratio,rate_ratio_low,rate_ratio_high,p_value\nrecords,"
            ))
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: folder + "/c.json")))
        #expect((json as? [[String: Any]])?.count == 9)
        #expect(
            FileManager.default.contents(atPath: folder + "/c.xlsx")?.prefix(2) == Data("PK".utf8))
        let page = try String(contentsOfFile: folder + "/c.html", encoding: .utf8)
        #expect(page.contains("<title>Tally comparison — 2025-01..2025-12 against 2024</title>"))
        // A page written from the -o extension alone, and to standard output.
        let byExtension = try TallyBinary.run([
            "compare", "2024", "2025", "-i", Self.input, "-o", "\(folder)/by-name.html",
        ])
        #expect(byExtension.status == 0)
        #expect(
            try String(contentsOfFile: folder + "/by-name.html", encoding: .utf8).hasPrefix(
                "<!DOCTYPE html>"))
        let toStandardOutput = try TallyBinary.run([
            "compare", "2024", "2025", "-i", Self.input, "--format", "html",
        ])
        #expect(toStandardOutput.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test(arguments: [
        (["compare", "2024-13", "2025"], "names no month"),
        (["compare", "2024"], "Missing expected argument"),
        (["compare", "2024", "2025", "--by", "month"], "compare already splits time"),
        (["compare", "2024", "2025", "--format", "xlsx"], "name it with -o FILE.xlsx"),
    ])
    func `compare usage errors exit 64`(arguments: [String], message: String) throws {
        let outcome = try TallyBinary.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func `compare with a missing input exits 66`() throws {
        #expect(
            try TallyBinary.run(["compare", "2024", "2025", "-i", "/nonexistent.csv"]).status == 66)
    }
}
