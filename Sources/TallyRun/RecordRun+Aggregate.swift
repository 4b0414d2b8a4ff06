public import TallyCore
public import TallyExport

extension RecordRun {
    /// Opens the output for `emitter` before any input is read, aggregates, and writes the table
    /// (`tally aggregate`, and `tally export` without `--records`).
    public func aggregate(
        _ request: AggregationRequest, with emitter: any Emitter<AggregationResult>,
        to destination: OutputDestination
    ) -> RunOutcome<AggregationResult> {
        emitting(with: emitter, to: destination) { source, options in
            if let pushdown = self.source as? any PushdownSource,
                let result = try pushdown.aggregate(request, options: options)
            {
                return result
            }
            return try Aggregation.run(request, from: source, options: options)
        }
    }

    /// Aggregates while `emitter` lists every counted record on the output, then finishes the
    /// output with the result: memory stays flat whatever the number of records (`tally export
    /// --records`).
    package func list(
        _ request: AggregationRequest, with emitter: some ListingEmitter,
        to destination: OutputDestination
    ) -> RunOutcome<AggregationResult> {
        RunSession.perform(self) { session throws(RunFailure) in
            let output = try session.open(destination, for: emitter)
            let (listing, result) = try session.read { source, options in
                let listing = try emitter.startListing(on: output, for: request)
                let result = try Aggregation.run(
                    request, from: source, options: options, buildsTable: emitter.writesTable,
                    listingRows: { try listing.list($0, from: $1) })
                return (listing, result)
            }
            try session.account(result.accounting, notes: result.notes)
            try output.commit { try listing.finish(result) }
            return result
        }
    }
}
