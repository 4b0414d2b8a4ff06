/// How an input is written where its bytes cannot say: the CSV delimiter, the character
/// encoding, and which sheet of a workbook holds the records.
///
/// Every setting left `nil` is worked out from the input: the delimiter sniffed from the first
/// lines, UTF-8 unless a byte order mark says UTF-16, the first sheet whose header has the
/// required columns.
public struct InputDialect: Sendable, Hashable {
    /// The delimiter of CSV inputs; `nil` to sniff it (comma, semicolon, tab or pipe).
    public var delimiter: CSVDelimiter?
    /// The encoding of text inputs without a byte order mark; `nil` for UTF-8.
    public var encoding: TextEncoding?
    /// The sheet of a workbook to read, by name (ignoring case); `nil` for the first sheet with
    /// the required columns.
    public var sheet: String?

    /// Settings for the inputs of a read; the defaults work everything out.
    public init(
        delimiter: CSVDelimiter? = nil, encoding: TextEncoding? = nil, sheet: String? = nil
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.sheet = sheet
    }
}
