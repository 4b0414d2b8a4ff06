private import CInflate

/// The bytes of one ZIP entry, inflated (raw deflate, by ISA-L) as they are read: memory is one
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
    /// ISA-L's inflate state (some 40 KB of tables, so on the heap).
    private var state: UnsafeMutablePointer<inflate_state>
    private var input: UnsafeMutableRawBufferPointer
    /// The file offset of the next compressed byte to read, and where the entry's data end.
    private var position: Int
    private let dataEnd: Int
    private(set) var produced = 0
    private var crc: UInt32 = 0
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
        state = .allocate(capacity: 1)
        isal_inflate_init(state)
        // Raw deflate, the gzip CRC-32 (which ZIP uses) kept as the bytes come out.
        state.pointee.crc_flag = UInt32(ISAL_GZIP_NO_HDR)
    }

    deinit {
        state.deallocate()
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
            crc = UInt32(
                crc32_gzip_refl(
                    crc, space.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(written)))
        } else {
            let out = min(space.count, Int(UInt32.max))
            state.pointee.next_out = space.baseAddress!.assumingMemoryBound(to: UInt8.self)
            state.pointee.avail_out = UInt32(out)
            while state.pointee.avail_out > 0 {
                if state.pointee.avail_in == 0 && position < dataEnd {
                    let count = min(input.count, dataEnd - position)
                    let n = file.read(
                        at: position, into: UnsafeMutableRawBufferPointer(rebasing: input[..<count])
                    )
                    guard n == count else { throw truncated }
                    position += n
                    state.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
                    state.pointee.avail_in = UInt32(n)
                }
                // With no input left, a call may still flush what the inflater holds; one that
                // flushes nothing means the data end before the stream does.
                let starved = state.pointee.avail_in == 0
                let room = state.pointee.avail_out
                let result = isal_inflate(state)
                guard result == ISAL_DECOMP_OK || result == ISAL_END_INPUT else {
                    throw ZipArchive.Failure(
                        "a damaged workbook: \(entry.name) does not inflate (its compressed data are corrupt)"
                    )
                }
                if state.pointee.block_state == ISAL_BLOCK_FINISH {
                    finished = true
                    break
                }
                if starved && state.pointee.avail_out == room { throw truncated }
            }
            written = out - Int(state.pointee.avail_out)
            crc = state.pointee.crc
        }
        produced += written
        try check()
        if finished && crc != entry.crc {
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
