/// JSON text for strings: for canonical JSON Lines records and the JSON emitters.
public enum JSONText {
    /// A JSON string literal, escaping quotes, backslashes and control characters.
    public static func string(_ text: String) -> String {
        // Most text needs no escape: one pass over its bytes, then one copy (records streamed
        // back from a store are written as JSON Lines, a million of them at a time).
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
