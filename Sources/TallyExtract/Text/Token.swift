#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A word, number or punctuation mark of a sentence, read once: its lowercase text, its value
/// when it is a number, and what the lexicon knows of it.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// Lowercase text, apostrophes straightened; a punctuation token is its character.
    var text: String
    var kind: Kind
    /// The value of a number written in digits (`1,344` is 1344); `nil` for decimals.
    var value: Int?
    /// Whether the word starts with a capital letter in the text.
    var isCapitalized: Bool
    /// Whether a hyphen joins it to the token before ("twenty-one", "14-year-old").
    var isHyphenated: Bool
    /// Whether it carried a possessive `'s`.
    var isPossessive: Bool
    /// Where it stands in its sentence's text, in UTF-8 bytes.
    var start: Int
    var end: Int
    /// What the lexicon knows of the word.
    var entry: Lexicon.Entry

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
    /// A comma, semicolon, colon, dash or bracket: the end of a phrase.
    var isPhraseBreak: Bool { kind == .punctuation && text != "\"" && text != "'" }
}

/// A sentence: its text and its tokens.
struct Sentence: Sendable {
    /// The sentence as written.
    var text: String
    let tokens: [Token]
    /// The paragraph it belongs to (0 is the first paragraph after the title).
    var paragraph: Int
    /// Its position in the article, counting every sentence.
    var index: Int
    /// The first byte of each word or number token, 0 for punctuation: the phrase search scans
    /// these contiguous bytes instead of every token's text.
    private let initials: [UInt8]
    /// The second byte of each word or number token (a space for a one-byte token), 0 for
    /// punctuation: with the initials, most phrases are rejected without reading a token's text.
    private let seconds: [UInt8]
    /// Each token's lowercase text, apart from the tokens, for ``word(_:)``.
    private let texts: [String]
    /// Every token's lowercase text, one after another, and where each ends: a phrase is read
    /// against these contiguous bytes, touching no string's storage.
    private let bytes: [UInt8]
    private let ends: [Int32]
    /// Which first bytes the sentence's words and numbers have, a bit each: a phrase whose first
    /// byte is none of them is rejected without a scan.
    private let initialSet: (UInt64, UInt64, UInt64, UInt64)

    init(text: String, tokens: [Token], paragraph: Int, index: Int) {
        self.text = text
        self.tokens = tokens
        self.paragraph = paragraph
        self.index = index
        self.initials = tokens.map { token in
            token.kind == .punctuation ? 0 : token.text.utf8.first ?? 0
        }
        self.seconds = tokens.map { token in
            guard token.kind != .punctuation else { return 0 }
            let bytes = token.text.utf8
            return bytes.count > 1 ? bytes[bytes.index(after: bytes.startIndex)] : 0x20
        }
        self.texts = tokens.map(\.text)
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        bytes.reserveCapacity(text.utf8.count + tokens.count)
        ends.reserveCapacity(tokens.count)
        for token in tokens {
            bytes.append(contentsOf: token.text.utf8)
            ends.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.ends = ends
        var initialSet: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for initial in initials where initial != 0 {
            let bit: UInt64 = 1 << UInt64(initial & 63)
            switch initial >> 6 {
            case 0: initialSet.0 |= bit
            case 1: initialSet.1 |= bit
            case 2: initialSet.2 |= bit
            default: initialSet.3 |= bit
            }
        }
        self.initialSet = initialSet
    }

    /// Whether a word or number of the sentence starts with `byte` (always for 0, the initial
    /// of punctuation, which the scan must reach).
    private func mayStart(with byte: UInt8) -> Bool {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return byte == 0 || initialSet.0 & bit != 0
        case 1: return initialSet.1 & bit != 0
        case 2: return initialSet.2 & bit != 0
        default: return initialSet.3 & bit != 0
        }
    }

    /// The token at `index`, or a blank one outside the sentence, so that look-arounds need no
    /// bounds checks.
    subscript(index: Int) -> Token {
        // A plain getter, not a `_read` coroutine: a coroutine's frame large enough for a token
        // is allocated on the heap at every call.
        index >= 0 && index < tokens.count ? tokens[index] : Token.blank
    }

    /// The lowercase text at `index` ("" outside the sentence).
    func word(_ index: Int) -> String {
        index >= 0 && index < texts.count ? texts[index] : ""
    }

    /// Whether the words from `index` on spell `phrase` (words separated by spaces; a trailing
    /// `*` matches any ending).
    func matches(_ phrase: String, at index: Int) -> Bool {
        // One pass over the phrase's bytes against the tokens' bytes: most calls fail on the
        // first byte of the first word.
        guard index >= 0, index < tokens.count else { return false }
        // The first two bytes against the initials first: no text is touched for most calls.
        // A punctuation token's initial is 0, and its text is compared in full.
        let initial = initials[index]
        if initial != 0 {
            var bytes = phrase.utf8.makeIterator()
            if let first = bytes.next(), first != 0x2A {
                guard first == initial else { return false }
                if let second = bytes.next(), second != 0x2A, second != seconds[index] {
                    return false
                }
            }
        }
        var phrase = phrase
        return phrase.withUTF8 { phrase in
            bytes.withUnsafeBufferPointer { bytes in
                ends.withUnsafeBufferPointer { ends in
                    var position = index
                    var cursor = position == 0 ? 0 : Int(ends[position - 1])
                    var end = Int(ends[position])
                    for byte in phrase {
                        if byte == 0x20 {
                            guard cursor == end else { return false }
                            position += 1
                            guard position < ends.count else { return false }
                            end = Int(ends[position])
                            continue
                        }
                        if byte == 0x2A {
                            // "guard*": any ending.
                            cursor = end
                            continue
                        }
                        guard cursor != end, bytes[cursor] == byte else { return false }
                        cursor += 1
                    }
                    return cursor == end
                }
            }
        }
    }

    /// Whether any of the phrases occurs in `range`.
    func contains(in range: Range<Int>, _ phrases: [String]) -> Bool {
        firstIndex(of: phrases, in: range) != nil
    }

    /// Whether any of the phrases occurs in `range` (the whole sentence by default).
    func contains(_ phrases: [String], in range: Range<Int>? = nil) -> Bool {
        firstIndex(of: phrases, in: range) != nil
    }

    /// Where the first of the phrases occurs in `range`.
    func firstIndex(of phrases: [String], in range: Range<Int>? = nil) -> Int? {
        // Phrase by phrase over the initials, each scan stopping at the best match so far: the
        // earliest match of any phrase, as a token-by-token search would find it, for a fraction
        // of the work (most phrases' first byte is in few tokens or none).
        let range = (range ?? tokens.indices).clamped(to: tokens.indices)
        var best: Int?
        initials.withUnsafeBufferPointer { initials in
            guard let base = initials.baseAddress else { return }
            for phrase in phrases {
                guard let first = phrase.utf8.first, mayStart(with: first) else { continue }
                var index = range.lowerBound
                while index < (best ?? range.upperBound) {
                    let count = (best ?? range.upperBound) - index
                    guard let found = memchr(base + index, Int32(first), count) else { break }
                    index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if matches(phrase, at: index) {
                        best = index
                        break
                    }
                    index += 1
                }
            }
        }
        return best
    }
}

extension Token {
    static let blank = Token(
        text: "", kind: .punctuation, value: nil, isCapitalized: false, isHyphenated: false,
        isPossessive: false, start: 0, end: 0, entry: Lexicon.Entry())
}
