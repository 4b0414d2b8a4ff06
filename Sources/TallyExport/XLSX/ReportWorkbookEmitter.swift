public import TallyCore

/// `report.xlsx`: Summary (headline and a 24-month line chart), By region (an Excel table with a
/// total row), Trend (month x region, zero-filled, with a stacked column chart), Records (every
/// record of the month) and About.
public struct ReportWorkbookEmitter: WorkbookEmitter {
    /// What it writes: a monthly report.
    public typealias Subject = MonthlyReport

    /// Regions drawn in the trend chart: the busiest ones; the sheet has them all.
    static let chartedRegions = 12

    /// The version and the creation time the workbook states.
    public var context: EmissionContext

    /// Above this many records in the month, the workbook streams its rows (libxlsxwriter's
    /// constant-memory mode): in its normal mode the library holds every cell until the file is
    /// closed, about 3.5 KB a record, so a month of 31,000 generated records took 110 MB. A
    /// real month is a few hundred records and keeps Excel tables, total rows and links; a
    /// streamed workbook has filter buttons instead of tables and addresses as text, and says so
    /// on its About sheet. 5,000 records held cost under 20 MB.
    public var recordsHeldInMemory = 5_000

    /// An emitter whose workbook states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// Writes the workbook at `path`.
    public func write(_ report: MonthlyReport, toPath path: String) throws(XLSXError) {
        let workbook = try XLSXWorkbook(
            path: path,
            options: XLSXWorkbook.Options(
                constantMemory: report.records.count > recordsHeldInMemory,
                title: "Tally monthly report — \(report.month.name)",
                subject: "Security incidents, fatalities by side and security measures by region",
                keywords: "security incidents, fatalities, border, monthly report, Tally",
                comments: "Written by Tally \(context.version)", createdAt: context.generatedAt))
        let summaryArea = try Self.writeSummary(report, workbook)
        try AggregateSheetWriter.write(
            report.byRegion, to: workbook, sheetName: "By region", tableName: "ByRegion")
        try Self.writeTrend(report, workbook)
        var records = try RecordsSheetWriter(workbook: workbook)
        for record in report.records { try records.write(record) }
        try records.finish()
        var about = AboutSheetWriter.inputLines(report.accounting)
        about.append(AboutSheetWriter.Line("Report"))
        about.append(AboutSheetWriter.Line("Month", report.month.name))
        if let covered = report.coveredDates {
            about.append(
                AboutSheetWriter.Line(
                    "Dates covered",
                    "\(covered.lowerBound.isoString) to \(covered.upperBound.isoString)"))
        }
        about.append(AboutSheetWriter.Line("Filters", "none: every accepted record"))
        for note in report.notes { about.append(AboutSheetWriter.Line("Note", note.sentence)) }
        try AboutSheetWriter.write(
            about + AboutSheetWriter.methodLines, context: context, to: workbook)
        try Self.setPrintLayouts(
            workbook, title: "Tally monthly report — \(report.month.name)",
            summaryArea: summaryArea, context: context)
        try workbook.close()
    }

    /// Rows the Summary's chart spans at its scale: 346 pixels over Excel's 20-pixel rows.
    static let summaryChartRows = 18
    /// The Summary's last printed column: the headline table, and room for its longest lines
    /// (the sentences and signals run on across the empty cells to their right).
    static let summaryLastColumn = 22

    /// Every sheet prints on A4: the Summary on one landscape page with its chart, the tables one
    /// page wide with their header row on every page, About in portrait; each with the report's
    /// title and the sheet's name above, and the version, the time and the page below.
    private static func setPrintLayouts(
        _ workbook: XLSXWorkbook, title: String, summaryArea: CellRange, context: EmissionContext
    ) throws(XLSXError) {
        let footnote = "Tally \(context.version), \(context.generatedAtText)"
        for sheet in workbook.worksheets {
            let layout: PrintLayout
            switch sheet.name {
            case "Summary":
                layout = PrintLayout(
                    orientation: .landscape, pagesWide: 1, pagesTall: 1, printArea: summaryArea,
                    title: title, footnote: footnote)
            case "About":
                layout = PrintLayout(orientation: .portrait, title: title, footnote: footnote)
            default:
                layout = PrintLayout(
                    orientation: .landscape, repeatedRows: 0...0, title: title,
                    footnote: footnote)
            }
            try workbook.setPrintLayout(sheet, layout)
        }
    }

    /// Writes the Summary sheet; returns the cells it prints, its chart included.
    private static func writeSummary(
        _ report: MonthlyReport, _ workbook: XLSXWorkbook
    ) throws(XLSXError) -> CellRange {
        let sheet = try workbook.addWorksheet(named: "Summary")
        try workbook.write(
            "Tally monthly report — \(report.month.name)", sheet, row: 0, column: 0, style: .title)
        let accounting = report.accounting
        var line =
            "\(accounting.read.groupedDigits) records read, \(accounting.accepted.groupedDigits) accepted, \(accounting.rejected.groupedDigits) rejected"
        if let covered = report.coveredDates {
            line +=
                "; dates from \(covered.lowerBound.isoString) to \(covered.upperBound.isoString)"
        }
        try workbook.write(line, sheet, row: 1, column: 0)
        workbook.setColumnWidth(sheet, column: 0, characters: 24)

        let headings = [
            "metric", report.month.shortName, report.previousMonth.shortName, "change",
            "rate change %",
            "p",
            report.yearAgoMonth.shortName, "change", "rate change %", "p",
        ]
        var row = 3
        func writeBlock(_ title: String, _ lines: [HeadlineLine]) throws(XLSXError) {
            for (column, heading) in ([title] + headings.dropFirst()).enumerated() {
                try workbook.write(heading, sheet, row: row, column: column, style: .header)
            }
            row += 1
            for line in lines {
                try workbook.write(
                    (line.subject.metric?.isBreakdownOfFatalities == true ? "  " : "")
                        + ReaderLabel.headline(line.subject),
                    sheet, row: row, column: 0)
                try workbook.write(line.current, sheet, row: row, column: 1, style: .boldInteger)
                for (offset, change) in [line.versusPreviousMonth, line.versusYearAgo].enumerated()
                {
                    let column = 2 + offset * 4
                    guard change.hasData else {
                        // A month before the inputs begin: no data, not zero.
                        try workbook.write("no data", sheet, row: row, column: column)
                        continue
                    }
                    try workbook.write(change.base, sheet, row: row, column: column)
                    try workbook.write(
                        change.change, sheet, row: row, column: column + 1, style: .signedInteger)
                    if let percent = change.changePercent {
                        try workbook.write(
                            percent / 100, sheet, row: row, column: column + 2, style: .percent)
                    } else {
                        try workbook.write("—", sheet, row: row, column: column + 2)
                    }
                    if let p = change.pValue {
                        try workbook.write(
                            p, sheet, row: row, column: column + 3, style: .probability)
                    }
                }
                row += 1
            }
            row += 1
        }
        try writeBlock("metric", report.headline)
        row -= 1
        for sentence in SummaryTextEmitter.inWords(report) {
            try workbook.write(sentence, sheet, row: row, column: 0)
            row += 1
        }
        row += 1
        if !report.measuresByType.isEmpty {
            try writeBlock("measures by type", report.measuresByType)
        }
        try workbook.write("signals", sheet, row: row, column: 0, style: .header)
        row += 1
        if report.signals.isEmpty {
            try workbook.write("Nothing unusual this month", sheet, row: row, column: 0)
            row += 1
        }
        for signal in report.signals {
            try workbook.write(
                "\(signal.placeName): \(signal.sentence)", sheet, row: row, column: 0)
            row += 1
        }
        if let note = report.signalTestNote {
            try workbook.write(note, sheet, row: row, column: 0)
            row += 1
        }
        row += 1

        // The series behind the chart: the last 24 months.
        try workbook.write("month", sheet, row: row, column: 0, style: .header)
        try workbook.write("incidents", sheet, row: row, column: 1, style: .header)
        try workbook.write("fatalities", sheet, row: row, column: 2, style: .header)
        let first = row + 1
        for (offset, month) in report.monthlySeries.enumerated() {
            try workbook.write(
                month.period!.start, sheet, row: first + offset, column: 0, style: .month)
            try workbook.write(month.metrics.incidents, sheet, row: first + offset, column: 1)
            try workbook.write(
                month.metrics.fatalities.total, sheet, row: first + offset, column: 2)
        }
        let last = first + report.monthlySeries.count - 1
        let chart = try workbook.addChart(.line)
        chart.setTitle("Incidents and fatalities, last 24 months")
        let categories = sheet.reference(
            CellRange(firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0))
        for (column, name) in [(1, "incidents"), (2, "fatalities")] {
            chart.addSeries(
                name: name, categories: categories,
                values: sheet.reference(
                    CellRange(
                        firstRow: first, firstColumn: column, lastRow: last, lastColumn: column)))
        }
        chart.showCategoriesAsMonths()
        chart.setAxisNames(x: nil, y: "per month")
        // Beside the figures it draws, below the sentences and signals, whose long lines would
        // otherwise run on under it.
        try workbook.insert(chart, sheet, row: first - 1, column: 4)
        return CellRange(
            firstRow: 0, firstColumn: 0, lastRow: max(last, first - 1 + summaryChartRows),
            lastColumn: summaryLastColumn)
    }

    private static func writeTrend(
        _ report: MonthlyReport, _ workbook: XLSXWorkbook
    ) throws(XLSXError) {
        let sheet = try workbook.addWorksheet(named: "Trend")
        let headers = report.trend.keyColumns + Metrics.columnNames
        for (column, header) in headers.enumerated() {
            try workbook.write(header, sheet, row: 0, column: column, style: .header)
        }
        var blocks: [(name: String, first: Int, last: Int, incidents: Int)] = []
        for (index, row) in report.trend.rows.enumerated() {
            let r = index + 1
            try workbook.write(row.period!.start, sheet, row: r, column: 0, style: .month)
            try workbook.write(row.keys[1], sheet, row: r, column: 1)
            try workbook.write(row.keys[2], sheet, row: r, column: 2)
            for (offset, value) in row.metrics.values.enumerated() {
                try workbook.write(value, sheet, row: r, column: 3 + offset)
            }
            let name = "\(row.keys[2]) (\(row.keys[1]))"
            if blocks.last?.name == name {
                blocks[blocks.count - 1].last = r
                blocks[blocks.count - 1].incidents += row.metrics.incidents
            } else {
                blocks.append((name, r, r, row.metrics.incidents))
            }
        }
        let lastRow = max(report.trend.rows.count, 1)
        try workbook.autofilter(
            sheet,
            CellRange(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: headers.count - 1))
        workbook.freezePanes(sheet, rows: 1)
        guard !blocks.isEmpty else { return }

        let busiest = blocks.enumerated().sorted { a, b in
            a.element.incidents != b.element.incidents
                ? a.element.incidents > b.element.incidents : a.offset < b.offset
        }.prefix(chartedRegions).map(\.element)
        let chart = try workbook.addChart(.stackedColumn)
        chart.setTitle(
            blocks.count > chartedRegions
                ? "Incidents by region, last 24 months (the \(chartedRegions) busiest regions)"
                : "Incidents by region, last 24 months")
        for block in busiest {
            chart.addSeries(
                name: block.name,
                categories: sheet.reference(
                    CellRange(
                        firstRow: block.first, firstColumn: 0, lastRow: block.last, lastColumn: 0)),
                values: sheet.reference(
                    CellRange(
                        firstRow: block.first, firstColumn: 4, lastRow: block.last, lastColumn: 4)))
        }
        chart.showCategoriesAsMonths()
        chart.setScale(x: 2.2, y: 1.6)
        try workbook.insert(chart, sheet, row: 1, column: headers.count + 1)
    }
}
