import ArgumentParser
import Foundation
import TallyStore

/// `--db URL` (or `TALLY_DATABASE_URL`): a PostgreSQL store, as a source of every reading
/// command and the target of `tally db`.
struct StoreOption: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "A PostgreSQL store (postgres://USER@HOST:PORT/DATABASE?sslmode=require), read in place of the default dataset or beside -i. Default: $TALLY_DATABASE_URL. PG* variables and ~/.pgpass fill what the URL leaves out.",
            valueName: "url"))
    var option: String?

    /// The URL given, else `TALLY_DATABASE_URL`; `nil` for none.
    var url: String? {
        if let option { return option }
        let variable = ProcessInfo.processInfo.environment["TALLY_DATABASE_URL"]
        return variable?.isEmpty == false ? variable : nil
    }

    /// The store's address; `nil` without a URL.
    func address() throws -> StoreAddress? {
        guard let url else { return nil }
        do { return try StoreAddress(url: url) } catch { throw ValidationError(error.description) }
    }

    func validate() throws {
        _ = try address()
    }
}
