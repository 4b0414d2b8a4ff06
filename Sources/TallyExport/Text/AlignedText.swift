internal import TallyCore

/// Aligned columns for terminal text: left-aligned labels, right-aligned figures, a rule under
/// the heading, two spaces between columns, no trailing spaces.
struct AlignedText {
    var headings: [String]
    /// How many leading columns are labels (left-aligned); the rest are figures.
    var labelColumns: Int
    var rows: [[String]] = []

    /// The lines of the table.
    func lines() -> [String] {
        var widths = headings.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func render(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                parts.append(index < labelColumns ? cell + padding : padding + cell)
            }
            var line = parts.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        return [
            render(headings),
            widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "),
        ]
            + rows.map(render)
    }
}

/// Numbers written for people.
enum HumanNumber {
    /// `value` with `digits` decimals, rounded half away from zero: `1.21`.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var text = String(whole)
        if digits > 0 {
            let fraction = String(scaled % Int(scale))
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// A p-value for reading: `0.013`, `<0.001`.
    static func pValue(_ value: Double) -> String {
        value < 0.001 ? "<0.001" : fixed(value, digits: 3)
    }

    /// A signed whole number with a true minus sign: `+3`, `−2`, `0`.
    static func signed(_ value: Int) -> String {
        value > 0 ? "+" + value.groupedDigits : value < 0 ? "−" + (-value).groupedDigits : "0"
    }
}
