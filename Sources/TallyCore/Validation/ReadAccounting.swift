/// What a run read: `read = accepted + rejected`, always.
public struct ReadAccounting: Sendable, Equatable {
    /// Files and streams read.
    public var inputs: [InputSummary] = []
    /// Rows read as records (blank lines and headers are not records).
    public var read = 0
    /// Records that passed every rule.
    public var accepted = 0
    /// Records refused, each with a reason.
    public var rejected = 0
    /// The first rejection, for the one-line summary.
    public var firstRejection: Rejection?

    /// Nothing read yet.
    public init() {}

    /// Whether every record read was either accepted or rejected.
    public var isBalanced: Bool { read == accepted + rejected }

    /// Counts one more input.
    package mutating func add(_ summary: InputSummary) {
        inputs.append(summary)
        read += summary.read
        accepted += summary.accepted
        rejected += summary.rejected
    }
}

/// One input file or stream and what was read from it.
public struct InputSummary: Sendable, Equatable {
    /// The path as the user named it, or `-` for standard input.
    public var path: String
    /// The file format it was read as.
    public var format: InputFormat
    /// The layout its header names: canonical, ACLED or UCDP GED.
    public var layout: InputLayout = .canonical
    /// Bytes read.
    public var bytes: Int
    /// Records read, accepted and rejected.
    public var read: Int
    /// Records accepted.
    public var accepted: Int
    /// Records rejected.
    public var rejected: Int
    /// Columns (CSV) or keys (JSON Lines) that are not part of the record format.
    public var unknownColumns: [String]
    /// Header names (CSV) or keys (JSON Lines) read as a column by another name (`Province` as
    /// region), in the order first met.
    public var mappedColumns: [MappedColumn] = []

    /// A header name or key read as a column of the record format by another name.
    public struct MappedColumn: Sendable, Hashable {
        /// The name as the input writes it (`Province`).
        public var name: String
        /// The column it is read as (``Column/region``).
        public var column: Column

        /// `name` read as `column`.
        public init(name: String, column: Column) {
            self.name = name
            self.column = column
        }
    }
    /// The sheet read, for a workbook.
    public var sheet: String?
    /// Empty rows of a workbook's sheet passed over between its header and its last record.
    public var skippedEmptyRows = 0
}

extension InputSummary {
    /// The summary of an input no record was read from.
    init(
        unread input: RecordInput, format: InputFormat? = nil, bytes: Int = 0,
        unknownColumns: [String] = []
    ) {
        self.init(
            path: input.path, format: format ?? input.format ?? .csv, bytes: bytes, read: 0,
            accepted: 0, rejected: 0, unknownColumns: unknownColumns)
    }
}

/// The layout of an input.
public enum InputFormat: String, Sendable, Equatable {
    /// Canonical CSV with a header row.
    case csv
    /// JSON Lines, one object per line.
    case jsonLines = "jsonl"
    /// An Excel workbook (Office Open XML), one sheet read.
    case xlsx
}
