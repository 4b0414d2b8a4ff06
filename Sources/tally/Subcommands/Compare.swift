import ArgumentParser
import TallyCore
import TallyExport
import TallyRun

extension Tally {
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two periods, in total or group by group, with exact statistics.",
            discussion: """
                BASE and CURRENT are periods of any length: 2024-11 2024-12, 2023-Q4 2024-Q4, 2023 2024, \
                2024-01..2024-06 2024-07..2024-12, 2024 2025-01..2025-06. A record belongs to a period \
                only when its whole date interval lies inside it (a month-precision record is in its \
                month, quarter and year; a year-precision record is in no month); records that \
                overlap a period without lying inside it are left out of that side and noted.

                rate_ratio compares daily rates, so periods of different lengths compare fairly, with \
                its exact 95% interval. p_value, for counts (records, incidents, measures, outposts), \
                is the two-sided exact test of equal daily rates conditional on the total, as R's \
                binom.test and SciPy's binomtest compute it. Fatalities get no test: deaths come in \
                clusters and a Poisson test would mislead.

                A period the inputs do not reach (before the first record, after the last, or \
                outside --coverage) is no data, never zero: its figures show as "no data" (empty in \
                CSV, null in JSON) with no change and no test, and a warning says so. A period they \
                cover only in part is noted.

                CSV and JSON: one row per group and metric (the totals without --by), numbers at full \
                precision. Text: totals, then groups by the largest change. XLSX: a Comparison table \
                with a chart of incidents per group, and About. HTML: one self-contained page with \
                the totals, a chart and a table of the groups, and a map of the border provinces \
                when grouped by region.

                Examples:
                  tally compare 2024-11 2024-12
                  tally compare 2024 2025-01..2025-06 --by region --format csv -o h1.csv
                """)

        @Argument(help: ArgumentHelp("The base period.", valueName: "base"))
        var base: String

        @Argument(help: ArgumentHelp("The current period.", valueName: "current"))
        var current: String

        @OptionGroup var input: InputOptions

        @Option(
            help: ArgumentHelp(
                "Compare group by group: country, region, category, type, actor (no time dimension).",
                valueName: "dims"))
        var by: String?

        @Option(
            name: .customLong("where"),
            help: ArgumentHelp(
                "Keep records whose FIELD equals VALUE, as in aggregate.", valueName: "field=value")
        )
        var filters: [String] = []

        @OptionGroup var coverage: CoverageOption

        @OptionGroup var destination: TableOutputOptions

        func validate() throws {
            _ = try request()
        }

        func request() throws -> ComparisonRequest {
            let periods: (PeriodRange, PeriodRange)
            do {
                periods = (try PeriodRange(parsing: base), try PeriodRange(parsing: current))
            } catch {
                throw ValidationError(error.description)
            }
            var dimensions: [TableDimension] = []
            if let by {
                do { dimensions = try TableDimension.parseList(by) } catch {
                    throw ValidationError("--by: \(error)")
                }
                if let time = dimensions.first(where: { $0.periodKind != nil }) {
                    throw ValidationError(
                        "--by \(time.rawValue): compare already splits time into BASE and CURRENT; group by country, region, category, type or actor"
                    )
                }
            }
            let filter: RecordFilter
            do { filter = try RecordFilter(parsing: filters) } catch {
                throw ValidationError(error.description)
            }
            return ComparisonRequest(
                base: periods.0, current: periods.1, dimensions: dimensions, filter: filter,
                coverage: try coverage.days())
        }

        func run() throws {
            try Diagnostics.finish(
                RecordRun(input).compare(
                    try request(),
                    with: destination.resolvedFormat.comparisonEmitter(context: .current()),
                    to: destination.resolvedDestination))
        }
    }
}
