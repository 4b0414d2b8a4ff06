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

    /// Parses an article's text.
    public init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingASCIIWhitespace()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        title = lines.first ?? ""
        var body = Array(lines.dropFirst())
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
        paragraphs = Article.paragraphs(body)
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
            if let date = DateExpressions.absoluteDate(after) { return date }
        }
        return DateExpressions.absoluteDate(text)
    }

    /// Paragraphs from body lines: blank lines separate paragraphs; without blank lines, each line
    /// is a paragraph unless the lines are hard-wrapped (a line that does not end a sentence goes
    /// on in the next).
    static func paragraphs(_ lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            if current.isEmpty {
                current = line
            } else if endsSentence(current) && startsSentence(line) && !looksWrapped(lines) {
                paragraphs.append(current)
                current = line
            } else {
                current += current.hasSuffix("-") && !current.hasSuffix(" -") ? line : " " + line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
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
        let content = lines.filter { !$0.isEmpty }
        guard content.count >= 3 else { return false }
        let unfinished = content.dropLast().filter { !endsSentence($0) }.count
        return unfinished * 2 >= content.count - 1
    }
}
