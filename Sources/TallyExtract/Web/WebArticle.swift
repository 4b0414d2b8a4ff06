public import TallyCore

/// One article found in a web document.
public struct WebArticle: Sendable, Equatable {
    /// The headline, when the document gives one.
    public var title: String?
    /// What the plain-text reader expects: the title on the first line, a blank line, then the
    /// body's paragraphs in order separated by blank lines.
    public var text: String
    /// The day the article was published, as the document writes it (its local calendar day).
    public var published: CivilDate?
    /// The canonical address: `link rel=canonical`, `og:url`; a feed item's link.
    public var url: String?
    /// The site's name: `og:site_name`, the JSON-LD publisher's name; a feed's title.
    public var source: String?
    /// A feed item's guid or Atom id.
    public var itemID: String?
    /// A feed item whose text is only a summary (no full content), coded from the teaser.
    public var isTeaser: Bool

    /// An article with the given fields; `isTeaser` is false unless said.
    public init(
        title: String?, text: String, published: CivilDate? = nil, url: String? = nil,
        source: String? = nil, itemID: String? = nil, isTeaser: Bool = false
    ) {
        self.title = title
        self.text = text
        self.published = published
        self.url = url
        self.source = source
        self.itemID = itemID
        self.isTeaser = isTeaser
    }

    /// An article whose text is `title` (when there is one), a blank line and `paragraphs`
    /// separated by blank lines.
    init(title: String?, paragraphs: [String]) {
        var lines: [String] = []
        if let title, !title.isEmpty { lines.append(title) }
        // The title's own paragraph, when the body repeats it, is not a paragraph of the body.
        lines += paragraphs.drop { $0 == title }
        self.init(title: title, text: lines.joined(separator: "\n\n"))
    }
}
