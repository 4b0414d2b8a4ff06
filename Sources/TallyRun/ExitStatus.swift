public import TallyCore

/// The exit statuses of the `tally` command line (DESIGN §4), after sysexits.h.
public enum ExitStatus: Int32, Sendable {
    /// Everything went as asked.
    case success = 0
    /// Anything the other statuses do not name.
    case failure = 1
    /// A bad option or request.
    case usage = 64
    /// Invalid data: `validate` with rejections, `--strict`, every record rejected, a broken file.
    case invalidData = 65
    /// An input is missing.
    case inputMissing = 66
    /// A service (a web address, a database server) is unavailable.
    case unavailable = 69
    /// An output cannot be created or written.
    case cannotCreateOutput = 73
    /// A service refused the credentials or the access (a database's failed authentication, a
    /// role without the right to load).
    case permissionDenied = 77
    /// A store's schema is not the version this tally reads (`tally db init` upgrades it).
    case configuration = 78

    /// The status of an input problem: 66 for a missing input (a file, a database), 65 for one
    /// that holds no valid records file, 69 for a server that cannot be reached, 77 for refused
    /// credentials, 78 for a store of another schema version.
    public init(_ error: InputError) {
        switch error.kind {
        case .missing: self = .inputMissing
        case .invalid: self = .invalidData
        case .unavailable: self = .unavailable
        case .denied: self = .permissionDenied
        case .incompatible: self = .configuration
        }
    }
}
