/// Why a saved page, a feed or a text file could not be read: a sentence naming the document.
public struct WebDocumentError: Error, CustomStringConvertible, Sendable {
    /// The document's name, a colon, and what is wrong with it.
    public var description: String

    /// The problem `problem` (a sentence without the name) with the document `name`.
    init(_ name: String, _ problem: String) {
        description = "\(name): \(problem)"
    }

    /// A name or value from the document as a message shows it: at most 40 characters, so
    /// that a hostile name of megabytes does not become the message.
    static func shown(_ text: String) -> String {
        text.count <= 40 ? text : text.prefix(40) + "…"
    }
}
