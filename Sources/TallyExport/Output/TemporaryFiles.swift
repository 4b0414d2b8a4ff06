import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary outputs not yet renamed into place, removed when the process is interrupted.
///
/// On SIGINT or SIGTERM the handler unlinks every registered temporary, then lets the signal end
/// the process as it would have (so the shell sees 130 or 143). A signal handler may call only
/// async-signal-safe functions, so the paths are kept as C strings in a fixed table that the
/// handler walks with `unlink(2)`; the strings are never freed, so the handler cannot meet a
/// freed one (a command registers a handful). A SIGKILL cannot be caught: then the temporary
/// stays, and the target is still the previous file, since only a rename replaces it.
public enum TemporaryFiles {
    /// How many temporaries can be registered at once; more are still written, just not cleaned
    /// up on a signal.
    static let capacity = 64

    /// The table the signal handler reads: a C string or `nil` per slot.
    nonisolated(unsafe) private static let slots:
        UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
            let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
                capacity: capacity)
            table.initialize(repeating: nil, count: capacity)
            return table
        }()

    private static let lock = Mutex(false)  // whether the handlers are installed

    /// Installs the SIGINT and SIGTERM handlers, and unblocks both signals: a process started
    /// by a program that blocks them (a test runner, some job systems) inherits the block, and
    /// would otherwise not stop at all. Called at startup; registering installs them too.
    public static func installSignalHandlers() {
        lock.withLock { installed in installIfNeeded(&installed) }
    }

    private static func installIfNeeded(_ installed: inout Bool) {
        guard !installed else { return }
        signal(SIGINT, removeAndReraise)
        signal(SIGTERM, removeAndReraise)
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        installed = true
    }

    /// Registers a temporary path; returns its slot for ``unregister(_:)``, or `nil` when full.
    public static func register(_ path: String) -> Int? {
        lock.withLock { installed in
            installIfNeeded(&installed)
            for slot in 0..<capacity where slots[slot] == nil {
                slots[slot] = strdup(path)
                return slot
            }
            return nil
        }
    }

    /// Forgets a temporary that was renamed or removed.
    public static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in slots[slot] = nil }
    }
}

/// The SIGINT and SIGTERM handler: async-signal-safe calls only.
private func removeAndReraise(_ signalNumber: Int32) {
    for slot in 0..<TemporaryFiles.capacity {
        if let path = TemporaryFiles.pathForHandler(slot) { unlink(path) }
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

extension TemporaryFiles {
    /// The path in a slot, read without the lock (the handler may not take one).
    fileprivate static func pathForHandler(_ slot: Int) -> UnsafeMutablePointer<CChar>? {
        slots[slot]
    }
}
