public import TallyCore

/// Records as CSV in the canonical layout, header first: what `tally extract` writes, and what
/// `tally export --records` lists while it reads.
public struct RecordCSVEmitter: Emitter {
    /// What it writes: records.
    public typealias Subject = [Record]

    /// How the file is written; by default the canonical layout as Tally reads it, unguarded (see
    /// ``RecordCSVWriter``).
    public var options: CSVOptions

    /// An emitter that writes with `options`; formulas are not guarded unless told, so that the
    /// records read back as written.
    public init(options: CSVOptions = CSVOptions(guardsFormulas: false)) {
        self.options = options
    }

    /// Records are written to a stream as they come.
    public var writesByPath: Bool { false }

    /// Writes the header and every record.
    public func emit(_ records: [Record], to output: OutputFile) throws {
        let writer = try RecordCSVWriter(output: output, options: options)
        for record in records { try writer.write(record) }
    }
}

extension RecordCSVEmitter: ListingEmitter {
    /// The records alone: no table.
    package var writesTable: Bool { false }

    /// Writes the header; each listed record is a row.
    package func startListing(
        on output: OutputFile, for request: AggregationRequest
    ) throws -> any ListingOutput {
        try RecordCSVWriter(output: output, options: options)
    }
}
