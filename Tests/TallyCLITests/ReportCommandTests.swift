import Foundation
import TallyTestSupport
import Testing

struct ReportCommandTests {
    static let input = TallyBinary.packageRoot.appendingPathComponent(
        "Tests/TallyExportTests/Golden/report-input.csv"
    ).path

    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func `report writes the month's four files and prints the summary`() throws {
        let out = Fixtures.folder() + "/reports"
        let outcome = try TallyBinary.run(["report", "-i", Self.input, "--out", out])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("Tally monthly report — December 2025\n"))
        for file in ["summary.txt", "by-region.csv", "report.xlsx", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/2025-12/\(file)"), "\(file)")
        }
        let page = try String(contentsOfFile: "\(out)/2025-12/report.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Tally monthly report — December 2025</title>"))
        #expect(
            try String(contentsOfFile: "\(out)/2025-12/summary.txt", encoding: .utf8)
                == outcome.stdout)
        #expect(Self.contents("\(out)/2025-12/report.xlsx")?.prefix(2) == Data("PK".utf8))
        #expect(outcome.stderr.contains("1 of 28 records rejected"))
    }

    @Test func `a month the inputs do not reach is refused, naming the period they cover`() throws {
        let out = Fixtures.folder() + "/reports"
        let outcome = try TallyBinary.run([
            "report", "-i", Self.input, "--out", out, "--month", "2026-03",
        ])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("the inputs cover"))
        #expect(outcome.stderr.contains("not 2026-03"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/2026-03"))
    }

    @Test func `with SOURCE_DATE_EPOCH two runs write byte-identical files`() throws {
        let folder = Fixtures.folder()
        for run in ["a", "b"] {
            let outcome = try TallyBinary.run(
                ["report", "-i", Self.input, "--out", "\(folder)/\(run)", "--month", "2025-11"],
                environment: ["SOURCE_DATE_EPOCH": "1767600000"])
            #expect(outcome.status == 0)
        }
        for file in ["summary.txt", "by-region.csv", "report.xlsx", "report.html"] {
            let a = Self.contents("\(folder)/a/2025-11/\(file)")
            #expect(a != nil && a == Self.contents("\(folder)/b/2025-11/\(file)"), "\(file)")
        }
    }

    @Test(arguments: [("csv", "by-region.csv"), ("html", "report.html")])
    func `--format chooses the files`(format: String, file: String) throws {
        let out = Fixtures.folder()
        let outcome = try TallyBinary.run([
            "report", "-i", Self.input, "--out", out, "--format", format,
        ])
        #expect(outcome.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/2025-12") == [file])
    }

    @Test(arguments: [
        (["report", "--month", "2025"], "is not a month"),
        (["report", "--format", "pdf"], "is not text, csv, xlsx or html"),
        (["export", "-o", "table.txt"], "write a .xlsx or a .csv file"),
        (["aggregate", "--format", "xlsx"], "name it with -o FILE.xlsx"),
    ])
    func `report and export usage errors exit 64`(arguments: [String], message: String) throws {
        let outcome = try TallyBinary.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test(arguments: [
        ["report", "-i", "/nonexistent/records.csv", "--out", "/proc/tally-cannot-write"],
        ["export", "-i", "/nonexistent/records.csv", "-o", "/nonexistent-folder/book.xlsx"],
        ["export", "-i", "/nonexistent/records.csv", "-o", "/nonexistent-folder/table.csv"],
        ["aggregate", "-i", "/nonexistent/records.csv", "-o", "/nonexistent-folder/table.xlsx"],
    ])
    func `an output that cannot be written exits 73 before the input is read`(
        arguments: [String]
    ) throws {
        let outcome = try TallyBinary.run(arguments)
        #expect(outcome.status == 73, "\(outcome.stderr)")
    }

    @Test func `export writes a workbook, and a guarded CSV of records`() throws {
        let folder = Fixtures.folder()
        let records = Fixtures.file(
            "date,country,region,category,type,notes\n"
                + "2025-01-02,Tajikistan,=cmd|' /C calc'!A0,incident,attack,\"+1+1\"\n"
                + "2025-01-03,Tajikistan,Khatlon,incident,attack,-2+3\n")
        let book = try TallyBinary.run([
            "export", "-i", records, "--records", "-o", folder + "/book.xlsx",
        ])
        #expect(book.status == 0, "\(book.stderr)")
        #expect(Self.contents(folder + "/book.xlsx")?.prefix(2) == Data("PK".utf8))

        let csv = try TallyBinary.run([
            "export", "-i", records, "--records", "-o", folder + "/records.csv", "--bom",
        ])
        #expect(csv.status == 0)
        let written = try #require(Self.contents(folder + "/records.csv"))
        #expect(written.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let text = String(decoding: written.dropFirst(3), as: UTF8.self)
        #expect(text.contains(",'=cmd|' /C calc'!A0,"))
        #expect(text.contains(",'+1+1,\n") && text.contains(",'-2+3,\n"))

        let open = try TallyBinary.run([
            "export", "-i", records, "--by", "region", "-o", folder + "/open.csv",
            "--no-formula-guard",
        ])
        #expect(open.status == 0)
        #expect(
            try String(contentsOfFile: folder + "/open.csv", encoding: .utf8).contains(
                "\n" + "Tajikistan,=cmd|' /C calc'!A0,"))
    }

    @Test func `aggregate writes a workbook with --format xlsx`() throws {
        let path = Fixtures.folder() + "/table.xlsx"
        let outcome = try TallyBinary.run([
            "aggregate", "-i", Self.input, "--by", "quarter,country", "-o", path,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Self.contents(path)?.prefix(2) == Data("PK".utf8))
    }
}
