import ArgumentParser
import TallyCore
import TallyExport

/// The shared steps of a command that reads records: outputs opened before any input is read,
/// rejections streamed to `--rejects`, accounting reported on stderr.
struct ReadRun {
    let inputOptions: InputOptions
    let progress = ProgressBar()
    private(set) var rejectsFile: OutputFile?
    private(set) var rejectsWriter: RejectionCSVWriter?
    /// The first failure to write `--rejects`, reported when the run finishes.
    private let rejectsFailure = FailureBox()

    /// Opens `--rejects`, if given; exits 73 when it cannot be created.
    init(_ inputOptions: InputOptions) throws {
        self.inputOptions = inputOptions
        if let path = inputOptions.rejects {
            let file = try ReadRun.open(.file(path))
            rejectsFile = file
            rejectsWriter = try ReadRun.writing { () throws(OutputError) in
                try RejectionCSVWriter(output: file)
            }
        }
    }

    /// Opens an output, or exits 73 with the reason.
    static func open(_ destination: OutputDestination) throws -> OutputFile {
        do {
            return try OutputFile(destination)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
    }

    /// Opens an output for an emitter (a stream, or a path reserved for a workbook), or exits 73
    /// with the reason.
    static func open(
        _ destination: OutputDestination, for emitter: some Emitter
    ) throws -> OutputFile {
        do {
            return try OutputFile(destination, for: emitter)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
    }

    /// Writes `subject` with `emitter` to an output opened for it and commits the output (an
    /// atomic rename for a file); exits 73 when that fails.
    ///
    /// - Parameter name: the output's name, said before the reason when one command writes several.
    static func emit<Subject>(
        _ subject: Subject, with emitter: any Emitter<Subject>, to output: OutputFile,
        naming name: String? = nil
    ) throws {
        try committing(output, naming: name) { try emitter.emit(subject, to: output) }
    }

    /// Runs the last writes to an output and commits it; when either fails, discards the output
    /// and exits 73 with the reason.
    static func committing(
        _ output: OutputFile, naming name: String? = nil, after write: () throws -> Void
    ) throws {
        do {
            try write()
            try output.commit()
        } catch {
            output.discard()
            Diagnostics.error((name.map { "\($0): " } ?? "") + "\(error)")
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
    }

    /// Runs a write, exiting 73 when it fails.
    static func writing<T>(_ body: () throws(OutputError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
    }

    /// Read options that stream rejections to `--rejects` and draw progress.
    func readOptions() -> ReadOptions {
        let writer = rejectsWriter
        let failure = rejectsFailure
        let progress = progress
        var options = ReadOptions(
            onRejection: writer.map { writer in
                { rejection in
                    guard failure.error == nil else { return }
                    do throws(OutputError) { try writer.write(rejection) } catch {
                        failure.error = error
                    }
                }
            },
            onProgress: { progress.update($0, bytesRead: $1) },
            threads: inputOptions.threads ?? ReadOptions.processorCount)
        // Checked in validate(): a bad --column never gets this far.
        options.columns = (try? inputOptions.columns()) ?? ColumnMapping()
        return options
    }

    /// The resolved inputs, or exit 66.
    func inputs() throws -> InputSet {
        do {
            return try inputOptions.resolved()
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(ExitStatus.code(for: error))
        }
    }

    /// Reports an input error and exits with its code, discarding outputs.
    func fail(_ error: InputError, discarding outputs: [OutputFile]) -> ExitCode {
        progress.finish()
        outputs.forEach { $0.discard() }
        rejectsFile?.discard()
        Diagnostics.error(error.description)
        return ExitCode(ExitStatus.code(for: error))
    }

    /// Commits `--rejects`, or exits 73 when writing it failed.
    func commitRejects() throws {
        guard let rejectsFile else { return }
        if let error = rejectsFailure.error {
            rejectsFile.discard()
            Diagnostics.error(error.description)
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
        try ReadRun.writing { () throws(OutputError) in try rejectsFile.commit() }
    }

    /// Commits `--rejects`, prints notes and the rejection summary; exits 65 under `--strict`,
    /// and whenever every record read was rejected (nothing to count is not a count of zero).
    func finish(
        _ accounting: ReadAccounting, notes: [String], discardingOnFailure outputs: [OutputFile]
    ) throws {
        progress.finish()
        if let rejectsFile {
            try ReadRun.writing { () throws(OutputError) in try rejectsFile.commit() }
        }
        for note in notes { Diagnostics.note(note) }
        if let summary = accounting.rejectionSummary {
            Diagnostics.warning(
                summary + (inputOptions.rejects == nil ? " (--rejects FILE writes them all)" : ""))
            if inputOptions.strict {
                outputs.forEach { $0.discard() }
                Diagnostics.error(
                    "--strict: \(accounting.rejected.groupedDigits) records were rejected; nothing written"
                )
                throw ExitCode(ExitStatus.invalidData)
            }
            if accounting.accepted == 0 {
                outputs.forEach { $0.discard() }
                Diagnostics.error(
                    "every record was rejected (\(accounting.rejected.groupedDigits) of \(accounting.read.groupedDigits)); nothing counted, nothing written"
                )
                throw ExitCode(ExitStatus.invalidData)
            }
        }
    }
}

/// Holds the first error of a callback that cannot throw.
final class FailureBox {
    var error: OutputError?
}
