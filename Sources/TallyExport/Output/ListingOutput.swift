package import TallyCore

/// An output listed into while an aggregation reads its input: handed each counted record as it
/// is read, then the result. Started by a ``ListingEmitter``.
package protocol ListingOutput {
    /// Lists one counted record, straight from the row the reader holds (readable during the
    /// call only).
    func list(_ record: DecodedRecord, from row: borrowing RowView) throws

    /// Ends the listing with the aggregation's result: what else the output holds.
    func finish(_ result: AggregationResult) throws
}
