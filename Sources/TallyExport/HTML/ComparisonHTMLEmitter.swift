public import TallyCore

/// A period comparison as one self-contained page (`tally compare --format html`): the totals
/// with their changes, rate ratios and exact tests, the changes in words, and, group by group, a
/// chart and a table, largest change in incidents first; grouped by region, a map of the border
/// provinces in the current period too. Built like ``ReportHTMLEmitter``'s page: no script, no
/// request, real tables, described charts, a print style for A4.
public struct ComparisonHTMLEmitter: TextEmitter {
    /// What it writes: a period comparison.
    public typealias Subject = PeriodComparison

    /// Groups drawn in the chart: those with the largest changes; the table has them all.
    static let chartedGroups = 20

    /// The time of generation and the version the page states.
    public var context: EmissionContext

    /// An emitter whose page states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// The page states the comparison's notes.
    public var includesNotes: Bool { true }

    /// The whole page.
    public func text(_ comparison: PeriodComparison) -> String {
        let base = comparison.base.description
        let current = comparison.current.description
        let title = "Tally comparison — \(current) against \(base)"
        var body = Markup()
        body.open("header")
        body.element("h1", [], title)
        body.open("dl", [("class", "about")])
        for (term, value) in [
            ("Base", "\(base), \(comparison.baseDays.groupedDigits) days"),
            ("Current", "\(current), \(comparison.currentDays.groupedDigits) days"),
            (
                "Records",
                "\(comparison.accounting.read.groupedDigits) read, \(comparison.accounting.accepted.groupedDigits) accepted, \(comparison.accounting.rejected.groupedDigits) rejected"
            ),
            ("Coverage", comparison.coverageDescription),
            ("Generated", "\(context.generatedAtText) by Tally \(context.version)"),
        ] {
            body.element("dt", [], term)
            body.element("dd", [], value)
        }
        body.close("dl")
        body.close("header")
        body.open("main")
        body.append(Self.totals(comparison))
        if !comparison.groups.isEmpty {
            body.append(Self.groups(comparison))
        }
        body.append(Self.notes(comparison))
        body.close("main")
        body.append(ReportHTMLEmitter.footer(context: context))
        return HTMLPage(
            title: title,
            summary:
                "Tally's comparison of security incidents, fatalities and measures: \(current) against \(base).",
            context: context
        ).render(body: body)
    }

    private static func totals(_ comparison: PeriodComparison) -> Markup {
        let base = comparison.base.description
        let current = comparison.current.description
        var out = Markup()
        out.open("section", [("id", "totals"), ("aria-labelledby", "totals-heading")])
        out.element("h2", [("id", "totals-heading")], "Totals")
        if let incidents = comparison.total(.incidents),
            let fatalities = comparison.total(.fatalities)
        {
            out.open("div", [("class", "words")])
            out.element(
                "p", [],
                ChangeSentence.sentences(
                    incidents: incidents, fatalities: fatalities, base: base))
            out.close("div")
        }
        out.open("div", [("class", "table-wrap")])
        out.open("table")
        out.element("caption", [], "Every metric, \(current) against \(base)")
        out.open("thead")
        out.open("tr")
        for (heading, numeric) in [
            ("metric", false), (base, true), (current, true), ("change", true), ("rate %", true),
            ("rate ratio (95% CI)", true), ("p", true),
        ] {
            out.element("th", [("scope", "col")] + (numeric ? [("class", "num")] : []), heading)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for metric in comparison.totals {
            let change = metric.change
            out.open("tr", metric.metric.isBreakdownOfFatalities ? [("class", "side")] : [])
            out.element("th", [("scope", "row")], ReaderLabel.metric(metric.metric))
            figure(change.base, change.baseHasData, into: &out)
            figure(change.current, change.currentHasData, into: &out)
            out.element(
                "td", [("class", "num")], change.hasData ? ChangeMarkup.arrowed(change.change) : "—"
            )
            out.element("td", [("class", "num")], ChangeMarkup.ratePercent(change))
            out.element("td", [("class", "num")], ratio(change))
            out.open("td", [("class", "num")])
            out.text(change.pValue.map(HumanNumber.pValue) ?? "—")
            ChangeMarkup.mark(change, into: &out)
            out.close("td")
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.element(
            "p", [("class", "muted")],
            "Rates are per day, so periods of different lengths compare fairly. * p < 0.05: the exact test of equal daily rates (conditional on the total) rejects them. Fatalities get no test: deaths come in clusters, and a Poisson test on them would mislead."
        )
        for side in comparison.uncoveredSides {
            out.element(
                "p", [],
                "No data: the \(side.rawValue) period lies outside the \(comparison.coverageDescription); its figures are shown as no data, with no change and no test."
            )
        }
        out.close("section")
        return out
    }

    private static func groups(_ comparison: PeriodComparison) -> Markup {
        let base = comparison.base.description
        let current = comparison.current.description
        let ordered = comparison.groupsByIncidentChange
        let dimensions = comparison.dimensions.map(\.rawValue).joined(separator: ", ")
        var out = Markup()
        out.open("section", [("id", "groups"), ("aria-labelledby", "groups-heading")])
        out.element("h2", [("id", "groups-heading")], "By \(dimensions)")
        if comparison.keyColumns == ["country", "region"] {
            let places = comparison.groups.map { group in
                BorderMap.Place(
                    country: group.keys[0], region: group.keys[1],
                    records: group.metric(.records)!.current,
                    incidents: group.metric(.incidents)!.current,
                    fatalities: group.metric(.fatalities)!.current,
                    measures: group.metric(.measures)!.current)
            }
            out.append(BorderMap(places: places, period: current).markup(id: "map"))
        }
        out.open("figure")
        out.append(
            ComparisonBarChart(
                groups: ordered.prefix(chartedGroups).map { group in
                    let incidents = group.metric(.incidents)!
                    return (group.keys.joined(separator: " · "), incidents.base, incidents.current)
                }, base: base, current: current
            ).markup(id: "groups-chart"))
        out.element(
            "figcaption", [("class", "muted")],
            ordered.count > chartedGroups
                ? "Incidents, the \(chartedGroups) groups with the largest changes; the table has all \(ordered.count)."
                : "Incidents per group, largest change first.")
        out.close("figure")
        out.open("div", [("class", "table-wrap")])
        out.open("table")
        out.element(
            "caption", [],
            "By \(dimensions) in \(current), against \(base): largest change in incidents first")
        out.open("thead")
        out.open("tr")
        for column in comparison.keyColumns {
            out.element("th", [("scope", "col")], column)
        }
        for heading in ["incidents", "was", "change", "rate %", "p", "fatalities", "was", "change"]
        {
            out.element("th", [("scope", "col"), ("class", "num")], heading)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for group in ordered {
            let incidents = group.metric(.incidents)!
            let fatalities = group.metric(.fatalities)!
            out.open("tr")
            for (index, key) in group.keys.enumerated() {
                out.element(
                    index == group.keys.count - 1 ? "th" : "td",
                    index == group.keys.count - 1 ? [("scope", "row")] : [], key)
            }
            figure(incidents.current, incidents.currentHasData, into: &out)
            figure(incidents.base, incidents.baseHasData, into: &out)
            out.element(
                "td", [("class", "num")],
                incidents.hasData ? ChangeMarkup.arrowed(incidents.change) : "—")
            out.element("td", [("class", "num")], ChangeMarkup.ratePercent(incidents))
            out.open("td", [("class", "num")])
            out.text(incidents.pValue.map(HumanNumber.pValue) ?? "—")
            ChangeMarkup.mark(incidents, into: &out)
            out.close("td")
            figure(fatalities.current, fatalities.currentHasData, into: &out)
            figure(fatalities.base, fatalities.baseHasData, into: &out)
            out.element(
                "td", [("class", "num")],
                fatalities.hasData ? ChangeMarkup.arrowed(fatalities.change) : "—")
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.close("section")
        return out
    }

    private static func notes(_ comparison: PeriodComparison) -> Markup {
        var out = Markup()
        out.open("section", [("id", "notes"), ("aria-labelledby", "notes-heading")])
        out.element("h2", [("id", "notes-heading")], "Notes")
        if comparison.notes.isEmpty {
            out.element("p", [], "None.")
        } else {
            out.open("ul", [("class", "notes")])
            for note in comparison.notes { out.element("li", [], note.sentence) }
            out.close("ul")
        }
        out.close("section")
        return out
    }

    private static func figure(_ value: Int, _ hasData: Bool, into out: inout Markup) {
        if hasData {
            out.element("td", [("class", "num")], value.groupedDigits)
        } else {
            out.element("td", [("class", "num nodata")], "no data")
        }
    }

    private static func ratio(_ change: MetricChange) -> String {
        guard let ratio = change.rateRatio, let interval = change.rateRatioInterval else {
            return "—"
        }
        return
            "\(HumanNumber.fixed(ratio, digits: 2)) (\(HumanNumber.fixed(interval.lowerBound, digits: 2))–\(HumanNumber.fixed(interval.upperBound, digits: 2)))"
    }
}
