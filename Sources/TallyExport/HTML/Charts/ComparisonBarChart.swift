internal import TallyCore

/// Incidents per group in two periods as pairs of horizontal bars, base above current, in inline
/// SVG with a title and a description that states every figure.
struct ComparisonBarChart {
    /// A group's label and its incidents in each period.
    var groups: [(label: String, base: Int, current: Int)]
    var base: String
    var current: String

    private static let width = 720.0
    private static let labelWidth = 200.0
    private static let row = 30.0
    private static let top = 30.0

    func markup(id: String) -> Markup {
        var out = Markup()
        let height = Self.top + Double(groups.count) * Self.row + 8
        let largest = max(1, groups.map { max($0.base, $0.current) }.max() ?? 0)
        let room = Self.width - Self.labelWidth - 40
        out.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"),
                ("viewBox", "0 0 \(Markup.number(Self.width)) \(Markup.number(height))"),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ])
        out.element("title", [("id", "\(id)-title")], "Incidents by group, \(base) and \(current)")
        out.element(
            "desc", [("id", "\(id)-desc")],
            "Pairs of bars, \(base) in grey above \(current) in blue: "
                + groups.map { "\($0.label) \($0.base) then \($0.current)" }.joined(separator: "; ")
                + ".")
        for (index, (name, className)) in [(base, "base"), (current, "incidents")].enumerated() {
            let x = Self.labelWidth + Double(index) * 150
            out.empty(
                "rect",
                [
                    ("class", className), ("x", Markup.number(x)), ("y", "6"), ("width", "12"),
                    ("height", "12"),
                ])
            out.element("text", [("x", Markup.number(x + 18)), ("y", "16")], name)
        }
        for (index, group) in groups.enumerated() {
            let y = Self.top + Double(index) * Self.row
            out.element(
                "text",
                [
                    ("x", Markup.number(Self.labelWidth - 8)), ("y", Markup.number(y + 16)),
                    ("text-anchor", "end"),
                ],
                group.label.count > 30 ? String(group.label.prefix(29)) + "…" : group.label)
            for (offset, value, className) in [
                (0.0, group.base, "base"), (12.0, group.current, "incidents"),
            ] {
                let w = Double(value) / Double(largest) * room
                out.empty(
                    "rect",
                    [
                        ("class", className), ("x", Markup.number(Self.labelWidth)),
                        ("y", Markup.number(y + 2 + offset)), ("width", Markup.number(max(w, 0.5))),
                        ("height", "11"),
                    ])
                out.element(
                    "text",
                    [
                        ("x", Markup.number(Self.labelWidth + w + 4)),
                        ("y", Markup.number(y + 11 + offset)),
                    ],
                    value.groupedDigits)
            }
        }
        out.empty(
            "line",
            [
                ("class", "axis"), ("x1", Markup.number(Self.labelWidth)),
                ("x2", Markup.number(Self.labelWidth)), ("y1", Markup.number(Self.top - 4)),
                ("y2", Markup.number(height - 4)),
            ])
        out.close("svg")
        return out
    }
}
