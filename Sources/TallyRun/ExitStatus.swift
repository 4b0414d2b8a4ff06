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
    /// A service (a web address) is unavailable.
    case unavailable = 69
    /// An output cannot be created or written.
    case cannotCreateOutput = 73

    /// The status of an input problem: 66 for a missing input, 65 for one that holds no valid
    /// records file.
    public init(_ error: InputError) {
        self = error.kind == .missing ? .inputMissing : .invalidData
    }
}
