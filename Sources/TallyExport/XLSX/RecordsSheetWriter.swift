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
    /// - Parameters:
    ///   - workbook: the workbook the sheets are added to.
    ///   - sheetName: the sheets' name, made unique for each sheet after the first.
    ///   - rowsPerSheet: data rows a sheet holds before the next begins (Excel's limit by
    ///     default; smaller in tests).
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
        try write(
            date: record.date, precision: record.datePrecision, count: record.count,
            fatalities: record.fatalities
        ) { column, cell throws(XLSXError) in
            try cell(.string(record.text(for: column)))
        }
    }

    /// Writes one record straight from the row the reader holds.
    package mutating func write(
        _ record: DecodedRecord, from row: borrowing RowView
    ) throws(XLSXError) {
        try write(
            date: record.date, precision: record.precision, count: record.count,
            fatalities: record.fatalities
        ) { column, cell throws(XLSXError) in
            switch column {
            case .date:
                try cell(.string(Record.writtenDate(record.date, precision: record.precision)))
            case .datePrecision: try cell(.string(record.precision.rawValue))
            case .category: try cell(.string(record.category.rawValue))
            default:
                try row.withValue(column) { bytes throws(XLSXError) in
                    guard let bytes, bytes.count > 0 else {
                        if column == .id { try cell(.string("\(row.file):\(row.line)")) }
                        return
                    }
                    try bytes.withUnsafeBytes { bytes throws(XLSXError) in try cell(.bytes(bytes)) }
                }
            }
        }
    }

    /// Writes a record's figures, and its text column by column as `text` hands each cell to
    /// the closure it is given (the cell's bytes valid only during that call).
    private mutating func write(
        date: CivilDate, precision: DatePrecision, count: Int, fatalities: Fatalities,
        text: (Column, (CellText) throws(XLSXError) -> Void) throws(XLSXError) -> Void
    ) throws(XLSXError) {
        if rowInSheet == rowsPerSheet { try startSheet() }
        rowInSheet += 1
        self.count += 1
        let sheet = sheets[sheets.count - 1]
        let row = rowInSheet
        let workbook = workbook
        for column in Column.allCases {
            let index = column.rawValue
            switch column {
            case .date where precision == .day:
                try workbook.write(date, sheet, row: row, column: index)
            case .count: try workbook.write(count, sheet, row: row, column: index)
            case .fatalities: try workbook.write(fatalities.total, sheet, row: row, column: index)
            case .fatalitiesMilitants:
                try workbook.write(fatalities.militants, sheet, row: row, column: index)
            case .fatalitiesSecurity:
                try workbook.write(fatalities.security, sheet, row: row, column: index)
            case .fatalitiesCivilians:
                try workbook.write(fatalities.civilians, sheet, row: row, column: index)
            case .fatalitiesUnknown:
                try workbook.write(fatalities.unknown, sheet, row: row, column: index)
            default:
                try text(column) { cell throws(XLSXError) in
                    switch cell {
                    case .string(let text) where !text.isEmpty:
                        if column == .sourceURL {
                            try workbook.writeLink(text, sheet, row: row, column: index)
                        } else {
                            try workbook.write(text, sheet, row: row, column: index)
                        }
                    case .bytes(let bytes) where bytes.count > 0:
                        if column == .sourceURL && !workbook.isConstantMemory {
                            try workbook.writeLink(
                                String(decoding: bytes, as: UTF8.self), sheet, row: row,
                                column: index)
                        } else {
                            try workbook.write(utf8: bytes, sheet, row: row, column: index)
                        }
                    default: break
                    }
                }
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

/// Text for a cell: a string, or UTF-8 bytes valid while the cell is written.
enum CellText {
    case string(String)
    case bytes(UnsafeRawBufferPointer)
}
