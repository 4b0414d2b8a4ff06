public import TallyCore

/// A comparison as a workbook: a Comparison sheet (an Excel table with the CSV's columns, a
/// `significant` mark for p < 0.05 and, grouped, the totals after the groups; numbers stored at
/// full precision and shown rounded; a clustered column chart of incidents, base against
/// current, per group) and About.
public struct ComparisonWorkbookEmitter: WorkbookEmitter {
    /// What it writes: a period comparison.
    public typealias Subject = PeriodComparison

    /// Groups drawn in the chart, the largest by incidents; the table has them all.
    static let chartedGroups = 20

    /// The version and the creation time the workbook states.
    public var context: EmissionContext

    /// An emitter whose workbook states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// Writes the workbook at `path`.
    public func write(_ comparison: PeriodComparison, toPath path: String) throws(XLSXError) {
        let workbook = try XLSXWorkbook(
            path: path,
            options: XLSXWorkbook.Options(
                title: "Tally comparison: \(comparison.current) against \(comparison.base)",
                subject: "Security incidents compared between two periods",
                keywords: "security incidents, comparison, rate ratio, Tally",
                comments: "Written by Tally \(context.version)", createdAt: context.generatedAt))
        let sheet = try workbook.addWorksheet(named: "Comparison")
        // The CSV's columns and a mark for p < 0.05; grouped, the totals follow the groups.
        let headers = comparison.keyColumns + ComparisonCSVEmitter.columns + ["significant"]
        let keyCount = comparison.keyColumns.count
        var row = 1
        var rows = ComparisonCSVEmitter.rows(of: comparison)
        if !comparison.dimensions.isEmpty {
            rows.append(
                (["Total"] + Array(repeating: "", count: keyCount - 1), comparison.totals))
        }
        for (keys, metrics) in rows {
            for metric in metrics {
                for (column, key) in keys.enumerated() {
                    try workbook.write(key, sheet, row: row, column: column)
                }
                let change = metric.change
                try workbook.write(metric.metric.columnName, sheet, row: row, column: keyCount)
                let numbers: [(Double?, CellStyle)] = [
                    (change.baseHasData ? Double(change.base) : nil, .integer),
                    (change.currentHasData ? Double(change.current) : nil, .integer),
                    (change.hasData ? Double(change.change) : nil, .signedInteger),
                    (change.changePercent.map { $0 / 100 }, .percent),
                    (change.rateRatio, .ratio), (change.rateRatioInterval?.lowerBound, .ratio),
                    (change.rateRatioInterval?.upperBound, .ratio), (change.pValue, .probability),
                ]
                for (offset, (value, style)) in numbers.enumerated() {
                    if let value {
                        try workbook.write(
                            value, sheet, row: row, column: keyCount + 1 + offset, style: style)
                    }
                }
                if change.isSignificant {
                    try workbook.write(
                        "*", sheet, row: row, column: keyCount + 1 + numbers.count)
                }
                row += 1
            }
        }
        try workbook.addTable(
            sheet,
            CellRange(
                firstRow: 0, firstColumn: 0, lastRow: max(row - 1, 1), lastColumn: headers.count - 1
            ),
            name: "Comparison", headers: headers)
        workbook.freezePanes(sheet, rows: 1)

        // The chart's data: incidents per group, base and current, beside the table.
        var groups: [(label: String, change: MetricChange)]
        if comparison.dimensions.isEmpty {
            groups = [("all", comparison.total(.incidents)!)]
        } else {
            groups = comparison.groups.map { group in
                (group.keys.joined(separator: " / "), group.metric(.incidents)!)
            }
            groups.sort { $0.change.current + $0.change.base > $1.change.current + $1.change.base }
            groups = Array(groups.prefix(Self.chartedGroups))
        }
        let left = headers.count + 1
        try workbook.write("incidents by group", sheet, row: 0, column: left, style: .header)
        try workbook.write(
            comparison.base.description, sheet, row: 0, column: left + 1, style: .header)
        try workbook.write(
            comparison.current.description, sheet, row: 0, column: left + 2, style: .header)
        for (index, group) in groups.enumerated() {
            try workbook.write(group.label, sheet, row: index + 1, column: left)
            // A period without data gets no bar, not a bar of zero.
            if group.change.baseHasData {
                try workbook.write(group.change.base, sheet, row: index + 1, column: left + 1)
            }
            if group.change.currentHasData {
                try workbook.write(group.change.current, sheet, row: index + 1, column: left + 2)
            }
        }
        let chart = try workbook.addChart(.column)
        chart.setTitle("Incidents: \(comparison.base) and \(comparison.current)")
        let labels = sheet.reference(
            CellRange(firstRow: 1, firstColumn: left, lastRow: groups.count, lastColumn: left))
        for (offset, name) in [comparison.base.description, comparison.current.description]
            .enumerated()
        {
            chart.addSeries(
                name: name, categories: labels,
                values: sheet.reference(
                    CellRange(
                        firstRow: 1, firstColumn: left + 1 + offset, lastRow: groups.count,
                        lastColumn: left + 1 + offset)))
        }
        try workbook.insert(chart, sheet, row: groups.count + 2, column: left)

        var about = AboutSheetWriter.inputLines(comparison.accounting)
        about += [
            AboutSheetWriter.Line("Comparison"),
            AboutSheetWriter.Line("Base", "\(comparison.base), \(comparison.baseDays) days"),
            AboutSheetWriter.Line(
                "Current", "\(comparison.current), \(comparison.currentDays) days"),
            AboutSheetWriter.Line(
                "Grouped by",
                comparison.dimensions.isEmpty
                    ? "nothing: totals"
                    : comparison.dimensions.map(\.rawValue).joined(separator: ", ")),
            AboutSheetWriter.Line(
                "rate_ratio",
                "current daily rate / base daily rate, with its exact 95% interval (Clopper-Pearson on current / (base + current))"
            ),
            AboutSheetWriter.Line(
                "p_value",
                "two-sided exact test of equal daily rates conditional on the total (as binom.test in R, binomtest in SciPy); counts only: fatalities come in clusters and get no test"
            ),
        ]
        for side in comparison.uncoveredSides {
            about.append(
                AboutSheetWriter.Line(
                    "No data",
                    "the \(side.rawValue) period lies outside the \(comparison.coverageDescription): its cells are empty, not zero"
                ))
        }
        for note in comparison.notes { about.append(AboutSheetWriter.Line("Note", note.sentence)) }
        try AboutSheetWriter.write(
            about + AboutSheetWriter.methodLines, context: context, to: workbook)
        try workbook.close()
    }
}
