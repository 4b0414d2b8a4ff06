import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary outputs not yet renamed into place, for a program to remove when it is interrupted.
///
/// ``OutputFile`` registers each temporary it creates and forgets it once renamed or removed. The
/// library installs no signal handler: a program that wants its temporaries gone on SIGINT or
/// SIGTERM (the `tally` command line does) calls ``prepareForSignalHandler()`` at startup and
/// ``removeAll()`` from its handler. A signal handler may call only async-signal-safe functions,
/// so the paths are kept as C strings in a fixed table allocated once and never freed: the
/// handler walks it with `unlink(2)`, and can never meet freed memory. A SIGKILL cannot be
/// caught: then the temporary stays, and the target is still the previous file, since only a
/// rename replaces it.
public enum TemporaryFiles {
    /// How many temporaries can be registered at once; more are still written, just not removed
    /// by ``removeAll()``.
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

    private static let lock = Mutex(())

    /// Makes the table now, so that ``removeAll()`` never makes it inside a signal handler: call
    /// it before installing the handler.
    public static func prepareForSignalHandler() {
        _ = paths
        _ = occupied
    }

    /// Registers a temporary path; returns its slot for ``unregister(_:)``, or `nil` when the
    /// table is full or the path too long.
    public static func register(_ path: String) -> Int? {
        lock.withLock { _ in
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

    /// Removes every registered temporary, without the lock and with `unlink(2)` alone: safe in
    /// a signal handler, after ``prepareForSignalHandler()``.
    public static func removeAll() {
        for slot in 0..<capacity where occupied[slot] != 0 {
            unlink(paths + slot * pathCapacity)
        }
    }
}
