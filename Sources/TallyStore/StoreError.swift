public import TallyCore

/// Why the store could not do what was asked, as a sentence that names the store (never its
/// password), and of a kind that decides the exit status.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The URL or a connection setting cannot be read (exit 64).
        case badAddress
        /// The server cannot be reached: refused, timed out, no such host, TLS failed (exit 69).
        case unreachable
        /// The server refused the user or the password (exit 77).
        case authentication
        /// The role may not do this: a read-only role asked to load (exit 77).
        case permission
        /// The database does not exist on the server (exit 66).
        case missingDatabase
        /// The database holds no Tally schema, or one of another version (exit 78).
        case schemaMismatch
        /// The server failed a statement, or the connection broke off (exit 69).
        case server
    }

    /// What went wrong; it decides the exit status.
    public var kind: Kind
    /// The sentence.
    public var message: String

    /// An error of `kind`, saying `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The sentence.
    public var description: String { message }

    /// The error as a reading command's input problem: its kind decides the exit status (66
    /// missing database, 69 unreachable, 77 refused, 78 schema mismatch).
    public var inputError: InputError {
        let kind: InputError.Kind
        switch self.kind {
        case .badAddress: kind = .invalid
        case .unreachable, .server: kind = .unavailable
        case .authentication, .permission: kind = .denied
        case .missingDatabase: kind = .missing
        case .schemaMismatch: kind = .incompatible
        }
        return InputError(kind, file: "--db", message)
    }
}
