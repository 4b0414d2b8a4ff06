import TallyCore
import TallyRun

extension RecordRun where Source == InputOptions {
    /// The run of a reading command: its inputs (or the default dataset), `--rejects`,
    /// `--strict`, `--threads`, `--column`, `--delimiter`, `--encoding`, `--sheet` and `--date-order`, and a progress line on a terminal, cleared when
    /// the read is over.
    init(_ input: InputOptions) {
        let progress = ProgressBar()
        var options = ReadOptions(
            onProgress: { progress.update($0, bytesRead: $1) },
            threads: input.threads ?? ReadOptions.processorCount)
        // Checked in validate(): a bad --column never gets this far.
        options.columns = (try? input.columns()) ?? ColumnMapping()
        options.dialect = (try? input.dialect()) ?? InputDialect()
        options.dateOrder = try? input.resolvedDateOrder()
        self.init(source: input, options: options, rejects: input.rejects, isStrict: input.strict)
        onReadFinished = { progress.finish() }
    }
}

extension InputOptions: RecordSource {
    /// The `-i` paths, resolved, or the default dataset folder.
    func recordStreams() throws(InputError) -> [RecordStream] {
        try resolved().recordStreams()
    }
}
