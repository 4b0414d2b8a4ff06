public import TallyCore

/// An aggregation as a workbook: the Aggregate sheet (an Excel table), the Pivot sheet when asked
/// for and the grouping allows it, and About (inputs, query, notes, counting rules).
///
/// The workbook of ``ExportWorkbook`` without a Records sheet, written once the result is known.
public struct TableWorkbookEmitter: WorkbookEmitter {
    public typealias Subject = AggregationResult

    /// Whether to add the Pivot sheet (regions down, periods across, incidents).
    public var includesPivot: Bool
    /// The version and the creation time the workbook states.
    public var context: EmissionContext

    public init(includesPivot: Bool = false, context: EmissionContext) {
        self.includesPivot = includesPivot
        self.context = context
    }

    /// Writes the workbook at `path`.
    public func write(_ result: AggregationResult, toPath path: String) throws(XLSXError) {
        let workbook = try ExportWorkbook(
            path: path, request: result.request, includesPivot: includesPivot,
            includesRecords: false, context: context)
        try workbook.finish(result, query: ExportWorkbook.queryLines(result.request))
    }
}
