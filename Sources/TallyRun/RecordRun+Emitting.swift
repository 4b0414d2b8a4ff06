import TallyCore
import TallyExport

extension RecordRun {
    /// The step of `aggregate` and `compare`: opens the output for `emitter` before any input is
    /// read, reads the subject, accounts for the read (its notes said unless the emitter writes
    /// them itself), says `warnings`, and writes the subject.
    func emitting<Subject: ReadResult>(
        with emitter: any Emitter<Subject>, to destination: OutputDestination,
        reading read: (ResolvedSource, ReadOptions) throws -> Subject,
        warnings: (Subject) -> [String] = { _ in [] }
    ) -> RunOutcome<Subject> {
        RunSession.perform(self) { session throws(RunFailure) in
            let output = try session.open(destination, for: emitter)
            let subject = try session.read(read)
            try session.account(
                subject.accounting, notes: emitter.includesNotes ? [] : subject.notes)
            for warning in warnings(subject) { session.say(.warning, warning) }
            try output.commit(subject, with: emitter)
            return subject
        }
    }
}
