public import TallyCore

/// Writes an aggregate table as a sheet: an Excel table with a total row, or (in constant-memory
/// workbooks, where tables are refused) a bold frozen header with filter buttons.
public enum AggregateSheetWriter {
    /// Writes `table` from the top-left cell of a new sheet and returns the sheet.
    @discardableResult
    public static func write(
        _ table: AggregateTable, to workbook: XLSXWorkbook, sheetName: String, tableName: String
    ) throws(XLSXError) -> XLSXSheet {
        let sheet = try workbook.addWorksheet(named: sheetName)
        try write(table, into: sheet, of: workbook, tableName: tableName)
        return sheet
    }

    /// Writes `table` from the top-left cell of an empty sheet.
    public static func write(
        _ table: AggregateTable, into sheet: XLSXSheet, of workbook: XLSXWorkbook, tableName: String
    ) throws(XLSXError) {
        let headers = table.keyColumns + Metrics.columnNames
        let keyCount = table.keyColumns.count
        let timeKind = table.dimensions.first { $0.periodKind != nil }?.periodKind
        let useTable = !workbook.isConstantMemory
        if !useTable {
            for (column, header) in headers.enumerated() {
                try workbook.write(header, sheet, row: 0, column: column, style: .header)
            }
        }
        for (index, row) in table.rows.enumerated() {
            let r = index + 1
            for (column, key) in row.keys.enumerated() {
                try writeKey(
                    key, period: column == 0 && timeKind != nil ? row.period : nil,
                    dimensionKind: timeKind,
                    workbook, sheet, row: r, column: column)
            }
            for (offset, value) in row.metrics.values.enumerated() {
                try workbook.write(value, sheet, row: r, column: keyCount + offset)
            }
        }
        let lastRow = table.rows.count + (useTable ? 1 : 0)
        let range = CellRange(
            firstRow: 0, firstColumn: 0, lastRow: max(lastRow, 1), lastColumn: headers.count - 1)
        if useTable {
            var totals: [TableTotal?] = Array(repeating: nil, count: headers.count)
            totals[0] = .label("Total")
            for (offset, value) in table.totals.values.enumerated() {
                // With the actor dimension a record shows in two rows: the total row sums the rows.
                let sum = table.rows.reduce(0) { $0 + $1.metrics.values[offset] }
                totals[keyCount + offset] = .sum(
                    Double(table.dimensions.contains(.actor) ? sum : value))
            }
            try workbook.addTable(
                sheet, range, name: tableName, headers: headers,
                totals: table.rows.isEmpty ? nil : totals)
        } else {
            try workbook.autofilter(
                sheet,
                CellRange(
                    firstRow: 0, firstColumn: 0, lastRow: max(table.rows.count, 1),
                    lastColumn: headers.count - 1))
        }
        workbook.freezePanes(sheet, rows: 1)
    }

    /// A period cell as a real date when it is a day, week or month of the table's own kind;
    /// other labels (`2024` in a monthly table, `2024-Q4`, text dimensions) as text.
    static func writeKey(
        _ key: String, period: Period?, dimensionKind: PeriodKind?, _ workbook: XLSXWorkbook,
        _ sheet: XLSXSheet,
        row: Int, column: Int
    ) throws(XLSXError) {
        if let period, period.kind == dimensionKind, period.kind <= .month {
            try workbook.write(
                period.start, sheet, row: row, column: column,
                style: period.kind == .month ? .month : .date)
        } else {
            try workbook.write(key, sheet, row: row, column: column)
        }
    }
}
