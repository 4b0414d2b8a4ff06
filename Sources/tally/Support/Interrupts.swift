import Foundation
import TallyExport

/// SIGINT and SIGTERM: unfinished outputs are removed, then the signal ends the process as it
/// would have (the shell sees 130 or 143).
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
}

/// The SIGINT and SIGTERM handler: async-signal-safe calls only.
private func removeAndReraise(_ signalNumber: Int32) {
    TemporaryFiles.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
