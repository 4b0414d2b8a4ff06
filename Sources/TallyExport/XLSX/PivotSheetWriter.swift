public import TallyCore

/// Writes incidents as a pivot: regions down, periods across, for groupings with a time
/// dimension and `region` (other dimensions are summed over).
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
        periods.sort()
        let regions = cells.keys.sorted { a, b in
            a[0] != b[0]
                ? a[0].utf8.lexicographicallyPrecedes(b[0].utf8)
                : a[1].utf8.lexicographicallyPrecedes(b[1].utf8)
        }
        let kind = timeDimension.periodKind
        try workbook.write("country", sheet, row: 0, column: 0, style: .header)
        try workbook.write("region", sheet, row: 0, column: 1, style: .header)
        for (offset, period) in periods.enumerated() {
            if period.kind == kind && period.kind <= .month {
                try workbook.write(
                    period.start, sheet, row: 0, column: 2 + offset,
                    style: period.kind == .month ? .month : .date)
            } else {
                try workbook.write(
                    labels[period]!, sheet, row: 0, column: 2 + offset, style: .header)
            }
        }
        try workbook.write("total", sheet, row: 0, column: 2 + periods.count, style: .header)
        for (index, region) in regions.enumerated() {
            try workbook.write(region[0], sheet, row: index + 1, column: 0)
            try workbook.write(region[1], sheet, row: index + 1, column: 1)
            var total = 0
            for (offset, period) in periods.enumerated() {
                let value = cells[region]![period] ?? 0
                total += value
                try workbook.write(value, sheet, row: index + 1, column: 2 + offset)
            }
            try workbook.write(
                total, sheet, row: index + 1, column: 2 + periods.count, style: .boldInteger)
        }
        try workbook.autofilter(
            sheet,
            CellRange(
                firstRow: 0, firstColumn: 0, lastRow: max(regions.count, 1),
                lastColumn: 2 + periods.count))
        workbook.freezePanes(sheet, rows: 1, columns: 2)
    }
}
