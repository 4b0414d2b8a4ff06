public import TallyCore

/// A news article as it comes from a feed or a copy-paste: a title, paragraphs (one a line or
/// hard-wrapped at any width), an optional date line and an optional publisher footer.
public struct Article: Sendable {
    /// The first line.
    public var title: String
    /// The paragraphs, hard-wrapped lines joined.
    public var paragraphs: [String]
    /// The publisher named by a footer ("The post … appeared first on Khaama Press.").
    public var footerSource: String?
    /// A date given by a line near the top (`Published: 2025-03-14`, `Dushanbe, 14 March 2025`).
    public var datelineDate: CivilDate?
    /// Lines of the web page that are not the article: related headlines, captions, tags, share
    /// and subscribe prompts. They are never read for events.
    public var clutter: [String] = []
    /// A line under the headline that sums the story up without ending a sentence ("Two Tajik
    /// soldiers were killed when an armed group of 20 people attacked a border post"): set
    /// aside with the clutter, and read as a second headline when it tells of deaths.
    public var standfirst: String?

    /// Parses an article's text.
    public init(text: String) {
        // Split on the newline byte, not the character: no grapheme breaking over the whole text.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(Substring($0)).trimmingASCIIWhitespace()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        // A page's furniture above the headline ("USD 84.80 | EUR 98.72", "Home > News"): not
        // the title.
        while let first = lines.first, lines.count > 1,
            first.isEmpty || first.filter({ "|>•#".contains($0) }).count >= 2
                || Article.hasClutterPrefix(first)
                // "12:58 / 27.09.2021   94286": a time stamp and a view count.
                || (!first.contains(where: \.isLetter) && first.contains(where: \.isNumber))
                // "Wednesday July 24 2024": the day the page was seen, alone on its line.
                || TimeExpression.absoluteDate(first) != nil
                // "Security", then the headline: the page's section, one word alone.
                || Article.isSectionLabel(first, before: lines.dropFirst().first { !$0.isEmpty })
                // "RED  YELLOW  GREEN  BLUE", "Home  News  World": a menu, its items set apart
                // by runs of spaces.
                || Article.isMenu(first)
                // "News. Photo caption: A demonstration in Bishkek ... © AFP": a picture's
                // caption and credit above the headline.
                || first.lowercased().contains("caption:") || first.contains("©")
        {
            if !first.isEmpty { clutter.append(first) }
            lines.removeFirst()
        }
        // A copy that starts with its lead ("At least three people have been killed ... Tajik
        // officials say. The clash began on Tuesday ..."): no headline, the first paragraph is
        // text.
        // So is a first line that reads as a sentence of the story, long and closed by a full
        // stop ("The latest conflict broke out on the evening of 16 September in the border
        // jamoat of Ovchi-Kalacha in Bobojon Gafurov district."): headlines have no full stop.
        let startsWithLead =
            ((lines.first?.spaceSeparatedWordCount ?? 0) >= 30
                && (lines.first?.components(separatedBy: ". ").count ?? 0) >= 2)
            || ((lines.first?.spaceSeparatedWordCount ?? 0) >= 16
                && lines.first?.hasSuffix(".") == true && lines.first?.hasSuffix("...") == false)
        title = startsWithLead ? "" : lines.first ?? ""
        var body = Array(lines.dropFirst(startsWithLead ? 0 : 1))
        footerSource = nil
        if let last = body.last(where: { !$0.isEmpty }), let source = Article.footerSource(last) {
            footerSource = source
            body.removeLast(body.count - (body.lastIndex(of: last) ?? body.count))
        }
        datelineDate = nil
        for (index, line) in body.prefix(3).enumerated() where !line.isEmpty {
            if let date = Article.dateline(line) {
                datelineDate = date
                body.remove(at: index)
                break
            }
        }
        // Footers anywhere near the end: "The post ... appeared first on X." after tags.
        if footerSource == nil, let footer = body.first(where: { Article.footerSource($0) != nil })
        {
            footerSource = Article.footerSource(footer)
        }
        // "Read also:" then headlines, one a line, to the next blank line: a list of other
        // articles, however the lines read. Past a blank line the list goes on while what
        // follows is another headline or a teaser cut off with an ellipsis ("Check Also", a
        // headline, then "(Last updated: ...) Nine fighters died in ..."): the teaser of
        // another article, whatever its figures.
        var listed: [String] = []
        var unlisted: [String] = []
        var inList = false
        for (index, line) in body.enumerated() {
            if inList && !line.isEmpty {
                listed.append(line)
                continue
            }
            if inList, let next = body[(index + 1)...].first(where: { !$0.isEmpty }),
                Article.isListedItem(next)
            {
                continue
            }
            inList = false
            let lower = line.lowercased()
            let headers = [
                "read also", "also read", "read more", "see also", "related", "more on this",
                "latest news", "most read", "more news", "recommended",
                // "Also on Sputnik Uzbekistan:", "More from Asia-Plus:", "Don't miss:".
                "also on", "also in", "more from", "more in", "more stories", "other news",
                "in other news", "you may also like", "you might also like", "further reading",
                "trending", "don't miss", "top stories", "most popular", "popular", "latest",
                "check also", "read next", "see more", "more stories",
            ]
            // "See also:" or "See also" alone on its line.
            var header = Substring(lower)
            while let last = header.last, last == ":" || last == " " { header.removeLast() }
            // "More World News:", "Other Central Asia stories:": a section's list of links.
            // "Recent Stories" alone on its line, above a list.
            let moreOfKind =
                ["more ", "other ", "latest ", "top ", "recent "].contains(where: {
                    lower.hasPrefix($0)
                })
                && ["news", "stories", "articles", "headlines", "posts"].contains(where: {
                    lower.contains($0)
                })
            if line.count <= 40,
                (line.hasSuffix(":")
                    && (moreOfKind || headers.contains(where: { lower.hasPrefix($0) })))
                    || (moreOfKind && header.split(separator: " ").count <= 4
                        && !Article.endsSentence(line))
                    || headers.contains(String(header)) || header == "related articles"
                    || header == "related stories" || header == "related news"
            {
                listed.append(line)
                inList = true
                continue
            }
            unlisted.append(line)
        }
        clutter += listed
        body = unlisted
        var kept: [String] = []
        for (index, whole) in Article.paragraphs(body).enumerated() {
            var paragraph = whole
            // "Avesta.Tj | 02.01.2019 | Two border facilities were put into service ...": the
            // site and day before the bars are furniture, the sentence after them is the report.
            if whole.utf8.contains(UInt8(ascii: "|")),
                let bar = whole.prefix(60).ranges(of: " | ").last
            {
                let head = whole[..<bar.lowerBound]
                let rest = String(whole[bar.upperBound...])
                if head.spaceSeparatedWordCount <= 8, rest.spaceSeparatedWordCount >= 12,
                    Article.endsSentence(rest), rest.first?.isUppercase == true
                {
                    clutter.append(String(head))
                    paragraph = rest
                }
            }
            if Article.isClutter(paragraph) {
                if index == 0, paragraph != title, paragraph.spaceSeparatedWordCount >= 8,
                    paragraph.first?.isUppercase == true, !Article.hasClutterPrefix(paragraph),
                    !paragraph.contains(where: { "|#•".contains($0) })
                {
                    standfirst = paragraph
                }
                clutter.append(paragraph)
            } else {
                kept.append(paragraph)
            }
        }
        // The dateline opens the first paragraph, or one of the two after a lead paragraph
        // ("DUSHANBE, 4 July - Sputnik."): there only a city in capitals and a day, the
        // report's, not the event's.
        for index in kept.indices.prefix(3) {
            guard let (rest, date) = Article.strippingDateline(kept[index]) else { continue }
            if index > 0 {
                // ("KABUL, Afghanistan (AP) - ": a wire agency's dateline.)
                guard let dash = kept[index].prefix(40).firstByteRange(of: " - "),
                    kept[index][..<dash.lowerBound].contains(where: \.isNumber)
                        || kept[index][..<dash.lowerBound].hasSuffix(")"),
                    let word = kept[index].split(separator: " ").first?.filter(\.isLetter),
                    word.count >= 3, word.allSatisfy(\.isUppercase)
                else { continue }
            }
            kept[index] = rest
            if datelineDate == nil { datelineDate = date }
            break
        }
        paragraphs = kept
    }

    /// A page section's name alone on the first line ("Security", "World"), with a headline
    /// after it: a line of at least three words that ends in no full stop.
    /// Three or more short items set apart by two spaces or more, with no sentence in them: a
    /// page's menu, never a headline.
    static func isMenu(_ line: String) -> Bool {
        guard line.contains("  "), !line.contains(where: { ".,:;!?\"".contains($0) }) else {
            return false
        }
        let items = line.components(separatedBy: "  ").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return items.count >= 3 && items.allSatisfy { $0.spaceSeparatedWordCount <= 2 }
    }

    static func isSectionLabel(_ line: String, before next: String?) -> Bool {
        guard let next, !line.isEmpty, line.count <= 20, line.allSatisfy(\.isLetter),
            !next.hasSuffix(".")
        else { return false }
        return next.spaceSeparatedWordCount >= 3
    }

    /// A first paragraph that opens with a wire dateline ("DUSHANBE, April 11, 2011, Asia-Plus -
    /// ...", "KABUL (Reuters) - ..."): the text after it, and the date it gives. The dateline
    /// dates the report, not the event.
    static func strippingDateline(_ paragraph: String) -> (String, CivilDate?)? {
        let prefixWindow = String(paragraph.prefix(90))
        var cut: Range<String.Index>?
        // "KABUL: The man the Taliban had named ...": a city in capitals and a colon too.
        for dash in [" - ", " – ", " — ", " -- ", ": "] {
            if let range = prefixWindow.firstByteRange(of: dash),
                cut.map({ range.lowerBound < $0.lowerBound }) ?? true
            {
                cut = range
            }
        }
        // "Beijing, Nov 28 (PTI) Three Chinese workers ...": a city, a day and the agency in
        // brackets, with no dash.
        if cut == nil, let open = prefixWindow.firstIndex(of: "("),
            let close = prefixWindow[open...].firstIndex(of: ")"),
            prefixWindow[prefixWindow.index(after: close)...].hasPrefix(" ")
        {
            let head = prefixWindow[..<open].split(separator: ",").map {
                $0.split(separator: " ")
            }
            let agency = prefixWindow[prefixWindow.index(after: open)..<close]
            if head.count == 2, (1...3).contains(head[0].count),
                head[0].allSatisfy({ $0.first?.isUppercase == true }),
                head[1].count == 2,
                head[1].contains(where: { Lexicon.entry($0.lowercased()).month != nil }),
                head[1].contains(where: { $0.allSatisfy(\.isNumber) }),
                (1...3).contains(agency.split(separator: " ").count),
                agency.first?.isUppercase == true
            {
                let rest = String(prefixWindow[prefixWindow.index(after: close)...])
                    .trimmingASCIIWhitespace()
                return (rest + paragraph.dropFirst(prefixWindow.count), nil)
            }
        }
        guard let cut else { return nil }
        let head = String(prefixWindow[..<cut.lowerBound])
        let words = head.split(separator: " ")
        guard let firstWord = words.first, words.count <= 10 else { return nil }
        let letters = firstWord.filter(\.isLetter)
        let isCapitalCity = letters.count >= 3 && letters.allSatisfy(\.isUppercase)
        if prefixWindow[cut] == ": " {
            guard isCapitalCity, words.count <= 3,
                words.allSatisfy({ $0.filter(\.isLetter).allSatisfy(\.isUppercase) })
            else { return nil }
        }
        var date: CivilDate?
        for part in head.split(separator: ",") {
            if let found = TimeExpression.absoluteDate(String(part)) { date = found }
        }
        if date == nil {
            // "April 11, 2011": the comma splits it.
            let parts = head.split(separator: ",").map { String($0).trimmingASCIIWhitespace() }
            for index in parts.indices.dropLast() {
                if let found = TimeExpression.absoluteDate(parts[index] + " " + parts[index + 1]) {
                    date = found
                }
            }
        }
        guard isCapitalCity || date != nil else { return nil }
        var rest = String(prefixWindow[cut.upperBound...]) + paragraph.dropFirst(prefixWindow.count)
        // "BISHKEK (UrduPoint News / Sputnik - 21st September, 2022) Speaking to ...": the dash
        // fell inside the wire's brackets, and the date before they close is the dateline's.
        if head.contains("("), !head.contains(")"),
            let close = rest.prefix(40).firstIndex(of: ")"),
            let found = TimeExpression.absoluteDate(String(rest[..<close]))
        {
            date = found
            rest = String(rest[rest.index(after: close)...]).trimmingASCIIWhitespace()
        }
        return (rest, date)
    }

    /// Prefixes of web-page furniture.
    static let clutterPrefixes = [
        "read also", "read more", "also read", "see also", "related", "more on", "more from",
        "photo", "image", "caption", "file photo", "tags", "tag:", "share", "subscribe",
        "follow us",
        "sign up", "click here", "advertisement", "sponsored", "you may also like", "recommended",
        "most read", "popular", "copyright", "©", "all rights reserved", "source:", "video:",
        "watch:", "listen", "comments", "leave a comment", "print", "email", "facebook", "twitter",
        "telegram", "whatsapp", "join our", "download", "previous article", "next article",
        "latest news", "top stories", "editor's", "update:", "loading", "cookie", "we use cookies",
        "the post ", "this article", "this story", "reporting by", "editing by", "(reporting",
        "written by", "author:", "by ", "posted in", "filed under", "categories", "category:",
        "keywords", "topics", "other news", "more news", "more stories", "also on ",
        "you might also", "trending", "your email address", "required fields",
    ]

    /// Whether a paragraph is web-page clutter: a known prefix, or a short line that ends no
    /// sentence (a headline, a caption, a tag list).
    static func isClutter(_ paragraph: String) -> Bool {
        // The longest prefix is nineteen letters: the rest of the paragraph needs no lowercasing.
        // ("[Photo caption: ...]": a prefix inside brackets too.)
        let lower = paragraph.drop(while: { $0 == "[" || $0 == "(" }).prefix(24).lowercased()
        if lower.hasPrefix("the post "), paragraph.lowercased().contains(" appeared first on ") {
            return true
        }
        for prefix in clutterPrefixes where lower.utf8.starts(with: prefix.utf8) {
            // "By Monday, ..." and "Related to the clash, ..." are sentences.
            if prefix == "by " {
                return paragraph.spaceSeparatedWordCount <= 6 && !endsSentence(paragraph)
            }
            if prefix == "related" || prefix == "popular" || prefix == "print" || prefix == "email"
                || prefix == "listen" || prefix == "download"
            {
                return !endsSentence(paragraph) || lower.hasPrefix(prefix + ":")
                    || paragraph.count < 120
            }
            if prefix == "update:" { return false }
            return true
        }
        let words = paragraph.spaceSeparatedWordCount
        // A headline or a caption: short and not a sentence. (Not a sentence told whole and the
        // next cut off where the stored copy stops: "... all three were neutralised. Seized at
        // the scene were three firearms of the".)
        if !endsSentence(paragraph) && words <= 25 && !isCutOffProse(paragraph) { return true }
        // "Tajikistan | Border | Security": a tag list.
        if paragraph.filter({ $0 == "|" || $0 == "#" || $0 == "•" }).count >= 2 { return true }
        return false
    }

    /// Whether a paragraph is prose cut off: a whole sentence of at least six words, then at
    /// least four words of the next, which breaks off.
    static func isCutOffProse(_ paragraph: String) -> Bool {
        guard
            let stop = paragraph.ranges(of: ". ").first(where: { range in
                paragraph[range.upperBound...].first?.isUppercase == true
            })
        else { return false }
        return paragraph[..<stop.lowerBound].spaceSeparatedWordCount >= 6
            && paragraph[stop.upperBound...].spaceSeparatedWordCount >= 4
    }

    /// "The post <title> appeared first on <Publisher>." -> Publisher.
    static func footerSource(_ line: String) -> String? {
        guard line.hasPrefix("The post "), let range = line.firstRange(of: " appeared first on ")
        else { return nil }
        var source = String(line[range.upperBound...])
        while source.hasSuffix(".") { source.removeLast() }
        return source.isEmpty ? nil : source
    }

    /// A short line that is only a date (with an optional place or "Published:").
    static func dateline(_ line: String) -> CivilDate? {
        guard line.count <= 60 else { return nil }
        var text = line
        for prefix in ["Published:", "Published", "Date:", "Posted:"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingASCIIWhitespace()
        }
        if let comma = text.lastIndex(of: ","), text[..<comma].split(separator: " ").count <= 3 {
            let after = String(text[text.index(after: comma)...]).trimmingASCIIWhitespace()
            if let date = TimeExpression.absoluteDate(after) { return date }
        }
        return TimeExpression.absoluteDate(text)
    }

    /// Paragraphs from body lines: blank lines separate paragraphs; without blank lines, each line
    /// is a paragraph unless the lines are hard-wrapped (a line that does not end a sentence goes
    /// on in the next).
    static func paragraphs(_ lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        let wrapped = looksWrapped(lines)
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            // Unwrapped text has a paragraph a line; page furniture is a line of its own; a
            // line that ends no sentence and a next one that starts in lower case are one
            // sentence, wrapped.
            let lastWord =
                current.lastIndex(of: " ").map { current[current.index(after: $0)...] }
                ?? current[...]
            let continues =
                !current.isEmpty && !endsSentence(current)
                && ((line.first?.isLowercase ?? false) || (lastWord.first?.isLowercase ?? false))
                && !hasClutterPrefix(current) && !hasClutterPrefix(line)
            let breaks =
                !continues && (!wrapped || hasClutterPrefix(line) || hasClutterPrefix(current))
            if current.isEmpty {
                current = line
            } else if breaks {
                paragraphs.append(current)
                current = line
            } else {
                current += current.hasSuffix("-") && !current.hasSuffix(" -") ? line : " " + line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// Whether a line opens like page furniture ("Read also:", "Photo:", "Tags:").
    static func hasClutterPrefix(_ line: String) -> Bool {
        // The longest prefix is ten letters: lowercasing more of the line is wasted work.
        let lower = line.prefix(12).lowercased()
        return [
            "read also", "read more", "also read", "see also", "related:", "photo:", "tags:",
            "share this", "subscribe",
        ]
        .contains { lower.hasPrefix($0) }
    }

    /// A line of a list of other articles: a headline (short, no sentence's end) or a teaser
    /// cut off with an ellipsis.
    static func isListedItem(_ line: String) -> Bool {
        if line.hasSuffix("...") || line.hasSuffix("…") { return true }
        return !endsSentence(line) && line.spaceSeparatedWordCount <= 25
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".!?\"”’:".contains(last)
    }

    static func startsSentence(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isUppercase || first.isNumber || first == "\"" || first == "“"
    }

    /// Whether most lines break mid-sentence: then a sentence end at a line end is not a paragraph end.
    static func looksWrapped(_ lines: [String]) -> Bool {
        // Only a long line with another line after it tells: a hard-wrapped line fills the
        // width and goes on in the next, mid-sentence (it ends with a lowercase word, or the
        // next starts with one); a line before a blank line ends its paragraph anyway, and a
        // list of headlines ("Related:" then one per line) is capitalised line after line.
        var pairs = 0
        var goesOn = 0
        for index in lines.indices.dropLast()
        where lines[index].count >= 50 && !lines[index + 1].isEmpty {
            pairs += 1
            guard !endsSentence(lines[index]) else { continue }
            let lastWord = lines[index].split(separator: " ").last ?? ""
            if (lines[index + 1].first?.isLowercase ?? false)
                || (lastWord.first?.isLowercase ?? false)
            {
                goesOn += 1
            }
        }
        return pairs >= 2 && goesOn * 2 >= pairs
    }
}
