internal import TallyCore

/// How a page writes a ``MetricChange``: the base figure, the change with an arrow, the change in
/// daily rate, and a mark when the exact test finds the rates different. The arrow and the words
/// carry the direction, never colour alone.
enum ChangeMarkup {
    /// Three cells: the base figure, the change and the rate change; `no data` and dashes for a
    /// period the inputs do not reach.
    static func cells(_ change: MetricChange, into out: inout Markup) {
        guard change.hasData else {
            out.element("td", [("class", "num nodata")], "no data")
            out.element("td", [("class", "num")], "—")
            out.element("td", [("class", "num")], "—")
            return
        }
        out.element("td", [("class", "num")], change.base.groupedDigits)
        out.element("td", [("class", "num")], arrowed(change.change))
        out.open("td", [("class", "num")])
        out.text(ratePercent(change))
        mark(change, into: &out)
        out.close("td")
    }

    /// `▲ +3`, `▼ −2`, `0`.
    static func arrowed(_ change: Int) -> String {
        change > 0
            ? "▲ " + HumanNumber.signed(change)
            : change < 0 ? "▼ " + HumanNumber.signed(change) : "0"
    }

    /// The change in daily rate as a whole percent (`+287%`), `—` when the base is 0.
    static func ratePercent(_ change: MetricChange) -> String {
        change.changePercent.map { HumanNumber.signed(Int($0.rounded())) + "%" } ?? "—"
    }

    /// ` *` with its meaning for a screen reader and in a tooltip, when the test rejects equal
    /// rates at 5%.
    static func mark(_ change: MetricChange, into out: inout Markup) {
        guard change.isSignificant, let p = change.pValue else { return }
        out.element(
            "span",
            [
                ("class", "sig"),
                ("title", "p = \(HumanNumber.pValue(p)): beyond ordinary variation"),
            ],
            " *")
        out.element(
            "span", [("class", "visually-hidden")], " (significant, p = \(HumanNumber.pValue(p)))")
    }

    /// A figure's change in a sentence fragment: `▼ 3 from Nov 2025 (−52%)`, or `no data for …`.
    static func phrase(_ change: MetricChange, against base: String, into out: inout Markup) {
        guard change.hasData else {
            out.text("no data for \(base)")
            return
        }
        let arrow = change.change > 0 ? "▲ " : change.change < 0 ? "▼ " : ""
        out.text(
            "\(arrow)\(HumanNumber.signed(change.change)) against \(base)"
                + (change.changePercent.map { " (rate \(HumanNumber.signed(Int($0.rounded())))%)" }
                    ?? ""))
        mark(change, into: &out)
    }
}
