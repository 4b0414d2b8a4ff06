/// A row that broke a record rule: where it is, why it was refused, and what it said.
public struct Rejection: Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it (`-` for standard input).
    public var file: String
    /// The line the row starts on.
    public var line: Int
    /// One sentence naming the column and the offending value.
    public var reason: String
    /// The row as written in the input.
    public var rawText: String

    /// A rejection of the row at `file:line`.
    public init(file: String, line: Int, reason: String, rawText: String) {
        self.file = file
        self.line = line
        self.reason = reason
        self.rawText = rawText
    }

    /// `FILE:LINE: reason`.
    public var description: String {
        "\(file):\(line): \(reason)"
    }
}

/// A problem that stops a whole input from being read: missing, unreadable, or not a records file.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whether the input is missing (nothing to read) or present but unusable.
    public enum Kind: Sendable, Equatable {
        /// The path does not exist, cannot be opened, or a folder holds no records files.
        case missing
        /// The file exists but is not a valid records file (no header, a missing column...).
        case invalid
        /// A service that holds the records (a database server) cannot be reached.
        case unavailable
        /// The service refused the credentials or the access (failed authentication, no
        /// permission).
        case denied
        /// The service holds records in a form this version does not read (a store whose schema
        /// version differs).
        case incompatible
    }

    /// Missing or invalid.
    public var kind: Kind
    /// The file or folder, as the user named it.
    public var file: String
    /// The line the problem is on, when it is on one.
    public var line: Int?
    /// What is wrong, as a sentence.
    public var message: String

    /// An input problem at `file` (and `line`, when known).
    public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// A value quoted for a message: at most 60 characters, with invisible characters made visible.
package func quoted(_ bytes: Span<UInt8>) -> String {
    quoted(String(decodingUTF8: bytes))
}

/// A value quoted for a message: at most 60 characters, with invisible characters made visible.
package func quoted(_ text: String) -> String {
    var shown = ""
    for scalar in text.unicodeScalars.prefix(60) {
        switch scalar {
        case "\n": shown += "\\n"
        case "\r": shown += "\\r"
        case "\t": shown += "\\t"
        case "\"": shown += "\\\""
        default: shown.unicodeScalars.append(scalar)
        }
    }
    if text.unicodeScalars.count > 60 { shown += "…" }
    return "\"\(shown)\""
}
