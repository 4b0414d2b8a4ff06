/// Text being gathered from HTML: character references decoded, each run of white space (the
/// no-break space included) one space, none at the start or the end, and invisible characters
/// (soft hyphen, zero-width space, byte-order mark) dropped.
struct CollapsedText {
    /// The text so far, as UTF-8.
    private(set) var bytes: [UInt8] = []
    /// Whether a space is owed before the next visible character.
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `source[range]`, decoding HTML character references (or, with `references` off,
    /// taking `&` literally).
    ///
    /// - Complexity: O(range.count).
    mutating func append(_ source: [UInt8], _ range: Range<Int>, references: Bool = true) {
        var i = range.lowerBound
        var decoded: [UInt8] = []
        while i < range.upperBound {
            let byte = source[i]
            if HTMLTokenizer.isSpace(byte) {
                pendingSpace = true
                i += 1
            } else if byte == UInt8(ascii: "&"), references,
                let next = HTMLEntities.decode(source, at: i, xml: false, into: &decoded)
            {
                i = min(next, range.upperBound)
                appendVisible(decoded, 0..<decoded.count)
                decoded.removeAll(keepingCapacity: true)
            } else if byte < 0x80 {
                appendByte(byte)
                i += 1
            } else {
                let length = Self.sequenceLength(byte)
                let sequenceEnd = min(i + length, range.upperBound)
                appendVisible(source, i..<sequenceEnd)
                i = sequenceEnd
            }
        }
    }

    /// `text` collapsed, taking every character as it is.
    static func collapsing(_ text: String) -> String {
        var collapsed = CollapsedText()
        collapsed.append(text)
        return collapsed.take()
    }

    /// Appends plain text, taking every character as it is.
    mutating func append(_ text: String) {
        let utf8 = Array(text.utf8)
        append(utf8, 0..<utf8.count, references: false)
    }

    /// Owes a space before the next visible character (a line break, an inline boundary).
    mutating func appendSpace() {
        pendingSpace = true
    }

    /// The text gathered so far; the buffer is emptied.
    mutating func take() -> String {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func appendByte(_ byte: UInt8) {
        if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
        pendingSpace = false
        bytes.append(byte)
    }

    /// Appends already decoded UTF-8, treating the no-break space as a space and dropping
    /// invisible characters.
    private mutating func appendVisible(_ source: [UInt8], _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = source[i]
            let length = min(Self.sequenceLength(byte), range.upperBound - i)
            if length == 1 {
                if HTMLTokenizer.isSpace(byte) { pendingSpace = true } else { appendByte(byte) }
            } else if length == 2 && byte == 0xC2 && source[i + 1] == 0xA0 {
                pendingSpace = true  // U+00A0 no-break space
            } else if length == 2 && byte == 0xC2 && source[i + 1] == 0xAD {
                // U+00AD soft hyphen: invisible
            } else if length == 3 && byte == 0xE2 && source[i + 1] == 0x80
                && (0x8B...0x8D).contains(source[i + 2])
            {
                // U+200B to U+200D zero-width space and joiners: invisible
            } else if length == 3 && byte == 0xEF && source[i + 1] == 0xBB && source[i + 2] == 0xBF
            {
                // U+FEFF byte-order mark: invisible
            } else {
                appendByte(byte)
                bytes.append(contentsOf: source[(i + 1)..<(i + length)])
            }
            i += length
        }
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }
}
