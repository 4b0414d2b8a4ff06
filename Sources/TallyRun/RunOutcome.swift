/// What a run did: its value, what to tell the user, and the exit status.
///
/// A successful run has its value and status 0. A failed run has its ``failure`` (status and
/// sentence), to be said after the ``diagnostics``; it keeps its value only when it got that far
/// (`validate` still has its findings when `--rejects` could not be written).
public struct RunOutcome<Value> {
    /// What the run produced, when it got that far.
    public var value: Value?
    /// Notes and warnings, in the order they arose.
    public var diagnostics: [RunDiagnostic]
    /// Why the run failed, or `nil`.
    public var failure: RunFailure?
    /// 0, the failure's status, or a verdict without a failure (`validate` found rejections: 65).
    public var status: ExitStatus

    package init(
        value: Value?, diagnostics: [RunDiagnostic], failure: RunFailure? = nil,
        verdict: ExitStatus = .success
    ) {
        self.value = value
        self.diagnostics = diagnostics
        self.failure = failure
        status = failure?.status ?? verdict
    }
}
