public import TallyCore

/// A monthly report as `summary.txt`: plain text a person reads top to bottom.
///
/// Sections, in order: the title, what was read, the headline figures, measures by type, the
/// regions, the notable events and the data notes. Every line fits in ``lineWidth`` characters:
/// names too long for their column are cut with `…`, events and notes wrap. The text depends only
/// on the report and the context (the time of generation and the version), so the same report
/// gives the same bytes.
public struct SummaryTextEmitter: TextEmitter {
    /// What it writes: a monthly report.
    public typealias Subject = MonthlyReport

    /// The longest line, in characters.
    public static let lineWidth = 100

    /// The time of generation and the version the summary states.
    public var context: EmissionContext

    /// An emitter whose summary states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// The whole summary, ending with a line feed.
    public func text(_ report: MonthlyReport) -> String {
        let sections = [
            Self.title(report.month),
            Self.aboutTheData(
                report, generatedAt: context.generatedAtText, version: context.version),
            Self.headline(report),
            Self.signals(report),
            Self.measuresByType(report),
            Self.regions(report),
            Self.notableEvents(report),
            Self.dataNotes(report),
        ]
        // Tables shrink their names to fit, so only figures in the billions reach this last cut.
        // Every line fits the width but an address, which is kept whole.
        let lines = sections.joined(separator: [""]).map {
            $0.hasPrefix(Self.linkPrefix) ? $0 : $0.truncated(to: Self.lineWidth)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private static func title(_ month: Period) -> [String] {
        let title = "Tally monthly report — \(month.name)"
        return [title, String(repeating: "═", count: title.count)]
    }

    private static func aboutTheData(
        _ report: MonthlyReport, generatedAt: String, version: String
    ) -> [String] {
        let accounting = report.accounting
        let labelWidth = 11
        func labelled(_ label: String, _ text: String) -> String {
            label.padded(to: labelWidth) + text.truncated(to: lineWidth - labelWidth)
        }
        // Each input with its layout when it is not Tally's own ("(ACLED) exports/acled.csv").
        let paths =
            accounting.inputs.isEmpty
            ? ["(none)"]
            : accounting.inputs.map {
                $0.layout == .canonical ? $0.path : "(\($0.layout.rawValue)) \($0.path)"
            }
        var lines = paths.enumerated().map { index, path in
            // The end of a path names the file; the start is what can go.
            (index == 0 ? "Inputs" : "").padded(to: labelWidth)
                + path.singleLine.truncatedAtStart(to: lineWidth - labelWidth)
        }
        let counts = [
            "\(accounting.read.groupedDigits) read",
            "\(accounting.accepted.groupedDigits) accepted",
            "\(accounting.rejected.groupedDigits) rejected",
        ]
        lines.append(labelled("Records", counts.joined(separator: ", ")))
        let dates = report.coveredDates.map {
            "\($0.lowerBound.isoString) to \($0.upperBound.isoString)"
        }
        lines.append(labelled("Dates", dates ?? "none: no record was accepted"))
        lines.append(
            labelled("Generated", "\(generatedAt.singleLine) by Tally \(version.singleLine)"))
        if report.records.isEmpty {
            lines.append("")
            lines += wrapped(
                "No records are dated to \(report.month.name): every figure for the month is 0.")
        }
        return lines
    }

    private static func headline(_ report: MonthlyReport) -> [String] {
        heading("Headline figures")
            + comparisonTable(report, firstHeading: "", lines: report.headline)
            + inWords(report).flatMap { [""] + wrapped($0) } + [""]
            + wrapped(
                "rate %: the change in daily rate, so months of different lengths compare fairly. "
                    + "* p < 0.05: the exact test of equal daily rates rejects "
                    + "them (counts only; fatalities come in clusters and get no test).")
    }

    /// The headline in sentences a reader can quote, against the previous month and the same
    /// month a year earlier.
    static func inWords(_ report: MonthlyReport) -> [String] {
        guard let incidents = report.headline(.incidents),
            let fatalities = report.headline(.fatalities)
        else { return [] }
        return [
            ChangeSentence.sentences(
                incidents: incidents.versusPreviousMonth,
                fatalities: fatalities.versusPreviousMonth, base: report.previousMonth.name),
            ChangeSentence.sentences(
                incidents: incidents.versusYearAgo, fatalities: fatalities.versusYearAgo,
                base: report.yearAgoMonth.name),
        ]
    }

    private static func signals(_ report: MonthlyReport) -> [String] {
        let tests = report.signalTestNote.map { wrapped($0) } ?? []
        guard !report.signals.isEmpty else {
            return heading("Signals")
                + wrapped(
                    "Nothing unusual: no figure is the highest in 12 months or significantly above the previous 12 months."
                ) + tests
        }
        return heading("Signals")
            + report.signals.flatMap { signal in
                wrapped(
                    "\(signal.placeName.singleLine): \(signal.sentence)", firstPrefix: "- ",
                    prefix: "  ")
            } + tests
    }

    private static func measuresByType(_ report: MonthlyReport) -> [String] {
        guard !report.measuresByType.isEmpty else {
            return heading("Measures by type")
                + wrapped(
                    "No measures in \(report.month.name), \(report.previousMonth.name) "
                        + "or \(report.yearAgoMonth.name).")
        }
        return heading("Measures by type")
            + comparisonTable(report, firstHeading: "type", lines: report.measuresByType)
    }

    /// Lines with their figure this month, the previous month and a year earlier, and the changes.
    private static func comparisonTable(
        _ report: MonthlyReport, firstHeading: String, lines: [HeadlineLine]
    ) -> [String] {
        let table = TextTable(
            columns: [
                .init(heading: firstHeading, alignment: .left, shrinks: true),
                .init(heading: report.month.shortName, alignment: .right),
                .init(heading: report.previousMonth.shortName, alignment: .right),
                .init(heading: "change", alignment: .right),
                .init(heading: "rate %", alignment: .right),
                .init(heading: report.yearAgoMonth.shortName, alignment: .right),
                .init(heading: "change", alignment: .right),
                .init(heading: "rate %", alignment: .right),
            ],
            rows: lines.map { line in
                [label(of: line.subject), line.current.groupedDigits]
                    + changeCells(line.versusPreviousMonth) + changeCells(line.versusYearAgo)
            })
        return table.lines(width: lineWidth)
    }

    private static func regions(_ report: MonthlyReport) -> [String] {
        let sparkStart = report.month.shifted(byMonths: -11)
        guard !report.regions.isEmpty else {
            return heading("By region")
                + wrapped("No region has records in the 12 months to \(report.month.name).")
        }
        let sorted = report.regionsByIncidents
        let table = TextTable(
            columns: [
                .init(heading: "country", alignment: .left, shrinks: true),
                .init(heading: "region", alignment: .left, shrinks: true),
                .init(heading: "incidents", alignment: .right),
                .init(heading: "fatalities", alignment: .right),
                .init(heading: "measures", alignment: .right),
                .init(heading: "outposts", alignment: .right),
                .init(heading: "12 months", alignment: .left),
            ],
            rows: sorted.map { line in
                [line.country.singleLine, line.region.singleLine]
                    + [line.metrics.incidents, line.metrics.fatalities.total]
                    .map(\.groupedDigits)
                    + [line.metrics.measures, line.metrics.outposts].map(\.groupedDigits)
                    + [Sparkline.draw(line.incidentsByMonth)]
            })
        return heading("By region") + table.lines(width: lineWidth) + [""]
            + wrapped(
                "Figures are for \(report.month.name), most incidents first. 12 months: "
                    + "incidents per month from \(sparkStart.name) to "
                    + "\(report.month.name), each region scaled to its own busiest month "
                    + "(▁ none, █ the busiest).")
    }

    /// How a notable event's address line starts.
    private static let linkPrefix = String(repeating: " ", count: 12) + "link: "

    private static func notableEvents(_ report: MonthlyReport) -> [String] {
        guard !report.notableEvents.isEmpty else {
            return heading("Notable events")
                + wrapped(
                    "None: no incident with deaths and no measure in \(report.month.name).")
        }
        let indent = String(repeating: " ", count: 12)
        let room = lineWidth - indent.count
        return heading("Notable events")
            + report.notableEvents.flatMap { record in
                let place = [record.location, record.region, record.country]
                    .map(\.singleLine).filter { !$0.isEmpty }.joined(separator: ", ")
                var pieces = [
                    place,
                    ReaderLabel.type(record.type).singleLine
                        + (record.count > 1 ? " ×\(record.count.groupedDigits)" : ""),
                    deaths(record.fatalities),
                ]
                if !record.source.isEmpty { pieces.append("source: \(record.source.singleLine)") }
                var lines = filled(
                    pieces.map { $0.truncated(to: room) }, separator: " · ",
                    firstPrefix: record.writtenDate.padded(to: indent.count), prefix: indent)
                if !record.notes.isEmpty {
                    lines.append(indent + "notes: \(record.notes.singleLine)".truncated(to: room))
                }
                // The first report's address, whole (a cut address leads nowhere), so that a
                // reader can follow it; the workbook's Records sheet links every one.
                if let address = record.sourceURL.split(separator: " ").first {
                    lines.append(linkPrefix + String(address).singleLine)
                }
                return lines
            }
    }

    private static func dataNotes(_ report: MonthlyReport) -> [String] {
        guard !report.notes.isEmpty else {
            return heading("Data notes") + ["None."]
        }
        return heading("Data notes")
            + report.notes.flatMap {
                wrapped($0.sentence.singleLine, firstPrefix: "- ", prefix: "  ")
            }
    }

    // MARK: - Pieces

    private static func heading(_ text: String) -> [String] {
        [text, String(repeating: "─", count: text.count)]
    }

    /// `fatalities_militants` reads as `  militants`, indented under `fatalities`.
    private static func label(of subject: HeadlineLine.Subject) -> String {
        (subject.metric?.isBreakdownOfFatalities == true ? "  " : "")
            + ReaderLabel.headline(subject).singleLine
    }

    /// The base figure, the change and the change in percent, rounded to a whole percent (`—`
    /// when the base is 0), marked `*` when the exact test finds the rates different; `no data`
    /// and no change for a month the inputs do not reach.
    private static func changeCells(_ change: MetricChange) -> [String] {
        guard change.hasData else { return ["no data", "—", "— "] }
        let marker = change.isSignificant ? "*" : " "
        return [
            change.base.groupedDigits, HumanNumber.signed(change.change),
            (change.changePercent.map { HumanNumber.signed(Int($0.rounded())) + "%" } ?? "—")
                + marker,
        ]
    }

    /// `5 killed: 2 militants, 1 security, 2 unknown`, or `no deaths`.
    private static func deaths(_ fatalities: Fatalities) -> String {
        guard fatalities.total > 0 else { return "no deaths" }
        return "\(fatalities.total.groupedDigits) killed: " + fatalities.sidesInWords
    }

    /// Words filled into lines of ``lineWidth``; a word longer than a line is split.
    static func wrapped(
        _ text: String, firstPrefix: String = "", prefix: String = ""
    )
        -> [String]
    {
        let room = lineWidth - max(firstPrefix.count, prefix.count)
        let words = text.split(separator: " ").flatMap { word in
            stride(from: 0, to: word.count, by: room).map { start in
                String(word.dropFirst(start).prefix(room))
            }
        }
        return filled(words, separator: " ", firstPrefix: firstPrefix, prefix: prefix)
    }

    /// Pieces joined by `separator` into lines of ``lineWidth``, the first line starting with
    /// `firstPrefix` and the others with `prefix`; every piece must fit on a line of its own.
    private static func filled(
        _ pieces: [String], separator: String, firstPrefix: String, prefix: String
    ) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var lineIsEmpty = true
        for piece in pieces {
            if lineIsEmpty {
                line += piece
            } else if line.count + separator.count + piece.count <= lineWidth {
                line += separator + piece
            } else {
                lines.append(line)
                line = prefix + piece
            }
            lineIsEmpty = false
        }
        lines.append(line)
        return lines
    }
}

extension String {
    /// The text cut to `width` characters from the start, its first one `…` when anything was cut.
    fileprivate func truncatedAtStart(to width: Int) -> String {
        count <= width ? self : "…" + suffix(Swift.max(0, width - 1))
    }

    /// The text followed by spaces up to `width` characters.
    fileprivate func padded(to width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(0, width - count))
    }

    /// The text with line breaks, tabs and other control characters turned into spaces, so that
    /// a record's text cannot break the layout.
    fileprivate var singleLine: String {
        String(
            map { character in
                character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                    ? " " : character
            })
    }
}
