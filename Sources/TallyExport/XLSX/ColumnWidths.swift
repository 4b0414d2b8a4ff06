/// Column widths computed from the content written (libxlsxwriter 1.1.4 has no autofit).
struct ColumnWidths {
    /// Width in characters per column: the longest content seen, plus padding, capped.
    private(set) var widths: [Int: Double] = [:]
    private var fixed: Set<Int> = []

    static let minimum = 6.0
    static let maximum = 60.0
    /// Rows measured: the widths of a long sheet are settled by its first rows, and measuring
    /// every cell of a million-row sheet would cost more than writing it.
    static let measuredRows = 2_000

    mutating func note(_ text: String, row: Int, column: Int, style: CellStyle) {
        guard row <= ColumnWidths.measuredRows, !fixed.contains(column) else { return }
        // The longest line counts; bold and titles are wider.
        var longest = 0
        var current = 0
        for character in text.prefix(200) {
            if character == "\n" {
                longest = max(longest, current)
                current = 0
            } else {
                current += 1
            }
        }
        longest = max(longest, current)
        let factor = style == .title ? 1.4 : (style == .bold || style == .header ? 1.1 : 1.0)
        widen(column, to: Double(longest) * factor + 2)
    }

    mutating func note(_ number: Double, row: Int, column: Int, style: CellStyle) {
        guard row <= ColumnWidths.measuredRows, !fixed.contains(column) else { return }
        let characters: Int
        switch style {
        case .date: characters = 10
        case .month: characters = 8
        case .percent: characters = 7
        default:
            let digits = String(Int(abs(number))).count
            characters = digits + (digits - 1) / 3 + (number < 0 ? 1 : 0)
        }
        widen(column, to: Double(characters) + 2)
    }

    mutating func fix(column: Int, width: Double) {
        fixed.insert(column)
        widths[column] = width
    }

    private mutating func widen(_ column: Int, to width: Double) {
        let capped = min(ColumnWidths.maximum, max(ColumnWidths.minimum, width))
        if capped > widths[column] ?? 0 { widths[column] = capped }
    }
}
