import ArgumentParser
import Foundation
import TallyRun

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Statistics analysts trust from security-incident records.",
        discussion: """
            Reads records from CSV (any common delimiter and encoding), JSON Lines or .xlsx workbooks (see datasets/README.md); without -i, reads the \
            embedded default datasets/ folder. Data goes to stdout, diagnostics to stderr.

            Exit codes: 0 ok, 64 usage, 65 invalid data, 66 input missing (a file, a database), 69 a \
            service unavailable (an address, a database server), 73 output cannot be created, 77 \
            a database refused the credentials or the access, 78 a store of another schema \
            version, 1 anything else.
            """,
        version: TallyVersion.current,
        subcommands: [
            Report.self, Aggregate.self, Compare.self, Export.self, Extract.self, Validate.self,
            Generate.self, EvaluateExtraction.self,
        ] + storeCommands
    )

    /// `tally db`; none in a build without the store (TALLY_WITHOUT_STORE=1, Package.swift).
    #if TALLY_STORE
        static let storeCommands: [any ParsableCommand.Type] = [Database.self]
    #else
        static let storeCommands: [any ParsableCommand.Type] = []
    #endif

    /// Interrupts remove unfinished outputs; then the arguments are parsed and the command run,
    /// and a run that failed is said and exits with its status.
    static func main() {
        Interrupts.installHandlers()
        if let word = CommandLine.arguments.dropFirst().first,
            let meant = SubcommandSuggestion.suggestion(
                for: word, among: SubcommandSuggestion.names)
        {
            Diagnostics.error(
                "'\(word)' is not a tally subcommand; did you mean '\(meant)'? (tally --help lists them)"
            )
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as RunFailure {
            Diagnostics.error(failure.message)
            Foundation.exit(failure.status.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

enum TallyVersion {
    static let current = "0.1.0"
}
