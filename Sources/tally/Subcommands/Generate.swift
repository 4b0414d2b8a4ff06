import ArgumentParser
import TallyCore
import TallyExport
import TallyRun

extension Tally {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write realistic synthetic records (canonical CSV) for examples, tests and benchmarks.",
            discussion: """
                Tajik, Afghan, Kyrgyz and Uzbek border provinces; incidents that follow the seasons; \
                outposts, checkpoints, exercises; fatalities by side; some dates known only to the \
                week, month or year; notes with commas, quotes and line breaks. The same --seed gives \
                the same file.

                Example:
                  tally generate --records 5000 --seed 7 -o synthetic.csv
                """)

        @Option(help: "How many records.")
        var records: Int

        @Option(help: "Seed of the random numbers.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("Dates inside this period range.", valueName: "period"))
        var dates = "2021..2025"

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write here instead of stdout.", valueName: "file"))
        var output = "-"

        func validate() throws {
            guard records >= 0 else { throw ValidationError("--records must be 0 or more") }
        }

        func run() throws {
            let range: PeriodRange
            do { range = try PeriodRange(parsing: dates) } catch {
                throw ValidationError("--dates: \(error)")
            }
            let out = try OutputFile.opened(OutputDestination(argument: output))
            try out.commit {
                let writer = try RecordCSVWriter(output: out)
                for record in SyntheticRecords(count: records, seed: seed, range: range) {
                    try writer.write(record)
                }
            }
        }
    }
}
