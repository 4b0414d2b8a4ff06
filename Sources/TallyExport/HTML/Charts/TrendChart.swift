internal import TallyCore

/// Incidents and fatalities per month as two panels of columns over one time axis, in inline
/// SVG with a title and a description that states every value.
///
/// Two panels rather than two axes on one: fatalities run to many times the incidents, and a
/// second scale on one chart invites reading one series against the other's axis.
struct TrendChart {
    /// One month's figures, oldest first.
    var months: [(period: Period, incidents: Int, fatalities: Int)]

    private static let width = 720.0
    private static let panelHeight = 110.0
    private static let left = 40.0
    private static let right = 8.0
    private static let top = 22.0
    private static let gap = 34.0

    /// The chart's SVG, its title and description naming every month.
    func markup(id: String) -> Markup {
        var out = Markup()
        guard let first = months.first?.period, let last = months.last?.period else { return out }
        let height = Self.top + 2 * Self.panelHeight + Self.gap + 34
        out.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"),
                ("viewBox", "0 0 \(Markup.number(Self.width)) \(Markup.number(height))"),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ])
        out.element(
            "title", [("id", "\(id)-title")],
            "Incidents and fatalities per month, \(first.name) to \(last.name)")
        out.element(
            "desc", [("id", "\(id)-desc")],
            "Two column charts over the same months. Incidents: "
                + months.map { "\($0.period.shortName) \($0.incidents)" }.joined(separator: ", ")
                + ". Fatalities: "
                + months.map { "\($0.period.shortName) \($0.fatalities)" }.joined(separator: ", ")
                + ".")
        panel(
            &out, name: "Incidents", className: "incidents", top: Self.top,
            values: months.map(\.incidents))
        panel(
            &out, name: "Fatalities", className: "fatalities",
            top: Self.top + Self.panelHeight + Self.gap, values: months.map(\.fatalities))
        // Month labels under the second panel: every third month, and the last.
        let baseline = Self.top + 2 * Self.panelHeight + Self.gap
        for (index, month) in months.enumerated()
        where index % 3 == (months.count - 1) % 3 {
            let x = Self.left + slot * (Double(index) + 0.5)
            let (year, monthNumber, _) = month.period.start.components
            out.element(
                "text",
                [
                    ("x", Markup.number(x)), ("y", Markup.number(baseline + 14)),
                    ("text-anchor", "middle"),
                ],
                String(month.period.shortName.prefix(3)))
            if monthNumber <= 3 || index == months.count - 1 || index < 3 {
                out.element(
                    "text",
                    [
                        ("x", Markup.number(x)), ("y", Markup.number(baseline + 27)),
                        ("text-anchor", "middle"),
                    ],
                    String(year))
            }
        }
        out.close("svg")
        return out
    }

    /// The width of one month's slot.
    private var slot: Double {
        (Self.width - Self.left - Self.right) / Double(max(1, months.count))
    }

    private func panel(
        _ out: inout Markup, name: String, className: String, top: Double, values: [Int]
    ) {
        let scale = TrendChart.scale(for: values.max() ?? 0)
        let bottom = top + Self.panelHeight
        out.element(
            "text", [("x", "0"), ("y", Markup.number(top - 8)), ("font-weight", "600")],
            "\(name) per month")
        for tick in scale.ticks {
            let y = bottom - Double(tick) / Double(scale.top) * Self.panelHeight
            out.empty(
                "line",
                [
                    ("class", tick == 0 ? "axis" : "grid"), ("x1", Markup.number(Self.left)),
                    ("x2", Markup.number(Self.width - Self.right)), ("y1", Markup.number(y)),
                    ("y2", Markup.number(y)),
                ])
            out.element(
                "text",
                [
                    ("x", Markup.number(Self.left - 6)), ("y", Markup.number(y + 4)),
                    ("text-anchor", "end"),
                ],
                tick.groupedDigits)
        }
        for (index, value) in values.enumerated() where value > 0 {
            let h = Double(value) / Double(scale.top) * Self.panelHeight
            out.open("g")
            out.element("title", [], "\(months[index].period.name): \(value.groupedDigits)")
            out.empty(
                "rect",
                [
                    ("class", className),
                    ("x", Markup.number(Self.left + slot * Double(index) + slot * 0.15)),
                    ("y", Markup.number(bottom - h)), ("width", Markup.number(slot * 0.7)),
                    ("height", Markup.number(h)),
                ])
            out.close("g")
        }
        // The month reported on carries its figure.
        if let last = values.last {
            let h = Double(last) / Double(scale.top) * Self.panelHeight
            out.element(
                "text",
                [
                    ("x", Markup.number(Self.left + slot * (Double(values.count) - 0.5))),
                    ("y", Markup.number(bottom - h - 4)), ("text-anchor", "middle"),
                    ("font-weight", "700"),
                ], last.groupedDigits)
        }
    }

    /// A round top for an axis whose largest value is `largest`, and three or four ticks.
    static func scale(for largest: Int) -> (top: Int, ticks: [Int]) {
        guard largest > 0 else { return (1, [0, 1]) }
        var step = 1
        while true {
            for multiple in [1, 2, 5] where step * multiple * 4 >= largest {
                let top = ((largest + step * multiple - 1) / (step * multiple)) * step * multiple
                return (top, Array(stride(from: 0, through: top, by: step * multiple)))
            }
            step *= 10
        }
    }
}
