/// HTML (and inline SVG) written element by element. Text and attribute values are escaped on the
/// way in (``HTMLText``), so the only markup on a page is what Tally's own literals write.
///
/// Block elements end their line, so that a page reads, and diffs, line by line.
struct Markup {
    /// What has been written.
    private(set) var html = ""

    /// Tags after which a line ends.
    private static let blocks: Set<String> = [
        "html", "head", "body", "header", "main", "section", "footer", "nav", "div", "p", "h1",
        "h2", "h3", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col",
        "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "details", "summary", "svg", "g",
        "title", "desc", "style", "meta", "path", "circle", "text", "line", "rect", "polygon",
    ]

    init() {}

    /// Opens an element; attribute values are escaped.
    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        html += "<" + tag + Markup.attributes(attributes) + ">"
        if Markup.blocks.contains(tag) && !Markup.inline(tag) { html += "\n" }
    }

    /// Closes an element.
    mutating func close(_ tag: String) {
        html += "</" + tag + ">"
        if Markup.blocks.contains(tag) { html += "\n" }
    }

    /// An element holding text, escaped.
    mutating func element(_ tag: String, _ attributes: [(String, String)] = [], _ text: String) {
        html +=
            "<" + tag + Markup.attributes(attributes) + ">" + HTMLText.escaped(text) + "</"
            + tag + ">"
        if Markup.blocks.contains(tag) { html += "\n" }
    }

    /// An element holding text, escaped, without attributes.
    mutating func element(_ tag: String, _ text: String) {
        element(tag, [], text)
    }

    /// An element without content (`<meta>`, `<col>`, or an SVG shape).
    mutating func empty(_ tag: String, _ attributes: [(String, String)] = []) {
        let isSVG = Markup.svgShapes.contains(tag)
        html += "<" + tag + Markup.attributes(attributes) + (isSVG ? "/>" : ">")
        if Markup.blocks.contains(tag) { html += "\n" }
    }

    /// Text, escaped.
    mutating func text(_ text: String) {
        html += HTMLText.escaped(text)
    }

    /// Markup another ``Markup`` built (a chart, a table).
    mutating func append(_ other: Markup) {
        html += other.html
    }

    /// Tally's own markup, written as it is: literals only, never a record's text.
    mutating func literal(_ markup: StaticString) {
        html += markup.description
    }

    /// Markup Tally composes from its own constants (the style sheet): never a record's text.
    mutating func trusted(_ markup: String) {
        html += markup
    }

    /// A link when the address is a web address, its text otherwise (see
    /// ``HTMLText/linkTarget(_:)``).
    mutating func link(_ address: String, text: String, _ attributes: [(String, String)] = []) {
        guard let target = HTMLText.linkTarget(address) else {
            element("span", [("class", "address")], text)
            return
        }
        html +=
            "<a href=\"" + target + "\"" + Markup.attributes(attributes) + ">"
            + HTMLText.escaped(text) + "</a>"
    }

    /// A number for SVG coordinates: one decimal at most, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0
            ? sign + String(magnitude / 10) : sign + "\(magnitude / 10).\(magnitude % 10)"
    }

    private static let svgShapes: Set<String> = [
        "path", "circle", "line", "rect", "polygon", "polyline",
    ]

    /// Elements whose content follows on the same line.
    private static func inline(_ tag: String) -> Bool {
        ["p", "h1", "h2", "h3", "li", "dt", "dd", "caption", "summary", "title", "desc", "text"]
            .contains(tag)
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " " + $0.0 + "=\"" + HTMLText.escaped($0.1) + "\"" }.joined()
    }
}
