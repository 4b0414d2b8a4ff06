import TallyCore
import TallyExport

/// A run in progress: the outputs it opened, the `--rejects` file, what it will say. Made for one
/// call of a ``RecordRun`` and dropped with it.
///
/// A class: the steps of the call share it, and the read's rejection callback reaches it.
final class RunSession<Source: RecordSource> {
    let run: RecordRun<Source>
    private(set) var diagnostics: [RunDiagnostic] = []
    /// A failure that leaves the run's value standing (`validate` when `--rejects` fails).
    var failure: RunFailure?
    /// The status of a run that did not fail (`validate`'s verdict).
    var verdict = ExitStatus.success
    /// Opened outputs, discarded when the run fails (committed ones stay).
    private var outputs: [OutputFile] = []
    private var rejects: RejectsOutput?

    private init(_ run: RecordRun<Source>) {
        self.run = run
    }

    /// Runs `body` in a session: its value, or the failure it threw with every uncommitted output
    /// discarded.
    static func perform<Value>(
        _ run: RecordRun<Source>, _ body: (RunSession) throws(RunFailure) -> Value
    ) -> RunOutcome<Value> {
        let session = RunSession(run)
        do {
            let value = try body(session)
            return RunOutcome(
                value: value, diagnostics: session.diagnostics, failure: session.failure,
                verdict: session.verdict)
        } catch {
            session.outputs.forEach { $0.discard() }
            session.rejects?.discard()
            return RunOutcome(value: nil, diagnostics: session.diagnostics, failure: error)
        }
    }

    /// Opens an output for `emitter` before any input is read.
    func open(
        _ destination: OutputDestination, for emitter: some Emitter
    ) throws(RunFailure) -> OutputFile {
        let output = try OutputFile.opened(destination, for: emitter)
        outputs.append(output)
        return output
    }

    /// Adds a note or a warning.
    func say(_ severity: RunDiagnostic.Severity, _ message: String) {
        diagnostics.append(RunDiagnostic(severity, message))
    }

    /// Opens `--rejects`, resolves the source, and reads it with `body`, which is handed the
    /// resolved streams and options that write every rejection to `--rejects`.
    ///
    /// - Throws: ``RunFailure``: 73 for `--rejects`; for the read, an ``InputError``'s status
    ///   (66 missing, 65 invalid), 65 for a ``ReportError``, 64 for a ``ComparisonError``, and 73
    ///   for anything else, which only an output listed into while reading throws.
    func read<Value>(
        _ body: (ResolvedSource, ReadOptions) throws -> Value
    ) throws(RunFailure) -> Value {
        var options = run.options
        if let path = run.rejects {
            let rejects = try RejectsOutput(path: path)
            self.rejects = rejects
            let listener = options.onRejection
            options.onRejection = { rejection in
                rejects.write(rejection)
                listener?(rejection)
            }
        }
        defer { run.onReadFinished?() }
        do {
            let value = try body(ResolvedSource(streams: try run.source.recordStreams()), options)
            // A stream that broke off (a store's connection lost) counted too little.
            if let failure = (run.source as? any PushdownSource)?.streamFailure() { throw failure }
            return value
        } catch let error as InputError {
            throw RunFailure(ExitStatus(error), error.description)
        } catch let error as ReportError {
            throw RunFailure(.invalidData, error.description)
        } catch let error as ComparisonError {
            throw RunFailure(.usage, error.description)
        } catch {
            throw RunFailure(.cannotCreateOutput, "\(error)")
        }
    }

    /// Commits `--rejects`, if given.
    func commitRejects() throws(RunFailure) {
        try rejects?.commit()
    }

    /// Commits `--rejects`, says the notes and the rejections; fails with 65 under `--strict`,
    /// and whenever every record read was rejected (nothing to count is not a count of zero).
    func account(_ accounting: ReadAccounting, notes: [DataNote]) throws(RunFailure) {
        try commitRejects()
        for note in notes { say(.note, note.sentence) }
        guard let summary = accounting.rejectionSummary else { return }
        say(.warning, summary + (run.rejects == nil ? " (--rejects FILE writes them all)" : ""))
        if run.isStrict {
            throw RunFailure(
                .invalidData,
                "--strict: \(accounting.rejected.groupedDigits) records were rejected; nothing written"
            )
        }
        if accounting.accepted == 0 {
            throw RunFailure(
                .invalidData,
                "every record was rejected (\(accounting.rejected.groupedDigits) of \(accounting.read.groupedDigits)); nothing counted, nothing written"
            )
        }
    }
}

/// A source already resolved: what a run reads once its outputs are open.
struct ResolvedSource: RecordSource {
    let streams: [RecordStream]

    func recordStreams() -> [RecordStream] { streams }
}
