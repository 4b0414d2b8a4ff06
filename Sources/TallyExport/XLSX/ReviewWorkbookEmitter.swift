public import TallyCore

/// The review workbook of `tally extract --review`: one row per extracted record with an empty
/// `decision` column first, every canonical column after it (the sentences the record rests on
/// in `notes`, the reviewer's flags in `flags`), and flagged rows highlighted.
///
/// Every cell is text or a whole number, dates included, so that the sheet saved as CSV reads
/// back as records (`decision` = `reject` keeps a row out; an edited cell is the correction).
public struct ReviewWorkbookEmitter: WorkbookEmitter {
    /// What it writes: records.
    public typealias Subject = [Record]

    /// The version and the creation time the workbook states.
    public var context: EmissionContext

    /// An emitter whose workbook states `context`'s version and time.
    public init(context: EmissionContext) {
        self.context = context
    }

    /// Writes the workbook at `path`.
    public func write(_ records: [Record], toPath path: String) throws(XLSXError) {
        let workbook = try XLSXWorkbook(
            path: path,
            options: XLSXWorkbook.Options(
                title: "Tally extraction review",
                subject: "Records extracted from news articles, for review",
                keywords: "review, extraction, Tally",
                comments: "Written by Tally \(context.version)", createdAt: context.generatedAt))
        let sheet = try workbook.addWorksheet(named: "Review")
        let columns = Column.allCases
        try workbook.write("decision", sheet, row: 0, column: 0, style: .header)
        for column in columns {
            try workbook.write(
                column.name, sheet, row: 0, column: column.rawValue + 1, style: .header)
        }
        workbook.freezePanes(sheet, rows: 1, columns: 2)
        workbook.setColumnWidth(sheet, column: 0, characters: 10)
        workbook.setColumnWidth(sheet, column: Column.notes.rawValue + 1, characters: 80)
        for (offset, record) in records.enumerated() {
            let row = offset + 1
            let flagged = !record.flags.isEmpty
            if flagged { try workbook.write("", sheet, row: row, column: 0, style: .flagged) }
            for column in columns {
                let index = column.rawValue + 1
                switch column {
                case .count, .fatalities, .fatalitiesMilitants, .fatalitiesSecurity,
                    .fatalitiesCivilians, .fatalitiesUnknown:
                    try workbook.write(
                        Int(record.text(for: column)) ?? 0, sheet, row: row, column: index)
                case .flags where flagged:
                    try workbook.write(
                        record.flags, sheet, row: row, column: index, style: .flagged)
                default:
                    let text = record.text(for: column)
                    if !text.isEmpty { try workbook.write(text, sheet, row: row, column: index) }
                }
            }
        }
        try workbook.autofilter(
            sheet,
            CellRange(
                firstRow: 0, firstColumn: 0, lastRow: Swift.max(records.count, 1),
                lastColumn: columns.count))
        let about = try workbook.addWorksheet(named: "How to review")
        let lines = [
            "Each row of Review is a record Tally extracted; notes holds the sentences it rests on, flags what to check.",
            "Highlighted rows carry flags: "
                + ReviewFlag.allCases.map { "\($0.rawValue) (\($0.meaning))" }.joined(
                    separator: "; ")
                + ".",
            "decision: leave empty or write accept to keep a record, reject to leave it out of the counts. Correct any cell in place.",
            "Save the sheet as CSV (UTF-8) and read it with any tally command: tally aggregate -i reviewed.csv. Rejected rows are accounted as rejected, with the reviewer named as the reason.",
        ]
        for (row, line) in lines.enumerated() {
            try workbook.write(line, about, row: row, column: 0)
        }
        workbook.setColumnWidth(about, column: 0, characters: 120)
        try workbook.close()
    }
}
