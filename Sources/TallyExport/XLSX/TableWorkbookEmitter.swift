public import TallyCore

/// An aggregation as a workbook: the Aggregate sheet (an Excel table), the Pivot sheet when asked
/// for and the grouping allows it, and About (inputs, query, notes, counting rules).
///
/// The workbook of ``ExportWorkbook``: written once the result is known, or, listing every
/// counted record in a Records sheet while the input is read (`tally export --records`), started
/// before the read.
public struct TableWorkbookEmitter: WorkbookEmitter {
    /// What it writes: an aggregate table with its accounting.
    public typealias Subject = AggregationResult

    /// Whether to add the Pivot sheet (regions down, periods across, incidents).
    public var includesPivot: Bool
    /// The version and the creation time the workbook states.
    public var context: EmissionContext

    /// An emitter whose workbook states `context`'s version and time, with a Pivot sheet when
    /// `includesPivot`.
    public init(includesPivot: Bool = false, context: EmissionContext) {
        self.includesPivot = includesPivot
        self.context = context
    }

    /// Writes the workbook at `path`.
    public func write(_ result: AggregationResult, toPath path: String) throws(XLSXError) {
        let workbook = try ExportWorkbook(
            path: path, request: result.request, includesPivot: includesPivot,
            includesRecords: false, context: context)
        try workbook.finish(result)
    }
}

extension TableWorkbookEmitter: ListingEmitter {
    /// The Aggregate and Pivot sheets beside the Records sheet.
    package var writesTable: Bool { true }

    /// Starts the workbook at the output's reserved path, its Records sheet open for listing.
    package func startListing(
        on output: OutputFile, for request: AggregationRequest
    ) throws -> any ListingOutput {
        try ExportWorkbook(
            path: try output.pathForWorkbook(), request: request, includesPivot: includesPivot,
            includesRecords: true, context: context)
    }
}
