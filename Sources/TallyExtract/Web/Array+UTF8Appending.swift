extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of a code point; a surrogate or a value past U+10FFFF
    /// appends U+FFFD instead.
    mutating func appendUTF8(codePoint: UInt32) {
        let scalar = Unicode.Scalar(codePoint) ?? "\u{FFFD}"
        let value = scalar.value
        switch value {
        case 0..<0x80:
            append(UInt8(value))
        case 0x80..<0x800:
            append(0xC0 | UInt8(value >> 6))
            append(0x80 | UInt8(value & 0x3F))
        case 0x800..<0x10000:
            append(0xE0 | UInt8(value >> 12))
            append(0x80 | UInt8((value >> 6) & 0x3F))
            append(0x80 | UInt8(value & 0x3F))
        default:
            append(0xF0 | UInt8(value >> 18))
            append(0x80 | UInt8((value >> 12) & 0x3F))
            append(0x80 | UInt8((value >> 6) & 0x3F))
            append(0x80 | UInt8(value & 0x3F))
        }
    }
}
