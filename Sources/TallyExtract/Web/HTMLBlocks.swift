/// The text blocks of an HTML document (its paragraphs, headings, list items ...) and the
/// elements they sit in, with what is page furniture marked, and the choice of the element that
/// holds the article.
///
/// Elements are numbered in document order and each knows where its subtree ends, so "is this
/// block inside that element" is two comparisons and nothing walks the tree recursively.
struct HTMLBlocks {
    /// An element of the document.
    ///
    /// Indices are stored in 32 bits (a 32 MiB document has fewer elements than that), which
    /// keeps a page of millions of elements in half the memory.
    struct Element {
        var name: String
        var kind: HTMLElementKind
        /// Navigation, a caption, a comment section, a share bar ...: its text is not the
        /// article's. Inherited by everything inside.
        var isClutter: Bool
        /// `itemprop="articleBody"`.
        var isArticleBody: Bool
        private var storedParent: Int32
        private var storedEnd: Int32
        private var storedBlock: Int32

        init(
            name: String, kind: HTMLElementKind, parent: Int, isClutter: Bool,
            isArticleBody: Bool, block: Int
        ) {
            self.name = name
            self.kind = kind
            self.isClutter = isClutter
            self.isArticleBody = isArticleBody
            storedParent = Int32(parent)
            storedEnd = Int32.max
            storedBlock = Int32(block)
        }

        /// The enclosing element, -1 for none.
        var parent: Int { Int(storedParent) }
        /// The innermost block-level element at or around it (itself when it is one), -1 for none.
        var block: Int { Int(storedBlock) }
        /// One past the last element inside it: its subtree is `index..<end`.
        var end: Int {
            get { Int(storedEnd) }
            set { storedEnd = Int32(newValue) }
        }
    }

    /// A run of text between block boundaries.
    struct Block {
        /// The block-level element the text belongs to, -1 for none.
        var owner: Int
        var ownerName: String
        var ownerTraits: HTMLElementKind.Traits
        var text: String
        /// Whether the owner is clutter.
        var isClutter: Bool
        /// Whether most of the text is the text of links (a list of other articles, a menu).
        var isLinkList: Bool

        /// Whether the text is a paragraph of prose or a heading, by its element.
        var isParagraph: Bool { ownerTraits.contains(.paragraph) }
    }

    private(set) var elements: [Element] = []
    private(set) var blocks: [Block] = []
    /// The open elements, innermost last.
    private var open: [Int] = []
    /// How many of each element are open, so that an end tag with nothing to close costs O(1):
    /// by `HTMLElementKind.index` for the names HTML knows, by name for others.
    private var openKnown = [Int](repeating: 0, count: HTMLElementKind.knownNames.count)
    private var openOther: [String: Int] = [:]
    /// The index of `a` in `openKnown`.
    private static let linkIndex = HTMLElementKind(name: "a").index
    private var text = CollapsedText()
    private var textOwner = -1
    private var linkBytes = 0
    /// A `<br>` with nothing visible since: a second one ends the paragraph.
    private var afterLineBreak = false

    /// The index of the element most recently started.
    var lastElement: Int { elements.count - 1 }

    /// Adds the next token of the document `bytes`.
    ///
    /// - Complexity: amortised O(1) per tag plus O(n) per text of n bytes.
    mutating func add(_ token: HTMLToken, of bytes: [UInt8]) {
        switch token {
        case .start(let name, let kind, let attributes): start(name, kind, attributes)
        case .end(let name, let kind): end(name, kind)
        case .text(let range): appendText(bytes, range)
        case .rawText: break
        }
    }

    /// Ends the document: the last block is kept, open elements are closed.
    mutating func finish() {
        flush()
        while !open.isEmpty { pop() }
    }

    private mutating func start(
        _ name: String, _ kind: HTMLElementKind, _ attributes: [(name: String, value: String)]
    ) {
        if name == "br" {
            lineBreak()
            return
        }
        let isBlock = kind.traits.contains(.block)
        if isBlock, let top = open.last {
            // What the HTML standard closes implicitly: a paragraph before any block, a list
            // item before the next, a cell before the next cell or row.
            if elements[top].name == "p" { pop() }
            if let top = open.last {
                let topName = elements[top].name
                if (name == "li" && topName == "li")
                    || ((name == "dt" || name == "dd") && (topName == "dt" || topName == "dd"))
                    || ((name == "td" || name == "th" || name == "tr")
                        && (topName == "td" || topName == "th"))
                {
                    pop()
                }
            }
        }
        if isBlock { flush() }
        if kind.traits.contains(.void) { return }
        let parent = open.last ?? -1
        let index = elements.count
        let parentIsClutter = parent >= 0 && elements[parent].isClutter
        elements.append(
            Element(
                name: name, kind: kind, parent: parent,
                isClutter: parentIsClutter || Self.isClutter(name, kind, attributes),
                isArticleBody: attributes.contains {
                    $0.name == "itemprop" && $0.value.lowercased() == "articlebody"
                },
                block: isBlock ? index : (parent >= 0 ? elements[parent].block : -1)))
        open.append(index)
        if kind.index >= 0 { openKnown[kind.index] += 1 } else { openOther[name, default: 0] += 1 }
    }

    private mutating func end(_ name: String, _ kind: HTMLElementKind) {
        if name == "br" {
            lineBreak()
            return
        }
        let openCount = kind.index >= 0 ? openKnown[kind.index] : openOther[name, default: 0]
        guard openCount > 0 else {
            if name == "p" { flush() }
            return
        }
        if kind.traits.contains(.block) { flush() }
        while let top = open.last {
            pop()
            if elements[top].name == name { break }
        }
    }

    private mutating func pop() {
        let top = open.removeLast()
        elements[top].end = elements.count
        let kind = elements[top].kind
        if kind.index >= 0 {
            openKnown[kind.index] -= 1
        } else {
            openOther[elements[top].name, default: 1] -= 1
        }
    }

    private mutating func lineBreak() {
        if afterLineBreak {
            flush()
        } else {
            text.appendSpace()
            afterLineBreak = true
        }
    }

    private mutating func appendText(_ bytes: [UInt8], _ range: Range<Int>) {
        let innermost = open.last ?? -1
        let owner = innermost >= 0 ? elements[innermost].block : -1
        // Clutter inside a block that is not (a share link inside a paragraph) is left out.
        if innermost >= 0 && elements[innermost].isClutter
            && !(owner >= 0 && elements[owner].isClutter)
        {
            return
        }
        if owner != textOwner { flush() }
        textOwner = owner
        let before = text.bytes.count
        text.append(bytes, range)
        let added = text.bytes.count - before
        if added > 0 { afterLineBreak = false }
        if openKnown[Self.linkIndex] > 0 { linkBytes += added }
    }

    private mutating func flush() {
        afterLineBreak = false
        let count = text.bytes.count
        guard !text.isEmpty else {
            linkBytes = 0
            return
        }
        let owner = textOwner
        blocks.append(
            Block(
                owner: owner, ownerName: owner >= 0 ? elements[owner].name : "",
                ownerTraits: owner >= 0 ? elements[owner].kind.traits : [],
                text: text.take(), isClutter: owner >= 0 && elements[owner].isClutter,
                isLinkList: linkBytes * 5 >= count * 4))
        linkBytes = 0
    }

    // MARK: The article

    /// Whether `element` (-1: the whole document) contains `index`.
    func element(_ element: Int, contains index: Int) -> Bool {
        element < 0 || (element <= index && index < elements[element].end)
    }

    /// The element that holds the article: the first `itemprop="articleBody"` with text, else
    /// the `<article>` with the most paragraph text (unless that is under half of what the
    /// densest container holds), else the densest container: the element whose paragraphs,
    /// with half of its children's, have the most text. -1 when nothing has paragraph text.
    ///
    /// - Complexity: O(elements + blocks).
    func articleElement() -> Int {
        // Paragraph text by element, summed over subtrees with prefix sums over document order.
        var own = [Int](repeating: 0, count: elements.count + 1)
        var score = [Int](repeating: 0, count: elements.count)
        for block in blocks where block.owner >= 0 && isProse(block) {
            let length = block.text.utf8.count
            own[block.owner] += length
            let parent = elements[block.owner].parent
            if block.ownerName == "p" || block.ownerName == "pre" {
                if parent >= 0 {
                    score[parent] += length
                    let grandparent = elements[parent].parent
                    if grandparent >= 0 { score[grandparent] += length / 2 }
                }
            } else if block.ownerName == "div" && length >= 80 {
                score[block.owner] += length
            }
        }
        var prefix = [Int](repeating: 0, count: elements.count + 1)
        for index in elements.indices { prefix[index + 1] = prefix[index] + own[index] }
        func subtreeText(_ element: Int) -> Int {
            prefix[min(elements[element].end, elements.count)] - prefix[element]
        }

        if let body = elements.indices.first(where: {
            elements[$0].isArticleBody && !elements[$0].isClutter && subtreeText($0) > 0
        }) {
            return body
        }
        var densest = -1
        for index in elements.indices where score[index] > 0 && !elements[index].isClutter {
            if densest < 0 || score[index] > score[densest] { densest = index }
        }
        var largestArticle = -1
        for index in elements.indices
        where elements[index].name == "article" && !elements[index].isClutter {
            if largestArticle < 0 || subtreeText(index) > subtreeText(largestArticle) {
                largestArticle = index
            }
        }
        if largestArticle >= 0, subtreeText(largestArticle) > 0,
            densest < 0 || subtreeText(largestArticle) * 2 >= subtreeText(densest)
        {
            return largestArticle
        }
        return densest
    }

    /// The nearest `<article>` around `element` (itself included), else `element`.
    func articleScope(of element: Int) -> Int {
        var index = element
        while index >= 0 {
            if elements[index].name == "article" { return index }
            index = elements[index].parent
        }
        return element
    }

    /// The article's paragraphs inside `element` (-1: the whole document), in document order:
    /// its prose and headings (but not an `h1`, the headline), leaving out clutter and lists of
    /// links; when it has none of those, every other text block inside it.
    func paragraphs(in element: Int) -> [String] {
        let inside = blocks.filter {
            self.element(element, contains: $0.owner) && !$0.isClutter && !$0.isLinkList
        }
        let prose = inside.filter { $0.isParagraph }
        return (prose.isEmpty ? inside : prose).filter { $0.ownerName != "h1" }.map(\.text)
    }

    private func isProse(_ block: Block) -> Bool {
        !block.isClutter && !block.isLinkList
            && (block.isParagraph || block.ownerName == "div")
    }

    // MARK: Clutter

    /// Class and id words that always mark clutter (matched at the start of each word of a
    /// class or id split at spaces, `-` and `_`), except words that begin with one of
    /// `notClutterWords`.
    static let clutterWords = [
        "comment", "related", "share", "sharing", "social", "promo", "newsletter", "subscri",
        "caption", "breadcrumb", "advert", "sponsor", "outbrain", "taboola", "disqus",
        "recommend", "cookie", "popup", "modal", "paywall", "signup", "trending", "popular",
        "byline", "credit",
    ]

    /// Words that begin like clutter and are not: an opinion column is not a comment section.
    static let notClutterWords = ["commentar"]

    /// Class and id words that mark clutter unless the same attribute also says content
    /// ("sidebar" is clutter; "main-content has-sidebar" is not).
    static let weakClutterWords = [
        "nav", "navbar", "navigation", "menu", "menubar", "footer", "sidebar", "header",
        "masthead", "tags", "tag", "banner", "widget", "toolbar", "ad", "ads", "skip", "print",
        "more", "hidden", "meta",
    ]

    /// Words that rescue an element from the weak clutter words.
    static let contentWords = ["article", "content", "main", "body", "story"]

    /// The roles of landmarks that are not the article.
    static let clutterRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "menu", "menubar", "search",
        "dialog", "alert", "toolbar",
    ]

    /// Whether an element is page furniture, by its name and attributes.
    static func isClutter(
        _ name: String, _ kind: HTMLElementKind, _ attributes: [(name: String, value: String)]
    ) -> Bool {
        if kind.traits.contains(.clutter) { return true }
        if attributes.isEmpty || ["html", "body", "main", "article"].contains(name)
            || attributes.contains(where: {
                $0.name == "itemprop" && $0.value.lowercased() == "articlebody"
            })
        {
            return false
        }
        for (attribute, value) in attributes {
            switch attribute {
            case "hidden": return true
            case "aria-hidden" where value.lowercased() == "true": return true
            case "role" where clutterRoles.contains(value.lowercased()): return true
            case "class", "id":
                let words = value.lowercased().split { !$0.isLetter && !$0.isNumber }
                if words.contains(where: { word in
                    clutterWords.contains { word.hasPrefix($0) }
                        && !notClutterWords.contains { word.hasPrefix($0) }
                }) {
                    return true
                }
                let saysContent = words.contains { word in
                    contentWords.contains { word.hasPrefix($0) }
                }
                if !saysContent
                    && words.contains(where: { word in
                        weakClutterWords.contains {
                            $0.count <= 4 ? word == $0 : word.hasPrefix($0)
                        }
                    })
                {
                    return true
                }
            default: break
            }
        }
        return false
    }
}
