/// The inflated bytes of a ZIP entry, handed to the XML parser a block at a time, each with
/// room before it for the bytes of the previous block the parser has not consumed yet (a tag
/// cut in two by the block's end), so that the parser reads one contiguous window and nothing
/// is copied but that tail.
///
/// A large part (a sheet) is inflated on a thread of its own (``ReadAhead``), a few blocks
/// ahead of the parser: inflating and parsing then overlap, and the read takes the longer of
/// the two rather than their sum, in the memory of ``depth`` blocks. Small parts are inflated
/// on the calling thread as they are read.
final class InflatedBlocks {
    /// Bytes inflated into each block.
    static let blockSize = 1 << 20
    /// Room before each block for the unconsumed end of the previous one; a longer tail (a tag
    /// or comment over 64 KB) is carried in a buffer of its own.
    static let headroom = 1 << 16
    /// Blocks in the ring when inflating ahead.
    static let depth = 4
    /// Parts that inflate to at least this many bytes are inflated on a thread of their own.
    static let backgroundThreshold = 4 << 20

    /// One block: its memory (headroom, then the inflated bytes), how many bytes it holds, and
    /// why inflating it failed, if it did.
    private final class Block {
        let memory: UnsafeMutableRawPointer
        let size: Int
        var count = 0
        var failure: ZipArchive.Failure?

        init(size: Int) {
            self.size = size
            memory = .allocate(byteCount: InflatedBlocks.headroom + size, alignment: 16)
        }

        deinit {
            memory.deallocate()
        }

        var bytes: UnsafeMutableRawPointer { memory + InflatedBlocks.headroom }

        /// Inflates the next bytes of `stream` into the block; `false` when it holds the last
        /// (none at the end, or a failure).
        func fill(from stream: ZipEntryStream) -> Bool {
            do {
                count = try stream.read(
                    into: UnsafeMutableRawBufferPointer(start: bytes, count: size))
                return count > 0
            } catch {
                count = 0
                failure = error
                return false
            }
        }
    }

    private let stream: ZipEntryStream
    /// The blocks inflated ahead, for a large part; `nil` to inflate as the parser reads.
    private let ahead: ReadAhead<Block>?
    /// The two blocks a small part alternates between, and the next to use.
    private let local: [Block]
    private var nextLocal = 0
    private var finished = false
    private var failure: ZipArchive.Failure?
    /// Whether the last window lies in a block taken ahead, which goes back with the next.
    private var holding = false
    /// A window too long for a block's headroom: the tail and the block after it, copied.
    private var overflow: UnsafeMutableRawPointer?
    /// The bytes handed out so far.
    private(set) var delivered = 0

    /// Blocks of `stream`'s bytes, inflated ahead on a thread of its own when the entry is large
    /// (and `inflateAhead` allows it).
    init(stream: ZipEntryStream, inflateAhead: Bool = true) {
        self.stream = stream
        let size = stream.entry.uncompressedSize
        if inflateAhead && size >= InflatedBlocks.backgroundThreshold {
            let blocks = (0..<InflatedBlocks.depth).map { _ in
                Block(size: InflatedBlocks.blockSize)
            }
            ahead = ReadAhead(slots: blocks) { block in block.fill(from: stream) }
            local = []
        } else {
            // A small part needs no bigger block than its size (+1 to see its end in one read).
            let block = min(InflatedBlocks.blockSize, max(1 << 12, size + 1))
            ahead = nil
            local = [Block(size: block), Block(size: block)]
        }
    }

    deinit {
        overflow?.deallocate()
    }

    /// The next window: `tail` (the unconsumed bytes of the last window, which may lie in it)
    /// followed by the next inflated bytes; `nil` when the entry has no more bytes (the last
    /// window and `tail` then stay valid).
    ///
    /// The last window is handed back: its memory may be reused once this returns.
    func next(
        carrying tail: UnsafeRawBufferPointer
    ) throws(ZipArchive.Failure)
        -> UnsafeRawBufferPointer?
    {
        if let failure { throw failure }
        if finished { return nil }
        let block: Block
        if let ahead {
            guard let taken = ahead.take() else { return nil }
            block = taken
        } else {
            block = local[nextLocal]
            nextLocal = 1 - nextLocal
            _ = block.fill(from: stream)
        }
        if let error = block.failure {
            failure = error
            ahead?.end()
            throw error
        }
        if block.count == 0 {
            finished = true
            ahead?.end()
            return nil
        }
        delivered += block.count
        let window: UnsafeRawBufferPointer
        if tail.count <= InflatedBlocks.headroom {
            let start = block.bytes - tail.count
            if tail.count > 0 { start.copyMemory(from: tail.baseAddress!, byteCount: tail.count) }
            window = UnsafeRawBufferPointer(start: start, count: tail.count + block.count)
            // The last window's block goes back; this one is held until the next.
            if holding { ahead?.giveBack() }
            holding = true
        } else {
            // The tail may lie in the overflow buffer itself: copy into a new one.
            let needed = tail.count + block.count
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: 16)
            bigger.copyMemory(from: tail.baseAddress!, byteCount: tail.count)
            (bigger + tail.count).copyMemory(from: block.bytes, byteCount: block.count)
            overflow?.deallocate()
            overflow = bigger
            window = UnsafeRawBufferPointer(start: bigger, count: needed)
            // Both the last block and this one are copied out: both go back.
            if holding { ahead?.giveBack() }
            ahead?.giveBack()
            holding = false
        }
        return window
    }
}
