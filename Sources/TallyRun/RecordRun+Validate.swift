public import TallyCore

extension RecordRun {
    /// Reads every input it can against the record rules (`tally validate`); rejections go to
    /// ``options``' listener and to ``rejects``.
    ///
    /// The outcome has the findings whatever its status: 66 when an input is missing, 65 when a
    /// record was rejected or an input could not be read, 73 (with the findings still) when
    /// `--rejects` could not be written.
    public func validate() -> RunOutcome<ValidationResult> {
        RunSession.perform(self) { session throws(RunFailure) in
            let result = try session.read { source, options in
                try Validation.run(from: source, options: options)
            }
            for note in result.accounting.inputNotes { session.say(.note, note.sentence) }
            for merge in result.regionMerges { session.say(.note, merge.sentence) }
            for region in result.unknownRegions { session.say(.note, region.sentence) }
            do throws(RunFailure) { try session.commitRejects() } catch { session.failure = error }
            if result.inputErrors.contains(where: { $0.kind == .missing }) {
                session.verdict = .inputMissing
            } else if !result.isValid {
                session.verdict = .invalidData
            }
            return result
        }
    }
}
