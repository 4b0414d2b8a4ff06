/// A piece of an HTML document, in document order.
enum HTMLToken {
    /// A start tag: its name, its element's kind and the attributes Tally reads, names
    /// lowercased, values with their character references decoded.
    case start(name: String, kind: HTMLElementKind, attributes: [(name: String, value: String)])
    /// An end tag, its name lowercased.
    case end(name: String, kind: HTMLElementKind)
    /// Text, its character references not yet decoded: a range of the document's bytes.
    case text(Range<Int>)
    /// The content of a raw-text element (`script`, `style`, `title`, `textarea`, ...), which
    /// follows its start tag; as written, nothing in it is markup.
    case rawText(Range<Int>)
}

/// A tolerant HTML tokenizer over UTF-8 bytes, after the HTML standard's tokenizer in what
/// matters for reading articles: comments, doctypes and processing instructions are skipped,
/// raw-text elements are read to their end tag, a `<` that begins no tag is text, and whatever
/// is left open at the end just ends.
///
/// - Complexity: O(n) over the whole document: every byte is looked at a bounded number of times.
struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var position: Int
    private let end: Int
    /// The raw-text element whose content comes next, after its start tag was returned.
    private var pendingRawText: [UInt8]?

    /// A tokenizer over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = 0
        end = bytes.count
    }

    /// The attributes a start tag keeps; the others are skipped without allocating.
    private static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "property", "name", "content", "rel", "href",
        "datetime", "type", "charset", "http-equiv", "hidden", "aria-hidden", "xmlns",
    ]

    /// The next token, or `nil` at the end.
    mutating func next() -> HTMLToken? {
        if let element = pendingRawText {
            pendingRawText = nil
            let contentEnd = endOfRawText(element) ?? end
            let content = position..<contentEnd
            position = contentEnd
            if !content.isEmpty { return .rawText(content) }
        }
        while position < end {
            let byte = bytes[position]
            if byte != UInt8(ascii: "<") {
                let start = position
                position = indexOfByte(UInt8(ascii: "<"), from: position + 1) ?? end
                return .text(start..<position)
            }
            guard position + 1 < end else {
                position = end
                return .text(end - 1..<end)
            }
            let following = bytes[position + 1]
            if Self.isLetter(following) {
                return startTag()
            } else if following == UInt8(ascii: "/") {
                if position + 2 < end, Self.isLetter(bytes[position + 2]) {
                    return endTag()
                }
                // `</>` is nothing; `</3` and the like are bogus comments, to the next `>`.
                position = (indexOfByte(UInt8(ascii: ">"), from: position + 2) ?? end - 1) + 1
            } else if following == UInt8(ascii: "!") {
                if hasPrefix("<!--", at: position) {
                    position = (indexOfComment(from: position + 4) ?? end - 3) + 3
                    if position > end { position = end }
                } else {
                    position = (indexOfByte(UInt8(ascii: ">"), from: position + 2) ?? end - 1) + 1
                }
            } else if following == UInt8(ascii: "?") {
                position = (indexOfByte(UInt8(ascii: ">"), from: position + 2) ?? end - 1) + 1
            } else {
                let start = position
                position = indexOfByte(UInt8(ascii: "<"), from: position + 1) ?? end
                return .text(start..<position)
            }
        }
        return nil
    }

    private mutating func startTag() -> HTMLToken {
        var i = position + 1
        let nameStart = i
        while i < end, !Self.endsName(bytes[i]) { i += 1 }
        let name = Self.lowercased(bytes[nameStart..<i])
        var attributes: [(name: String, value: String)] = []
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") {
                i += 1
                break
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                i += 1
                continue
            }
            let attributeStart = i
            i += 1
            while i < end, !Self.endsAttributeName(bytes[i]) { i += 1 }
            let attributeEnd = i
            while i < end, Self.isSpace(bytes[i]) { i += 1 }
            var valueRange: Range<Int>?
            if i < end, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end, Self.isSpace(bytes[i]) { i += 1 }
                if i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    let valueEnd = indexOfByte(quote, from: i + 1) ?? end
                    valueRange = i + 1..<valueEnd
                    i = min(valueEnd + 1, end)
                } else {
                    let valueStart = i
                    while i < end, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") {
                        i += 1
                    }
                    valueRange = valueStart..<i
                }
            }
            let attributeName = Self.lowercased(bytes[attributeStart..<attributeEnd])
            if Self.keptAttributes.contains(attributeName) {
                attributes.append(
                    (attributeName, valueRange.map { Self.attributeValue(bytes, $0) } ?? ""))
            }
        }
        position = i
        let kind = HTMLElementKind(name: name)
        if kind.traits.contains(.rawText) { pendingRawText = Array(name.utf8) }
        return .start(name: name, kind: kind, attributes: attributes)
    }

    private mutating func endTag() -> HTMLToken {
        var i = position + 2
        let nameStart = i
        while i < end, !Self.endsName(bytes[i]) { i += 1 }
        let name = Self.lowercased(bytes[nameStart..<i])
        position = (indexOfByte(UInt8(ascii: ">"), from: i) ?? end - 1) + 1
        return .end(name: name, kind: HTMLElementKind(name: name))
    }

    /// Where `</element` (any case) next starts, followed by a space, `/` or `>`.
    private func endOfRawText(_ element: [UInt8]) -> Int? {
        var i = position
        while let open = indexOfByte(UInt8(ascii: "<"), from: i) {
            let nameStart = open + 2
            if nameStart + element.count <= end, bytes[open + 1] == UInt8(ascii: "/") {
                var matches = true
                for (offset, letter) in element.enumerated()
                where bytes[nameStart + offset] | 0x20 != letter {
                    matches = false
                    break
                }
                let after = nameStart + element.count
                if matches
                    && (after == end || Self.isSpace(bytes[after])
                        || bytes[after] == UInt8(ascii: "/") || bytes[after] == UInt8(ascii: ">"))
                {
                    return open
                }
            }
            i = open + 1
        }
        return nil
    }

    private func indexOfByte(_ byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < end {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// Where the `-->` that closes a comment starts.
    private func indexOfComment(from start: Int) -> Int? {
        var i = start
        while let dash = indexOfByte(UInt8(ascii: "-"), from: i) {
            if dash + 2 < end, bytes[dash + 1] == UInt8(ascii: "-"),
                bytes[dash + 2] == UInt8(ascii: ">")
            {
                return dash
            }
            i = dash + 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        var i = index
        for byte in prefix.utf8 {
            guard i < end, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    /// An attribute's value with its character references decoded.
    static func attributeValue(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var out: [UInt8] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "&"),
                let next = HTMLEntities.decode(bytes, at: i, xml: false, into: &out)
            {
                i = min(next, range.upperBound)
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func lowercased(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else {
            return String(decoding: slice, as: UTF8.self)
        }
        return String(
            decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    private static func endsAttributeName(_ byte: UInt8) -> Bool {
        endsName(byte) || byte == UInt8(ascii: "=")
    }
}
