package import TallyCore

/// An emitter that also lists every record an aggregation counts, while the input is read: a
/// records CSV, or a workbook with a Records sheet (`tally export --records`). Memory stays flat
/// whatever the number of records.
///
/// The listing starts on the output before the input is read (``startListing(on:for:)``) and
/// ends with the aggregation's result (``ListingOutput/finish(_:)``); the caller then commits the
/// output. Package-wide, since records are listed straight from the reader's buffer.
package protocol ListingEmitter: Emitter {
    /// Starts listing on `output`, opened for this emitter, for an aggregation of `request`.
    func startListing(
        on output: OutputFile, for request: AggregationRequest
    ) throws -> any ListingOutput

    /// Whether the output holds the aggregate table beside the records (a workbook's Aggregate
    /// sheet); a records CSV does not, and the table, which can take more memory than the
    /// listing, is then not built.
    var writesTable: Bool { get }
}
