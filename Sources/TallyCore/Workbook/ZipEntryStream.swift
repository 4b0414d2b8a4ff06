private import CInflate

/// The bytes of one ZIP entry, inflated (zlib, raw deflate) as they are read: memory is one
/// buffer of compressed bytes, whatever the entry's size.
///
/// A decompression bomb is stopped early: the bytes inflated may not pass the limit the caller
/// sets, nor the size the directory gives, nor (past the first megabytes) 250 times the
/// compressed bytes consumed, far above what any real sheet compresses to. The checksum is
/// checked at the end.
final class ZipEntryStream {
    /// Inflated bytes at most this many times the compressed bytes are believed (once past
    /// ``ratioFloor``): deflate reaches about 1,000 on a run of one byte; sheets reach 10 to 40.
    static let maximumRatio = 250
    /// Bytes inflated before the ratio is checked: small entries may compress further.
    static let ratioFloor = 8 << 20

    let entry: ZipArchive.Entry
    private let file: RandomAccessFile
    private let limit: Int
    private var stream: UnsafeMutablePointer<z_stream>
    private var input: UnsafeMutableRawBufferPointer
    /// The file offset of the next compressed byte to read, and where the entry's data end.
    private var position: Int
    private let dataEnd: Int
    private(set) var produced = 0
    private var crc: UInt = 0
    private var finished = false

    init(
        file: RandomAccessFile, entry: ZipArchive.Entry, dataStart: Int, limit: Int
    ) throws(ZipArchive.Failure) {
        self.file = file
        self.entry = entry
        self.limit = limit
        position = dataStart
        dataEnd = dataStart + entry.compressedSize
        input = .allocate(byteCount: 1 << 16, alignment: 8)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        crc = crc32(0, nil, 0)
        if entry.method == 8 {
            let result = inflateInit2_(
                stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard result == Z_OK else {
                stream.deallocate()
                input.deallocate()
                throw ZipArchive.Failure("a workbook that cannot be inflated (zlib \(result))")
            }
        }
    }

    deinit {
        if entry.method == 8 { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    /// Fills `space` with the next inflated bytes: how many, 0 at the end of the entry.
    func read(into space: UnsafeMutableRawBufferPointer) throws(ZipArchive.Failure) -> Int {
        guard !finished, space.count > 0 else { return 0 }
        var written = 0
        if entry.method == 0 {
            let count = min(space.count, dataEnd - position)
            written = file.read(
                at: position, into: UnsafeMutableRawBufferPointer(rebasing: space[..<count]))
            guard written == count else { throw truncated }
            position += count
            if position == dataEnd { finished = true }
        } else {
            stream.pointee.next_out = space.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(space.count)
            while stream.pointee.avail_out > 0 {
                if stream.pointee.avail_in == 0 {
                    let count = min(input.count, dataEnd - position)
                    guard count > 0 else { throw truncated }
                    let n = file.read(
                        at: position, into: UnsafeMutableRawBufferPointer(rebasing: input[..<count])
                    )
                    guard n == count else { throw truncated }
                    position += n
                    stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_in = UInt32(n)
                }
                let result = inflate(stream, Z_NO_FLUSH)
                if result == Z_STREAM_END {
                    finished = true
                    break
                }
                guard result == Z_OK || result == Z_BUF_ERROR else {
                    throw ZipArchive.Failure(
                        "a damaged workbook: \(entry.name) does not inflate (its compressed data are corrupt)"
                    )
                }
            }
            written = space.count - Int(stream.pointee.avail_out)
        }
        crc = crc32(crc, space.baseAddress!.assumingMemoryBound(to: Bytef.self), UInt32(written))
        produced += written
        try check()
        if finished && UInt32(truncatingIfNeeded: crc) != entry.crc {
            throw ZipArchive.Failure(
                "a damaged workbook: \(entry.name) fails its checksum (was the file damaged in transit?)"
            )
        }
        return written
    }

    private var truncated: ZipArchive.Failure {
        ZipArchive.Failure(
            "a truncated or damaged workbook: \(entry.name) ends before its compressed data do")
    }

    /// Stops an entry that inflates to more than it may.
    private func check() throws(ZipArchive.Failure) {
        let consumed = max(1, position - (dataEnd - entry.compressedSize))
        if produced > limit
            || produced > entry.uncompressedSize
            || (produced > ZipEntryStream.ratioFloor
                && produced / consumed > ZipEntryStream.maximumRatio)
        {
            throw ZipArchive.Failure(
                "refused as a likely decompression bomb: \(entry.name) inflates to more than \(produced > entry.uncompressedSize ? "the \(entry.uncompressedSize.groupedDigits) bytes its directory gives" : produced > limit ? "\(limit >> 20) MB" : "\(ZipEntryStream.maximumRatio) times its compressed size")"
            )
        }
    }
}
