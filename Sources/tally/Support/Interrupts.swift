import Foundation
import TallyExport

/// SIGINT and SIGTERM: unfinished outputs are removed, then the signal ends the process as it
/// would have (the shell sees 130 or 143); SIGPIPE ignored around web fetches.
enum Interrupts {
    /// Installs the handlers, and unblocks both signals: a process started by a program that
    /// blocks them (a test runner, some job systems) inherits the block, and would otherwise not
    /// stop at all. Called once, at startup.
    static func installHandlers() {
        // The table of temporaries is made now, not lazily on first use inside the handler.
        TemporaryFiles.prepareForSignalHandler()
        signal(SIGINT, removeAndReraise)
        signal(SIGTERM, removeAndReraise)
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
    }

    /// Runs `body` with SIGPIPE ignored: an https server that hangs up mid-transfer can raise it
    /// inside OpenSSL, which would end the process instead of failing the fetch. Only around
    /// fetches: elsewhere a closed standard output (`tally ... | head`) should end the process
    /// quietly, as SIGPIPE does. All of the CLI's signal handling lives in this file; the
    /// libraries install none.
    static func ignoringBrokenPipes<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        return try body()
    }
}

/// The SIGINT and SIGTERM handler: async-signal-safe calls only.
private func removeAndReraise(_ signalNumber: Int32) {
    TemporaryFiles.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
