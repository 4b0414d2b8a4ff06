public import TallyCore

/// The analyst workbook of `tally export` and `tally aggregate --format xlsx`: Aggregate (the
/// table), Pivot (regions down, periods across, incidents), Records (streamed while the input is
/// read) and About.
///
/// With records the workbook streams in constant-memory mode, where Excel tables are refused:
/// the Aggregate sheet then has a bold frozen header with filter buttons instead of a table.
public final class ExportWorkbook {
    private let workbook: XLSXWorkbook
    private let aggregateSheet: XLSXSheet
    private let pivotSheet: XLSXSheet?
    private var records: RecordsSheetWriter?
    private let context: EmissionContext

    /// Starts the workbook at `path` (a temporary path: see ``OutputFile/reservedPath``).
    public init(
        path: String, request: AggregationRequest, includesPivot: Bool, includesRecords: Bool,
        context: EmissionContext
    ) throws(XLSXError) {
        self.context = context
        workbook = try XLSXWorkbook(
            path: path,
            options: XLSXWorkbook.Options(
                constantMemory: includesRecords, title: "Tally export",
                subject: "Security incidents by \(request.keyColumnNames.joined(separator: ", "))",
                keywords: "security incidents, fatalities, measures, Tally",
                comments: "Written by Tally \(context.version)", createdAt: context.generatedAt))
        // Sheets in their final order; each is filled when its data is known.
        aggregateSheet = try workbook.addWorksheet(named: "Aggregate")
        pivotSheet =
            includesPivot && PivotSheetWriter.applies(to: request.dimensions)
            ? try workbook.addWorksheet(named: "Pivot") : nil
        records = includesRecords ? try RecordsSheetWriter(workbook: workbook) : nil
    }

    /// Adds a record to the Records sheet.
    public func list(_ record: Record) throws(XLSXError) {
        try records?.write(record)
    }

    /// Adds a record to the Records sheet straight from the row the reader holds.
    package func list(_ record: DecodedRecord, from row: borrowing RowView) throws(XLSXError) {
        try records?.write(record, from: row)
    }

    /// Writes the aggregate, the pivot and About (with the result's query), and closes the
    /// workbook.
    public func finish(_ result: AggregationResult) throws(XLSXError) {
        try AggregateSheetWriter.write(
            result.table, into: aggregateSheet, of: workbook, tableName: "Aggregate")
        if let pivotSheet {
            try PivotSheetWriter.write(result.table, into: pivotSheet, of: workbook)
        }
        try records?.finish()
        var about = AboutSheetWriter.inputLines(result.accounting)
        about += ExportWorkbook.queryLines(result.request)
        for note in result.notes { about.append(AboutSheetWriter.Line("Note", note.sentence)) }
        try AboutSheetWriter.write(
            about + AboutSheetWriter.methodLines, context: context, to: workbook)
        try workbook.close()
    }

    /// The About lines describing a request: grouping, range, filters, fill.
    public static func queryLines(_ request: AggregationRequest) -> [AboutSheetWriter.Line] {
        var lines = [AboutSheetWriter.Line("Query")]
        lines.append(
            AboutSheetWriter.Line(
                "Grouped by", request.dimensions.map(\.rawValue).joined(separator: ", ")))
        lines.append(AboutSheetWriter.Line("Dates", request.range?.description ?? "all dates"))
        let filters = request.filter.clauses.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            field, values in
            "\(field.rawValue) = \(values.sorted().map { $0.isEmpty ? "(unknown)" : $0 }.joined(separator: " or "))"
        }
        lines.append(
            AboutSheetWriter.Line(
                "Filters", filters.isEmpty ? "none" : filters.joined(separator: "; and ")))
        if request.fill {
            lines.append(AboutSheetWriter.Line("Zero rows", "every period x group of the range"))
        }
        if request.latestOnly {
            lines.append(AboutSheetWriter.Line("Periods", "the latest period with data only"))
        }
        return lines
    }
}

/// The workbook of `tally export --records`: records listed into the Records sheet as they are
/// read, then the aggregate, the pivot and About.
extension ExportWorkbook: ListingOutput {}
