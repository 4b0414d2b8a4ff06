/// Groups counted elsewhere (by a database, from a ``PushdownSource``), keyed by the fields as
/// they were written, with what the aggregator needs for its notes and coverage: what an
/// ``Aggregator`` adds as if it had counted those records itself.
package struct PartialAggregate: Sendable {
    /// One group: the fields its key is made of (those the grouping does not use are ignored)
    /// and its metrics.
    package struct Group: Sendable {
        /// The group's period of the time dimension: the record's own, coarser period when its
        /// date is coarser than the dimension.
        package var period: Period?
        package var country = ""
        package var region = ""
        package var category: Category = .other
        package var type = ""
        /// One actor of the group's records, when grouping by actor.
        package var actor = ""
        package var metrics = Metrics()

        package init() {}
    }

    /// Groups of the grouping; with `actor`, a record counts in the group of each actor it
    /// names, as ``Aggregator`` counts it.
    package var groups: [Group] = []
    /// Every counted record once.
    package var totals = Metrics()
    /// Totals by the period of the time dimension, counting every record once (needed only
    /// when grouping by time and actor, where the groups count a record twice).
    package var totalsByPeriod: [(period: Period, metrics: Metrics)] = []
    /// Counted records dated only to a period coarser than the time dimension, and the
    /// earliest such period.
    package var coarserRecords = 0
    package var earliestCoarserPeriod: Period?
    /// Records overlapping the range without lying inside it.
    package var partialOverlaps = 0
    /// The first and last days of every record read, counted or not.
    package var firstDay: CivilDate?
    package var lastDay: CivilDate?

    package init() {}
}

extension Aggregator {
    /// The result of what this aggregator counted, with the accounting of the read.
    package func result(accounting: ReadAccounting) -> AggregationResult {
        AggregationResult(
            request: request, table: table(), accounting: accounting,
            notes: accounting.inputNotes + notes())
    }
}
