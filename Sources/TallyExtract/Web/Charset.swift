internal import TallyCore

/// A character set a web document may be written in, and its decoding to UTF-8.
enum Charset: Sendable, Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case windows1251
    case windows1252
    case koi8R

    /// The character sets a label names (case-insensitive), as the WHATWG Encoding standard
    /// resolves them: `iso-8859-1`, `latin1` and `us-ascii` are read as windows-1252 (a superset
    /// that browsers apply because pages mislabel it); `utf-16` without a byte-order mark is
    /// little-endian.
    init?(label: String) {
        switch label.trimmingASCIIWhitespace().lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode": self = .utf16LittleEndian
        case "utf-16be", "unicodefffe": self = .utf16BigEndian
        case "windows-1251", "cp1251", "x-cp1251", "win-1251": self = .windows1251
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
            "iso-ir-100", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
            "ibm819", "csisolatin1", "iso88591":
            self = .windows1252
        case "koi8-r", "koi8r", "koi8", "koi", "cskoi8r": self = .koi8R
        default: return nil
        }
    }

    /// The labels `init(label:)` is usually given, for an error message.
    static let supportedLabels =
        "utf-8, utf-16le, utf-16be, windows-1251, windows-1252, iso-8859-1, koi8-r"

    /// `bytes` from `start` on, decoded to UTF-8; what does not decode becomes U+FFFD.
    ///
    /// - Complexity: O(n).
    func utf8(_ bytes: [UInt8], from start: Int = 0) -> [UInt8] {
        switch self {
        case .utf8:
            let rest = bytes[start...]
            let valid = rest.withUnsafeBytes { $0.firstInvalidUTF8Offset == nil }
            return valid ? Array(rest) : Array(String(decoding: rest, as: UTF8.self).utf8)
        case .utf16LittleEndian:
            return Charset.utf8(fromUTF16: bytes, from: start, bigEndian: false)
        case .utf16BigEndian: return Charset.utf8(fromUTF16: bytes, from: start, bigEndian: true)
        case .windows1251: return Charset.utf8(bytes, from: start, high: Charset.windows1251High)
        case .windows1252: return Charset.utf8(bytes, from: start, high: Charset.windows1252High)
        case .koi8R: return Charset.utf8(bytes, from: start, high: Charset.koi8RHigh)
        }
    }

    /// A single-byte character set: ASCII below 0x80, `high` for 0x80 to 0xFF.
    private static func utf8(_ bytes: [UInt8], from start: Int, high: [UInt16]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start + (bytes.count - start) / 2)
        for byte in bytes[start...] {
            if byte < 0x80 {
                out.append(byte)
            } else {
                out.appendUTF8(codePoint: UInt32(high[Int(byte - 0x80)]))
            }
        }
        return out
    }

    /// UTF-16 of either byte order; a lone surrogate or an odd last byte becomes U+FFFD.
    private static func utf8(
        fromUTF16 bytes: [UInt8], from start: Int, bigEndian: Bool
    )
        -> [UInt8]
    {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        func unit(at i: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
                : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        while i + 1 < bytes.count {
            let first = unit(at: i)
            i += 2
            switch first {
            case 0xD800..<0xDC00:
                let second = i + 1 < bytes.count ? unit(at: i) : 0
                if (0xDC00..<0xE000).contains(second) {
                    i += 2
                    out.appendUTF8(
                        codePoint: 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                } else {
                    out.appendUTF8(codePoint: 0xFFFD)
                }
            case 0xDC00..<0xE000: out.appendUTF8(codePoint: 0xFFFD)
            default: out.appendUTF8(codePoint: first)
            }
        }
        if i < bytes.count { out.appendUTF8(codePoint: 0xFFFD) }
        return out
    }
}
