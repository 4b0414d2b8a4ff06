import Foundation
import TallyTestSupport
import Testing

struct ExtractCommandTests {
    static let article = """
        Border guards repel intruders in Panj
        Tajik border guards clashed with armed intruders in Panj district on Sunday. Two intruders and one
        border guard were killed, officials said.
        Separately, President Rahmon opened three new border outposts in Khatlon.
        The post Border guards repel intruders in Panj appeared first on Asia-Plus.
        """

    @Test func `extract writes records that aggregate reads as they are`() throws {
        let folder = Fixtures.folder()
        let article = Fixtures.file(Self.article, name: "panj.txt")
        let extracted = try TallyBinary.run([
            "extract", article, "--published", "2025-03-12", "-o", folder + "/records.csv",
        ])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let table = try TallyBinary.run([
            "aggregate", "-i", folder + "/records.csv", "--by", "category", "--format", "csv",
        ])
        #expect(table.status == 0)
        #expect(table.stdout.contains("incident,1,1,3,2,1,0,0,0,0"))
        #expect(table.stdout.contains("measure,1,0,0,0,0,0,0,3,3"))
        let csv = try String(contentsOfFile: folder + "/records.csv", encoding: .utf8)
        #expect(csv.contains("panj-1,2025-03-09,day,Tajikistan,Khatlon"))
        #expect(csv.contains("Asia-Plus"))
    }

    @Test func `each article takes its own publication date from the command line or a manifest`()
        throws
    {
        let folder = Fixtures.folder()
        let first = folder + "/panj.txt"
        let second = folder + "/panj-later.txt"
        try Self.article.write(toFile: first, atomically: true, encoding: .utf8)
        try Self.article.write(toFile: second, atomically: true, encoding: .utf8)
        let outcome = try TallyBinary.run([
            "extract", first, second, "--no-dedupe", "--published", "2025-03-12",
            "--published", "panj-later.txt=2025-04-09",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("panj-1,2025-03-09,day"))
        #expect(outcome.stdout.contains("panj-later-1,2025-04-06,day"))
        let manifest = folder + "/articles.csv"
        try
            ("article,published,source,url\n"
            + "panj.txt,2025-03-12,Asia-Plus,https://example.org/a\n"
            + "panj-later.txt,2025-04-09,\"Avesta, Dushanbe\",https://example.org/b\n")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let listed = try TallyBinary.run([
            "extract", first, second, "--no-dedupe", "--manifest", manifest,
        ])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("panj-later-1,2025-04-06,day"))
        #expect(listed.stdout.contains("https://example.org/b"))
        let unknown = try TallyBinary.run(["extract", first, "--published", "other.txt=2025-03-12"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("other.txt is not one of the articles given"))
    }

    @Test func `a folder stands for the article files in it, in the order of their names`() throws {
        let folder = Fixtures.folder()
        let news = folder + "/news"
        try FileManager.default.createDirectory(
            atPath: news + "/older", withIntermediateDirectories: true)
        try Self.article.write(toFile: news + "/b-panj.txt", atomically: true, encoding: .utf8)
        try Self.article.write(toFile: news + "/a-panj.TXT", atomically: true, encoding: .utf8)
        try Self.article.write(
            toFile: news + "/older/c-panj.txt", atomically: true, encoding: .utf8)
        try "article,published\na-panj.TXT,2025-03-12\nb-panj.txt,2025-04-09\n".write(
            toFile: news + "/articles.csv", atomically: true, encoding: .utf8)
        try "notes".write(toFile: news + "/.hidden.txt", atomically: true, encoding: .utf8)
        let outcome = try TallyBinary.run([
            "extract", news + "/", "--no-dedupe", "--manifest", news + "/articles.csv",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // The manifest, the hidden file and the subfolder's article are not read.
        #expect(outcome.stderr.contains("from 2 articles"), "\(outcome.stderr)")
        let ids = outcome.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",").first.map(String.init) ?? ""
        }
        #expect(ids == ["a-panj-1", "a-panj-2", "b-panj-1", "b-panj-2"])
        let empty = folder + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let none = try TallyBinary.run(["extract", empty, "--published", "2025-03-12"])
        #expect(none.status == 66)
        #expect(none.stderr.contains("empty: a folder with no article file in it (.atom, .htm"))
    }

    @Test func `extract writes JSON Lines`() throws {
        let article = Fixtures.file(Self.article, name: "panj.txt")
        let outcome = try TallyBinary.run([
            "extract", article, "--published", "2025-03-12", "--format", "jsonl",
        ])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"fatalities\": 3") == true)
    }

    @Test func `without a publication date extract exits 65 and suggests --published`() throws {
        let article = Fixtures.file(Self.article, name: "panj.txt")
        let outcome = try TallyBinary.run(["extract", article])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("--published"))
        #expect(
            try TallyBinary.run(["extract", "/nonexistent.txt", "--published", "2025-03-12"]).status
                == 66)
        #expect(try TallyBinary.run(["extract", article, "--published", "March"]).status == 64)
    }

    @Test func `extract explains its decisions and writes a review workbook`() throws {
        let folder = Fixtures.folder()
        let article = Fixtures.file(Self.article, name: "panj.txt")
        let outcome = try TallyBinary.run([
            "extract", article, "--published", "2025-03-12", "--explain", "--review",
            folder + "/review.xlsx",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("id,date,"), "records on stdout")
        #expect(
            outcome.stderr.contains("== panj (published 2025-03-12"), "the explanation on stderr")
        #expect(outcome.stderr.contains("event 1 -> panj-1: incident armed_clash"))
        #expect(outcome.stderr.contains("> S1 Tajik border guards clashed"))
        let workbook = try #require(FileManager.default.contents(atPath: folder + "/review.xlsx"))
        #expect(workbook.prefix(2) == Data("PK".utf8))
        #expect(outcome.stdout.split(separator: "\n").first?.hasSuffix(",notes,flags") == true)
        let bad = try TallyBinary.run([
            "extract", article, "--published", "2025-03-12", "--review", folder + "/review.csv",
        ])
        #expect(bad.status == 64)
    }

    @Test func `a reviewed file keeps rejected records out of the counts, and says so`() throws {
        let folder = Fixtures.folder()
        let reviewed = Fixtures.file(
            """
            decision,id,date,country,category,type,fatalities_militants,flags
            ,a-1,2025-03-09,Tajikistan,incident,armed_clash,3,date_relative
            reject,a-2,2025-03,Tajikistan,measure,outpost_opened,0,
            maybe,a-3,2025-03,Tajikistan,measure,exercise,0,

            """, name: "reviewed.csv")
        let table = try TallyBinary.run([
            "aggregate", "-i", reviewed, "--by", "category", "--format", "csv", "--rejects",
            folder + "/rejects.csv",
        ])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("incident,1,1,3,3,0,0,0,0,0"))
        #expect(!table.stdout.contains("\nmeasure,"))
        let rejects = try String(contentsOfFile: folder + "/rejects.csv", encoding: .utf8)
        #expect(rejects.contains("the reviewer rejected it"))
        #expect(rejects.contains("is not accept or reject"))
    }
}
