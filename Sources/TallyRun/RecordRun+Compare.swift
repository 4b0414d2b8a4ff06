public import TallyCore
public import TallyExport

extension RecordRun {
    /// Opens the output for `emitter` before any input is read, compares the two periods, and
    /// writes the comparison (`tally compare`). A side the inputs do not reach is warned of: it
    /// has no data, never zeros.
    public func compare(
        _ request: ComparisonRequest, with emitter: any Emitter<PeriodComparison>,
        to destination: OutputDestination
    ) -> RunOutcome<PeriodComparison> {
        emitting(with: emitter, to: destination) { source, options in
            if let pushdown = self.source as? any PushdownSource,
                let comparison = try pushdown.compare(request, options: options)
            {
                return comparison
            }
            return try Comparing.run(request, from: source, options: options)
        } warnings: { comparison in
            comparison.uncoveredSides.map { side in
                "the \(side.rawValue) period \(comparison.period(of: side)) lies outside the \(comparison.coverageDescription): it is shown as no data, with no change and no test"
            }
        }
    }
}
