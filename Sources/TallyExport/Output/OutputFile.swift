#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's output goes: standard output, or a file written atomically.
public enum OutputDestination: Sendable, Equatable {
    case standardOutput
    case file(String)

    /// `-` is standard output, anything else a file path.
    public init(argument: String) {
        self = argument == "-" ? .standardOutput : .file(argument)
    }
}

/// A buffered output that becomes visible only when committed.
///
/// A file is written to a temporary name beside the target and renamed over it on ``commit()``,
/// so a failed or interrupted run never leaves a half-written file; the temporary is removed when
/// the output is discarded or dropped uncommitted. One owner of the descriptor and the buffer.
///
/// An output opened for an emitter that writes by path (a workbook: libxlsxwriter creates the
/// file itself) has no stream: it reserves the temporary path, ``reservedPath``, for the emitter
/// to create, and renames it the same way.
public final class OutputFile {
    /// The target as the user named it (`-` for standard output).
    public let path: String
    /// The temporary path a file written by path is created at, before ``commit()`` renames it
    /// over the target; `nil` for a stream.
    public var reservedPath: String? { writesByPath ? temporaryPath : nil }
    private let temporaryPath: String?
    private let writesByPath: Bool
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var finished = false
    /// The temporary's slot in ``TemporaryFiles``, removed on SIGINT or SIGTERM.
    private var registration: Int?

    /// Opens a destination for writing.
    ///
    /// - Throws: ``OutputError/cannotCreate(_:_:)`` when the temporary file cannot be created
    ///   (missing folder, no permission): check this before reading any input.
    public init(_ destination: OutputDestination) throws(OutputError) {
        writesByPath = false
        switch destination {
        case .standardOutput:
            path = "-"
            temporaryPath = nil
            descriptor = 1
            ownsDescriptor = false
        case .file(let target):
            path = target
            var info = stat()
            if stat(target, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
                // A device or a pipe (/dev/null, /dev/stdout, a FIFO): written in place, since
                // renaming a file over it would replace the device itself.
                let fd = open(target, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw .cannotCreate(target, String(cString: strerror(errno))) }
                temporaryPath = nil
                descriptor = fd
                ownsDescriptor = true
                break
            }
            let temporary = OutputFile.temporaryPath(for: target)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .cannotCreate(target, String(cString: strerror(errno))) }
            temporaryPath = temporary
            descriptor = fd
            ownsDescriptor = true
            registration = TemporaryFiles.register(temporary)
        }
        buffer.reserveCapacity(1 << 16)
    }

    /// Opens a destination for `emitter`: a stream for text, or, for an emitter that writes by
    /// path, a temporary path reserved beside the named file (``reservedPath``).
    ///
    /// - Throws: ``OutputError/cannotCreate(_:_:)`` when nothing can be created there (checked now,
    ///   before any input is read), or when a workbook is sent to standard output.
    public convenience init(
        _ destination: OutputDestination, for emitter: some Emitter
    ) throws(OutputError) {
        if emitter.writesByPath {
            try self.init(reservingPathFor: destination)
        } else {
            try self.init(destination)
        }
    }

    /// Reserves a temporary path beside a named file, after checking that a file can be created
    /// there; no stream is opened.
    private init(reservingPathFor destination: OutputDestination) throws(OutputError) {
        guard case .file(let target) = destination else {
            throw .cannotCreate("-", "a file written by path cannot go to standard output")
        }
        try OutputFile.checkCreatable(target)
        let temporary = OutputFile.temporaryPath(for: target)
        path = target
        temporaryPath = temporary
        writesByPath = true
        descriptor = -1
        ownsDescriptor = false
        registration = TemporaryFiles.register(temporary)
    }

    deinit {
        if !finished { discard() }
    }

    /// Appends text.
    public func write(_ text: String) throws(OutputError) {
        guard !writesByPath else { throw .writeFailed(path, "this file is written by path") }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered.
    public func flush() throws(OutputError) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path, String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the rest and, for a file, renames the temporary over the target.
    public func commit() throws(OutputError) {
        try flush()
        finished = true
        guard let temporaryPath else {
            if ownsDescriptor { close(descriptor) }
            return
        }
        defer { TemporaryFiles.unregister(registration) }
        if !writesByPath && (fsync(descriptor) != 0 || close(descriptor) != 0) {
            unlink(temporaryPath)
            throw .writeFailed(path, String(cString: strerror(errno)))
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .writeFailed(path, reason)
        }
    }

    /// Abandons the output: the temporary is removed and the target left as it was. Nothing
    /// happens to an output already committed or discarded.
    public func discard() {
        guard !finished else { return }
        finished = true
        if ownsDescriptor { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }
        TemporaryFiles.unregister(registration)
    }
}

extension OutputFile {
    /// A hidden name beside `target` for writing before the rename: `dir/.name.tmp-PID`.
    public static func temporaryPath(for target: String) -> String {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        return "\(folder).\(name).tmp-\(getpid())"
    }

    /// Checks that a file can be created beside `target`, by creating and removing a probe.
    public static func checkCreatable(_ target: String) throws(OutputError) {
        let probe = temporaryPath(for: target) + "-probe"
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotCreate(target, String(cString: strerror(errno))) }
        close(fd)
        unlink(probe)
    }
}

/// An output that cannot be written.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case cannotCreate(String, String)
    case writeFailed(String, String)

    /// The problem, as a sentence naming the file.
    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// `write(2)`, named apart from ``OutputFile/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
