/// A whole page: the document head (character set, viewport, a content policy that forbids
/// scripts and every request, the style sheet) around a body another type writes.
///
/// The page needs no network and runs no script: everything it shows is its own HTML, CSS and
/// inline SVG, so it reads offline, from an e-mail attachment, and prints as it shows.
struct HTMLPage {
    /// The document's title (the browser tab, a printout's header).
    var title: String
    /// One sentence for the `description` meta element.
    var summary: String
    /// The version and time of generation the page states.
    var context: EmissionContext

    /// The page around `body`, ending with a line feed.
    func render(body: Markup) -> String {
        var page = Markup()
        page.literal("<!DOCTYPE html>\n")
        page.open("html", [("lang", "en")])
        page.open("head")
        page.empty("meta", [("charset", "utf-8")])
        page.empty(
            "meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        // Nothing may load or run: a note's text could never fetch or execute anything, even if
        // it escaped its escaping.
        page.empty(
            "meta",
            [
                ("http-equiv", "Content-Security-Policy"),
                ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
            ])
        page.empty("meta", [("name", "description"), ("content", summary)])
        page.empty("meta", [("name", "generator"), ("content", "Tally \(context.version)")])
        page.element("title", title)
        page.open("style")
        page.trusted(HTMLStyle.sheet + "\n")
        page.close("style")
        page.close("head")
        page.open("body")
        page.open("div", [("class", "page")])
        page.append(body)
        page.close("div")
        page.close("body")
        page.close("html")
        return page.html
    }
}
