import Dispatch
import Synchronization

/// The inflated bytes of a ZIP entry, handed to the XML parser a block at a time, each with
/// room before it for the bytes of the previous block the parser has not consumed yet (a tag
/// cut in two by the block's end), so that the parser reads one contiguous window and nothing
/// is copied but that tail.
///
/// A large part (a sheet) is inflated on a thread of its own, a few blocks ahead of the parser:
/// inflating and parsing then overlap, and the read takes the longer of the two rather than
/// their sum. A bounded ring of ``depth`` blocks keeps memory flat; the inflater waits for the
/// parser to hand a block back. Small parts are inflated on the calling thread, as they are read.
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

    private let ring: Ring
    /// The ring slot the parser holds, and the next it takes.
    private var held: Int?
    private var nextSlot = 0
    private var finished = false
    private var failure: ZipArchive.Failure?
    /// A window too long for a block's headroom: the tail and the block after it, copied.
    private var overflow: UnsafeMutableRawPointer?
    private let background: Bool
    /// The bytes handed out so far.
    private(set) var delivered = 0

    /// Blocks of `stream`'s bytes, inflated ahead on a thread of its own when the entry is large
    /// (and `inflateAhead` allows it).
    init(stream: ZipEntryStream, inflateAhead: Bool = true) {
        let size = stream.entry.uncompressedSize
        background = inflateAhead && size >= InflatedBlocks.backgroundThreshold
        // A small part needs no bigger block than its size (+1 to see its end in one read).
        let block = min(InflatedBlocks.blockSize, max(1 << 12, size + 1))
        ring = Ring(
            stream: stream, blockSize: block, depth: background ? InflatedBlocks.depth : 2)
        if background {
            let ring = ring
            DispatchQueue.global().async { ring.inflateAhead() }
        }
    }

    deinit {
        if background { ring.stop() }
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
        let slot = nextSlot
        let count: Int
        if background {
            ring.filled.wait()
            count = ring.counts[slot]
            if count < 0 {
                failure = ring.failures[slot]
                throw failure!
            }
        } else {
            do {
                count = try ring.stream.read(
                    into: UnsafeMutableRawBufferPointer(
                        start: ring.block(slot), count: ring.blockSize))
            } catch {
                failure = error
                throw error
            }
        }
        if count == 0 {
            finished = true
            return nil
        }
        nextSlot = (slot + 1) % ring.depth
        delivered += count
        let block = ring.block(slot)
        let window: UnsafeRawBufferPointer
        if tail.count <= InflatedBlocks.headroom {
            let start = block - tail.count
            if tail.count > 0 { start.copyMemory(from: tail.baseAddress!, byteCount: tail.count) }
            window = UnsafeRawBufferPointer(start: start, count: tail.count + count)
        } else {
            // The tail may lie in the overflow buffer itself: copy into a new one.
            let needed = tail.count + count
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: 16)
            bigger.copyMemory(from: tail.baseAddress!, byteCount: tail.count)
            (bigger + tail.count).copyMemory(from: block, byteCount: count)
            overflow?.deallocate()
            overflow = bigger
            window = UnsafeRawBufferPointer(start: bigger, count: needed)
        }
        // The last window's block goes back; so does this one when it was copied out.
        if background && held != nil { ring.free.signal() }
        held = slot
        if tail.count > InflatedBlocks.headroom {
            if background { ring.free.signal() }
            held = nil
        }
        return window
    }
}

extension InflatedBlocks {
    /// The blocks and the inflater, shared by the parser and the thread inflating ahead.
    ///
    /// The two never touch a block at the same time: a slot is the inflater's from `free` to
    /// `filled` and the parser's from `filled` to `free`, and the semaphores order the memory
    /// of its bytes, count and failure between them.
    fileprivate final class Ring: @unchecked Sendable {
        let stream: ZipEntryStream
        let blockSize: Int
        let depth: Int
        private let memory: UnsafeMutableRawPointer
        /// Bytes in each slot; -1 when inflating it failed (the failure in `failures`). Raw
        /// memory rather than arrays: an array written on one thread while read on the other
        /// could be copied on write under the reader.
        let counts: UnsafeMutablePointer<Int>
        let failures: UnsafeMutablePointer<ZipArchive.Failure?>
        let filled = DispatchSemaphore(value: 0)
        let free: DispatchSemaphore
        private let done = DispatchSemaphore(value: 0)
        private let stopping = Atomic<Bool>(false)

        init(stream: ZipEntryStream, blockSize: Int, depth: Int) {
            self.stream = stream
            self.blockSize = blockSize
            self.depth = depth
            memory = .allocate(
                byteCount: depth * (InflatedBlocks.headroom + blockSize), alignment: 16)
            counts = .allocate(capacity: depth)
            counts.initialize(repeating: 0, count: depth)
            failures = .allocate(capacity: depth)
            failures.initialize(repeating: nil, count: depth)
            // Made at zero and raised: libdispatch refuses to dispose of a semaphore whose
            // count is below the one it was made with.
            free = DispatchSemaphore(value: 0)
            for _ in 0..<depth { free.signal() }
        }

        deinit {
            memory.deallocate()
            counts.deallocate()
            failures.deinitialize(count: depth)
            failures.deallocate()
        }

        /// Where the inflated bytes of `slot` go (its headroom lies before).
        func block(_ slot: Int) -> UnsafeMutableRawPointer {
            memory + slot * (InflatedBlocks.headroom + blockSize) + InflatedBlocks.headroom
        }

        /// Inflates block after block into the free slots, until the entry ends, fails, or the
        /// parser stops.
        func inflateAhead() {
            var slot = 0
            while true {
                free.wait()
                if stopping.load(ordering: .acquiring) { break }
                do {
                    let count = try stream.read(
                        into: UnsafeMutableRawBufferPointer(start: block(slot), count: blockSize))
                    counts[slot] = count
                    filled.signal()
                    if count == 0 { break }
                } catch {
                    counts[slot] = -1
                    failures[slot] = error
                    filled.signal()
                    break
                }
                slot = (slot + 1) % depth
            }
            done.signal()
        }

        /// Stops the inflater, whether it waits for a slot or fills one, and waits until it has.
        func stop() {
            stopping.store(true, ordering: .releasing)
            free.signal()
            done.wait()
        }
    }
}
