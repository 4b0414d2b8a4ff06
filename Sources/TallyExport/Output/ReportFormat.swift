public import TallyCore

/// The files of a monthly report (`tally report --format`), each mapped to its emitter and its
/// name in the month's folder here and nowhere else.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `summary.txt`: the report as text a person reads top to bottom.
    case text
    /// `by-region.csv`: the month's figures per country and region.
    case csv
    /// `report.xlsx`: summary, regions, trend, records and About sheets.
    case xlsx
    /// `report.html`: one self-contained page with a map, charts and tables, to read or print.
    case html

    /// The file's name in the month's folder.
    public var fileName: String {
        switch self {
        case .text: "summary.txt"
        case .csv: "by-region.csv"
        case .xlsx: "report.xlsx"
        case .html: "report.html"
        }
    }

    /// The emitter that writes the report in this format.
    ///
    /// - Parameter context: the version and time the summary, the workbook and the page state.
    public func emitter(context: EmissionContext) -> any Emitter<MonthlyReport> {
        switch self {
        case .text: SummaryTextEmitter(context: context)
        case .csv: ReportCSVEmitter()
        case .xlsx: ReportWorkbookEmitter(context: context)
        case .html: ReportHTMLEmitter(context: context)
        }
    }
}
