/// Columns aligned for a fixed-width font, a rule under the headings; the columns marked
/// `shrinks` give up characters (cut with `…`) when the table is wider than a line.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var heading: String
        var alignment: Alignment
        var shrinks = false
    }

    /// Columns narrower than this do not shrink further.
    static let narrowest = 12
    static let gap = "  "

    var columns: [Column]
    var rows: [[String]]

    init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// A table whose first `labelColumns` columns are left-aligned labels that may shrink, the
    /// rest right-aligned figures.
    init(headings: [String], labelColumns: Int) {
        columns = headings.enumerated().map { index, heading in
            Column(
                heading: heading, alignment: index < labelColumns ? .left : .right,
                shrinks: index < labelColumns)
        }
        rows = []
    }

    func lines(width: Int) -> [String] {
        var widths = columns.map(\.heading.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var excess = widths.reduce(Self.gap.count * (columns.count - 1), +) - width
        while excess > 0 {
            let shrinkable = columns.indices.filter {
                columns[$0].shrinks && widths[$0] > Self.narrowest
            }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        func render(_ cells: [String]) -> String {
            let parts = cells.enumerated().map { index, cell in
                let text = cell.truncated(to: widths[index])
                let padding = String(repeating: " ", count: widths[index] - text.count)
                return columns[index].alignment == .left ? text + padding : padding + text
            }
            var line = parts.joined(separator: Self.gap)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap)
        return [render(columns.map(\.heading)), rule] + rows.map(render)
    }
}

extension String {
    /// The text cut to `width` characters, its last one `…` when anything was cut.
    func truncated(to width: Int) -> String {
        count <= width ? self : prefix(Swift.max(0, width - 1)) + "…"
    }
}
