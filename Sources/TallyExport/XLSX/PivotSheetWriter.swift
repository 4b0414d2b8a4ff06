public import TallyCore

/// Writes incidents as a pivot: regions down, periods across, for groupings with a time
/// dimension and `region` (other dimensions are summed over). A title names the metric; records
/// dated only to a coarser period get labelled columns after the table's own periods; a total
/// column and a total row close it.
public enum PivotSheetWriter {
    /// Whether a grouping can be pivoted: it has a time dimension and `region`.
    public static func applies(to dimensions: [TableDimension]) -> Bool {
        dimensions.contains(.region) && dimensions.contains { $0.periodKind != nil }
    }

    /// Writes the pivot of `table` into an empty sheet.
    public static func write(
        _ table: AggregateTable, into sheet: XLSXSheet, of workbook: XLSXWorkbook
    ) throws(XLSXError) {
        let timeDimension = table.dimensions.first { $0.periodKind != nil }!
        let timeColumn = table.keyColumns.firstIndex(of: timeDimension.rawValue)!
        let regionColumn = table.keyColumns.firstIndex(of: "region")!
        var periods: [Period] = []
        var labels: [Period: String] = [:]
        var cells: [[String]: [Period: Int]] = [:]
        for row in table.rows {
            guard let period = row.period else { continue }
            if labels[period] == nil {
                labels[period] = row.keys[timeColumn]
                periods.append(period)
            }
            let region = [row.keys[regionColumn - 1], row.keys[regionColumn]]
            cells[region, default: [:]][period, default: 0] += row.metrics.incidents
        }
        // The table's own periods in order, then records dated only to a coarser period in
        // columns of their own, labelled, after them: a "2025" column before January would
        // read as the year's total.
        let kind = timeDimension.periodKind!
        periods.sort { a, b in
            (a.kind == kind) != (b.kind == kind) ? a.kind == kind : a < b
        }
        let regions = cells.keys.sorted { a, b in
            a[0] != b[0]
                ? a[0].utf8.lexicographicallyPrecedes(b[0].utf8)
                : a[1].utf8.lexicographicallyPrecedes(b[1].utf8)
        }
        // Row 0 names the metric; the table starts on row 1.
        try workbook.write(
            "Incidents (the sum of count over incident records) by region and \(timeDimension.rawValue)",
            sheet, row: 0, column: 0, style: .title)
        let header = 1
        try workbook.write("country", sheet, row: header, column: 0, style: .header)
        try workbook.write("region", sheet, row: header, column: 1, style: .header)
        for (offset, period) in periods.enumerated() {
            if period.kind == kind && period.kind <= .month {
                try workbook.write(
                    period.start, sheet, row: header, column: 2 + offset,
                    style: period.kind == .month ? .month : .date)
            } else if period.kind == kind {
                try workbook.write(
                    labels[period]!, sheet, row: header, column: 2 + offset, style: .header)
            } else {
                try workbook.write(
                    "\(labels[period]!) (dated only to the \(String(describing: period.kind)))",
                    sheet,
                    row: header, column: 2 + offset, style: .header)
            }
        }
        let totalColumn = 2 + periods.count
        try workbook.write("total", sheet, row: header, column: totalColumn, style: .header)
        var columnTotals = Array(repeating: 0, count: periods.count)
        for (index, region) in regions.enumerated() {
            let row = header + 1 + index
            try workbook.write(region[0], sheet, row: row, column: 0)
            try workbook.write(region[1], sheet, row: row, column: 1)
            var total = 0
            for (offset, period) in periods.enumerated() {
                let value = cells[region]![period] ?? 0
                total += value
                columnTotals[offset] += value
                try workbook.write(value, sheet, row: row, column: 2 + offset)
            }
            try workbook.write(total, sheet, row: row, column: totalColumn, style: .boldInteger)
        }
        // The filter spans the regions, not the total row below them; set before that row is
        // written, as constant-memory mode (an export streaming its records) needs.
        try workbook.autofilter(
            sheet,
            CellRange(
                firstRow: header, firstColumn: 0, lastRow: header + max(regions.count, 1),
                lastColumn: totalColumn))
        let totalRow = header + 1 + regions.count
        try workbook.write("Total", sheet, row: totalRow, column: 0, style: .header)
        for (offset, total) in columnTotals.enumerated() {
            try workbook.write(total, sheet, row: totalRow, column: 2 + offset, style: .boldInteger)
        }
        try workbook.write(
            columnTotals.reduce(0, +), sheet, row: totalRow, column: totalColumn,
            style: .boldInteger)
        workbook.freezePanes(sheet, rows: 2, columns: 2)
    }
}
