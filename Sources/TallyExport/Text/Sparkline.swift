/// A series of counts drawn as a row of block characters, one per value: `▁▁▃▄█`.
public enum Sparkline {
    /// The eight levels, lowest first.
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled to the largest value of the series.
    ///
    /// 0 (or less) draws `▁` and the largest value draws `█`. Any other positive value draws the
    /// level ⌈value × 7 ÷ largest⌉ of 0...7, never the lowest: a month with one incident never
    /// looks like a month with none. A series without a positive value is all `▁`; an empty
    /// series draws nothing.
    ///
    /// - Complexity: O(*n*) for *n* values.
    public static func draw(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        guard largest > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(
            values.map { value in
                guard value > 0 else { return blocks[0] }
                let level = (Double(value) * 7 / Double(largest)).rounded(.up)
                return blocks[min(7, max(1, Int(level)))]
            })
    }
}
