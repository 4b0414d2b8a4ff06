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

    /// A multiplicative hash over the bytes eight at a time (the tail zero-padded, its length
    /// mixed in so that trailing zero bytes still differ).
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count, let base = bytes.baseAddress {
            hash =
                (hash ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            for k in i..<bytes.count { tail |= UInt64(bytes[k]) << UInt64((k - i) * 8) }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        return hash ^ (hash >> 29)
    }
}
