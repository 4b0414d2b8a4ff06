/// Character references: the five XML ones and numeric ones for feeds, and the named entities
/// that occur in news pages for HTML.
enum HTMLEntities {
    /// Decodes the reference that starts with the `&` at `start` into `out` and returns the index
    /// after it, or returns `nil` (and appends nothing) when no reference starts there.
    ///
    /// Numeric references need no `;` in HTML; named ones do, except the five commonest. With
    /// `xml`, only `amp lt gt quot apos` and numeric references are known, and the `;` is
    /// required; numeric references to 0x80 to 0x9F mean windows-1252's characters in HTML
    /// (as browsers read them) and themselves in XML.
    ///
    /// - Complexity: O(1): at most 32 bytes are looked at.
    static func decode(
        _ bytes: [UInt8], at start: Int, xml: Bool, into out: inout [UInt8]
    )
        -> Int?
    {
        var i = start + 1
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = i < bytes.count && (bytes[i] | 0x20) == UInt8(ascii: "x")
            if hex { i += 1 }
            while i < bytes.count, let digit = Self.digit(bytes[i], hex: hex) {
                if value < 0x11_0000 { value = value * (hex ? 16 : 10) + digit }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < bytes.count && bytes[i] == UInt8(ascii: ";") {
                i += 1
            } else if xml {
                return nil
            }
            if !xml, (0x80..<0xA0).contains(value) {
                value = UInt32(Charset.windows1252High[Int(value - 0x80)])
            }
            out.appendUTF8(codePoint: value == 0 ? 0xFFFD : value)
            return i
        }
        let nameStart = i
        while i < bytes.count, i - nameStart < 32, Self.isAlphanumeric(bytes[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        let terminated = i < bytes.count && bytes[i] == UInt8(ascii: ";")
        if xml {
            guard terminated, let value = Self.xmlNamed[name] else { return nil }
            out.append(value)
            return i + 1
        }
        if let value = Self.named[name], terminated || Self.needsNoSemicolon.contains(name) {
            out.appendUTF8(codePoint: value)
            return terminated ? i + 1 : i
        }
        return nil
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex:
            return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex:
            return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default: return false
        }
    }

    private static let xmlNamed: [String: UInt8] = [
        "amp": UInt8(ascii: "&"), "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"),
        "quot": UInt8(ascii: "\""), "apos": UInt8(ascii: "'"),
    ]

    /// Named references that old pages write without the `;` and browsers still decode.
    private static let needsNoSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp"]

    /// The names of U+00A0 to U+00FF, in order.
    private static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
        deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
        iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml \
        Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave \
        Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil \
        egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde \
        ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """

    private static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
            "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
            "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003,
            "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
            "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "lsquo": 0x2018,
            "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D,
            "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022,
            "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033,
            "lsaquo": 0x2039, "rsaquo": 0x203A, "oline": 0x203E, "euro": 0x20AC,
            "trade": 0x2122, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193,
            "minus": 0x2212, "numero": 0x2116, "NewLine": 0x0A, "Tab": 0x09, "colon": 0x3A,
            "comma": 0x2C, "period": 0x2E, "sol": 0x2F, "lpar": 0x28, "rpar": 0x29,
            "quest": 0x3F, "excl": 0x21, "num": 0x23, "percnt": 0x25, "plus": 0x2B,
            "equals": 0x3D, "commat": 0x40, "lsqb": 0x5B, "rsqb": 0x5D, "lowbar": 0x5F,
        ]
        for (offset, name) in latin1Names.split(separator: " ").enumerated() {
            table[String(name)] = 0xA0 + UInt32(offset)
        }
        return table
    }()
}
