import Foundation
import TallyTestSupport
import Testing

struct CommandLineTests {
    static let mixed = Fixtures.file(
        Fixtures.shortHeader + "\n"
            + "a,2024-12-01,Tajikistan,Khatlon,incident,armed_clash,1,2\n"
            + "b,2024-12-02,Tajikistan,Khatlon,incident,attack,1,-3\n"
            + "c,2024-12-03,Tajikistan,Sughd,measure,outpost_opened,2,\n")

    @Test func `help teaches the commands and the exit codes`() throws {
        let outcome = try TallyBinary.run(["--help"])
        #expect(outcome.status == 0)
        for word in ["aggregate", "validate", "generate", "65 invalid data", "73 output"] {
            #expect(outcome.stdout.contains(word), "help mentions \(word)")
        }
    }

    @Test func `without -i the embedded datasets folder is read, from any working folder`() throws {
        let outcome = try TallyBinary.run(["aggregate", "--by", "year", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("year,records,incidents,fatalities") == true)
        #expect(lines.contains { $0.hasPrefix("2025,") })
    }

    @Test func `the default dataset is the real-report corpus, reviewed, with every source cited`()
        throws
    {
        let root = TallyBinary.packageRoot.path
        let sets = try FileManager.default.contentsOfDirectory(atPath: root + "/Evaluation")
            .filter { $0.hasPrefix("real-") }.sorted().map { root + "/Evaluation/" + $0 }
        let rebuilt = Fixtures.folder() + "/border-events.csv"
        let outcome = try TallyBinary.run(
            ["evaluate-extraction"] + sets + ["--reviewed-records", rebuilt])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let committed = root + "/datasets/border-events.csv"
        #expect(
            FileManager.default.contentsEqual(atPath: rebuilt, andPath: committed),
            "datasets/border-events.csv is what `make dataset` makes of the corpus; run it")
        let text = try String(contentsOfFile: committed, encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst()
        #expect(rows.count > 200)
        #expect(rows.allSatisfy { $0.contains("http") }, "every record names its report's address")
    }

    @Test func `aggregate counts the good records, and says on stderr how many were rejected`()
        throws
    {
        let outcome = try TallyBinary.run([
            "aggregate", "-i", Self.mixed, "--by", "region", "--format", "csv",
        ])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout == """
                country,region,records,incidents,fatalities,fatalities_militants,fatalities_security,fatalities_civilians,fatalities_unknown,measures,outposts
                Tajikistan,Khatlon,1,1,2,0,0,0,2,0,0
                Tajikistan,Sughd,1,0,0,0,0,0,0,2,2

                """)
        #expect(
            outcome.stderr.contains(
                "1 of 3 records rejected; first: \(Self.mixed):3: fatalities \"-3\" is negative"))
    }

    @Test func `--strict turns any rejection into exit 65 and writes nothing`() throws {
        let target = Fixtures.folder() + "/out.csv"
        let outcome = try TallyBinary.run(["aggregate", "-i", Self.mixed, "--strict", "-o", target])
        #expect(outcome.status == 65)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func `a run in which every record was rejected exits 65 and writes nothing`() throws {
        let rejected = Fixtures.file(
            Fixtures.shortHeader + "\n"
                + "a,2024-13-01,Tajikistan,Khatlon,incident,armed_clash,1,2\n"
                + "b,2024-12-02,Tajikistan,Khatlon,incident,attack,1,-3\n")
        for command in [
            ["aggregate", "--by", "month"], ["export"], ["compare", "2024-11", "2024-12"],
        ] {
            let target = Fixtures.folder() + "/out.csv"
            let outcome = try TallyBinary.run(command + ["-i", rejected, "-o", target])
            #expect(outcome.status == 65, "\(command)")
            #expect(outcome.stderr.contains("every record was rejected (2 of 2)"))
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test func `a misspelt subcommand is answered with the one it most likely meant`() throws {
        let outcome = try TallyBinary.run(["agregate", "--by", "month"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("did you mean 'aggregate'?"))
        #expect(try TallyBinary.run(["valdiate"]).stderr.contains("did you mean 'validate'?"))
    }

    @Test func `columns named as analysts name them are read, and a misspelt one is refused`()
        throws
    {
        let analysts = Fixtures.file(
            "id,Date,Country,Province,Category,Type,Killed\n"
                + "a,2024-12-01,Tajikistan,Khatlon,incident,armed_clash,2\n")
        let read = try TallyBinary.run([
            "aggregate", "-i", analysts, "--by", "region", "--format", "csv",
        ])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("Tajikistan,Khatlon,1,1,2,"))
        #expect(read.stderr.contains("read columns Province as region, Killed as fatalities"))
        let misspelt = Fixtures.file(
            "id,date,country,region,category,type,fatalites\n"
                + "a,2024-12-01,Tajikistan,Khatlon,incident,armed_clash,2\n")
        let refused = try TallyBinary.run(["validate", "-i", misspelt])
        #expect(refused.status == 65)
        #expect((refused.stdout + refused.stderr).contains("\"fatalites\" looks like fatalities"))
        let mapped = try TallyBinary.run([
            "aggregate", "-i", misspelt, "--by", "region", "--format", "csv", "--column",
            "fatalities=fatalites",
        ])
        #expect(mapped.stdout.contains("Tajikistan,Khatlon,1,1,2,"))
        let ignored = try TallyBinary.run([
            "aggregate", "-i", misspelt, "--format", "csv", "--ignore-column", "fatalites",
        ])
        #expect(ignored.status == 0)
        #expect(!ignored.stderr.contains("fatalites"))
    }

    @Test func `validate prints every rejection with file and line, a summary, and exits 65`()
        throws
    {
        let rejects = Fixtures.folder() + "/rejects.csv"
        let outcome = try TallyBinary.run(["validate", "-i", Self.mixed, "--rejects", rejects])
        #expect(outcome.status == 65)
        #expect(
            outcome.stdout == """
                \(Self.mixed):3: fatalities "-3" is negative
                checked 3 records in 1 input: 2 accepted, 1 rejected

                """)
        #expect(
            try String(contentsOfFile: rejects, encoding: .utf8) == """
                file,line,reason,record
                \(Self.mixed),3,"fatalities ""-3"" is negative","b,2024-12-02,Tajikistan,Khatlon,incident,attack,1,-3"

                """)
    }

    @Test func `validate exits 0 on valid data`() throws {
        let outcome = try TallyBinary.run(["validate"])
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.hasSuffix("0 rejected\n"))
    }

    @Test(arguments: [
        (["aggregate", "--by", "colour"], "cannot group by \"colour\""),
        (["aggregate", "--from", "2024-13"], "period \"2024-13\" names no month"),
        (["aggregate", "--where", "colour=red"], "--where cannot test \"colour\""),
        (["aggregate", "--by", "region", "--fill"], "--fill needs a time dimension"),
        (["aggregate", "--format", "xml"], "format"),
        (["generate"], "--records"),
        (["aggregate", "--threads", "0"], "--threads must be at least 1"),
    ])
    func `usage errors exit 64 with a message`(arguments: [String], message: String) throws {
        let outcome = try TallyBinary.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func `a missing input or an empty folder exits 66`() throws {
        let missing = try TallyBinary.run(["aggregate", "-i", "/nonexistent/records.csv"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/records.csv: no such file or folder"))
        let empty = try TallyBinary.run(["validate", "-i", Fixtures.folder()])
        #expect(empty.status == 66)
        #expect(empty.stderr.contains("holds no .csv, .tsv, .jsonl or .xlsx files"))
    }

    @Test func `a file that is not a records file exits 65 naming the file and line`() throws {
        let path = Fixtures.file("id,date,country\n1,2024-01-01,Tajikistan\n")
        let outcome = try TallyBinary.run(["aggregate", "-i", path])
        #expect(outcome.status == 65)
        #expect(
            outcome.stderr.contains(
                "\(path):1: the header lacks the required columns category, type"))
    }

    @Test func `an output that cannot be created exits 73 before any input is read`() throws {
        let outcome = try TallyBinary.run([
            "aggregate", "-i", "/nonexistent/records.csv", "-o", "/nonexistent-folder/out.csv",
        ])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("cannot create /nonexistent-folder/out.csv"))
        let rejects = try TallyBinary.run([
            "validate", "--rejects", "/nonexistent-folder/rejects.csv",
        ])
        #expect(rejects.status == 73)
    }

    @Test func `standard input is read with -i -, and -o FILE.json picks JSON`() throws {
        let target = Fixtures.folder() + "/table.json"
        let outcome = try TallyBinary.run(
            ["aggregate", "-i", "-", "--by", "country", "-o", target],
            stdin: "date,country,category,type\n2024-05-01,Kyrgyzstan,incident,shelling\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            try String(contentsOfFile: target, encoding: .utf8).hasPrefix(
                "[\n  {\"country\": \"Kyrgyzstan\", \"records\": 1,"))
    }

    @Test
    func `JSON Lines on standard input are recognised, and their rejections cite - and the line`()
        throws
    {
        let lines = [
            #"{"date": "2024-05-01", "country": "Kyrgyzstan", "category": "incident", "type": "shelling"}"#,
            #"{"date": "2024-05-02", "country": "Kyrgyzstan", "category": "incident", "type": "shelling", "count": 0}"#,
        ]
        let outcome = try TallyBinary.run(
            ["validate", "-i", "-"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(outcome.status == 65)
        #expect(outcome.stdout.hasPrefix("-:2: count \"0\""), "\(outcome.stdout)")
        #expect(
            outcome.stdout.hasSuffix("checked 2 records in 1 input: 1 accepted, 1 rejected\n"))
        let counted = try TallyBinary.run(
            ["aggregate", "-i", "-", "--by", "country", "--format", "csv"],
            stdin: lines[0] + "\n")
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(counted.stdout.hasSuffix("\nKyrgyzstan,1,1,0,0,0,0,0,0,0\n"))
    }

    @Test func `a large file read on several threads gives the table one thread gives`() throws {
        // Over the 8 MB below which files are read in one pass.
        let folder = Fixtures.folder()
        let made = try TallyBinary.run([
            "generate", "--records", "40000", "--seed", "4", "-o", folder + "/big.csv",
        ])
        #expect(made.status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: folder + "/big.csv")[.size]
        #expect((size as? Int ?? 0) > 8 << 20)
        let one = try TallyBinary.run(
            [
                "aggregate", "-i", "big.csv", "--by", "month,region", "--format", "csv",
                "--threads", "1",
            ], in: folder)
        let three = try TallyBinary.run(
            [
                "aggregate", "-i", "big.csv", "--by", "month,region", "--format", "csv",
                "--threads", "3",
            ], in: folder)
        #expect(one.status == 0 && three.status == 0)
        #expect(one.stdout.count > 1_000)
        #expect(three.stdout == one.stdout)
        #expect(three.stderr == one.stderr)
    }

    @Test func `generate is deterministic and writes records that validate`() throws {
        let folder = Fixtures.folder()
        let first = try TallyBinary.run([
            "generate", "--records", "300", "--seed", "9", "-o", folder + "/a.csv",
        ])
        let second = try TallyBinary.run([
            "generate", "--records", "300", "--seed", "9", "-o", folder + "/b.csv",
        ])
        #expect(first.status == 0 && second.status == 0)
        #expect(
            FileManager.default.contentsEqual(atPath: folder + "/a.csv", andPath: folder + "/b.csv")
        )
        let check = try TallyBinary.run(["validate", "-i", folder])
        #expect(
            check.stdout.hasSuffix("checked 600 records in 2 inputs: 600 accepted, 0 rejected\n"))
    }

    @Test func `the text table shows thousands separators and a totals line`() throws {
        let sample = Fixtures.folder() + "/sample.csv"
        let generated = try TallyBinary.run([
            "generate", "--records", "4000", "--seed", "2026", "-o", sample,
        ])
        #expect(generated.status == 0)
        let outcome = try TallyBinary.run([
            "aggregate", "-i", sample, "--by", "country", "--format", "text",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Total"))
        #expect(outcome.stdout.contains("4,000"))
    }
}
