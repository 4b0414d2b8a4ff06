#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the members of one flat JSON object (a JSON Lines record) in a byte buffer.
///
/// Values must be strings, numbers, `true`, `false` or `null`; a nested object or array is refused
/// with a reason, so are duplicate keys. Key matching reuses the order of the previous line, so
/// well-formed files with a stable key order cost one comparison per key.
package struct JSONLineScanner {
    /// A key that is not a canonical column, as written.
    package private(set) var unknownKeys: [String] = []
    /// Keys read as a column by another name ("province as region"), in the order first seen.
    package private(set) var mappedKeys: [InputSummary.MappedColumn] = []
    /// How keys are read: canonical names, the names analysts use, `--column` and
    /// `--ignore-column`.
    private let columns: ColumnMapping
    /// A key close to a column's name (`fatalites`), found in the line being scanned: the line
    /// is refused with the fix, never read with the value dropped. Such keys are never cached.
    private var lookalike: (key: String, column: Column)?

    /// The keys of recent lines by position, back to back (key `i` is `cachedKeys[cachedBounds[i]
    /// ..< cachedBounds[i + 1]]`), with their columns: lines of one file repeat their keys in the
    /// same order, so a key is usually one comparison away from its column.
    private var cachedKeys: [UInt8] = []
    private var cachedBounds: [Int] = [0]
    private var cachedColumns: [Column?] = []

    package init(columns: ColumnMapping = ColumnMapping()) {
        self.columns = columns
    }

    /// Locates the members of the object in `start..<end` (one line, without its line feed) and
    /// records each canonical column's value in `fields`.
    ///
    /// - Returns: `nil` on success, or a sentence saying what is wrong with the line.
    package mutating func scan(
        _ base: UnsafeRawPointer, from start: Int, to end: Int, into fields: inout [FieldRef?]
    ) -> String? {
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        for i in fields.indices { fields[i] = nil }
        var p = start
        func skipSpace() {
            while p < end, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0D { p += 1 }
        }
        /// Moves past a JSON string whose opening quote is at p; returns its body and escape flag.
        func string() -> (Int, Int, Bool)? {
            var q = p + 1
            var escaped = false
            while q < end {
                q = ByteSearch.jsonStringStop(base, from: q, to: end)
                guard q < end else { break }
                let byte = bytes[q]
                if byte == UInt8(ascii: "\"") {
                    let result = (p + 1, q, escaped)
                    p = q + 1
                    return result
                }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    q += 2
                    continue
                }
                if byte < 0x20 { return nil }
                q += 1
            }
            return nil
        }
        skipSpace()
        guard p < end, bytes[p] == UInt8(ascii: "{") else {
            return "the line is not a JSON object"
        }
        p += 1
        skipSpace()
        if p < end && bytes[p] == UInt8(ascii: "}") {
            p += 1
        } else {
            var memberIndex = 0
            var seen: UInt32 = 0
            while true {
                skipSpace()
                guard p < end, bytes[p] == UInt8(ascii: "\"") else {
                    return "the JSON object has a malformed key"
                }
                let column: Column?
                if let (cached, length) = cachedKey(at: memberIndex, base, from: p + 1, to: end) {
                    // The same bytes as this position's key on earlier lines, then a quote: the
                    // same key, so its string need not be scanned again.
                    column = cached
                    p += length + 2
                } else {
                    guard let (keyStart, keyEnd, keyEscaped) = string() else {
                        return "the JSON object has a malformed key"
                    }
                    column = columnForKey(
                        UnsafeRawBufferPointer(start: base + keyStart, count: keyEnd - keyStart),
                        escaped: keyEscaped, at: memberIndex)
                    if let (key, match) = lookalike {
                        lookalike = nil
                        return
                            "the key \"\(key)\" looks like \(match.name) misspelt: rename it, map it (--column \(match.name)=\(key)) or leave it out (--ignore-column \(key))"
                    }
                }
                memberIndex += 1
                skipSpace()
                guard p < end, bytes[p] == UInt8(ascii: ":") else {
                    return "the JSON object lacks a \":\" after a key"
                }
                p += 1
                skipSpace()
                guard p < end else { return "the JSON object ends without a value" }
                var value: FieldRef?
                switch bytes[p] {
                case UInt8(ascii: "\""):
                    guard let (s, e, escaped) = string() else {
                        return "the JSON object has an unterminated string"
                    }
                    value = FieldRef(start: s, end: e, escape: escaped ? .json : .none)
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    let name = column?.name ?? "an unknown key"
                    return
                        "the value of \(name) is a nested object or array; expected text or a number"
                default:
                    let s = p
                    while p < end, bytes[p] != UInt8(ascii: ","), bytes[p] != UInt8(ascii: "}"),
                        bytes[p] != 0x20, bytes[p] != 0x09, bytes[p] != 0x0D
                    {
                        p += 1
                    }
                    let literal = UnsafeRawBufferPointer(start: base + s, count: p - s)
                    guard literal.count > 0, isJSONLiteral(literal) else {
                        return
                            "the JSON object has a malformed value \(quoted(String(decoding: literal, as: UTF8.self)))"
                    }
                    if !literal.equalsIgnoringASCIICase("null") {
                        value = FieldRef(start: s, end: p, escape: .none)
                    }
                }
                if let column {
                    let bit: UInt32 = 1 << UInt32(column.rawValue)
                    if seen & bit != 0 { return "the key \(column.name) appears twice" }
                    seen |= bit
                    fields[column.rawValue] = value
                }
                skipSpace()
                guard p < end else { return "the JSON object is not closed" }
                if bytes[p] == UInt8(ascii: ",") {
                    p += 1
                    continue
                }
                guard bytes[p] == UInt8(ascii: "}") else {
                    return "the JSON object has text where \",\" or \"}\" belongs"
                }
                p += 1
                break
            }
        }
        skipSpace()
        return p == end ? nil : "the line has text after the JSON object"
    }

    /// The column of the key cached for position `index` and its length, when the bytes from
    /// `from` are that key followed by a quote.
    @inline(__always)
    private func cachedKey(
        at index: Int, _ base: UnsafeRawPointer, from start: Int, to end: Int
    ) -> (Column?, Int)? {
        guard index < cachedColumns.count else { return nil }
        let cachedStart = cachedBounds[index]
        let length = cachedBounds[index + 1] - cachedStart
        guard start + length < end,
            base.load(fromByteOffset: start + length, as: UInt8.self) == UInt8(ascii: "\""),
            length == 0
                || cachedKeys.withUnsafeBytes({
                    memcmp($0.baseAddress! + cachedStart, base + start, length) == 0
                })
        else { return nil }
        return (cachedColumns[index], length)
    }

    private mutating func columnForKey(
        _ key: UnsafeRawBufferPointer, escaped: Bool, at index: Int
    ) -> Column? {
        if index < cachedColumns.count {
            let start = cachedBounds[index]
            let same =
                cachedBounds[index + 1] - start == key.count
                && (key.count == 0
                    || cachedKeys.withUnsafeBytes {
                        memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0
                    })
            if same { return cachedColumns[index] }
            // Keys in another order from here on: forget the rest of the cache.
            cachedKeys.removeSubrange(start...)
            cachedBounds.removeSubrange((index + 1)...)
            cachedColumns.removeSubrange(index...)
        }
        let name = String(decoding: key, as: UTF8.self)
        var column: Column?
        switch escaped ? .unknown : columns.match(name) {
        case .canonical(let match): column = match
        case .mapped(let match):
            column = match
            let note = InputSummary.MappedColumn(name: name, column: match)
            if !mappedKeys.contains(note) { mappedKeys.append(note) }
        case .lookalike(let match):
            lookalike = (name, match)
            return nil
        case .ignored: column = nil
        case .unknown:
            if !unknownKeys.contains(name) { unknownKeys.append(name) }
        }
        if index == cachedColumns.count && index < 256 {
            cachedKeys.append(contentsOf: key)
            cachedBounds.append(cachedKeys.count)
            cachedColumns.append(column)
        }
        return column
    }

    private func isJSONLiteral(_ literal: UnsafeRawBufferPointer) -> Bool {
        if literal.equalsIgnoringASCIICase("null") || literal.equalsIgnoringASCIICase("true")
            || literal.equalsIgnoringASCIICase("false")
        {
            return true
        }
        for byte in literal {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default: return false
            }
        }
        return true
    }
}
