/// Writes one kind of result (an aggregation, a comparison, a monthly report, records) in one
/// format: the pipeline's last stage.
///
/// A program picks an emitter by its format, through the one mapping each set of formats has
/// (``OutputFormat``, ``ReportFormat``, ``RecordFormat``), and never by the emitter's type. The
/// emitter writes to an ``OutputFile`` opened for it before any input is read
/// (``OutputFile/init(_:for:)``): text goes to a stream, a file or standard output; a workbook,
/// which libxlsxwriter creates by path, goes to a temporary path beside a named file. The caller
/// commits the output.
public protocol Emitter<Subject>: Sendable {
    /// What the emitter writes.
    associatedtype Subject

    /// Whether the output is a file the emitter creates by its path (a workbook) rather than text
    /// written to a stream: such an output must be a named file, never standard output.
    var writesByPath: Bool { get }

    /// Whether the output itself states the run's notes (the comparison as text does), so that
    /// they need not be repeated on standard error.
    var includesNotes: Bool { get }

    /// Writes `subject` to `output`, opened for this emitter; the caller commits it.
    func emit(_ subject: Subject, to output: OutputFile) throws
}

extension Emitter {
    /// Notes go to standard error unless an emitter says otherwise.
    public var includesNotes: Bool { false }
}
