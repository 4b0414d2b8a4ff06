public import TallyExport

extension OutputFile {
    /// Opens `destination` for writing, before any input is read.
    ///
    /// - Throws: ``RunFailure`` with status 73 and the reason.
    public static func opened(_ destination: OutputDestination) throws(RunFailure) -> OutputFile {
        do { return try OutputFile(destination) } catch {
            throw RunFailure(.cannotCreateOutput, error.description)
        }
    }

    /// Opens `destination` for `emitter` (a stream, or a path reserved for a workbook), before any
    /// input is read.
    ///
    /// - Throws: ``RunFailure`` with status 73 and the reason.
    public static func opened(
        _ destination: OutputDestination, for emitter: some Emitter
    ) throws(RunFailure) -> OutputFile {
        do { return try OutputFile(destination, for: emitter) } catch {
            throw RunFailure(.cannotCreateOutput, error.description)
        }
    }

    /// Writes `subject` with `emitter`, opened for it, and commits (an atomic rename for a file).
    ///
    /// - Parameters:
    ///   - subject: what is written: a table, a comparison, a report.
    ///   - emitter: the format it is written in; this file was opened for it.
    ///   - name: the output's name, said before the reason when a command writes several.
    /// - Throws: ``RunFailure`` with status 73 when writing or committing fails; the output is
    ///   discarded.
    public func commit<Subject>(
        _ subject: Subject, with emitter: any Emitter<Subject>, naming name: String? = nil
    ) throws(RunFailure) {
        try commit(naming: name) { try emitter.emit(subject, to: self) }
    }

    /// Runs the last writes and commits.
    ///
    /// - Throws: ``RunFailure`` with status 73 when either fails; the output is discarded.
    public func commit(
        naming name: String? = nil, after write: () throws -> Void
    )
        throws(RunFailure)
    {
        do {
            try write()
            try commit()
        } catch {
            discard()
            throw RunFailure(.cannotCreateOutput, (name.map { "\($0): " } ?? "") + "\(error)")
        }
    }
}
