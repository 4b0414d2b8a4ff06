public import TallyCore

/// One read-to-write step of a command, owned from the first output opened to the exit status:
/// outputs checked before any input is read, the read, its accounting, rejected records streamed
/// to a file (`--rejects`), `--strict`, every record rejected, the atomic commit, and every
/// failure mapped to its exit status.
///
/// A command parses its options, builds a run, makes one call (``aggregate(_:with:to:)``,
/// ``compare(_:with:to:)``, ``report(month:coverage:formats:in:context:)``, ``validate()``) and
/// says the ``RunOutcome``: its diagnostics, then its failure, then it exits with its status.
/// Nothing here prints, exits or installs a signal handler; the caller does.
///
/// The run layer is a library of its own, between TallyExport and the command line, rather than
/// part of TallyExport: it speaks the command line's contract (exit statuses, `--rejects`,
/// `--strict`, the messages that name them), which emitters have no business knowing, and a
/// program that only formats results never links it.
public struct RecordRun<Source: RecordSource> {
    /// Where the records come from; resolved after the outputs are opened, so that an output
    /// that cannot be created is said before a missing input.
    public var source: Source
    /// How the records are read: threads, columns, the clock, progress, and a listener that hears
    /// of every rejection after `rejects` has written it.
    public var options: ReadOptions
    /// Where rejected records are written as CSV (`--rejects FILE`), or `nil`.
    public var rejects: String?
    /// Whether any rejection fails the run with status 65, writing nothing (`--strict`).
    public var isStrict: Bool
    /// Called when the read is over, before anything is written or said: where a progress line
    /// is cleared.
    public var onReadFinished: (() -> Void)?

    /// A run over `source`.
    public init(
        source: Source, options: ReadOptions = ReadOptions(), rejects: String? = nil,
        isStrict: Bool = false
    ) {
        self.source = source
        self.options = options
        self.rejects = rejects
        self.isStrict = isStrict
    }
}
