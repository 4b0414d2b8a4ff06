public import TallyCore

/// A comparison for reading at a glance: totals first, then the groups by the largest change in
/// incidents, with ▲/▼, percentages and a marker for p < 0.05 explained in a footer.
public struct ComparisonTextEmitter: TextEmitter {
    /// What it writes: a period comparison.
    public typealias Subject = PeriodComparison

    /// The emitter.
    public init() {}

    /// The text states the comparison's notes at its end.
    public var includesNotes: Bool { true }

    /// The whole comparison, ending with a line feed.
    public func text(_ comparison: PeriodComparison) -> String {
        let base = comparison.base.description
        let current = comparison.current.description
        var lines = [
            "Tally comparison — \(current) against \(base)",
            "",
            "Base     \(base), \(comparison.baseDays.groupedDigits) days",
            "Current  \(current), \(comparison.currentDays.groupedDigits) days",
            "Records  \(comparison.accounting.read.groupedDigits) read, \(comparison.accounting.accepted.groupedDigits) accepted, \(comparison.accounting.rejected.groupedDigits) rejected",
            "",
            "Totals",
        ]
        var totals = TextTable(
            headings: ["metric", base, current, "change", "rate %", "rate ratio (95% CI)", "p"],
            labelColumns: 1)
        for metric in comparison.totals {
            let change = metric.change
            totals.rows.append(
                [
                    (metric.metric.isBreakdownOfFatalities ? "  " : "")
                        + ReaderLabel.metric(metric.metric),
                    figure(change.base, change.baseHasData),
                    figure(change.current, change.currentHasData),
                    arrowed(change), percent(change),
                    ratio(change), significance(change),
                ])
        }
        lines += totals.lines(width: 100)
        if let incidents = comparison.total(.incidents),
            let fatalities = comparison.total(.fatalities)
        {
            lines +=
                [""]
                + SummaryTextEmitter.wrapped(
                    ChangeSentence.sentences(
                        incidents: incidents, fatalities: fatalities, base: base))
        }

        if !comparison.groups.isEmpty {
            let ordered = comparison.groupsByIncidentChange
            lines += [
                "",
                "By \(comparison.dimensions.map(\.rawValue).joined(separator: ", ")) in \(current), against \(base): largest change in incidents first",
            ]
            // Current figure first, then what it was in the base period.
            var table = TextTable(
                headings: comparison.keyColumns + [
                    "incidents", "was", "change", "rate %", "p", "fatalities", "was", "change",
                ],
                labelColumns: comparison.keyColumns.count)
            for group in ordered {
                let incidents = group.metric(.incidents)!
                let fatalities = group.metric(.fatalities)!
                table.rows.append(
                    group.keys + [
                        figure(incidents.current, incidents.currentHasData),
                        figure(incidents.base, incidents.baseHasData), arrowed(incidents),
                        percent(incidents), significance(incidents),
                        figure(fatalities.current, fatalities.currentHasData),
                        figure(fatalities.base, fatalities.baseHasData), arrowed(fatalities),
                    ])
            }
            lines += table.lines(width: 100)
        }

        lines += [
            "",
            "Rates are per day, so periods of different lengths compare fairly. * p < 0.05: the exact test",
            "of equal daily rates (conditional on the total) rejects them. Fatalities get no test: deaths",
            "come in clusters, and a Poisson test on them would mislead.",
        ]
        for side in comparison.uncoveredSides {
            lines += [
                "",
                "No data: the \(side.rawValue) period lies outside the \(comparison.coverageDescription); its figures are shown as no data, with no change and no test.",
            ]
        }
        if !comparison.notes.isEmpty {
            lines += ["", "Notes"] + comparison.notes.map { "- " + $0.sentence }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A period's figure, or `no data` when the inputs do not reach the period.
    func figure(_ value: Int, _ hasData: Bool) -> String {
        hasData ? value.groupedDigits : "no data"
    }

    func arrowed(_ change: MetricChange) -> String {
        guard change.hasData else { return "—" }
        return change.change > 0
            ? "▲ " + HumanNumber.signed(change.change)
            : change.change < 0 ? "▼ " + HumanNumber.signed(change.change) : "0"
    }

    func percent(_ change: MetricChange) -> String {
        guard let percent = change.changePercent else { return "—" }
        let rounded = HumanNumber.fixed(percent, digits: 0)
        return (percent > 0 && rounded != "0" ? "+" : "") + rounded.replacingMinus() + "%"
    }

    func ratio(_ change: MetricChange) -> String {
        guard let ratio = change.rateRatio, let interval = change.rateRatioInterval else {
            return "—"
        }
        return
            "\(HumanNumber.fixed(ratio, digits: 2)) (\(HumanNumber.fixed(interval.lowerBound, digits: 2))–\(HumanNumber.fixed(interval.upperBound, digits: 2)))"
    }

    func significance(_ change: MetricChange) -> String {
        guard let p = change.pValue else { return "—" }
        return HumanNumber.pValue(p) + (p < 0.05 ? " *" : "  ")
    }
}

extension String {
    fileprivate func replacingMinus() -> String {
        hasPrefix("-") ? "−" + dropFirst() : self
    }
}
