public import TallyCore

/// The About sheet: where the figures come from and how they were counted.
public enum AboutSheetWriter {
    /// One line of the About sheet: a section heading (no value) or a label and its value.
    public struct Line: Sendable, Hashable {
        /// The label, or the heading of a section.
        public var label: String
        /// The value; `nil` for a heading.
        public var value: String?

        /// A line: a heading without `value`.
        public init(_ label: String, _ value: String? = nil) {
            self.label = label
            self.value = value
        }
    }

    /// The lines every workbook's About sheet starts with: inputs and their accounting.
    public static func inputLines(_ accounting: ReadAccounting) -> [Line] {
        var lines = [Line("Inputs")]
        for input in accounting.inputs {
            lines.append(
                Line(
                    input.path,
                    "\(input.layout == .canonical ? "" : input.layout.rawValue + " ")\(input.format == .csv ? "CSV" : "JSON Lines"), \(input.bytes.groupedDigits) bytes: \(input.read.groupedDigits) records read, \(input.accepted.groupedDigits) accepted, \(input.rejected.groupedDigits) rejected"
                ))
        }
        lines.append(
            Line(
                "All inputs",
                "\(accounting.read.groupedDigits) records read = \(accounting.accepted.groupedDigits) accepted + \(accounting.rejected.groupedDigits) rejected"
            ))
        if let first = accounting.firstRejection {
            lines.append(Line("First rejection", first.description))
        }
        return lines
    }

    /// What each metric means and how records are counted.
    public static let methodLines: [Line] = [
        Line("Metrics"),
        Line("records", "accepted records in the group"),
        Line("incidents", "sum of count over records of category incident"),
        Line("fatalities", "sum of fatalities; always the sum of the four sides"),
        Line(
            "fatalities_militants",
            "militants, insurgents, smugglers and other non-state armed people"),
        Line("fatalities_security", "border guards, soldiers, police"),
        Line("fatalities_civilians", "civilians"),
        Line("fatalities_unknown", "deaths the source does not attribute to a side"),
        Line("measures", "sum of count over records of category measure"),
        Line("outposts", "sum of count over measures of type outpost_opened"),
        Line("Counting rules"),
        Line(
            "Date precision",
            "a record dated only to a month or a year is never spread over days or months: it is counted under its own period (2019 in a monthly table) and the notes say how many"
        ),
        Line(
            "Periods",
            "with a period range, a record counts only when its whole date interval lies inside the range; weeks run Saturday to Friday"
        ),
        Line(
            "Fatalities",
            "the figure the record gives (coders take the lowest reported figure); what the sides leave unattributed counts as unknown; no mention of deaths is 0"
        ),
        Line(
            "Nothing dropped",
            "every record read is accepted or rejected with a reason; rejected records never enter a figure"
        ),
    ]

    /// Writes the About sheet: the given lines, then the version, time and any truncation notes.
    public static func write(
        _ lines: [Line], context: EmissionContext, to workbook: XLSXWorkbook
    ) throws(XLSXError) {
        let sheet = try workbook.addWorksheet(named: "About")
        var all = lines
        all.append(Line("Made by"))
        all.append(Line("Tally version", context.version))
        all.append(Line("Generated", context.generatedAtText))
        if workbook.isConstantMemory {
            all.append(
                Line(
                    "Layout",
                    "this workbook streams its rows to keep memory flat: its tables are ranges with filter buttons, not Excel tables, and have no total row"
                ))
        }
        if workbook.truncatedCells > 0 {
            all.append(
                Line(
                    "Truncated text",
                    "\(workbook.truncatedCells.groupedDigits) cells were longer than Excel's 32,767 characters and end with a visible marker"
                ))
        }
        if workbook.linksWrittenAsText > 0 {
            all.append(
                Line(
                    "Links",
                    "\(workbook.linksWrittenAsText.groupedDigits) source addresses are plain text, not links: "
                        + (workbook.isConstantMemory
                            ? "this workbook streams its rows to keep memory flat, and links would be held in memory"
                            : "Excel allows 65,530 links a sheet")
                ))
        }
        try workbook.write("About this workbook", sheet, row: 0, column: 0, style: .title)
        for (index, line) in all.enumerated() {
            let row = index + 2
            if let value = line.value {
                try workbook.write(line.label, sheet, row: row, column: 0)
                try workbook.write(value, sheet, row: row, column: 1, style: .wrapped)
            } else {
                try workbook.write(line.label, sheet, row: row, column: 0, style: .bold)
            }
        }
        workbook.setColumnWidth(sheet, column: 0, characters: 28)
        workbook.setColumnWidth(sheet, column: 1, characters: 100)
    }
}
