internal import TallyCore

/// A saved web page read as an article: its headline, the paragraphs of its body (without the
/// page around it), and what its metadata says about it.
struct HTMLPage {
    var title: String?
    var paragraphs: [String]
    var published: CivilDate?
    /// `<link rel="canonical">`, else `og:url`.
    var canonicalURL: String?
    /// `og:site_name`, else the JSON-LD publisher's name.
    var siteName: String?

    /// Reads a page from its UTF-8 bytes.
    ///
    /// - Complexity: O(n).
    init(utf8 bytes: [UInt8]) {
        var tokenizer = HTMLTokenizer(bytes)
        var blocks = HTMLBlocks()
        var meta: [String: String] = [:]
        var canonical: String?
        var titleElement: String?
        var linkedData: [LinkedData] = []
        var times: [(element: Int, value: String)] = []
        var rawTextElement: (name: String, isLinkedData: Bool)?
        while let token = tokenizer.next() {
            blocks.add(token, of: bytes)
            switch token {
            case .start(let name, let kind, let attributes):
                rawTextElement = nil
                guard kind.traits.contains(.metadata) else { break }
                func attribute(_ wanted: String) -> String? {
                    attributes.first { $0.name == wanted }?.value
                }
                switch name {
                case "meta":
                    if let key = attribute("property") ?? attribute("name")
                        ?? attribute("itemprop"),
                        let content = attribute("content")
                    {
                        let key = key.lowercased()
                        if meta[key] == nil { meta[key] = content }
                    }
                case "link":
                    if canonical == nil, let rel = attribute("rel"),
                        rel.lowercased().split(separator: " ").contains("canonical"),
                        let href = attribute("href"), !href.isEmpty
                    {
                        canonical = href
                    }
                case "time":
                    if let value = attribute("datetime") {
                        times.append((blocks.lastElement, value))
                    }
                case "script":
                    let type = attribute("type")?.lowercased() ?? ""
                    rawTextElement = (name, type.contains("ld+json"))
                case "title":
                    rawTextElement = (name, false)
                default: break
                }
            case .rawText(let range):
                if rawTextElement?.isLinkedData == true {
                    linkedData.append(
                        LinkedData(scanning: String(decoding: bytes[range], as: UTF8.self)))
                } else if rawTextElement?.name == "title", titleElement == nil {
                    var text = CollapsedText()
                    text.append(bytes, range)
                    titleElement = text.take()
                }
                rawTextElement = nil
            default:
                rawTextElement = nil
            }
        }
        blocks.finish()

        let body = blocks.articleElement()
        let scope = body >= 0 ? blocks.articleScope(of: body) : -1
        paragraphs = blocks.paragraphs(in: body)
        canonicalURL = canonical ?? meta["og:url"].flatMap { $0.isEmpty ? nil : $0 }
        siteName =
            meta["og:site_name"].map(CollapsedText.collapsing).flatMap { $0.isEmpty ? nil : $0 }
            ?? linkedData.lazy.compactMap(\.publisherName).first.map(CollapsedText.collapsing)

        // The article's own h1 (its header is clutter, but its headline is not), else the
        // first h1 outside clutter (not a logo in the page's header).
        let headline =
            scope >= 0
            ? blocks.blocks.first {
                $0.ownerName == "h1" && blocks.element(scope, contains: $0.owner)
            }
            : nil
        let anyHeadline = blocks.blocks.first { $0.ownerName == "h1" && !$0.isClutter }
        title = [
            meta["og:title"].map(CollapsedText.collapsing), (headline ?? anyHeadline)?.text,
            titleElement,
        ]
        .lazy.compactMap { $0 }.first { !$0.isEmpty }
        .map { Self.removingSiteName(siteName, from: $0) }

        let timesInArticle = times.filter { blocks.element(scope, contains: $0.element) }
        let candidates: [String?] =
            [meta["article:published_time"]]
            + linkedData.map(\.datePublished)
            + timesInArticle.map(\.value)
            + [
                meta["date"], meta["pubdate"], meta["dc.date"], meta["dc.date.issued"],
                meta["dcterms.date"], meta["datepublished"],
            ]
        published = candidates.lazy.compactMap { $0.flatMap(PublicationDay.parse) }.first
    }

    /// The paragraphs of an HTML fragment (a feed item's description or content), read as a
    /// page's body is: the same blocks, the same clutter left out, the fragment as the article.
    static func paragraphs(ofFragment html: String) -> [String] {
        let bytes = Array(html.utf8)
        var tokenizer = HTMLTokenizer(bytes)
        var blocks = HTMLBlocks()
        while let token = tokenizer.next() { blocks.add(token, of: bytes) }
        blocks.finish()
        return blocks.paragraphs(in: -1)
    }

    /// An HTML fragment as one line of text (a feed's title that may hold markup or entities).
    static func line(ofFragment html: String) -> String {
        let bytes = Array(html.utf8)
        var tokenizer = HTMLTokenizer(bytes)
        var text = CollapsedText()
        while let token = tokenizer.next() {
            switch token {
            case .text(let range): text.append(bytes, range)
            case .start(let name, let kind, _) where kind.traits.contains(.block) || name == "br":
                text.appendSpace()
            case .end(_, let kind) where kind.traits.contains(.block):
                text.appendSpace()
            case .start, .end, .rawText: break
            }
        }
        return text.take()
    }

    /// `Headline | Site` without ` | Site` (also `-`, `–`, `—`, `::`, `·`, and as a prefix)
    /// when `Site` is the site's name.
    static func removingSiteName(_ siteName: String?, from title: String) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        let lowerTitle = title.lowercased()
        let lowerSite = siteName.lowercased()
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " : "] {
            if lowerTitle.hasSuffix(separator + lowerSite) {
                let kept = title.dropLast(separator.count + siteName.count)
                if !kept.isEmpty { return String(kept) }
            }
            if lowerTitle.hasPrefix(lowerSite + separator) {
                let kept = title.dropFirst(separator.count + siteName.count)
                if !kept.isEmpty { return String(kept) }
            }
        }
        return title
    }
}
