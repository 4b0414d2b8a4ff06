public import TallyCore

/// A monthly report as CSV, `by-region.csv`: its by-region table (the month's figures per country
/// and region), written as ``TableCSVEmitter`` writes any table.
public struct ReportCSVEmitter: TextEmitter {
    /// What it writes: a monthly report.
    public typealias Subject = MonthlyReport

    /// How the file is written: formula guard and byte-order mark.
    public var options: CSVOptions

    /// An emitter that guards formulas and writes no byte-order mark unless told otherwise.
    public init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// The by-region table, header first.
    public func text(_ report: MonthlyReport) -> String {
        TableCSVEmitter(options: options).text(report.byRegion)
    }
}
