/// The values of a sheet row's cells, back to back in memory of their own, reused from row to
/// row.
///
/// Raw memory rather than an array: appending a few bytes to an array, twenty times a row, cost
/// more than finding them in the XML.
final class CellValues {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The bytes held.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The bytes held, valid until the next change.
    var bytes: UnsafeRawBufferPointer {
        @inline(__always) get { UnsafeRawBufferPointer(start: storage, count: count) }
    }

    /// The bytes from `start` on, valid until the next change.
    @inline(__always)
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + start, count: count - start)
    }

    /// Room for `more` bytes after the last, to be written and then ``commit(_:)``ted.
    @inline(__always)
    func reserve(_ more: Int) -> UnsafeMutablePointer<UInt8> {
        if count + more > capacity { grow(to: count + more) }
        return storage + count
    }

    /// Takes `written` bytes written into the room ``reserve(_:)`` gave.
    @inline(__always)
    func commit(_ written: Int) {
        count += written
    }

    @inline(__always)
    func append(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        reserve(bytes.count).update(
            from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    /// Appends `count` bytes from `source`, which may be read 16 bytes on: two word copies
    /// for a short value (most cells'), rather than a call to copy memory.
    @inline(__always)
    func appendShort(_ source: UnsafeRawPointer, count more: Int) {
        let target = UnsafeMutableRawPointer(reserve(more + 16))
        if more <= 16 {
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (target + 8).storeBytes(
                of: (source + 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
        } else {
            target.copyMemory(from: source, byteCount: more)
        }
        count += more
    }

    func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Exchanges the bytes held (and the memory holding them) with `other`'s.
    func exchangeBytes(with other: CellValues) {
        swap(&storage, &other.storage)
        swap(&capacity, &other.capacity)
        swap(&count, &other.count)
    }

    /// Drops the bytes from `start` on; never adds any (a `start` past the end, from a cell
    /// whose start tag was cut away, would expose bytes no cell wrote).
    @inline(__always)
    func truncate(to start: Int) {
        count = Swift.min(count, start)
    }

    private func grow(to needed: Int) {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, 2 * capacity))
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = max(needed, 2 * capacity)
    }
}
