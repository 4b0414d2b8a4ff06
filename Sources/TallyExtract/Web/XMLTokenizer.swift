/// A piece of an XML document, in document order.
enum XMLToken {
    /// A start tag, the name as written (`content:encoded`), attribute values decoded, and the
    /// offset where its content starts. An empty-element tag gives a start and then an end.
    case start(name: String, attributes: [(name: String, value: String)], contentStart: Int)
    /// An end tag and the offset where it starts (the end of its element's content).
    case end(name: String, offset: Int)
    /// Character data with its references decoded, or a CDATA section as written.
    case text(String)
}

/// Why an XML document was refused: the line (when the problem has one) and a sentence.
struct XMLError: Error {
    var line: Int?
    var problem: String
}

/// A small, strict-where-it-matters XML tokenizer over UTF-8 bytes, for feeds.
///
/// Nothing is ever expanded beyond the five predefined entities and numeric references: a
/// DOCTYPE or an `<!ENTITY` is refused outright, before anything in it is read, so no entity
/// bomb and no external entity can do harm; an unknown reference such as `&nbsp;` is kept as
/// written. Elements must nest properly and may nest at most `maximumDepth` deep; every error
/// names its line.
///
/// - Complexity: O(n): every byte is looked at a bounded number of times, and nothing recurses.
struct XMLTokenizer {
    /// The deepest nesting accepted.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0
    /// The open elements, innermost last, with the line each started on.
    private var open: [(name: String, line: Int)] = []
    private var pendingEnd: (name: String, offset: Int)?
    private var rootEnded = false
    /// Line counting, done once over the bytes as positions only move forward.
    private var countedTo = 0
    private var countedLines = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token, or `nil` at the end of a well-formed document.
    mutating func next() throws(XMLError) -> XMLToken? {
        if let end = pendingEnd {
            pendingEnd = nil
            return closeElement(end.name, at: end.offset)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                let end = index(of: UInt8(ascii: "<"), from: position) ?? bytes.count
                position = end
                if open.isEmpty {
                    if bytes[start..<end].contains(where: { !Self.isSpace($0) }) {
                        throw error(
                            at: start,
                            rootEnded
                                ? "text after the end of the document's root element"
                                : "text before the document's root element")
                    }
                    continue
                }
                return .text(Self.decoded(bytes, start..<end))
            }
            let start = position
            let following = start + 1 < bytes.count ? bytes[start + 1] : 0
            if following == UInt8(ascii: "?") {
                guard let end = index(of: "?>", from: start + 2) else {
                    throw error(at: start, "a processing instruction (<?) is never closed")
                }
                position = end + 2
            } else if following == UInt8(ascii: "/") {
                return try endTag()
            } else if following != UInt8(ascii: "!") {
                return try startTag()
            } else if hasPrefix("<!--", at: start) {
                guard let end = index(of: "-->", from: start + 4) else {
                    throw error(at: start, "a comment (<!--) is never closed")
                }
                position = end + 3
            } else if hasPrefix("<![CDATA[", at: start) {
                guard !open.isEmpty else {
                    throw error(at: start, "a CDATA section outside the document's root element")
                }
                guard let end = index(of: "]]>", from: start + 9) else {
                    throw error(at: start, "a CDATA section is never closed")
                }
                position = end + 3
                return .text(String(decoding: bytes[(start + 9)..<end], as: UTF8.self))
            } else if hasPrefix("<!doctype", at: start, ignoringCase: true) {
                throw error(
                    at: start,
                    "the feed declares a DOCTYPE (entities are refused: an entity bomb or an "
                        + "external entity could hide in it)")
            } else if hasPrefix("<!entity", at: start, ignoringCase: true) {
                throw error(
                    at: start,
                    "the feed declares an entity (<!ENTITY): entities are refused, since an entity "
                        + "bomb or an external entity could hide in one")
            } else {
                throw error(at: start, "markup Tally does not read (<!...)")
            }
        }
        if let innermost = open.last {
            let element = WebDocumentError.shown(innermost.name)
            throw error(
                at: bytes.count,
                "the document ends inside <\(element)> (opened on line \(innermost.line))")
        }
        return nil
    }

    private mutating func startTag() throws(XMLError) -> XMLToken {
        let start = position
        if rootEnded {
            throw error(at: start, "a second root element after the first has ended")
        }
        var i = start + 1
        guard i < bytes.count, Self.beginsName(bytes[i]) else {
            throw error(at: start, "a < that begins no tag (write &lt; for a literal <)")
        }
        while i < bytes.count, !Self.endsName(bytes[i]) { i += 1 }
        let name = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
        let tag = WebDocumentError.shown(name)
        var attributes: [(name: String, value: String)] = []
        var isEmpty = false
        while true {
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else {
                throw error(
                    at: start, "the tag <\(tag) is never closed with >")
            }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                break
            }
            if bytes[i] == UInt8(ascii: "/") {
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") else {
                    throw error(
                        at: i,
                        "a / inside the tag <\(tag)> that does not end it")
                }
                isEmpty = true
                i += 2
                break
            }
            let attributeStart = i
            guard Self.beginsName(bytes[i]) else {
                throw error(
                    at: i,
                    "the tag <\(tag)> has a stray character in its attributes"
                )
            }
            while i < bytes.count, !Self.endsName(bytes[i]) { i += 1 }
            let attribute = String(decoding: bytes[attributeStart..<i], as: UTF8.self)
            let shownAttribute = WebDocumentError.shown(attribute)
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
                throw error(
                    at: i,
                    "the attribute \(shownAttribute) of <\(tag)> has no value"
                )
            }
            i += 1
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")
            else {
                throw error(
                    at: i,
                    "the attribute \(shownAttribute) of <\(tag)> is not quoted"
                )
            }
            let quote = bytes[i]
            guard let valueEnd = index(of: quote, from: i + 1) else {
                throw error(
                    at: i,
                    "the attribute \(shownAttribute) of <\(tag)> is never closed"
                )
            }
            if bytes[(i + 1)..<valueEnd].contains(UInt8(ascii: "<")) {
                throw error(
                    at: i,
                    "the attribute \(shownAttribute) of <\(tag)> holds a <"
                )
            }
            attributes.append((attribute, Self.decoded(bytes, (i + 1)..<valueEnd)))
            i = valueEnd + 1
        }
        position = i
        guard open.count < Self.maximumDepth else {
            throw error(at: start, "elements nest deeper than \(Self.maximumDepth) levels")
        }
        open.append((name, line(at: start)))
        if isEmpty { pendingEnd = (name, i) }
        return .start(name: name, attributes: attributes, contentStart: i)
    }

    private mutating func endTag() throws(XMLError) -> XMLToken {
        let start = position
        var i = start + 2
        while i < bytes.count, !Self.endsName(bytes[i]) { i += 1 }
        let name = String(decoding: bytes[(start + 2)..<i], as: UTF8.self)
        let tag = WebDocumentError.shown(name)
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
            throw error(
                at: start, "the end tag </\(tag) is never closed with >")
        }
        guard let innermost = open.last else {
            throw error(at: start, "</\(tag)> closes no element")
        }
        guard innermost.name == name else {
            let element = WebDocumentError.shown(innermost.name)
            throw error(
                at: start,
                "</\(tag)> does not close <\(element)> (opened on line \(innermost.line))")
        }
        position = i + 1
        return closeElement(name, at: start)
    }

    private mutating func closeElement(_ name: String, at offset: Int) -> XMLToken {
        open.removeLast()
        if open.isEmpty { rootEnded = true }
        return .end(name: name, offset: offset)
    }

    /// The line of `offset`, counting forward from the last line asked for.
    private mutating func line(at offset: Int) -> Int {
        if offset < countedTo {
            countedTo = 0
            countedLines = 1
        }
        var i = countedTo
        while i < offset && i < bytes.count {
            if bytes[i] == 0x0A { countedLines += 1 }
            i += 1
        }
        countedTo = i
        return countedLines
    }

    private mutating func error(at offset: Int, _ problem: String) -> XMLError {
        XMLError(line: line(at: offset), problem: problem)
    }

    /// Character data with the five predefined entities and numeric references decoded;
    /// anything else after an `&` kept as written.
    static func decoded(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "&"),
                let next = HTMLEntities.decode(bytes, at: i, xml: true, into: &out),
                next <= range.upperBound
            {
                i = next
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func index(of byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// Where `marker` next starts.
    private func index(of marker: String, from start: Int) -> Int? {
        let marker = Array(marker.utf8)
        var i = start
        while let candidate = index(of: marker[0], from: i) {
            if hasPrefix(marker, at: candidate) { return candidate }
            i = candidate + 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        hasPrefix(Array(prefix.utf8), at: index, ignoringCase: ignoringCase)
    }

    private func hasPrefix(_ prefix: [UInt8], at index: Int, ignoringCase: Bool = false) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated() {
            let actual = bytes[index + offset]
            if actual != byte && !(ignoringCase && actual | 0x20 == byte) { return false }
        }
        return true
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func beginsName(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "=")
    }
}
