/// Columns aligned for a fixed-width font, a rule under the headings; the columns marked
/// `shrinks` narrow when the table is wider than a line, their text wrapping onto more lines.
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
        // A cell wider than its column wraps onto the lines below, never cut: a name is read
        // whole ("Districts of Republican / Subordination").
        func render(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map { index, cell in
                cell.wrapped(to: widths[index])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                let parts = wrapped.enumerated().map { index, lines in
                    let text = lineIndex < lines.count ? lines[lineIndex] : ""
                    let padding = String(repeating: " ", count: widths[index] - text.count)
                    return columns[index].alignment == .left ? text + padding : padding + text
                }
                var line = parts.joined(separator: Self.gap)
                while line.hasSuffix(" ") { line.removeLast() }
                return line
            }
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap)
        return render(columns.map(\.heading)) + [rule] + rows.flatMap(render)
    }
}

extension String {
    /// The text in lines of at most `width` characters, broken at spaces, a word longer than a
    /// line split; one line when it fits.
    func wrapped(to width: Int) -> [String] {
        guard count > width, width > 0 else { return [self] }
        var lines: [String] = []
        var line = ""
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !line.isEmpty && line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line = String(word)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    /// The text cut to `width` characters, its last one `…` when anything was cut.
    func truncated(to width: Int) -> String {
        count <= width ? self : prefix(Swift.max(0, width - 1)) + "…"
    }
}
