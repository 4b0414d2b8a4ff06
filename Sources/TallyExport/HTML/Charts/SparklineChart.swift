internal import TallyCore

/// A region's incidents per month as a row of small columns, scaled to its own busiest month:
/// the SVG counterpart of the text summary's ``Sparkline``.
struct SparklineChart {
    /// Incidents per month, oldest first.
    var values: [Int]
    /// The first and last month, for the label: `January 2025`, `December 2025`.
    var from: String
    var to: String

    /// The chart, labelled with every value for a screen reader.
    func markup() -> Markup {
        var out = Markup()
        let width = 78.0
        let height = 16.0
        let slot = width / Double(max(1, values.count))
        let largest = max(1, values.max() ?? 0)
        out.literal(
            "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 78 16\" ")
        out.trusted("preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
        out.text(
            "Incidents per month, \(from) to \(to): "
                + values.map(\.groupedDigits).joined(separator: ", "))
        out.literal("\">")
        out.empty("line", [("x1", "0"), ("x2", "78"), ("y1", "15.5"), ("y2", "15.5")])
        for (index, value) in values.enumerated() where value > 0 {
            let h = max(2, Double(value) / Double(largest) * (height - 1))
            out.empty(
                "rect",
                [
                    ("x", Markup.number(slot * Double(index) + slot * 0.15)),
                    ("y", Markup.number(height - h)), ("width", Markup.number(slot * 0.7)),
                    ("height", Markup.number(h)),
                ])
        }
        out.close("svg")
        return out
    }
}
