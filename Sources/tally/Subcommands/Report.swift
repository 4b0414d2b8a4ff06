import ArgumentParser
import TallyCore
import TallyExport
import TallyRun

extension Tally {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write the monthly report: summary.txt, by-region.csv, report.xlsx and report.html.",
            discussion: """
                Without --month, reports the latest month that has data. Writes DIR/YYYY-MM/ (DIR is \
                reports/ by default) and prints the summary. The summary compares the month with the \
                previous month and the same month a year earlier, lists regions by incidents with a \
                12-month sparkline, the deadliest incidents and every measure, and notes on the data. \
                report.html is the same report as one page with a map of the border provinces and \
                charts, to open in a browser or print (self-contained: no network, no script).

                The inputs cover the days from the first record to the last, or --coverage A..B. A \
                month outside it is refused (missing data is not a month of zeros); a compared month \
                before it shows "no data" with no change; a month the inputs end inside is compared \
                by its daily rate over the days covered, and noted.

                With SOURCE_DATE_EPOCH set, the generation time is pinned and two runs write \
                byte-identical files.

                Examples:
                  tally report
                  tally report --month 2025-06 -i incidents.csv --out monthly --format text,csv
                """)

        @OptionGroup var input: InputOptions

        @OptionGroup var coverage: CoverageOption

        @Option(
            help: ArgumentHelp(
                "The month to report on. Default: the latest month with data.", valueName: "yyyy-mm"
            ))
        var month: String?

        @Option(
            help: ArgumentHelp("The folder the month's folder is written in.", valueName: "dir"))
        var out = "reports"

        @Option(
            help: ArgumentHelp(
                "Files to write, comma-separated: text (summary.txt), csv (by-region.csv), xlsx (report.xlsx), html (report.html).",
                valueName: "formats"))
        var format = "text,csv,xlsx,html"

        func validate() throws {
            _ = try formats()
            _ = try requestedMonth()
            _ = try coverage.days()
        }

        func formats() throws -> Set<ReportFormat> {
            var formats = Set<ReportFormat>()
            for name in format.split(separator: ",") {
                guard
                    let format = ReportFormat(
                        rawValue: name.trimmingCharacters(in: .whitespaces).lowercased())
                else {
                    throw ValidationError("--format \"\(name)\" is not text, csv, xlsx or html")
                }
                formats.insert(format)
            }
            return formats
        }

        func requestedMonth() throws -> Period? {
            guard let month else { return nil }
            let period: Period
            do { period = try Period(parsing: month) } catch {
                throw ValidationError("--month: \(error)")
            }
            guard period.kind == .month else {
                throw ValidationError("--month \(month) is not a month (write 2025-06)")
            }
            return period
        }

        func run() throws {
            let context = EmissionContext.current()
            let outcome = RecordRun(input).report(
                month: try requestedMonth(), coverage: try coverage.days(), formats: try formats(),
                in: out, context: context)
            try Diagnostics.finish(outcome)
            guard let written = outcome.value else { return }
            print(SummaryTextEmitter(context: context).text(written.report), terminator: "")
            for path in written.files { Diagnostics.note("wrote \(path)") }
        }
    }
}
