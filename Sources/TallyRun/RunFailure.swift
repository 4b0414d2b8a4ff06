/// Why a run stopped: the exit status, and the sentence that says why.
public struct RunFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The exit status.
    public var status: ExitStatus
    /// What went wrong, naming the file or the option (`cannot create out.csv: Permission denied`).
    public var message: String

    /// A failure with its status and sentence.
    public init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
