public import TallyCore

/// A monthly report as `report.html`: one self-contained page to read on a screen or on paper.
///
/// Sections, in order: the headline figures with their changes, significance marks and signals
/// in words; a map of the border provinces; the 24-month trend; measures by type; the regions with
/// their 12-month sparklines; the notable events with links to their sources; the data notes.
/// Inline CSS and SVG only, no script and no request (a content policy forbids both); real tables
/// with headers; a title and a description on every chart; colours from one palette; a print
/// style for A4. The page depends only on the report and the context, so the same report gives
/// the same bytes.
public struct ReportHTMLEmitter: TextEmitter {
    /// What it writes: a monthly report.
    public typealias Subject = MonthlyReport

    /// The time of generation and the version the page states.
    public var context: EmissionContext

    /// An emitter whose page states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// The whole page.
    public func text(_ report: MonthlyReport) -> String {
        let title = "Tally monthly report — \(report.month.name)"
        var body = Markup()
        body.open("header")
        body.element("h1", [], title)
        body.element(
            "p", [("class", "lede")],
            "Security incidents, fatalities by side and security measures in \(report.month.name), against \(report.previousMonth.name) and \(report.yearAgoMonth.name)."
        )
        body.append(Self.about(report, context: context))
        body.append(Self.contents())
        body.close("header")
        body.open("main")
        body.append(Self.headline(report))
        body.append(Self.map(report))
        body.append(Self.trend(report))
        body.append(Self.measures(report))
        body.append(Self.regions(report))
        body.append(Self.events(report))
        body.append(Self.dataNotes(report))
        body.close("main")
        body.append(Self.footer(context: context))
        return HTMLPage(
            title: title,
            summary:
                "Tally's monthly report of border security incidents, fatalities and measures for \(report.month.name).",
            context: context
        ).render(body: body)
    }

    // MARK: - Sections

    private static func about(_ report: MonthlyReport, context: EmissionContext) -> Markup {
        let accounting = report.accounting
        var out = Markup()
        out.open("dl", [("class", "about")])
        out.element("dt", [], "Inputs")
        out.element(
            "dd", [],
            accounting.inputs.isEmpty
                ? "(none)"
                : accounting.inputs.map {
                    $0.layout == .canonical ? $0.path : "\($0.path) (\($0.layout.rawValue))"
                }.joined(separator: "; "))
        out.element("dt", [], "Records")
        out.element(
            "dd", [],
            "\(accounting.read.groupedDigits) read, \(accounting.accepted.groupedDigits) accepted, \(accounting.rejected.groupedDigits) rejected"
        )
        out.element("dt", [], "Dates")
        out.element(
            "dd", [],
            report.coveredDates.map { "\($0.lowerBound.isoString) to \($0.upperBound.isoString)" }
                ?? "none: no record was accepted")
        out.element("dt", [], "Generated")
        out.element("dd", [], "\(context.generatedAtText) by Tally \(context.version)")
        out.close("dl")
        if report.records.isEmpty {
            out.element(
                "p", [],
                "No records are dated to \(report.month.name): every figure for the month is 0.")
        }
        return out
    }

    private static func contents() -> Markup {
        var out = Markup()
        out.open("nav", [("aria-label", "Contents")])
        out.open("ul")
        for (id, name) in [
            ("headline", "Headline figures"), ("where", "Where"), ("trend", "Trend"),
            ("measures", "Measures"), ("regions", "By region"), ("events", "Notable events"),
            ("notes", "Data notes"),
        ] {
            out.open("li")
            out.literal("<a href=\"#")
            out.text(id)
            out.literal("\">")
            out.text(name)
            out.literal("</a>")
            out.close("li")
        }
        out.close("ul")
        out.close("nav")
        return out
    }

    private static func headline(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "headline"), ("aria-labelledby", "headline-heading")])
        out.element("h2", [("id", "headline-heading")], "Headline figures")
        out.open("ul", [("class", "figures")])
        for metric in [Metric.incidents, .fatalities, .measures, .outposts] {
            guard let line = report.headline(metric) else { continue }
            let name = metric.columnName
            out.open("li")
            out.element("span", [("class", "value")], line.current.groupedDigits)
            out.element(
                "span", [("class", "label")], name.prefix(1).uppercased() + name.dropFirst())
            out.open("span", [("class", "change")])
            ChangeMarkup.phrase(
                line.versusPreviousMonth, against: report.previousMonth.shortName, into: &out)
            out.close("span")
            out.open("span", [("class", "change")])
            ChangeMarkup.phrase(
                line.versusYearAgo, against: report.yearAgoMonth.shortName, into: &out)
            out.close("span")
            out.close("li")
        }
        out.close("ul")
        out.open("div", [("class", "words")])
        for sentence in SummaryTextEmitter.inWords(report) {
            out.element("p", [], sentence)
        }
        out.close("div")
        out.append(
            comparisonTable(
                report,
                caption:
                    "The month's figures against \(report.previousMonth.name) and \(report.yearAgoMonth.name)",
                firstHeading: "metric", lines: report.headline))
        out.element(
            "p", [("class", "muted")],
            "rate %: the change in daily rate, so months of different lengths compare fairly. * p < 0.05: the exact test of equal daily rates rejects them (counts only; fatalities come in clusters and get no test)."
        )
        out.element("h3", [], "Signals")
        if report.signals.isEmpty {
            out.element(
                "p", [],
                "Nothing unusual: no figure is the highest in 12 months or significantly above the previous 12 months."
            )
        } else {
            out.open("ul", [("class", "signals")])
            for signal in report.signals {
                out.open("li")
                out.element("strong", [], signal.placeName)
                out.text(": \(signal.sentence)")
                out.close("li")
            }
            out.close("ul")
        }
        if let note = report.signalTestNote {
            out.element("p", [("class", "muted")], note)
        }
        out.close("section")
        return out
    }

    /// Lines with their figure this month, the previous month and a year earlier, and the changes.
    private static func comparisonTable(
        _ report: MonthlyReport, caption: String, firstHeading: String, lines: [HeadlineLine]
    ) -> Markup {
        var out = Markup()
        out.open("div", [("class", "table-wrap")])
        out.open("table")
        out.element("caption", [], caption)
        out.open("thead")
        out.open("tr")
        out.element("td", [], "")
        out.element("td", [], "")
        out.element("th", [("scope", "colgroup"), ("colspan", "3")], "Previous month")
        out.element("th", [("scope", "colgroup"), ("colspan", "3")], "A year earlier")
        out.close("tr")
        out.open("tr")
        out.element("th", [("scope", "col")], firstHeading)
        out.element("th", [("scope", "col"), ("class", "num")], report.month.shortName)
        for period in [report.previousMonth, report.yearAgoMonth] {
            out.element("th", [("scope", "col"), ("class", "num")], period.shortName)
            out.element("th", [("scope", "col"), ("class", "num")], "change")
            out.element("th", [("scope", "col"), ("class", "num")], "rate %")
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for line in lines {
            let isSide = line.subject.metric?.isBreakdownOfFatalities == true
            out.open("tr", isSide ? [("class", "side")] : [])
            out.element("th", [("scope", "row")], ReaderLabel.headline(line.subject))
            out.element("td", [("class", "num")], line.current.groupedDigits)
            ChangeMarkup.cells(line.versusPreviousMonth, into: &out)
            ChangeMarkup.cells(line.versusYearAgo, into: &out)
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        return out
    }

    /// The month's figures per place, for the map.
    static func mapPlaces(_ report: MonthlyReport) -> [BorderMap.Place] {
        report.regions.filter { $0.metrics.records > 0 }.map {
            BorderMap.Place(
                country: $0.country, region: $0.region, records: $0.metrics.records,
                incidents: $0.metrics.incidents,
                fatalities: $0.metrics.fatalities.total, measures: $0.metrics.measures)
        }
    }

    private static func map(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "where"), ("aria-labelledby", "where-heading")])
        out.element(
            "h2", [("id", "where-heading")], "Where: the border provinces in \(report.month.name)")
        out.append(
            BorderMap(places: mapPlaces(report), period: report.month.name).markup(id: "map"))
        out.close("section")
        return out
    }

    private static func trend(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "trend"), ("aria-labelledby", "trend-heading")])
        out.element("h2", [("id", "trend-heading")], "Trend: the last 24 months")
        let months = report.monthlySeries.compactMap { row in
            row.period.map { ($0, row.metrics.incidents, row.metrics.fatalities.total) }
        }
        out.open("figure")
        out.append(TrendChart(months: months).markup(id: "trend-chart"))
        out.element(
            "figcaption", [("class", "muted")],
            "Incidents and fatalities per month, all regions; the figure above the last column is \(report.month.name)'s. Records dated only to a year are not in any month."
        )
        out.close("figure")
        out.open("details")
        out.element("summary", [], "The figures as a table")
        out.open("div", [("class", "table-wrap")])
        out.open("table")
        out.element("caption", [], "Incidents and fatalities per month")
        out.open("thead")
        out.open("tr")
        for (heading, numeric) in [("month", false), ("incidents", true), ("fatalities", true)] {
            out.element("th", [("scope", "col")] + (numeric ? [("class", "num")] : []), heading)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for (period, incidents, fatalities) in months {
            out.open("tr")
            out.element("th", [("scope", "row")], period.name)
            out.element("td", [("class", "num")], incidents.groupedDigits)
            out.element("td", [("class", "num")], fatalities.groupedDigits)
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.close("details")
        out.close("section")
        return out
    }

    private static func measures(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "measures"), ("aria-labelledby", "measures-heading")])
        out.element("h2", [("id", "measures-heading")], "Measures by type")
        if report.measuresByType.isEmpty {
            out.element(
                "p", [],
                "No measures in \(report.month.name), \(report.previousMonth.name) or \(report.yearAgoMonth.name)."
            )
        } else {
            out.append(
                comparisonTable(
                    report, caption: "Security measures by type", firstHeading: "type",
                    lines: report.measuresByType))
        }
        out.close("section")
        return out
    }

    private static func regions(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "regions"), ("aria-labelledby", "regions-heading")])
        out.element("h2", [("id", "regions-heading")], "By region")
        guard !report.regions.isEmpty else {
            out.element("p", [], "No region has records in the 12 months to \(report.month.name).")
            out.close("section")
            return out
        }
        let sparkStart = report.month.shifted(byMonths: -11)
        let sorted = report.regionsByIncidents
        out.open("div", [("class", "table-wrap")])
        out.open("table")
        out.element(
            "caption", [],
            "Regions with records in the 12 months to \(report.month.name): the month's figures, most incidents first"
        )
        out.open("thead")
        out.open("tr")
        for (heading, numeric) in [
            ("country", false), ("region", false), ("incidents", true), ("fatalities", true),
            ("measures", true), ("outposts", true), ("12 months of incidents", false),
        ] {
            out.element("th", [("scope", "col")] + (numeric ? [("class", "num")] : []), heading)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for line in sorted {
            out.open("tr")
            out.element("td", [], line.country)
            out.element("th", [("scope", "row")], line.region)
            for value in [
                line.metrics.incidents, line.metrics.fatalities.total, line.metrics.measures,
                line.metrics.outposts,
            ] {
                out.element("td", [("class", "num")], value.groupedDigits)
            }
            out.open("td")
            out.append(
                SparklineChart(
                    values: line.incidentsByMonth, from: sparkStart.name, to: report.month.name
                ).markup())
            out.close("td")
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.element(
            "p", [("class", "muted")],
            "12 months: incidents per month from \(sparkStart.name) to \(report.month.name), each region scaled to its own busiest month."
        )
        out.close("section")
        return out
    }

    private static func events(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "events"), ("aria-labelledby", "events-heading")])
        out.element("h2", [("id", "events-heading")], "Notable events")
        guard !report.notableEvents.isEmpty else {
            out.element(
                "p", [], "None: no incident with deaths and no measure in \(report.month.name).")
            out.close("section")
            return out
        }
        out.open("div", [("class", "table-wrap")])
        out.open("table", [("class", "events")])
        out.element(
            "caption", [],
            "The month's deadliest incidents, then every security measure, with their sources (notes cut at \(noteLength) characters: the workbook's Records sheet has them whole)"
        )
        out.open("thead")
        out.open("tr")
        for heading in ["date", "place", "event", "deaths", "sources"] {
            out.element("th", [("scope", "col")], heading)
        }
        out.close("tr")
        out.close("thead")
        out.open("tbody")
        for record in report.notableEvents {
            out.open("tr")
            out.element("td", [], record.writtenDate)
            out.element(
                "td", [],
                [record.location, record.region, record.country].filter { !$0.isEmpty }
                    .joined(separator: ", "))
            out.open("td")
            out.element(
                "strong", [],
                ReaderLabel.type(record.type)
                    + (record.count > 1 ? " ×\(record.count.groupedDigits)" : ""))
            if !record.notes.isEmpty {
                out.element("p", [("class", "note")], Self.shortened(record.notes))
            }
            out.close("td")
            out.element("td", [], deaths(record.fatalities))
            out.open("td")
            out.text(record.source)
            let addresses = record.sourceURL.split(whereSeparator: { $0 == " " || $0 == "\n" })
            if !addresses.isEmpty {
                out.open("div", [("class", "links")])
                for address in addresses {
                    out.link(
                        String(address), text: HTMLText.host(of: String(address)),
                        [("rel", "noopener noreferrer")])
                    out.text(" ")
                }
                out.close("div")
            }
            out.close("td")
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("div")
        out.close("section")
        return out
    }

    /// The longest note an event shows, in characters; the workbook's Records sheet has it whole.
    static let noteLength = 280

    /// A note cut at a word before ``noteLength`` characters, ending with `…` when cut.
    static func shortened(_ note: String) -> String {
        guard note.count > noteLength else { return note }
        let cut = note.prefix(noteLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }

    /// `5: 3 militants, 2 security`, or `none`.
    static func deaths(_ fatalities: Fatalities) -> String {
        guard fatalities.total > 0 else { return "none" }
        return "\(fatalities.total.groupedDigits): " + fatalities.sidesInWords
    }

    private static func dataNotes(_ report: MonthlyReport) -> Markup {
        var out = Markup()
        out.open("section", [("id", "notes"), ("aria-labelledby", "notes-heading")])
        out.element("h2", [("id", "notes-heading")], "Data notes")
        if report.notes.isEmpty {
            out.element("p", [], "None.")
        } else {
            out.open("ul", [("class", "notes")])
            for note in report.notes { out.element("li", [], note.sentence) }
            out.close("ul")
        }
        out.element(
            "p", [("class", "muted")],
            "Incidents and measures count each record's count; fatalities are the conservative figure the sources give, by side. A record dated only to a week or a month counts in its month; one dated only to a year counts in no month."
        )
        out.close("section")
        return out
    }

    static func footer(context: EmissionContext) -> Markup {
        var out = Markup()
        out.open("footer")
        out.element(
            "p", [],
            "Generated \(context.generatedAtText) by Tally \(context.version). This page needs no network and runs no script. Boundaries: Natural Earth (public domain)."
        )
        out.close("footer")
        return out
    }
}
