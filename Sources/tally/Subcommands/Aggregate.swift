import ArgumentParser
import TallyCore
import TallyExport
import TallyRun

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
            try Diagnostics.finish(
                RecordRun(input).aggregate(
                    try table.request(),
                    with: destination.resolvedFormat.tableEmitter(context: .current()),
                    to: destination.resolvedDestination))
        }
    }
}
