public import TallyCore

/// The formats an aggregation or a comparison is written in (`--format` of `tally aggregate` and
/// `tally compare`), each mapped to its emitters here and nowhere else.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned text for a terminal.
    case text
    /// RFC 4180 CSV, guarded for spreadsheets.
    case csv
    /// A JSON array of objects, numbers as numbers.
    case json
    /// An Excel workbook.
    case xlsx
    /// A self-contained web page: tables and charts, to read in a browser or print.
    case html

    /// Whether the format's emitters write a file by path (a workbook), so that its output must be
    /// a named file: what ``Emitter/writesByPath`` says of each, known before there is anything to
    /// emit.
    public var writesByPath: Bool { self == .xlsx }

    /// The emitter that writes an aggregation in this format.
    ///
    /// - Parameters:
    ///   - csv: how CSV is written (formula guard, byte-order mark).
    ///   - includesPivot: whether a workbook adds the Pivot sheet.
    ///   - context: the version and time a workbook states.
    public func tableEmitter(
        csv: CSVOptions = CSVOptions(), includesPivot: Bool = false, context: EmissionContext
    ) -> any Emitter<AggregationResult> {
        switch self {
        case .text: TableTextEmitter()
        case .csv: TableCSVEmitter(options: csv)
        case .json: TableJSONEmitter()
        case .xlsx: TableWorkbookEmitter(includesPivot: includesPivot, context: context)
        case .html: TableHTMLEmitter(context: context)
        }
    }

    /// The emitter that lists every counted record in this format while the input is read, then
    /// writes what else the format holds: a records CSV (the records alone), or a workbook with a
    /// Records sheet beside the table. `nil` for text, JSON and HTML, which list no records.
    ///
    /// - Parameters:
    ///   - csv: how CSV is written (formula guard, byte-order mark).
    ///   - includesPivot: whether a workbook adds the Pivot sheet.
    ///   - context: the version and time a workbook states.
    package func listingEmitter(
        csv: CSVOptions = CSVOptions(), includesPivot: Bool = false, context: EmissionContext
    ) -> (any ListingEmitter)? {
        switch self {
        case .text, .json, .html: nil
        case .csv: RecordCSVEmitter(options: csv)
        case .xlsx: TableWorkbookEmitter(includesPivot: includesPivot, context: context)
        }
    }

    /// The emitter that writes a period comparison in this format.
    ///
    /// - Parameters:
    ///   - csv: how CSV is written (formula guard, byte-order mark).
    ///   - context: the version and time a workbook states.
    public func comparisonEmitter(
        csv: CSVOptions = CSVOptions(), context: EmissionContext
    ) -> any Emitter<PeriodComparison> {
        switch self {
        case .text: ComparisonTextEmitter()
        case .csv: ComparisonCSVEmitter(options: csv)
        case .json: ComparisonJSONEmitter()
        case .xlsx: ComparisonWorkbookEmitter(context: context)
        case .html: ComparisonHTMLEmitter(context: context)
        }
    }
}
