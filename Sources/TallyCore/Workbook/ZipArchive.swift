#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directory of a ZIP archive (an `.xlsx` workbook is one): its entries by name, read from
/// the end of the file, and a stream of each entry's bytes, inflated as it is read.
///
/// Only what workbooks use is read: stored and deflated entries, without encryption and without
/// ZIP64. Everything is checked against the file's size before it is believed, so a damaged or
/// hostile archive is refused with a sentence, never read past its end.
final class ZipArchive {
    /// One entry of the directory.
    struct Entry {
        var name: String
        /// 0 stored, 8 deflated.
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's local header starts.
        var headerOffset: Int
    }

    /// Why an archive cannot be read; completes "FILE is ...".
    struct Failure: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// The most entries a workbook's directory may list.
    static let maximumEntries = 10_000

    private let file: RandomAccessFile
    /// The entries, in directory order.
    private(set) var entries: [Entry] = []

    /// Reads the directory of the archive in `file`.
    init(file: RandomAccessFile) throws(Failure) {
        self.file = file
        let size = file.size
        // The end-of-directory record: 22 bytes and a comment of up to 64 KB, at the very end.
        let tailLength = min(size, 22 + 0xFFFF)
        let tail = try file.bytes(at: size - tailLength, count: tailLength)
        var found: Int?
        var i = tail.count - 22
        while i >= 0 {
            if tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 5 && tail[i + 3] == 6 {
                found = i
                break
            }
            i -= 1
        }
        guard let end = found else {
            throw Failure(
                "a truncated or damaged workbook: the ZIP archive has no directory at its end (was the file cut off while copying or downloading?)"
            )
        }
        let count = Int(tail.uint16(at: end + 10))
        let directorySize = Int(tail.uint32(at: end + 12))
        let directoryOffset = Int(tail.uint32(at: end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
            throw Failure("a ZIP64 archive, which Tally does not read as a workbook")
        }
        guard count <= ZipArchive.maximumEntries else {
            throw Failure(
                "not a workbook Tally reads: its archive lists \(count.groupedDigits) entries, more than \(ZipArchive.maximumEntries.groupedDigits)"
            )
        }
        guard directoryOffset + directorySize <= size - tailLength + end else {
            throw Failure(
                "a truncated or damaged workbook: its ZIP directory points past the end of the file"
            )
        }
        let directory = try file.bytes(at: directoryOffset, count: directorySize)
        var p = 0
        for _ in 0..<count {
            guard p + 46 <= directory.count, directory.uint32(at: p) == 0x0201_4B50 else {
                throw Failure("a damaged workbook: its ZIP directory is malformed")
            }
            let nameLength = Int(directory.uint16(at: p + 28))
            let extraLength = Int(directory.uint16(at: p + 30))
            let commentLength = Int(directory.uint16(at: p + 32))
            guard p + 46 + nameLength <= directory.count else {
                throw Failure("a damaged workbook: its ZIP directory is malformed")
            }
            let entry = Entry(
                name: String(decoding: directory[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
                method: directory.uint16(at: p + 10), flags: directory.uint16(at: p + 8),
                crc: directory.uint32(at: p + 16),
                compressedSize: Int(directory.uint32(at: p + 20)),
                uncompressedSize: Int(directory.uint32(at: p + 24)),
                headerOffset: Int(directory.uint32(at: p + 42)))
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The entry called `name`, ignoring ASCII case (some writers capitalise differently), and
    /// with or without a leading slash.
    func entry(named name: String) -> Entry? {
        var wanted = name.lowercased()
        if wanted.hasPrefix("/") { wanted.removeFirst() }
        return entries.first { entry in
            var have = entry.name.lowercased()
            if have.hasPrefix("/") { have.removeFirst() }
            return have == wanted
        }
    }

    /// A stream of the entry's bytes, inflated as they are read, never more than `limit`.
    func stream(_ entry: Entry, limit: Int) throws(Failure) -> ZipEntryStream {
        if entry.flags & 1 != 0 {
            throw Failure(
                "a password-protected (encrypted) archive: remove the password and save the workbook again"
            )
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw Failure(
                "not a workbook Tally reads: \(entry.name) is compressed with method \(entry.method), not deflate"
            )
        }
        let header = try file.bytes(at: entry.headerOffset, count: 30)
        guard header.uint32(at: 0) == 0x0403_4B50 else {
            throw Failure(
                "a damaged workbook: the ZIP entry \(entry.name) is not where its directory says")
        }
        let dataStart =
            entry.headerOffset + 30 + Int(header.uint16(at: 26)) + Int(header.uint16(at: 28))
        guard dataStart + entry.compressedSize <= file.size else {
            throw Failure(
                "a truncated or damaged workbook: \(entry.name) runs past the end of the file")
        }
        return try ZipEntryStream(
            file: file, entry: entry, dataStart: dataStart, limit: limit)
    }
}

/// A file read at any offset: a file by its descriptor, or bytes in memory.
final class RandomAccessFile {
    private enum Storage {
        case descriptor(Int32)
        case bytes([UInt8])
    }

    private let storage: Storage
    /// Its length in bytes.
    let size: Int

    /// The file at `path`; `nil` when it cannot be opened (with `errno` set).
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            return nil
        }
        storage = .descriptor(fd)
        size = Int(info.st_size)
    }

    /// Bytes held in memory.
    init(bytes: [UInt8]) {
        storage = .bytes(bytes)
        size = bytes.count
    }

    deinit {
        if case .descriptor(let fd) = storage { close(fd) }
    }

    /// Reads up to `space.count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: Int, into space: UnsafeMutableRawBufferPointer) -> Int {
        let count = max(0, min(space.count, size - offset))
        guard count > 0 else { return 0 }
        switch storage {
        case .descriptor(let fd):
            var done = 0
            while done < count {
                let n = pread(fd, space.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            return done
        case .bytes(let bytes):
            bytes.withUnsafeBytes { all in
                space.baseAddress!.copyMemory(from: all.baseAddress! + offset, byteCount: count)
            }
            return count
        }
    }

    /// Exactly `count` bytes at `offset`.
    func bytes(at offset: Int, count: Int) throws(ZipArchive.Failure) -> [UInt8] {
        guard offset >= 0, count >= 0, offset + count <= size else {
            throw ZipArchive.Failure(
                "a truncated or damaged workbook: a part of its ZIP archive lies past the end of the file"
            )
        }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { read(at: offset, into: $0) }
        guard n == count else {
            throw ZipArchive.Failure("a workbook that cannot be read to its end")
        }
        return bytes
    }
}

extension [UInt8] {
    /// The little-endian 16-bit number at `offset`.
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit number at `offset`.
    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }
}
