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
/// async-signal-safe functions, so the paths are kept as C strings in a fixed table allocated once
/// and never freed: the handler walks it with `unlink(2)`, and can never meet freed memory. A
/// SIGKILL cannot be caught: then the temporary stays, and the target is still the previous file,
/// since only a rename replaces it.
public enum TemporaryFiles {
    /// How many temporaries can be registered at once; more are still written, just not cleaned
    /// up on a signal.
    static let capacity = 64
    /// The longest path kept, its terminating NUL included; a longer one is not registered.
    static let pathCapacity = 4_096

    /// `capacity` path buffers, back to back.
    nonisolated(unsafe) private static let paths = UnsafeMutablePointer<CChar>.allocate(
        capacity: capacity * pathCapacity)
    /// Whether each slot holds a registered path; set after the path is copied in, cleared first
    /// on the way out, so the handler only reads whole paths.
    nonisolated(unsafe) private static let occupied: UnsafeMutablePointer<Int32> = {
        let flags = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        flags.initialize(repeating: 0, count: capacity)
        return flags
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
        // The tables are made now, not lazily on first use inside the handler.
        _ = paths
        _ = occupied
        signal(SIGINT, removeAndReraise)
        signal(SIGTERM, removeAndReraise)
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        installed = true
    }

    /// Registers a temporary path; returns its slot for ``unregister(_:)``, or `nil` when the
    /// table is full or the path too long.
    public static func register(_ path: String) -> Int? {
        lock.withLock { installed in
            installIfNeeded(&installed)
            let bytes = Array(path.utf8)
            guard bytes.count < pathCapacity, !bytes.contains(0) else { return nil }
            for slot in 0..<capacity where occupied[slot] == 0 {
                let buffer = paths + slot * pathCapacity
                bytes.withUnsafeBytes { raw in
                    UnsafeMutableRawPointer(buffer).copyMemory(
                        from: raw.baseAddress!, byteCount: bytes.count)
                }
                buffer[bytes.count] = 0
                occupied[slot] = 1
                return slot
            }
            return nil
        }
    }

    /// Forgets a temporary that was renamed or removed.
    public static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in occupied[slot] = 0 }
    }

    /// The path in a slot, read without the lock (the handler may not take one).
    fileprivate static func pathForHandler(_ slot: Int) -> UnsafeMutablePointer<CChar>? {
        occupied[slot] != 0 ? paths + slot * pathCapacity : nil
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
