/// Text made safe for a page: every figure, name, note and address from the records reaches the
/// HTML through here, so that no record can add markup, run a script or become a live link to
/// anything but a web address.
package enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` as character references, fit for element content
    /// and quoted attribute values; control characters other than tab and line feed become spaces.
    package static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The address as a link target when it is a plain web address (`http://` or `https://`, no
    /// spaces, quotes, angle brackets or control characters); `nil` for anything else
    /// (`javascript:`, `data:`, a relative path), which a page shows as text, never as a link.
    package static func linkTarget(_ address: String) -> String? {
        let lower = address.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), address.count > 8,
            !address.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "`"
                    || $0.value == 0x7F || $0.properties.generalCategory == .control
            })
        else { return nil }
        return escaped(address)
    }

    /// The host of a web address, for a link's text: `asiaplustj.info`.
    package static func host(of address: String) -> String {
        let afterScheme = address.split(
            separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard afterScheme.count >= 3 else { return address }
        var host = String(afterScheme[2])
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if host.lowercased().hasPrefix("www.") { host = String(host.dropFirst(4)) }
        return host.isEmpty ? address : host
    }
}
