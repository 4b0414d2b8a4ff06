internal import TallyCore

/// Saved web pages, news feeds and plain text, read as articles for extraction.
public enum WebDocument {
    /// What a document is, by its content.
    public enum Kind: String, Sendable {
        case text, html, rss, atom
    }

    /// Recognises a document by content, never by extension.
    ///
    /// A UTF-8 or UTF-16 byte-order mark, leading white space and comments are skipped; `<?xml`
    /// then `<rss`, `<rdf:RDF` (RSS 1.0, counted as rss) or `<feed` in the Atom namespace is a
    /// feed; `<!doctype html`, `<html`, `<head`, `<body`, a first tag that is HTML's, or a
    /// document that is mostly tags is a page; anything else is text. A binary file (NUL bytes,
    /// or not UTF-8 and no character set declared) is refused.
    ///
    /// - Complexity: O(n).
    public static func kind(of data: [UInt8]) throws(WebDocumentError) -> Kind {
        try DecodedDocument(data, name: "document").kind
    }

    /// The articles in a document: a text file gives one (its text as decoded UTF-8), a page
    /// one, a feed one per item; `name` names the document in errors.
    ///
    /// A text file's text is kept as written, except that a byte-order mark is dropped, line
    /// ends become `\n` and trailing white space is trimmed; its title is its first line.
    ///
    /// - Parameter contentType: a fetched document's `Content-Type` header: its charset comes
    ///   after a byte-order mark, before the document's own declaration.
    /// - Complexity: O(n) in the document's size.
    public static func articles(
        in data: [UInt8], name: String, contentType: String? = nil
    ) throws(WebDocumentError)
        -> [WebArticle]
    {
        let document = try DecodedDocument(data, name: name, contentType: contentType)
        switch document.kind {
        case .text:
            var bytes = document.utf8
            if bytes.contains(0x0D) {
                // CR LF and a lone CR end lines as LF does.
                bytes = bytes.indices.compactMap { index in
                    bytes[index] != 0x0D
                        ? bytes[index]
                        : index + 1 < bytes.count && bytes[index + 1] == 0x0A ? nil : 0x0A
                }
            }
            var text = String(decoding: bytes, as: UTF8.self)
            while text.last?.isWhitespace == true { text.removeLast() }
            let title = text.split(separator: "\n", maxSplits: 1).first.map {
                String($0).trimmingASCIIWhitespace()
            }
            return [WebArticle(title: title?.isEmpty == false ? title : nil, text: text)]
        case .html:
            let page = HTMLPage(utf8: document.utf8)
            var article = WebArticle(title: page.title, paragraphs: page.paragraphs)
            article.published = page.published
            article.url = page.canonicalURL
            article.source = page.siteName
            return [article]
        case .rss, .atom:
            return try Feed(utf8: document.utf8, name: name).articles()
        }
    }
}
