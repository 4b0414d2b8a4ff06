/// What HTML makes of an element, by its name, found with one dictionary lookup per tag.
struct HTMLElementKind: Sendable, Equatable {
    /// What an element is for reading an article.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8

        /// Its start or end begins a new block of text.
        static let block = Traits(rawValue: 1 << 0)
        /// A block of the article's prose or one of its headings.
        static let paragraph = Traits(rawValue: 1 << 1)
        /// Without content or end tag.
        static let void = Traits(rawValue: 1 << 2)
        /// Never the article's text, whatever it holds.
        static let clutter = Traits(rawValue: 1 << 3)
        /// Its content is not markup, up to its end tag.
        static let rawText = Traits(rawValue: 1 << 4)
        /// It may say something about the page (`meta`, `link`, `time`, `script`, `title`).
        static let metadata = Traits(rawValue: 1 << 5)
    }

    var traits: Traits
    private var storedIndex: Int16

    /// The name's place in `knownNames`, or -1 for a name not there.
    var index: Int { Int(storedIndex) }

    /// The kind of the element named `name` (lowercase).
    init(name: String) {
        self = Self.byName[name] ?? HTMLElementKind(traits: [], index: -1)
    }

    private init(traits: Traits, index: Int) {
        self.traits = traits
        storedIndex = Int16(index)
    }

    /// The names with traits, and the common inline ones, so that most documents' elements
    /// are counted without hashing their names again.
    static let knownNames: [String] = Array(Set(traitLists.flatMap(\.names) + inlineNames)).sorted()

    private static let inlineNames = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font",
        "i", "img", "ins", "kbd", "mark", "picture", "q", "s", "samp", "small", "span", "strong",
        "sub", "sup", "u", "var", "time", "meta", "link", "tt", "big", "strike", "nobr",
    ]

    private static let traitLists: [(traits: Traits, names: [String])] = [
        (
            .block,
            [
                "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
                "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
                "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
                "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
                "td", "tfoot", "th", "thead", "tr", "ul", "caption", "option", "select", "button",
                "head", "legend",
            ]
        ),
        (
            .paragraph,
            ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "dd", "dt"]
        ),
        (
            .void,
            [
                "area", "base", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                "source", "track", "wbr", "keygen",
            ]
        ),
        (
            .clutter,
            [
                "nav", "header", "footer", "aside", "form", "figure", "figcaption", "script",
                "style", "noscript", "iframe", "button", "select", "svg", "template", "dialog",
                "menu", "input", "textarea", "object", "embed", "canvas", "audio", "video", "head",
                "label", "math",
            ]
        ),
        (
            .rawText,
            [
                "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
                "noscript",
            ]
        ),
        (.metadata, ["meta", "link", "time", "script", "title"]),
    ]

    private static let byName: [String: HTMLElementKind] = {
        var table: [String: HTMLElementKind] = [:]
        for (index, name) in knownNames.enumerated() {
            table[name] = HTMLElementKind(traits: [], index: index)
        }
        for (traits, names) in traitLists {
            for name in names { table[name]?.traits.insert(traits) }
        }
        return table
    }()
}
