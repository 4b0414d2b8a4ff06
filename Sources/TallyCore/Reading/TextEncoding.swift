/// A character encoding other than UTF-8 that records files are written in: the code pages of
/// offices that never moved to Unicode, and Excel's "Unicode text" (UTF-16).
///
/// Names are spelt as iconv spells them. UTF-16 is recognised by its byte order mark without
/// being named; naming it reads a file that has none.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    /// Cyrillic, as Windows writes it in Russian, Tajik, Kyrgyz and Kazakh locales.
    case windows1251 = "windows-1251"
    /// Western European, as Windows writes it.
    case windows1252 = "windows-1252"
    /// Cyrillic, as older Unix systems and mail write it.
    case koi8r = "koi8-r"
    /// Latin-1.
    case iso88591 = "iso-8859-1"
    /// UTF-16, least significant byte first (Excel's "Unicode text" on Windows).
    case utf16LE = "utf-16le"
    /// UTF-16, most significant byte first.
    case utf16BE = "utf-16be"

    /// The encoding a name gives, ignoring case and the usual variants (`cp1251`,
    /// `windows1251`, `latin1`); `nil` for any other name.
    public init?(naming name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "windows1251", "cp1251": self = .windows1251
        case "windows1252", "cp1252": self = .windows1252
        case "koi8r": self = .koi8r
        case "iso88591", "latin1": self = .iso88591
        case "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        default: return nil
        }
    }

    /// The name iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .windows1251: "CP1251"
        case .windows1252: "CP1252"
        case .koi8r: "KOI8-R"
        case .iso88591: "ISO-8859-1"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }

    /// The single-byte code page that bytes which are not UTF-8 were most likely written in, to
    /// suggest `--encoding`; `nil` when they do not look like one.
    ///
    /// Cyrillic text in a single-byte code page is runs of bytes from 0xC0 up (letters), where
    /// lower case dominates: 0xE0-0xFF in windows-1251, 0xC0-0xDF in KOI8-R. Latin text has a
    /// byte above 0x7F here and there between ASCII letters (`é`, `ü`).
    package static func likelyCodePage(of bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        var high = 0
        var inRuns = 0
        var upperHalf = 0
        var lowerHalf = 0
        var run = 0
        func endRun() {
            if run >= 2 { inRuns += run }
            run = 0
        }
        for byte in bytes {
            guard byte >= 0x80 else {
                endRun()
                continue
            }
            high += 1
            run += 1
            if byte >= 0xE0 {
                upperHalf += 1
            } else if byte >= 0xC0 {
                lowerHalf += 1
            }
        }
        endRun()
        guard high > 0 else { return nil }
        if inRuns * 2 >= high && upperHalf + lowerHalf >= high * 3 / 4 {
            return upperHalf >= lowerHalf ? .windows1251 : .koi8r
        }
        return .windows1252
    }
}
