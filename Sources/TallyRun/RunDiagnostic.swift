/// A note or a warning for the user (on standard error, for the CLI).
public struct RunDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How much it matters.
    public enum Severity: Sendable, Equatable {
        /// Something to know: a column read by another name, a record dated only to its year.
        case note
        /// Something that may be wrong: records rejected, a period without data.
        case warning
    }

    /// Note or warning.
    public var severity: Severity
    /// One or more sentences.
    public var message: String

    /// A diagnostic of a severity.
    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }

    /// `note: ...` or `warning: ...`.
    public var description: String {
        "\(severity == .note ? "note" : "warning"): \(message)"
    }
}
