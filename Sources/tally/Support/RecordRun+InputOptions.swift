import TallyCore
import TallyRun

extension RecordRun where Source == CommandSource {
    /// The run of a reading command: its inputs (or the default dataset, or a store),
    /// `--rejects`, `--strict`, `--threads`, `--column`, `--delimiter`, `--encoding`, `--sheet`
    /// and `--date-order`, and a progress line on a terminal, cleared when the read is over.
    init(_ input: InputOptions) {
        let progress = ProgressBar()
        var options = ReadOptions(
            onProgress: { progress.update($0, bytesRead: $1) },
            threads: input.threads ?? ReadOptions.processorCount)
        // Checked in validate(): a bad --column never gets this far.
        options.columns = (try? input.columns()) ?? ColumnMapping()
        options.dialect = (try? input.dialect()) ?? InputDialect()
        options.dateOrder = try? input.resolvedDateOrder()
        self.init(
            source: CommandSource(input), options: options, rejects: input.rejects,
            isStrict: input.strict)
        onReadFinished = { progress.finish() }
    }
}

#if !TALLY_STORE
    /// What a reading command reads in a build without the store (TALLY_WITHOUT_STORE=1,
    /// Package.swift): the `-i` paths, or the default dataset. With the store, CommandSource.swift.
    struct CommandSource: RecordSource {
        let input: InputOptions

        init(_ input: InputOptions) {
            self.input = input
        }

        func recordStreams() throws(InputError) -> [RecordStream] {
            try input.resolved().recordStreams()
        }
    }
#endif
