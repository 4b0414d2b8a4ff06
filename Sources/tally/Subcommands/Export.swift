import ArgumentParser
import TallyCore
import TallyExport
import TallyRun

extension Tally {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write an analyst workbook (.xlsx) or a spreadsheet-safe CSV for any period and grouping.",
            discussion: """
                XLSX sheets: Aggregate (the --by table), Pivot (regions down, periods across, incidents; \
                when the grouping has a time dimension and region), Records (with --records: every \
                record counted, day-precision dates as real dates, links), About (inputs, query, \
                counting rules). With --records the workbook streams: memory stays flat whatever the \
                number of records, and Records continues on Records (2) past Excel's 1,048,575 rows.

                CSV: the aggregate table, or the records with --records. Text cells that begin with \
                =, +, -, @, tab, CR or LF get a leading ' so that spreadsheet programs do not run them \
                as formulas (--no-formula-guard switches it off); numbers are never touched.

                Examples:
                  tally export --by month,region --from 2025 -o border-2025.xlsx
                  tally export --records --where country=Tajikistan -o tajikistan-records.csv --bom
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var table: TableOptions

        @Flag(help: "Include every counted record (a Records sheet, or a records CSV).")
        var records = false

        @Flag(
            inversion: .prefixedNo,
            help: "Neutralise formula-like text in CSV cells with a leading '.")
        var formulaGuard = true

        @Flag(help: "Start the CSV with a UTF-8 byte-order mark (for Excel on Windows).")
        var bom = false

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The file to write: .xlsx or .csv.", valueName: "file"))
        var output: String

        func validate() throws {
            _ = try table.request()
            guard [.csv, .xlsx].contains(format) else {
                throw ValidationError("-o \(output): write a .xlsx or a .csv file")
            }
        }

        /// The format the output's extension names: csv or xlsx, as validate() checks.
        var format: OutputFormat { outputFormat(ofPath: output, else: OutputFormat.text) }

        func run() throws {
            let request = try table.request()
            let csv = CSVOptions(guardsFormulas: formulaGuard, writesByteOrderMark: bom)
            let context = EmissionContext.current()
            let run = RecordRun(input)
            // CSV and XLSX, the formats validate() admits, both list records.
            if records,
                let emitter = format.listingEmitter(csv: csv, includesPivot: true, context: context)
            {
                try Diagnostics.finish(run.list(request, with: emitter, to: .file(output)))
            } else {
                try Diagnostics.finish(
                    run.aggregate(
                        request,
                        with: format.tableEmitter(csv: csv, includesPivot: true, context: context),
                        to: .file(output)))
            }
        }
    }
}
