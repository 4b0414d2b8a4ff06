extension UnsafeRawBufferPointer {
    /// The offset of the first byte that breaks UTF-8, or `nil` when all of it is valid UTF-8.
    ///
    /// - Complexity: O(n); ASCII runs cost one comparison per eight bytes.
    package var firstInvalidUTF8Offset: Int? {
        var i = 0
        let n = count
        guard let base = baseAddress else { return nil }
        while i < n {
            // ASCII runs eight bytes at a time (the high bits of all eight, in any byte order).
            while i + 8 <= n
                && base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080
                    == 0
            {
                i += 8
            }
            guard i < n else { break }
            let lead = self[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = self[i + 1]
            guard second >= low && second <= high else { return i }
            for k in 2..<Swift.max(2, length) where self[i + k] & 0xC0 != 0x80 {
                return i
            }
            i += length
        }
        return nil
    }
}
