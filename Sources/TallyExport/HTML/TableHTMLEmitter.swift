public import TallyCore

/// An aggregate table as one self-contained page (`tally aggregate --format html`): the table with
/// its headers and a totals row, and what was read. Notes go to standard error, as with text.
public struct TableHTMLEmitter: TextEmitter {
    /// What it writes: an aggregate table with its accounting.
    public typealias Subject = AggregationResult

    /// The time of generation and the version the page states.
    public var context: EmissionContext

    /// An emitter whose page states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// The whole page.
    public func text(_ result: AggregationResult) -> String {
        let table = result.table
        let grouping =
            table.keyColumns.isEmpty ? "in total" : "by " + table.keyColumns.joined(separator: ", ")
        let title = "Tally table — \(grouping)"
        var body = Markup()
        body.open("header")
        body.element("h1", [], title)
        body.open("dl", [("class", "about")])
        body.element("dt", [], "Records")
        body.element(
            "dd", [],
            "\(result.accounting.read.groupedDigits) read, \(result.accounting.accepted.groupedDigits) accepted, \(result.accounting.rejected.groupedDigits) rejected"
        )
        body.element("dt", [], "Generated")
        body.element("dd", [], "\(context.generatedAtText) by Tally \(context.version)")
        body.close("dl")
        body.close("header")
        body.open("main")
        if table.rows.isEmpty {
            body.element("p", [], "No records matched.")
        } else {
            body.open("div", [("class", "table-wrap")])
            body.open("table")
            body.element(
                "caption", [],
                "Records, incidents, fatalities by side, measures and outposts \(grouping)")
            body.open("thead")
            body.open("tr")
            for column in table.keyColumns {
                body.element("th", [("scope", "col")], column)
            }
            for metric in Metric.allCases {
                body.element(
                    "th", [("scope", "col"), ("class", "num")], ReaderLabel.metric(metric))
            }
            body.close("tr")
            body.close("thead")
            body.open("tbody")
            for row in table.rows {
                body.open("tr")
                for (index, key) in row.keys.enumerated() {
                    body.element(
                        index == 0 ? "th" : "td", index == 0 ? [("scope", "row")] : [], key)
                }
                for value in row.metrics.values {
                    body.element("td", [("class", "num")], value.groupedDigits)
                }
                body.close("tr")
            }
            body.close("tbody")
            body.open("tfoot")
            body.open("tr")
            if !table.keyColumns.isEmpty {
                body.element(
                    "th", [("scope", "row"), ("colspan", String(table.keyColumns.count))], "Total")
            }
            for value in table.totals.values {
                body.element("td", [("class", "num")], value.groupedDigits)
            }
            body.close("tr")
            body.close("tfoot")
            body.close("table")
            body.close("div")
            body.element(
                "p", [("class", "muted")],
                "militants, security, civilians, unknown: fatalities by side. Incidents and measures count each record's count."
            )
        }
        body.close("main")
        body.append(ReportHTMLEmitter.footer(context: context))
        return HTMLPage(
            title: title, summary: "Tally's aggregate table \(grouping).", context: context
        ).render(body: body)
    }
}
