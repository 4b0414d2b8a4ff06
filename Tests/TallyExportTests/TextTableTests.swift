import Testing

@testable import TallyExport

struct TextTableTests {
    @Test func `a name wider than its column wraps onto the next line, never cut`() {
        var table = TextTable(headings: ["region", "incidents"], labelColumns: 1)
        table.rows = [
            ["Districts of Republican Subordination", "12"], ["Khatlon", "3"],
        ]
        let lines = table.lines(width: 26)
        #expect(lines.allSatisfy { $0.count <= 26 })
        #expect(!lines.joined().contains("…"))
        #expect(
            lines == [
                "region           incidents", "───────────────  ─────────",
                "Districts of            12", "Republican", "Subordination",
                "Khatlon                  3",
            ])
    }
}
