import ArgumentParser
import Foundation
import TallyCore
import TallyRun
import TallyStore

extension Tally {
    struct Database: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Create and load a PostgreSQL store that every reading command can read.",
            discussion: """
                tally db init --db URL            creates the schema, or upgrades it
                tally db load --db URL -i PATH... loads records: one transaction, idempotent by id

                Then any reading command takes --db URL (or $TALLY_DATABASE_URL) in place of -i, \
                or beside it; aggregate and compare are counted on the server.

                Exit codes beyond the usual: 66 the database does not exist, 69 the server cannot \
                be reached, 77 authentication failed or the role may not write, 78 the store's \
                schema is another version (tally db init upgrades an older one).
                """,
            subcommands: [Init.self, Load.self])

        struct Init: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Create the store's schema, or apply the migrations it lacks.",
                discussion: """
                    Safe to run again: a store already at this tally's version is left as it is.

                    Example:
                      tally db init --db postgres://tally@localhost/incidents
                    """)

            @OptionGroup var store: StoreOption

            func validate() throws {
                guard store.url != nil else {
                    throw ValidationError("name the store with --db URL or TALLY_DATABASE_URL")
                }
            }

            func run() throws {
                let address = try store.address()!
                let before = try Database.attempt { () throws(StoreError) in
                    try StoreSchema.initialize(address)
                }
                let now = StoreSchema.currentVersion
                Diagnostics.note(
                    before == now
                        ? "the store \(address) is at schema version \(now); nothing to do"
                        : before == 0
                            ? "created schema version \(now) in \(address)"
                            : "upgraded \(address) from schema version \(before) to \(now)")
            }
        }

        struct Load: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Load records into the store: all of them or none, idempotent by id.",
                discussion: """
                    Reads any input tally reads (canonical CSV and JSON Lines, ACLED, UCDP, \
                    extracted records) by the same rules, and writes them with COPY in one \
                    transaction. A record already stored with the same fields is left alone; one \
                    whose fields changed is updated and its previous version kept in \
                    tally_revisions; rejected rows are kept in tally_rejections with their file, \
                    line and reason. Two loads at once run one after the other.

                    Examples:
                      tally db load --db postgres://tally@localhost/incidents -i incidents.csv
                      tally db load -i acled-2025.csv --dry-run    # with TALLY_DATABASE_URL set
                    """)

            @OptionGroup var input: InputOptions

            @Flag(
                help: "Say what would change (new, updated, unchanged records), and change nothing."
            )
            var dryRun = false

            func validate() throws {
                guard input.store.url != nil else {
                    throw ValidationError("name the store with --db URL or TALLY_DATABASE_URL")
                }
                guard !input.inputs.isEmpty else {
                    throw ValidationError("name what to load with -i PATH (repeatable)")
                }
                if input.rejects != nil {
                    throw ValidationError(
                        "a load keeps its rejected rows in the store's tally_rejections table; --rejects is for reading commands"
                    )
                }
            }

            func run() throws {
                let address = try input.store.address()!
                let progress = ProgressBar()
                var options = ReadOptions(onProgress: { progress.update($0, bytesRead: $1) })
                options.columns = try input.columns()
                // Read by the same rules as every reading command: --delimiter, --encoding,
                // --sheet and --date-order too.
                options.dialect = try input.dialect()
                options.dateOrder = try input.resolvedDateOrder()
                let files: InputSet
                do { files = try input.resolved() } catch {
                    throw RunFailure(ExitStatus(error), error.description)
                }
                let result: LoadResult
                do {
                    result = try StoreLoading.load(
                        files, into: address, options: options, dryRun: dryRun,
                        strict: input.strict)
                    progress.finish()
                } catch let error as StoreError {
                    progress.finish()
                    throw Database.failure(error)
                } catch let error as InputError {
                    progress.finish()
                    throw RunFailure(ExitStatus(error), error.description)
                }
                let accounting = result.accounting
                if let summary = accounting.rejectionSummary {
                    Diagnostics.warning(
                        summary
                            + (dryRun ? "" : " (kept in tally_rejections, load \(result.loadID!))"))
                }
                if result.superseded > 0 {
                    Diagnostics.note(
                        "\(result.superseded.groupedDigits) records repeat the id of a later record of this load; the later one counts"
                    )
                }
                let changes =
                    "\(result.inserted.groupedDigits) new, \(result.updated.groupedDigits) updated (previous versions kept), \(result.unchanged.groupedDigits) unchanged"
                if dryRun {
                    var line =
                        "dry run: \(accounting.accepted.groupedDigits) of \(accounting.read.groupedDigits) records read would load into \(address): \(changes); nothing written"
                    if !result.updatedExamples.isEmpty {
                        line +=
                            "; updated would be " + result.updatedExamples.joined(separator: ", ")
                        if result.updated > result.updatedExamples.count { line += ", ..." }
                    }
                    Diagnostics.note(line)
                } else {
                    Diagnostics.note(
                        "load \(result.loadID!): \(accounting.accepted.groupedDigits) of \(accounting.read.groupedDigits) records read into \(address): \(changes)"
                    )
                }
            }
        }

        /// A store error as the failure the entry point says, with its exit status.
        static func failure(_ error: StoreError) -> RunFailure {
            RunFailure(
                error.kind == .badAddress ? .usage : ExitStatus(error.inputError),
                error.description)
        }

        static func attempt<Value>(_ body: () throws(StoreError) -> Value) throws -> Value {
            do { return try body() } catch { throw failure(error) }
        }
    }
}
