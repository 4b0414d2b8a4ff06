internal import TallyCore

/// A web document's bytes in UTF-8 and its kind, recognised by content alone.
///
/// Character sets: a byte-order mark decides; else UTF-16 is recognised by a first `<` with a
/// zero byte beside it; else a page's `<meta charset>` or `http-equiv` content type, or a feed's
/// XML declaration, in the first 2 KB; else the bytes must be UTF-8. NUL bytes (outside UTF-16)
/// mean a binary file.
struct DecodedDocument {
    var kind: WebDocument.Kind
    /// The whole document as UTF-8, without a byte-order mark.
    var utf8: [UInt8]

    /// The largest document read: 32 MiB.
    static let maximumBytes = 32 << 20

    /// - Parameter contentType: a server's `Content-Type` header; its `charset` comes after a
    ///   byte-order mark and before the document's own declaration, as in browsers. A label
    ///   Tally does not read is ignored.
    /// - Complexity: O(n).
    init(_ data: [UInt8], name: String, contentType: String? = nil) throws(WebDocumentError) {
        guard data.count <= Self.maximumBytes else {
            throw WebDocumentError(
                name,
                "the document is \(data.count) bytes, more than the 32 MiB (\(Self.maximumBytes) "
                    + "bytes) a web document may have")
        }
        let start: Int
        var charset: Charset?
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            (start, charset) = (3, .utf8)
        } else if data.starts(with: [0xFF, 0xFE]) {
            (start, charset) = (2, .utf16LittleEndian)
        } else if data.starts(with: [0xFE, 0xFF]) {
            (start, charset) = (2, .utf16BigEndian)
        } else if data.count >= 4, data[0] == UInt8(ascii: "<"), data[1] == 0, data[2] != 0,
            data[3] == 0
        {
            (start, charset) = (0, .utf16LittleEndian)
        } else if data.count >= 4, data[0] == 0, data[1] == UInt8(ascii: "<"), data[2] == 0,
            data[3] != 0
        {
            (start, charset) = (0, .utf16BigEndian)
        } else {
            start = 0
            if let contentType, let label = Self.value(after: "charset", in: contentType),
                let given = Charset(label: label),
                given != .utf16LittleEndian, given != .utf16BigEndian
            {
                charset = given
            }
        }

        if let charset, charset != .utf8 {
            utf8 = charset.utf8(data, from: start)
            try Self.refuseNUL(utf8, name: name)
            kind = try Self.kind(of: utf8, name: name)
            return
        }
        try Self.refuseNUL(data, name: name)
        kind = try Self.kind(of: data[start...], name: name)
        if charset == nil, kind != .text, let label = Self.declaredCharset(data) {
            guard let declared = Charset(label: label) else {
                throw WebDocumentError(
                    name,
                    "the document declares the character set \"\(WebDocumentError.shown(label))\", "
                        + "which Tally does not read (it reads \(Charset.supportedLabels))")
            }
            // A declaration written in ASCII cannot be UTF-16's; browsers read it as UTF-8.
            charset =
                declared == .utf16LittleEndian || declared == .utf16BigEndian ? .utf8 : declared
        }
        if let charset {
            utf8 = charset.utf8(data, from: start)
            return
        }
        if let offset = data.withUnsafeBytes({ $0.firstInvalidUTF8Offset }) {
            throw WebDocumentError(
                name,
                "the document is not text: byte \(offset) is not UTF-8 and no character set "
                    + "is declared")
        }
        utf8 = data
    }

    private static func refuseNUL(_ bytes: [UInt8], name: String) throws(WebDocumentError) {
        if let offset = bytes.firstIndex(of: 0) {
            throw WebDocumentError(
                name, "the document is not text: it holds a NUL byte (at byte \(offset))")
        }
    }

    // MARK: Kind

    /// What the document is, from its first markup: feeds by their root element, pages by
    /// their doctype, `<html>`, `<head>`, `<body>`, a first tag that is HTML's, or markup
    /// making up most of the document; anything else is text.
    static func kind(
        of bytes: some Collection<UInt8>, name: String
    ) throws(WebDocumentError)
        -> WebDocument.Kind
    {
        let prefix = Array(bytes.prefix(64 << 10))
        var i = 0
        var sawXMLDeclaration = false
        func skipSpace() {
            while i < prefix.count, HTMLTokenizer.isSpace(prefix[i]) { i += 1 }
        }
        func starts(_ marker: String, at index: Int) -> Bool {
            let marker = Array(marker.utf8)
            guard index + marker.count <= prefix.count else { return false }
            for (offset, byte) in marker.enumerated() {
                let actual = prefix[index + offset]
                let lower = (0x41...0x5A).contains(actual) ? actual | 0x20 : actual
                if lower != byte { return false }
            }
            return true
        }
        func skip(past marker: String) {
            let first = marker.utf8.first!
            while i < prefix.count {
                if prefix[i] == first, starts(marker, at: i) {
                    i += marker.utf8.count
                    return
                }
                i += 1
            }
        }
        while true {
            skipSpace()
            if starts("<!--", at: i) {
                skip(past: "-->")
            } else if starts("<?", at: i) {
                sawXMLDeclaration = sawXMLDeclaration || starts("<?xml", at: i)
                skip(past: "?>")
            } else if starts("<!doctype", at: i) {
                var j = i + 9
                while j < prefix.count, HTMLTokenizer.isSpace(prefix[j]) { j += 1 }
                if starts("html", at: j) { return .html }
                // Another doctype (a feed's): skip it, internal subset and all, to the root.
                while i < prefix.count, prefix[i] != UInt8(ascii: ">"),
                    prefix[i] != UInt8(ascii: "[")
                {
                    i += 1
                }
                if i < prefix.count, prefix[i] == UInt8(ascii: "[") { skip(past: "]") }
                skip(past: ">")
            } else {
                break
            }
        }
        let rootName = Self.tagName(prefix, at: i)
        switch rootName {
        case "rss", "rdf:rdf": return .rss
        case "feed":
            let tagEnd = prefix[i...].firstIndex(of: UInt8(ascii: ">")) ?? prefix.count
            let tag = String(decoding: prefix[i..<tagEnd], as: UTF8.self)
            if tag.contains("http://www.w3.org/2005/Atom")
                || tag.contains("http://purl.org/atom/ns#")
            {
                return .atom
            }
            throw WebDocumentError(
                name,
                "the document's root is <feed> but not in the Atom namespace "
                    + "(xmlns=\"http://www.w3.org/2005/Atom\")")
        case "html", "head", "body": return .html
        case let root? where HTMLElementKind(name: root).index >= 0:
            return .html
        case let other?:
            if sawXMLDeclaration {
                throw WebDocumentError(
                    name,
                    "the document is XML but neither an RSS nor an Atom feed (its root is "
                        + "<\(WebDocumentError.shown(other))>)")
            }
        case nil: break
        }
        return Self.isMostlyMarkup(prefix) ? .html : .text
    }

    /// The lowercased name of the tag at `index`, if a tag starts there.
    private static func tagName(_ bytes: [UInt8], at index: Int) -> String? {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
        var end = index + 1
        while end < bytes.count, !HTMLTokenizer.isSpace(bytes[end]),
            bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "/")
        {
            end += 1
        }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else {
            return nil
        }
        return name
    }

    /// Whether tags (`<x ...>` and `</x>`) make up most of the bytes.
    private static func isMostlyMarkup(_ bytes: [UInt8]) -> Bool {
        var markup = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"),
                (bytes[i + 1] | 0x20) >= UInt8(ascii: "a")
                    && (bytes[i + 1] | 0x20) <= UInt8(ascii: "z")
                    || bytes[i + 1] == UInt8(ascii: "/"),
                let end = bytes[i...].firstIndex(of: UInt8(ascii: ">"))
            {
                markup += end - i + 1
                i = end + 1
            } else if bytes[i] == UInt8(ascii: "<"), !bytes[i...].contains(UInt8(ascii: ">")) {
                break  // no tag can close: nothing more is markup
            } else {
                i += 1
            }
        }
        return markup * 2 > bytes.count
    }

    // MARK: Declared character set

    /// The character set a page or feed declares in its first 2 KB: the XML declaration's
    /// `encoding`, `<meta charset>`, or `<meta http-equiv="content-type" content="...;
    /// charset=...">`.
    static func declaredCharset(_ data: [UInt8]) -> String? {
        let head = Array(data.prefix(2048))
        if head.starts(with: Array("<?xml".utf8)) {
            let end = head.firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let declaration = String(decoding: head[0..<end], as: UTF8.self)
            if let value = Self.value(after: "encoding", in: declaration) { return value }
        }
        var tokenizer = HTMLTokenizer(head)
        while let token = tokenizer.next() {
            guard case .start("meta", _, let attributes) = token else { continue }
            if let charset = attributes.first(where: { $0.name == "charset" })?.value {
                return charset
            }
            if attributes.contains(where: {
                $0.name == "http-equiv" && $0.value.lowercased() == "content-type"
            }), let content = attributes.first(where: { $0.name == "content" })?.value,
                let charset = Self.value(after: "charset", in: content)
            {
                return charset
            }
        }
        return nil
    }

    /// The value of `key=value` (quoted or not) in `text`, lowercased.
    private static func value(after key: String, in text: String) -> String? {
        let text = text.lowercased()
        guard let keyRange = text.firstRange(of: key) else { return nil }
        var rest = text[keyRange.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        if let quote = rest.first, quote == "\"" || quote == "'" {
            return String(rest.dropFirst().prefix { $0 != quote })
        }
        return String(rest.prefix { !$0.isWhitespace && $0 != ";" && $0 != "\"" && $0 != "'" })
    }
}
