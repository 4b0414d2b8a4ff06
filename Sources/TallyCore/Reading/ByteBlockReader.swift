#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor, or bytes a producer makes, in large blocks into one growable buffer,
/// keeping the unconsumed tail.
///
/// One owner of the buffer memory and, when it opened it, of the file descriptor. Its state is
/// read for every row, and only ever by the one reader that owns it, so the runtime's exclusivity
/// checks on it (some 4% of the instructions of a read) are turned off.
package final class ByteBlockReader {
    /// The longest record Tally loads; a longer one is passed over and rejected (the buffer never
    /// grows past it).
    package static let maximumRecordBytes = 16 << 20

    @exclusivity(unchecked) private(set) package var buffer: UnsafeMutableRawPointer
    @exclusivity(unchecked) private(set) package var capacity: Int
    /// Unconsumed bytes lie in `start..<end`.
    @exclusivity(unchecked) package var start = 0
    @exclusivity(unchecked) private(set) package var end = 0
    /// Whether the input has no more bytes to give.
    @exclusivity(unchecked) private(set) package var isAtEOF = false
    /// Bytes read from the input so far.
    @exclusivity(unchecked) private(set) package var bytesRead = 0

    /// Where the bytes come from: a descriptor, or a producer that fills the space it is given
    /// and returns how much it wrote (0 at the end); either through a transcoder to UTF-8.
    private enum Supplier {
        case descriptor(Int32, owned: Bool)
        case producer(ByteProducer)
        indirect case transcoding(Transcoder, from: Supplier)
    }

    private var supplier: Supplier

    /// The file offset of `buffer[0]`'s first read byte: where reading began.
    @exclusivity(unchecked) private(set) package var origin = 0

    /// Opens a file for reading from `offset`; `nil` when it cannot be opened (with `errno` set).
    package convenience init?(path: String, offset: Int = 0, blockSize: Int = 1 << 20) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
            close(fd)
            return nil
        }
        self.init(supplier: .descriptor(fd, owned: true), blockSize: blockSize)
        origin = offset
    }

    /// Reads what `producer` makes, as if from a file whose first `offset` bytes were passed
    /// over (for bytes in memory read in parts, and records written as they are read).
    package convenience init(
        producer: @escaping ByteProducer, offset: Int = 0, blockSize: Int = 1 << 20
    ) {
        self.init(supplier: .producer(producer), blockSize: blockSize)
        origin = offset
    }

    /// The file offset of the first unconsumed byte.
    package var offset: Int { origin + bytesRead - available }

    /// Reads from an open descriptor, such as standard input.
    package convenience init(descriptor: Int32, ownsDescriptor: Bool, blockSize: Int = 1 << 20) {
        self.init(supplier: .descriptor(descriptor, owned: ownsDescriptor), blockSize: blockSize)
    }

    private init(supplier: Supplier, blockSize: Int) {
        self.supplier = supplier
        capacity = blockSize
        buffer = .allocate(byteCount: blockSize, alignment: 64)
    }

    deinit {
        buffer.deallocate()
        var owner = supplier
        if case .transcoding(_, let underlying) = owner { owner = underlying }
        if case .descriptor(let descriptor, owned: true) = owner { close(descriptor) }
    }

    /// Whether the bytes are converted to UTF-8 as they are read (then `offset` counts the
    /// converted bytes, and the input cannot be read in parts).
    package var isTranscoding: Bool {
        if case .transcoding = supplier { return true }
        return false
    }

    /// From here on, reads the input as text in `encoding` and hands out its UTF-8: the
    /// unconsumed bytes are the first converted.
    package func transcode(from encoding: TextEncoding) throws(ReadFailure) {
        let unconsumed = UnsafeRawBufferPointer(start: buffer + start, count: available)
        let transcoder: Transcoder
        do { transcoder = try Transcoder(from: encoding, initial: unconsumed) } catch {
            throw .undecodable(encoding, offset: -1)
        }
        end = start
        supplier = .transcoding(transcoder, from: supplier)
    }

    /// Number of unconsumed bytes.
    package var available: Int { end - start }

    /// Reads more bytes after the unconsumed tail, moving the tail to the front or growing the
    /// buffer as needed. Returns `false` at end of input.
    ///
    /// - Throws: ``ReadFailure`` when the tail has grown past ``maximumRecordBytes`` or `read` fails.
    package func refill() throws(ReadFailure) -> Bool {
        if isAtEOF { return false }
        if start > 0 {
            if available > 0 { buffer.copyMemory(from: buffer + start, byteCount: available) }
            end -= start
            start = 0
        }
        if end == capacity {
            guard capacity < ByteBlockReader.maximumRecordBytes else { throw .recordTooLong }
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 64)
            bigger.copyMemory(from: buffer, byteCount: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        let space = UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end)
        let n = try ByteBlockReader.supply(from: supplier, into: space)
        if n == 0 {
            isAtEOF = true
            return false
        }
        end += n
        bytesRead += n
        return true
    }

    /// Reads what the supplier gives into `space`: the bytes written, 0 at the end.
    private static func supply(
        from supplier: Supplier, into space: UnsafeMutableRawBufferPointer
    ) throws(ReadFailure) -> Int {
        switch supplier {
        case .descriptor(let descriptor, _):
            while true {
                let n = read(descriptor, space.baseAddress!, space.count)
                if n >= 0 { return n }
                if errno == EINTR { continue }
                throw .system(errno: errno)
            }
        case .producer(let produce):
            return produce(space)
        case .transcoding(let transcoder, let underlying):
            return try transcoder.fill(space) { raw throws(ReadFailure) in
                try supply(from: underlying, into: raw)
            }
        }
    }

    /// Why a read stopped.
    package enum ReadFailure: Error {
        case recordTooLong
        case system(errno: Int32)
        /// The input is not text in the encoding it is read as: the byte at `offset` of the
        /// input (0-based), or -1 when iconv does not know the encoding.
        case undecodable(TextEncoding, offset: Int)
    }
}

/// Writes bytes into the space it is given and returns how many it wrote: 0 at the end.
package typealias ByteProducer = (UnsafeMutableRawBufferPointer) -> Int

extension ByteBlockReader {
    /// A reader of an input from `offset` on: the file opened, standard input (from its start),
    /// or the bytes in memory.
    ///
    /// - Throws: ``InputError`` of kind `.missing` when the file cannot be opened, or for records
    ///   in memory, which only their ``RecordStream`` can read.
    package static func reading(
        _ input: RecordInput, from offset: Int = 0
    ) throws(InputError) -> ByteBlockReader {
        switch input.origin {
        case .file:
            guard let opened = ByteBlockReader(path: input.path, offset: offset) else {
                throw InputError(
                    .missing, file: input.path, "cannot be opened: \(systemErrorMessage(errno))")
            }
            return opened
        case .standardInput:
            return ByteBlockReader(descriptor: 0, ownsDescriptor: false)
        case .bytes(let bytes):
            return ByteBlockReader(producer: copying(bytes, from: offset), offset: offset)
        case .records:
            throw InputError(
                .missing, file: input.path,
                "records held in memory are read through the RecordStream made with them")
        }
    }

    /// A producer of `bytes` from `offset` on.
    private static func copying(_ bytes: [UInt8], from offset: Int) -> ByteProducer {
        var position = min(offset, bytes.count)
        return { space in
            let count = min(space.count, bytes.count - position)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { all in
                space.baseAddress!.copyMemory(from: all.baseAddress! + position, byteCount: count)
            }
            position += count
            return count
        }
    }
}

/// The message of a C `errno` value.
package func systemErrorMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}
