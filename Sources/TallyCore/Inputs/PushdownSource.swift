/// A source that counts on its own: a database that runs the grouping and the filtering itself
/// and hands back the groups, so that the records never cross the wire one by one.
///
/// The run layer asks such a source first and reads its streams only when it answers `nil`
/// (nothing to push down). Whatever it answers must equal, byte for byte once emitted, what
/// reading its records as streams would give: the same groups, labels, order, totals and notes.
public protocol PushdownSource: RecordSource {
    /// The aggregate of `request` over the source's records, counted where they are; `nil` to
    /// have them read as streams.
    func aggregate(
        _ request: AggregationRequest, options: ReadOptions
    ) throws(InputError) -> AggregationResult?

    /// The comparison of `request` over the source's records, counted where they are; `nil` to
    /// have them read as streams.
    func compare(_ request: ComparisonRequest, options: ReadOptions) throws -> PeriodComparison?

    /// The failure of a stream that ended early (a connection lost in the middle of a read),
    /// checked after every read of the streams: such a read counted too little and must fail.
    func streamFailure() -> InputError?
}
