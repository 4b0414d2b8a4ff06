/// Splits a paragraph into sentences of tokens in one pass over its UTF-8 bytes.
///
/// Words are runs of letters, digits, apostrophes and dots inside abbreviations; hyphens split
/// words but mark the next part as joined. A sentence ends at `.`, `!` or `?` (and closing
/// quotes) followed by a space and a capital letter, a digit or a quote, except after a title
/// or initial ("Col.", "U.S.").
///
/// - Complexity: O(n) in the paragraph's bytes.
enum Tokenizer {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st", "no", "vs", "approx", "maj",
        "mar", "apr", "jun", "jul", "jr.",
        "capt", "cpl", "pvt", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "jr",
        "prof", "gov", "rep", "sen", "u.s", "u.n", "etc",
    ]

    /// What people fall in when they die fighting.
    static let battleNouns: WordSet = [
        "battle", "battles", "fighting", "fight", "combat", "clash", "clashes", "action",
        "skirmish", "shootout", "firefight",
    ]

    /// Where a second clause told with a day of its own begins (", and on November 30 ...",
    /// "; on Sunday ..."), when the clause before it has a day of its own too and each tells a
    /// killing or an incident: where the joint (the comma or semicolon) and the second clause
    /// begin; `nil` for a sentence of one clause.
    static func datedClauseCut(_ tokens: [Token]) -> (joint: Int, clause: Int)? {
        func isDay(at index: Int) -> Bool {
            guard index + 1 < tokens.count, tokens[index].text == "on" else { return false }
            let next = tokens[index + 1]
            if next.entry.weekday != nil { return true }
            if next.entry.month != nil, next.isCapitalized, index + 2 < tokens.count,
                tokens[index + 2].kind == .number
            {
                return true
            }
            if next.kind == .number, let value = next.value, (1...31).contains(value),
                index + 2 < tokens.count, tokens[index + 2].entry.month != nil
            {
                return true
            }
            return false
        }
        func tellsViolence(_ range: Range<Int>) -> Bool {
            tokens[range].contains {
                $0.entry.has([.killVerb, .dieVerb, .deathNoun]) || $0.entry.incident != nil
            }
        }
        for at in tokens.indices.dropFirst(2) where isDay(at: at) {
            let joint: Int
            if tokens[at - 1].text == ";" {
                joint = at - 1
            } else if tokens[at - 1].text == "and", tokens[at - 2].text == "," {
                joint = at - 2
            } else {
                continue
            }
            guard (0..<joint).contains(where: { isDay(at: $0) }), tellsViolence(0..<joint),
                tellsViolence(at..<tokens.count)
            else { continue }
            return (joint, at)
        }
        return nil
    }

    /// Words that end the subject a verb looks back for: "the terrorists and the bridge were
    /// destroyed" is not the terrorists'.
    static let clauseBreaks: WordSet = [
        "and", "or", "but", "while", "which", "who", "that", "after", "when", "where",
    ]

    /// Nouns after "death" that make it a kind of thing: "death penalty", "death threats".
    static let deathKinds: WordSet = [
        "penalty", "penalties", "sentence", "sentences", "row", "threat", "threats", "squad",
        "squads", "certificate", "certificates", "anniversary",
    ]

    static func sentences(
        of paragraph: String, paragraph number: Int, firstIndex: Int
    )
        -> [Sentence]
    {
        let bytes = Array(paragraph.utf8)
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var sentenceStart = 0
        var index = 0
        var joinNext = false

        func finishSentence(at end: Int) {
            guard !tokens.isEmpty else {
                sentenceStart = end
                return
            }
            // Offsets relative to the sentence's own text.
            let from = sentenceStart
            var text = String(decoding: bytes[from..<end], as: UTF8.self)
            let trimmed = text.trimmingASCIIWhitespaceFast()
            let lead = text.utf8.count - text.utf8.drop(while: { $0 == 0x20 }).count
            text = trimmed
            for position in tokens.indices {
                tokens[position].start -= from + lead
                tokens[position].end -= from + lead
            }
            // "all three were "neutralised"": a killing in scare quotes is the killing told; the
            // marks go, so that the verb follows its auxiliary.
            let isQuote = { (token: Token) in
                token.isPunctuation && ["\"", "“", "”", "'", "‘", "’"].contains(token.text)
            }
            let quotedVerbs = tokens.indices.filter { at in
                at + 2 < tokens.count && isQuote(tokens[at]) && isQuote(tokens[at + 2])
                    && (tokens[at + 1].entry.has([.killVerb, .dieVerb])
                        // "four "terrorists" were killed": the people counted, whatever the
                        // quotes doubt. (Not "the two "intruders"": people told before, whom
                        // the quotes say the label does not fit.)
                        || (tokens[at + 1].entry.side != nil && at > 0
                            && (tokens[at - 1].kind == .number
                                || tokens[at - 1].entry.number != nil)
                            && !(at > 1
                                && ["the", "these", "those", "both", "all"].contains(
                                    tokens[at - 2].text))))
            }
            if !quotedVerbs.isEmpty {
                let marks = Set(quotedVerbs.flatMap { [$0, $0 + 2] })
                tokens = tokens.indices.filter { !marks.contains($0) }.map { tokens[$0] }
            }
            // "15 attackers fell in the battle", "fell in the line of duty": a death, unlike a
            // district that "fell to the Taliban".
            for at in tokens.indices where ["fell", "fallen"].contains(tokens[at].text) {
                guard at + 2 < tokens.count, ["in", "during"].contains(tokens[at + 1].text)
                else { continue }
                let object = tokens[(at + 2)...].prefix(3).map(\.text)
                if object.contains(where: Self.battleNouns.contains)
                    || object.starts(with: ["the", "line"])
                {
                    tokens[at].entry.classes.insert(.dieVerb)
                }
            }
            // "All three terrorists were destroyed": fighters destroyed are killed, as reports
            // translated from Russian word it; a bridge or a hideout destroyed is not.
            // ("Some twenty armed men attacked the post; 15 of them were destroyed" too, and
            // "fifteen jihadists were also wiped out".)
            for at in tokens.indices where at >= 2 {
                let word = tokens[at].text
                guard
                    word == "destroyed"
                        || (word == "wiped" && at + 1 < tokens.count
                            && tokens[at + 1].text == "out")
                else { continue }
                // ("were also wiped out": the auxiliary before the adverb.)
                let auxiliary = tokens[at - 1].text == "also" ? at - 2 : at - 1
                // ("three armed terrorists from Afghanistan were destroyed": the fighters with
                // where they came from, and a plural verb; "the base of the militants from
                // Afghanistan was destroyed" is the base.)
                let subject = (2...6).first(where: {
                    at - $0 < 0 || tokens[at - $0].entry.side == .militants
                        || Self.clauseBreaks.contains(tokens[at - $0].text)
                })
                guard ["were", "was", "been"].contains(tokens[auxiliary].text),
                    // ("The militants' base was destroyed": theirs, not them.)
                    subject.map({
                        at - $0 >= 0 && tokens[at - $0].entry.side == .militants
                            && tokens[at - $0].entry.isPlural && !tokens[at - $0].isPossessive
                            && ($0 <= 3
                                || (tokens[auxiliary].text != "was"
                                    && tokens[(at - $0 + 1)..<(at - 1)].contains {
                                        ["from", "of"].contains($0.text)
                                    }))
                    }) ?? false
                        || (at >= 4 && tokens[at - 2].text == "them" && tokens[at - 3].text == "of"
                            && tokens[..<(at - 3)].contains {
                                $0.entry.side == .militants || $0.text == "armed"
                            })
                else { continue }
                tokens[at].entry.classes.insert(.dieVerb)
            }
            // "Punished with the death penalty", "death threats": a death as a kind of
            // thing, not anyone's.
            for at in tokens.indices.dropLast()
            where tokens[at].text == "death" && Self.deathKinds.contains(tokens[at + 1].text) {
                tokens[at].entry.classes.remove(.deathNoun)
            }
            // "On November 26 attackers killed three miners, and on November 30 two road workers
            // were shot dead": two events, each told with its own day, in one sentence; read as
            // two clauses, each a sentence of its own.
            if let (joint, clause) = Self.datedClauseCut(tokens) {
                let offset = tokens[clause].start
                let textBytes = Array(text.utf8)
                let head = String(decoding: textBytes[..<tokens[joint].start], as: UTF8.self)
                    .trimmingASCIIWhitespaceFast()
                let tail = String(decoding: textBytes[offset...], as: UTF8.self)
                let headTokens = Array(tokens[..<joint])
                var tailTokens = Array(tokens[clause...])
                for position in tailTokens.indices {
                    tailTokens[position].start -= offset
                    tailTokens[position].end -= offset
                }
                sentences.append(
                    Sentence(
                        text: head, tokens: headTokens, paragraph: number,
                        index: firstIndex + sentences.count))
                sentences.append(
                    Sentence(
                        text: tail, tokens: tailTokens, paragraph: number,
                        index: firstIndex + sentences.count))
            } else {
                sentences.append(
                    Sentence(
                        text: text, tokens: tokens, paragraph: number,
                        index: firstIndex + sentences.count))
            }
            tokens = []
            sentenceStart = end
        }

        while index < bytes.count {
            let byte = bytes[index]
            if isWordByte(byte) || (byte >= 0x80 && !isSpaceOrPunctuation(bytes, index)) {
                let start = index
                var end = index
                var hasDigitsOnly = true
                while end < bytes.count {
                    let b = bytes[end]
                    if isWordByte(b) {
                        if !(b >= 0x30 && b <= 0x39) { hasDigitsOnly = false }
                        end += 1
                    } else if b >= 0x80, !isSpaceOrPunctuation(bytes, end) {
                        hasDigitsOnly = false
                        end += 1
                    } else if (b == 0x2C || b == 0x2E) && hasDigitsOnly && end + 1 < bytes.count
                        && isDigit(bytes[end + 1]) && end > start
                    {
                        // 1,344 or 2.5: a number goes on through its separators.
                        end += 1
                    } else if b == 0x27 || isCurlyApostrophe(bytes, end) {
                        // "Tajikistan's", "o'clock": an apostrophe followed by a letter.
                        let width = b == 0x27 ? 1 : 3
                        if end + width < bytes.count, isLetter(bytes[end + width]) {
                            end += width
                        } else if end > start, bytes[end - 1] | 0x20 == 0x73,
                            end + width + 1 < bytes.count, bytes[end + width] == 0x20,
                            bytes[end + width + 1] >= 0x61, bytes[end + width + 1] <= 0x7A
                        {
                            // "the posts' local guards": a plural's possessive, the word's end.
                            end += width
                            break
                        } else {
                            break
                        }
                    } else if b == 0x2E, end + 1 < bytes.count, isLetter(bytes[end + 1]),
                        end + 2 < bytes.count, bytes[end + 2] == 0x2E
                    {
                        // "U.S." keeps its inner dot.
                        end += 1
                    } else if b == 0x2E, end > start, let width = topLevelDomain(bytes, end + 1) {
                        // "ferghana.ru", "24.kg": a website is one word, never a place.
                        end += 1 + width
                        hasDigitsOnly = false
                        break
                    } else {
                        break
                    }
                }
                var raw = Array(bytes[start..<end])
                // "21AUG22", "03JAN2021": a date written as military and OSINT reports write it,
                // read as the three words "21 August 2022" would be.
                if let date = compactDate(raw) {
                    let monthStart = start + date.dayDigits
                    let parts: [(String, Token.Kind, Int?, Int, Int)] = [
                        (String(date.day), .number, date.day, start, monthStart),
                        (date.month, .word, nil, monthStart, monthStart + 3),
                        (String(date.year), .number, date.year, monthStart + 3, end),
                    ]
                    for (text, kind, value, from, to) in parts {
                        tokens.append(
                            Token(
                                text: text, kind: kind, value: value, isCapitalized: kind == .word,
                                isHyphenated: false, isPossessive: false, start: from, end: to,
                                entry: Lexicon.entry(text)))
                    }
                    joinNext = false
                    index = end
                    continue
                }
                var possessive = false
                if raw.count > 2, raw[raw.count - 1] | 0x20 == 0x73, raw[raw.count - 2] == 0x27 {
                    raw.removeLast(2)
                    possessive = true
                } else if raw.count > 4, raw[raw.count - 1] | 0x20 == 0x73,
                    raw[raw.count - 4] == 0xE2, raw[raw.count - 3] == 0x80,
                    raw[raw.count - 2] == 0x99
                {
                    raw.removeLast(4)
                    possessive = true
                } else if raw.count > 2, raw[raw.count - 1] == 0x27,
                    raw[raw.count - 2] | 0x20 == 0x73
                {
                    raw.removeLast()
                    possessive = true
                } else if raw.count > 4, raw[raw.count - 3] == 0xE2, raw[raw.count - 2] == 0x80,
                    raw[raw.count - 1] == 0x99, raw[raw.count - 4] | 0x20 == 0x73
                {
                    raw.removeLast(3)
                    possessive = true
                }
                let capitalized = raw.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
                var lower = raw.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                lower = straightenApostrophes(lower)
                let text = String(decoding: lower, as: UTF8.self)
                var kind = Token.Kind.word
                var value: Int?
                if hasDigitsOnly && isDigit(raw[0]) {
                    kind = .number
                    let digits = raw.filter { isDigit($0) }
                    let isDecimal = raw.contains(0x2E)
                    if !isDecimal, digits.count <= 12 {
                        value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    }
                }
                tokens.append(
                    Token(
                        text: text, kind: kind, value: value, isCapitalized: capitalized,
                        isHyphenated: joinNext, isPossessive: possessive, start: start, end: end,
                        entry: Lexicon.entry(text)))
                joinNext = false
                index = end
                continue
            }
            joinNext = false
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
            case 0x2D:
                // A hyphen between word characters joins; a spaced one is a dash.
                let before = index > 0 ? bytes[index - 1] : 0x20
                let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                if before != 0x20 && after != 0x20 && !tokens.isEmpty {
                    joinNext = true
                } else {
                    appendPunctuation("-", index, index + 1)
                }
                index += 1
            case 0x2E, 0x21, 0x3F:
                appendPunctuation(String(UnicodeScalar(byte)), index, index + 1)
                var next = index + 1
                while next < bytes.count, isClosingQuote(bytes, next) {
                    next += bytes[next] >= 0x80 ? 3 : 1
                }
                let lastWord = tokens.count >= 2 ? tokens[tokens.count - 2] : Token.blank
                let isAbbreviation =
                    byte == 0x2E
                    && (abbreviations.contains(lastWord.text)
                        || (lastWord.text.utf8.count == 1 && lastWord.isCapitalized))
                if next >= bytes.count {
                    index = next
                } else if bytes[next] == 0x20, next + 1 < bytes.count,
                    startsSentence(bytes, next + 1), !isAbbreviation
                {
                    finishSentence(at: next)
                    index = next
                } else {
                    index = next
                }
            default:
                if byte >= 0x80 {
                    // A multi-byte punctuation mark: dashes, curly quotes, ellipsis.
                    let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let end = Swift.min(index + width, bytes.count)
                    let mark = String(decoding: bytes[index..<end], as: UTF8.self)
                    if mark == "–" || mark == "—" {
                        let before = index > 0 ? bytes[index - 1] : 0x20
                        let after = end < bytes.count ? bytes[end] : 0x20
                        if before != 0x20 && after != 0x20 && !tokens.isEmpty {
                            joinNext = true
                        } else {
                            appendPunctuation("-", index, end)
                        }
                    } else if mark == "“" || mark == "”" {
                        appendPunctuation("\"", index, end)
                    } else {
                        appendPunctuation(mark, index, end)
                    }
                    index = end
                } else {
                    appendPunctuation(String(UnicodeScalar(byte)), index, index + 1)
                    index += 1
                }
            }
        }
        finishSentence(at: bytes.count)
        return sentences

        func appendPunctuation(_ mark: String, _ start: Int, _ end: Int) {
            tokens.append(
                Token(
                    text: mark, kind: .punctuation, value: nil, isCapitalized: false,
                    isHyphenated: false, isPossessive: false, start: start, end: end,
                    entry: Lexicon.Entry()))
        }
    }

    /// A compact date, "21AUG22" or "03JAN2021": one or two digits of a day, a month's three capital
    /// letters, and a year of two digits (this century) or four.
    static func compactDate(_ raw: [UInt8]) -> (day: Int, dayDigits: Int, month: String, year: Int)?
    {
        guard (6...9).contains(raw.count) else { return nil }
        let dayDigits = raw.prefix(while: isDigit).count
        let yearDigits = raw.count - dayDigits - 3
        guard (1...2).contains(dayDigits), yearDigits == 2 || yearDigits == 4,
            raw[dayDigits..<dayDigits + 3].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
            raw[(dayDigits + 3)...].allSatisfy(isDigit)
        else { return nil }
        let number = { (bytes: ArraySlice<UInt8>) in bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let day = number(raw[..<dayDigits])
        let month = String(
            decoding: raw[dayDigits..<dayDigits + 3].map { $0 | 0x20 }, as: UTF8.self)
        let written = number(raw[(dayDigits + 3)...])
        guard (1...31).contains(day), Lexicon.entry(month).month != nil else { return nil }
        return (day, dayDigits, month, yearDigits == 2 ? 2000 + written : written)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
    }
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Multi-byte characters that are punctuation or spaces rather than letters.
    static func isSpaceOrPunctuation(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count {
            // No-break space, «, », ·, °
            return [0xA0, 0xAB, 0xBB, 0xB7, 0xB0].contains(bytes[index + 1])
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            // Dashes, quotes, bullets, ellipsis, thin spaces.
            return true
        }
        return false
    }

    static let webDomains: WordSet = [
        "ru", "com", "kg", "uz", "tj", "tm", "kz", "af", "az", "org", "net", "info", "news",
        "io", "uk", "de", "fr", "tv", "asia",
    ]

    /// The length of the internet domain ending that starts at `index` ("ru" in "ferghana.ru"),
    /// when one does and no letter follows it.
    static func topLevelDomain(_ bytes: [UInt8], _ index: Int) -> Int? {
        var end = index
        while end < bytes.count, bytes[end] >= 0x61 && bytes[end] <= 0x7A { end += 1 }
        guard end > index, end - index <= 4,
            end == bytes.count || !(isLetter(bytes[end]) || isDigit(bytes[end]))
        else { return nil }
        let ending = String(decoding: bytes[index..<end], as: UTF8.self)
        return Self.webDomains.contains(ending) ? end - index : nil
    }

    static func isCurlyApostrophe(_ bytes: [UInt8], _ index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98)
    }

    static func isClosingQuote(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x22 || byte == 0x27 || byte == 0x29 { return true }
        return index + 2 < bytes.count && byte == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }

    static func startsSentence(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if (byte >= 0x41 && byte <= 0x5A) || isDigit(byte) || byte == 0x22 || byte == 0x28 {
            return true
        }
        // A curly opening quote, or a capital outside ASCII.
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            return bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98
        }
        return byte >= 0xC3 && byte < 0xE0
    }

    static func straightenApostrophes(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0xE2) else { return bytes }
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if isCurlyApostrophe(bytes, index) {
                result.append(0x27)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The number of words between spaces, as `split(separator: " ").count` counts them, read
    /// from the bytes without building the words.
    var spaceSeparatedWordCount: Int {
        var count = 0
        var inWord = false
        for byte in utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The first occurrence of `needle`, compared byte for byte: the generic search compares
    /// characters and is many times slower on the short ASCII separators it is used for.
    func firstByteRange(of needle: String) -> Range<Index>? {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return nil }
        let view = utf8
        var start = view.startIndex
        while let found = view[start...].firstIndex(of: first) {
            var cursor = found
            var matched = 0
            while matched < bytes.count, cursor != view.endIndex, view[cursor] == bytes[matched] {
                cursor = view.index(after: cursor)
                matched += 1
            }
            if matched == bytes.count { return found..<cursor }
            start = view.index(after: found)
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespaceFast() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 > 0x20 }),
            let last = utf8.lastIndex(where: { $0 > 0x20 })
        else { return "" }
        return String(self[first...last])
    }
}
