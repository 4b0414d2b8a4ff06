/// How a CSV file meant for spreadsheets is written.
///
/// Tally's own record files (``RecordCSVWriter`` by default) are data and are written unguarded.
public struct CSVOptions: Sendable {
    /// Whether text cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, `-2+3`) get a
    /// leading `'`, as OWASP advises; on by default.
    public var guardsFormulas: Bool = true
    /// Whether the file starts with a UTF-8 byte-order mark; off by default, as in xsv, csvkit
    /// and DuckDB.
    public var writesByteOrderMark: Bool = false

    /// Options that guard formulas and write no byte-order mark unless told otherwise.
    public init(guardsFormulas: Bool = true, writesByteOrderMark: Bool = false) {
        self.guardsFormulas = guardsFormulas
        self.writesByteOrderMark = writesByteOrderMark
    }
}
