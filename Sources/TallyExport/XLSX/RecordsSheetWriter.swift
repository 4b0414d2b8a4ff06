public import TallyCore

/// Streams records into `Records` sheets: every canonical column, day-precision dates as real
/// Excel dates (coarser ones as text), `source_url` as a hyperlink, a frozen header and filter
/// buttons. Past Excel's last row it goes on in `Records (2)`, `Records (3)`...
///
/// Rows are written in order, so it works in constant-memory workbooks.
public struct RecordsSheetWriter {
    private let workbook: XLSXWorkbook
    private let baseName: String
    /// The sheets written so far.
    public private(set) var sheets: [XLSXSheet] = []
    private var rowInSheet = 0
    /// Records written.
    public private(set) var count = 0
    private let rowsPerSheet: Int

    /// Starts the first sheet.
    ///
    /// - Parameter rowsPerSheet: data rows a sheet holds before the next begins (Excel's limit by
    ///   default; smaller in tests).
    public init(
        workbook: XLSXWorkbook, sheetName: String = "Records",
        rowsPerSheet: Int = XLSXWorkbook.maximumRows - 1
    )
        throws(XLSXError)
    {
        self.workbook = workbook
        baseName = sheetName
        self.rowsPerSheet = rowsPerSheet
        try startSheet()
    }

    private mutating func startSheet() throws(XLSXError) {
        if let last = sheets.last { try finish(last, rows: rowInSheet) }
        let sheet = try workbook.addWorksheet(named: baseName)
        for column in Column.allCases {
            try workbook.write(column.name, sheet, row: 0, column: column.rawValue, style: .header)
        }
        workbook.freezePanes(sheet, rows: 1)
        workbook.setColumnWidth(sheet, column: Column.notes.rawValue, characters: 60)
        sheets.append(sheet)
        rowInSheet = 0
    }

    /// Writes one record.
    public mutating func write(_ record: Record) throws(XLSXError) {
        if rowInSheet == rowsPerSheet { try startSheet() }
        rowInSheet += 1
        count += 1
        let sheet = sheets[sheets.count - 1]
        let row = rowInSheet
        for column in Column.allCases {
            let index = column.rawValue
            switch column {
            case .date:
                if record.datePrecision == .day {
                    try workbook.write(record.date, sheet, row: row, column: index)
                } else {
                    try workbook.write(record.writtenDate, sheet, row: row, column: index)
                }
            case .count: try workbook.write(record.count, sheet, row: row, column: index)
            case .fatalities:
                try workbook.write(record.fatalities.total, sheet, row: row, column: index)
            case .fatalitiesMilitants:
                try workbook.write(record.fatalities.militants, sheet, row: row, column: index)
            case .fatalitiesSecurity:
                try workbook.write(record.fatalities.security, sheet, row: row, column: index)
            case .fatalitiesCivilians:
                try workbook.write(record.fatalities.civilians, sheet, row: row, column: index)
            case .fatalitiesUnknown:
                try workbook.write(record.fatalities.unknown, sheet, row: row, column: index)
            case .sourceURL:
                if !record.sourceURL.isEmpty {
                    try workbook.writeLink(record.sourceURL, sheet, row: row, column: index)
                }
            default:
                let text = record.text(for: column)
                if !text.isEmpty { try workbook.write(text, sheet, row: row, column: index) }
            }
        }
    }

    /// Adds the filter buttons of the last sheet. Call once, after the last record.
    public func finish() throws(XLSXError) {
        if let last = sheets.last { try finish(last, rows: rowInSheet) }
    }

    private func finish(_ sheet: XLSXSheet, rows: Int) throws(XLSXError) {
        try workbook.autofilter(
            sheet,
            CellRange(
                firstRow: 0, firstColumn: 0, lastRow: max(rows, 1),
                lastColumn: Column.allCases.count - 1))
    }
}
