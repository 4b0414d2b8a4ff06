#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps distinct byte strings to small integer ids, so group keys are integers on the hot path.
///
/// Open addressing over multiplicative hashes; the strings live back to back in one arena. Looking up a
/// string seen before allocates nothing.
package struct ByteInterner: Sendable {
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    package init() {}

    /// Number of distinct strings.
    package var count: Int { hashes.count }

    /// The id of `bytes`, adding it when new.
    ///
    /// - Complexity: O(n) in the length of `bytes`, amortised.
    package mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let hash = ByteInterner.hash(bytes)
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
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        slots[index] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of a string, adding it when new.
    package mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// The string with this id.
    package func string(_ id: Int32) -> String {
        String(decoding: arena[offsets[Int(id)]..<offsets[Int(id) + 1]], as: UTF8.self)
    }

    private func equals(_ id: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = offsets[id]
        let length = offsets[id + 1] - start
        guard length == bytes.count else { return false }
        if length == 0 { return true }
        return arena.withUnsafeBytes {
            memcmp($0.baseAddress! + start, bytes.baseAddress!, length) == 0
        }
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
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        guard let base = bytes.baseAddress, count > 0 else { return hash }
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                mix(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            mix(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(base.loadUnaligned(as: UInt32.self))
            let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            mix(low | high << 32)
        } else {
            let first = UInt64(base.load(as: UInt8.self))
            let middle = UInt64(base.load(fromByteOffset: count / 2, as: UInt8.self))
            let last = UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self))
            mix(first | middle << 8 | last << 16)
        }
        return hash ^ (hash >> 29)
    }
}
