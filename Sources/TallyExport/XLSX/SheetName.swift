/// Excel's rules for sheet and table names.
public enum SheetName {
    /// A valid sheet name: none of `[ ] : * ? / \`, no leading or trailing apostrophe, at most 31
    /// characters, not `History`, and unique ignoring case among `existing` (`Records (2)`...).
    public static func valid(_ name: String, avoiding existing: [String]) -> String {
        var cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        cleaned = cleaned.trimmingCharacters(in: " ")
        if cleaned.isEmpty || cleaned.lowercased() == "history" {
            cleaned = "Sheet" + (cleaned.isEmpty ? "" : " \(cleaned)")
        }
        cleaned = String(cleaned.prefix(31))
        let taken = Set(existing.map { $0.lowercased() })
        var candidate = cleaned
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(cleaned.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }

    /// A valid table name: letters, digits and `_`, starting with a letter or `_`.
    public static func tableName(_ name: String) -> String {
        var cleaned = String(
            name.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    ? Character(scalar) : "_"
            })
        if let first = cleaned.unicodeScalars.first, !first.properties.isAlphabetic && first != "_"
        {
            cleaned = "_" + cleaned
        }
        return String(cleaned.prefix(255))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
