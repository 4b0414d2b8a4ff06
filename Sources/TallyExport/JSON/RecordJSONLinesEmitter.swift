public import TallyCore

/// Records as JSON Lines with the canonical keys, one object a line: what `tally extract
/// --format jsonl` writes.
public struct RecordJSONLinesEmitter: Emitter {
    /// What it writes: records.
    public typealias Subject = [Record]

    /// The emitter.
    public init() {}

    /// Records are written to a stream as they come.
    public var writesByPath: Bool { false }

    /// Writes every record, one a line.
    public func emit(_ records: [Record], to output: OutputFile) throws {
        let writer = RecordJSONLinesWriter(output: output)
        for record in records { try writer.write(record) }
    }
}
