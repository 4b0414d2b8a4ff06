internal import TallyCore

/// A news feed read as articles: RSS 2.0, RSS 1.0 (RDF) or Atom, one article per item.
///
/// Item bodies are HTML (entity-escaped, in CDATA, or Atom's inline XHTML) and are read through
/// the same paragraph extraction as saved pages.
struct Feed {
    /// An item (RSS) or entry (Atom).
    struct Item {
        var title: String?
        /// `link` (RSS), `link rel=alternate href` or the first link (Atom).
        var url: String?
        /// `guid`, Atom `id`, RSS 1.0 `rdf:about`.
        var id: String?
        var published: CivilDate?
        /// The paragraphs of `content:encoded` or Atom `content`.
        var content: [String] = []
        /// The paragraphs of `description` or Atom `summary`.
        var summary: [String] = []

        /// Content long enough to be the article rather than a teaser of it.
        var hasFullText: Bool {
            Self.length(content) >= Feed.fullTextMinimum && content != summary
        }

        /// The paragraphs to code: the content when it is the article or says more than the
        /// summary, else the summary.
        var body: [String] {
            hasFullText || Self.length(content) > Self.length(summary) ? content : summary
        }

        private static func length(_ paragraphs: [String]) -> Int {
            paragraphs.reduce(0) { $0 + $1.count }
        }
    }

    /// The feed's title (`channel/title`, `feed/title`).
    var title: String?
    var items: [Item] = []

    /// The most items a feed may have.
    static let maximumItems = 10_000
    /// The characters of content below which an item's content counts as a teaser.
    static let fullTextMinimum = 200

    /// Reads a feed from its UTF-8 bytes; `name` names it in errors.
    ///
    /// - Complexity: O(n).
    init(utf8 bytes: [UInt8], name: String) throws(WebDocumentError) {
        var tokenizer = XMLTokenizer(bytes)
        /// The local names of the open elements.
        var path: [Substring] = []
        var item: ItemFields?
        var itemDepth = 0
        var capture: Capture?
        do throws(XMLError) {
            while let token = try tokenizer.next() {
                switch token {
                case .start(let qualifiedName, let attributes, let contentStart):
                    let local = Self.localName(qualifiedName)
                    if capture != nil {
                        capture?.hasChildElements = true
                    } else if item == nil, local == "item" || local == "entry" {
                        guard items.count < Self.maximumItems else {
                            throw XMLError(
                                line: nil, problem: "the feed has more than 10 000 items")
                        }
                        item = ItemFields()
                        item?.about = attributes.first { Self.localName($0.name) == "about" }?.value
                        itemDepth = path.count + 1
                    } else if item != nil
                        ? path.count == itemDepth
                        : (local == "title" && (path.last == "channel" || path.last == "feed"))
                    {
                        capture = Capture(
                            name: qualifiedName, attributes: attributes, depth: path.count + 1,
                            contentStart: contentStart, isAtom: path.first == "feed")
                    }
                    path.append(local)
                case .text(let text):
                    capture?.text += text
                case .end(_, let offset):
                    if let done = capture, done.depth == path.count {
                        capture = nil
                        let raw =
                            done.hasChildElements
                            ? String(decoding: bytes[done.contentStart..<offset], as: UTF8.self)
                            : nil
                        if item != nil {
                            item?.add(done, raw: raw)
                        } else if title == nil {
                            title = done.line(raw: raw)
                        }
                    } else if let fields = item, path.count == itemDepth {
                        items.append(fields.item)
                        item = nil
                    }
                    path.removeLast()
                }
            }
        } catch {
            let place = error.line.map { "line \($0): " } ?? ""
            throw WebDocumentError(name, place + error.problem)
        }
    }

    /// The items as articles, each with the feed's title as its source.
    func articles() -> [WebArticle] {
        items.map { item in
            var article = WebArticle(title: item.title, paragraphs: item.body)
            article.published = item.published
            article.url = item.url
            article.source = title
            article.itemID = item.id
            article.isTeaser = !item.hasFullText
            return article
        }
    }

    /// `encoded` of `content:encoded`.
    static func localName(_ name: String) -> Substring {
        name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
    }

    /// An element of an item (or the feed's title) being read: its text, and whether it holds
    /// markup (Atom XHTML, or HTML a feed left unescaped).
    struct Capture {
        var name: String
        var attributes: [(name: String, value: String)]
        var depth: Int
        var contentStart: Int
        /// Whether the feed is Atom, whose text elements are plain text unless typed otherwise.
        var isAtom: Bool
        var text = ""
        var hasChildElements = false

        func attribute(_ wanted: String) -> String? {
            attributes.first { $0.name == wanted }?.value
        }

        /// Whether the element holds plain text rather than HTML: Atom's `type` (`text` by
        /// default); RSS elements carry HTML.
        var isPlainText: Bool {
            guard !hasChildElements else { return false }
            let type = attribute("type")?.lowercased() ?? (isAtom ? "text" : "html")
            return type == "text" || type == "text/plain"
        }

        /// The element read as one line (a title).
        func line(raw: String?) -> String? {
            let line: String
            if let raw {
                line = HTMLPage.line(ofFragment: raw)
            } else if isPlainText {
                line = CollapsedText.collapsing(text)
            } else {
                line = HTMLPage.line(ofFragment: text)
            }
            return line.isEmpty ? nil : line
        }

        /// The element read as paragraphs (a body).
        func paragraphs(raw: String?) -> [String] {
            if let raw { return HTMLPage.paragraphs(ofFragment: raw) }
            if isPlainText {
                // Paragraphs are separated by blank lines.
                var paragraphs: [String] = []
                var paragraph = CollapsedText()
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.allSatisfy(\.isWhitespace) {
                        if !paragraph.isEmpty { paragraphs.append(paragraph.take()) }
                    } else {
                        paragraph.append(String(line))
                        paragraph.appendSpace()
                    }
                }
                if !paragraph.isEmpty { paragraphs.append(paragraph.take()) }
                return paragraphs
            }
            return HTMLPage.paragraphs(ofFragment: text)
        }
    }

    /// The fields of an item as they are read.
    struct ItemFields {
        var title: String?
        var rssLink: String?
        var atomLinks: [(rel: String, href: String)] = []
        var guid: String?
        var guidIsPermaLink = true
        var atomID: String?
        var about: String?
        var dates: [String: String] = [:]
        var content: [String]?
        var summary: [String]?

        mutating func add(_ capture: Capture, raw: String?) {
            let trimmed = capture.text.trimmingASCIIWhitespace()
            switch Feed.localName(capture.name) {
            case "title": if title == nil { title = capture.line(raw: raw) }
            case "link":
                if let href = capture.attribute("href") {
                    atomLinks.append((capture.attribute("rel") ?? "alternate", href))
                } else if rssLink == nil, !trimmed.isEmpty {
                    rssLink = trimmed
                }
            case "guid":
                guid = trimmed
                guidIsPermaLink = capture.attribute("isPermaLink")?.lowercased() != "false"
            case "id": atomID = trimmed
            case "pubDate", "published", "updated", "date", "issued", "modified":
                let key = Feed.localName(capture.name)
                if dates[String(key)] == nil { dates[String(key)] = trimmed }
            case "encoded", "content":
                if capture.attribute("src") == nil, content == nil {
                    content = capture.paragraphs(raw: raw)
                }
            case "description", "summary":
                if summary == nil { summary = capture.paragraphs(raw: raw) }
            default: break
            }
        }

        var item: Item {
            let alternate = atomLinks.first { $0.rel == "alternate" } ?? atomLinks.first
            let permaLink =
                guidIsPermaLink
                    && (guid?.hasPrefix("http://") == true || guid?.hasPrefix("https://") == true)
                ? guid : nil
            let published = ["pubDate", "published", "date", "issued", "updated", "modified"]
                .lazy.compactMap { dates[$0].flatMap(PublicationDay.parse) }.first
            return Item(
                title: title, url: rssLink ?? alternate?.href ?? permaLink,
                id: guid ?? atomID ?? about, published: published, content: content ?? [],
                summary: summary ?? [])
        }
    }
}
