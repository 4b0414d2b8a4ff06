import ArgumentParser
import TallyCore
import TallyExport

extension Tally {
    struct Aggregate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Count records, incidents, fatalities by side and measures per period and group.",
            discussion: """
                Columns: the grouping (region expands to country,region), then records, incidents, \
                fatalities, fatalities_militants, fatalities_security, fatalities_civilians, \
                fatalities_unknown, measures, outposts.

                A record dated only to a coarser period than the time dimension is counted under its \
                own label (2019 in a monthly table), and a note says how many. With --from/--to, a \
                record counts only when its whole date interval lies inside the range.

                Examples:
                  tally aggregate --by month,region --format csv -i incidents.csv
                  tally aggregate --by quarter,country --from 2024 --where category=incident
                  tally aggregate --by month --fill --from 2024-01 --to 2024-12 -o monthly.csv
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var table: TableOptions

        @OptionGroup var destination: TableOutputOptions

        func validate() throws {
            _ = try table.request()
        }

        func run() throws {
            try Aggregate.write(
                try table.request(), input: input,
                with: destination.resolvedFormat.tableEmitter(context: .current()),
                to: destination.resolvedDestination)
        }

        /// Opens the output for `emitter` before any input is read, aggregates, and emits the
        /// result: `aggregate`, and `export` without --records.
        static func write(
            _ request: AggregationRequest, input: InputOptions,
            with emitter: any Emitter<AggregationResult>, to destination: OutputDestination
        ) throws {
            let out = try ReadRun.open(destination, for: emitter)
            let run = try ReadRun(input)
            let inputs = try run.inputs()
            let result: AggregationResult
            do {
                result = try Aggregation.run(request, from: inputs, options: run.readOptions())
            } catch {
                throw run.fail(error, discarding: [out])
            }
            try run.finish(result.accounting, notes: result.notes, discardingOnFailure: [out])
            try ReadRun.emit(result, with: emitter, to: out)
        }
    }
}
