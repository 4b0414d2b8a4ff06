/// Maps distinct byte strings to small integer ids, so group keys are integers on the hot path.
///
/// Open addressing over multiplicative hashes; the strings live back to back in one arena. Looking up a
/// string seen before allocates nothing.
package struct ByteInterner: Sendable {
    private var arena: ContiguousArray<UInt8> = []
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    package init() {}

    /// Number of distinct strings.
    package var count: Int { hashes.count }

    /// The id of `bytes`, adding it when new.
    ///
    /// - Complexity: O(n) in the length of `bytes`, amortised.
    package mutating func intern(_ bytes: Span<UInt8>) -> Int32 {
        let hash = ByteInterner.hash(bytes.bytes)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[index]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            index = (index + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(hash)
        for i in bytes.indices { arena.append(bytes[i]) }
        offsets.append(arena.count)
        slots[index] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bytes`, or of the empty string when there are none (`nil`: a value whose
    /// escapes are malformed).
    package mutating func intern(orEmpty bytes: Span<UInt8>?) -> Int32 {
        guard let bytes else { return intern(Span()) }
        return intern(bytes)
    }

    /// The id of a row's value of `column`, adding it when new; the empty string's when the
    /// value is absent or its escapes are malformed.
    @inline(__always)
    package mutating func intern(_ column: Column, of row: borrowing RowView) -> Int32 {
        row.withValue(column) { intern(orEmpty: $0) }
    }

    /// The id of a string, adding it when new.
    package mutating func intern(_ text: String) -> Int32 {
        intern(ContiguousArray(text.utf8).span)
    }

    /// The string with this id.
    package func string(_ id: Int32) -> String {
        String(decoding: arena[offsets[Int(id)]..<offsets[Int(id) + 1]], as: UTF8.self)
    }

    /// Whether the string with this id is `bytes`: compared eight bytes at a time, the last,
    /// partial word as the word that ends with the last byte, as ``hash(_:)`` reads them.
    private func equals(_ id: Int, _ bytes: Span<UInt8>) -> Bool {
        let start = offsets[id]
        let count = offsets[id + 1] - start
        guard count == bytes.count else { return false }
        let stored = arena.span.bytes.extracting(start..<start + count)
        let given = bytes.bytes
        func same<Word: FixedWidthInteger & BitwiseCopyable>(at offset: Int, _: Word.Type) -> Bool {
            stored.unsafeLoadUnaligned(fromUncheckedByteOffset: offset, as: Word.self)
                == given.unsafeLoadUnaligned(fromUncheckedByteOffset: offset, as: Word.self)
        }
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                guard same(at: i, UInt64.self) else { return false }
                i += 8
            }
            return same(at: count - 8, UInt64.self)
        }
        if count >= 4 { return same(at: 0, UInt32.self) && same(at: count - 4, UInt32.self) }
        for i in 0..<count where !same(at: i, UInt8.self) { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var index = Int(truncatingIfNeeded: hash) & mask
            while slots[index] >= 0 { index = (index + 1) & mask }
            slots[index] = Int32(id)
        }
    }

    /// A multiplicative hash over the bytes eight at a time; the last, partial word is read as
    /// the word that ends with the last byte (overlapping the one before), short strings as two
    /// overlapping halves, so no byte is read one at a time. The length is mixed in first.
    /// Words are read in the machine's byte order: it changes the hash values, never an id, an
    /// equality or an order of output.
    @inline(__always)
    private static func hash(_ bytes: RawSpan) -> UInt64 {
        let count = bytes.byteCount
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        guard count > 0 else { return hash }
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                mix(bytes.unsafeLoadUnaligned(fromUncheckedByteOffset: i, as: UInt64.self))
                i += 8
            }
            mix(bytes.unsafeLoadUnaligned(fromUncheckedByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(bytes.unsafeLoadUnaligned(fromUncheckedByteOffset: 0, as: UInt32.self))
            let high = UInt64(
                bytes.unsafeLoadUnaligned(fromUncheckedByteOffset: count - 4, as: UInt32.self))
            mix(low | high << 32)
        } else {
            let first = UInt64(bytes.unsafeLoad(fromUncheckedByteOffset: 0, as: UInt8.self))
            let middle = UInt64(
                bytes.unsafeLoad(fromUncheckedByteOffset: count / 2, as: UInt8.self))
            let last = UInt64(bytes.unsafeLoad(fromUncheckedByteOffset: count - 1, as: UInt8.self))
            mix(first | middle << 8 | last << 16)
        }
        return hash ^ (hash >> 29)
    }
}
