import ArgumentParser
import TallyCore
import TallyRun

extension Tally {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check records against the record rules; exit 0 only when everything is valid.",
            discussion: """
                Prints every rejection as FILE:LINE: reason (up to --limit, then a count of the rest), \
                every input that cannot be read, and a summary. Exit 65 when anything is invalid, 66 \
                when an input is missing.

                Example:
                  tally validate -i incidents.csv --rejects rejected.csv
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "Print at most this many rejections (0: all).")
        var limit = 100

        func run() throws {
            var run = RecordRun(input)
            var shown = 0
            let limit = self.limit
            run.options.onRejection = { rejection in
                if limit == 0 || shown < limit { print(rejection) }
                shown += 1
            }
            let outcome = run.validate()
            if let result = outcome.value {
                if limit > 0 && shown > limit {
                    print(
                        "… and \((shown - limit).groupedDigits) more rejections (--limit 0 shows all)"
                    )
                }
                for error in result.inputErrors { print(error) }
                let accounting = result.accounting
                let files = accounting.inputs.count
                print(
                    "checked \(accounting.read.groupedDigits) records in \(files) input\(files == 1 ? "" : "s"): \(accounting.accepted.groupedDigits) accepted, \(accounting.rejected.groupedDigits) rejected"
                        + (result.inputErrors.isEmpty
                            ? ""
                            : "; \(result.inputErrors.count) input\(result.inputErrors.count == 1 ? "" : "s") could not be read")
                )
            }
            try Diagnostics.finish(outcome)
        }
    }
}
