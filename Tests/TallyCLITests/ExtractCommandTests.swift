import Foundation
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
        let folder = Workspace.folder()
        let article = Workspace.file(Self.article, name: "panj.txt")
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

    @Test func `extract writes JSON Lines`() throws {
        let article = Workspace.file(Self.article, name: "panj.txt")
        let outcome = try TallyBinary.run([
            "extract", article, "--published", "2025-03-12", "--format", "jsonl",
        ])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"fatalities\": 3") == true)
    }

    @Test func `without a publication date extract exits 65 and suggests --published`() throws {
        let article = Workspace.file(Self.article, name: "panj.txt")
        let outcome = try TallyBinary.run(["extract", article])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("--published"))
        #expect(
            try TallyBinary.run(["extract", "/nonexistent.txt", "--published", "2025-03-12"]).status
                == 66)
        #expect(try TallyBinary.run(["extract", article, "--published", "March"]).status == 64)
    }
}
