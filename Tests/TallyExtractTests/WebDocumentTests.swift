import Testing

@testable import TallyCore
@testable import TallyExtract

struct WebDocumentTests {
    static func day(_ text: String) -> CivilDate { try! Period(parsing: text).start }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func articles(_ text: String, name: String = "page.html") throws -> [WebArticle] {
        try WebDocument.articles(in: bytes(text), name: name)
    }

    /// The error `articles(in:name:)` throws for `data`, as its sentence.
    static func refusal(_ data: [UInt8], name: String = "page.html") -> String? {
        do {
            _ = try WebDocument.articles(in: data, name: name)
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: The same article in four forms

    static let title = "Border guards detain two smugglers on the Panj river"

    static let paragraphs = [
        "Tajik border guards detained two men carrying drugs across the Panj river near "
            + "Shuroobod on Sunday, the border service said.",
        "The men opened fire when challenged \u{2014} nobody was hurt. \u{201C}We will keep "
            + "watching the river,\u{201D} an officer said; the service\u{2019}s statement gave "
            + "no names.",
        "Guards at the river",
        "A new outpost opened in the district last month, the third in Khatlon since 2023 "
            + "\u{2013} \u{AB}a long frontier\u{BB}\u{2026}",
    ]

    /// What every form of the article reads as.
    static let expectedText = ([title] + paragraphs).joined(separator: "\n\n")

    static let plainText = expectedText + "\n"

    /// The article's body in HTML, with entities where a CMS would write them.
    static let bodyHTML = """
        <p>Tajik border guards detained two men carrying drugs across the Panj river near
           Shuroobod on Sunday, the border service said.</p>
        <p>The men opened fire when challenged &mdash; nobody was hurt. &ldquo;We will keep
        watching the river,&rdquo; an officer said; the service&#8217;s statement gave no names.
        <span class="share-inline">Share on X</span></p>
        <h2>Guards at the river</h2>
        <p>A new outpost opened in the district last month, the third in Khatlon&nbsp;since 2023
        &#x2013; &laquo;a long frontier&raquo;&hellip;</p>
        """

    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Border guards detain two smugglers on the Panj river | Frontier News</title>
        <meta property="og:title" content="Border guards detain two smugglers on the Panj river">
        <meta property="og:site_name" content="Frontier News">
        <meta property="og:url" content="https://frontier.example/og-address">
        <link rel="canonical" href="https://frontier.example/2024/12/smugglers">
        <meta property="article:published_time" content="2024-12-01T23:30:00+05:00">
        <style>p { color: red; }</style>
        <script>var tracking = "<p>not text</p>";</script>
        </head>
        <body class="single has-sidebar">
        <header class="site-header"><h1 class="logo">Frontier News</h1>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
        </header>
        <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
        <main>
        <article>
          <header><h1>Border guards detain two smugglers on the Panj river</h1>
            <p class="byline">By Staff Reporter</p>
            <time datetime="2024-11-30">30 November</time></header>
          <figure><img src="river.jpg" alt="The river"><figcaption>The Panj river. Photo:
            Agency</figcaption></figure>
          <div class="article-body">
        \(bodyHTML)
          <div class="social-share"><a href="#">Facebook</a> <a href="#">Telegram</a></div>
          <noscript><p>Enable JavaScript to see comments.</p></noscript>
          <iframe src="https://video.example/embed"><p>Video</p></iframe>
          </div>
          <div class="tags">Tags: <a href="/t/border">border</a></div>
        </article>
        <section id="comments" class="comments-area">
          <h3>3 comments</h3>
          <p>Great article, thanks for the long and detailed report on the smugglers of the
          river, I read every word of it twice.</p>
        </section>
        <div class="related-posts"><h3>Related</h3>
          <ul><li><a href="/a">Guards open a new outpost</a></li>
          <li><a href="/b">Clash on the border leaves three dead</a></li></ul></div>
        </main>
        <aside class="sidebar"><p>Subscribe to our newsletter for more stories from the whole
        region, every morning in your inbox, free of charge.</p></aside>
        <div class="newsletter-signup"><p>Sign up now!</p></div>
        <footer class="site-footer"><p>&copy; 2024 Frontier News. All rights reserved.</p>
        </footer>
        <!-- <p>a comment that is not the article</p> -->
        </body></html>
        """

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Frontier News</title>
          <link>https://frontier.example/</link>
          <description>News from the border</description>
          <image><title>Frontier News logo</title><url>https://frontier.example/l.png</url></image>
          <item>
            <title>Border guards detain two smugglers on the Panj river</title>
            <link>https://frontier.example/2024/12/smugglers</link>
            <guid isPermaLink="false">frontier-4711</guid>
            <pubDate>Sun, 01 Dec 2024 23:30:00 +0500</pubDate>
            <description>&lt;p&gt;Tajik border guards detained two
              men&amp;hellip;&lt;/p&gt;</description>
            <content:encoded><![CDATA[\(bodyHTML)
              <div class="sharedaddy"><h3>Share this:</h3>
              <ul><li><a href="#">X</a></li></ul></div>]]></content:encoded>
          </item>
          <item>
            <title>Outpost opens in Darvoz &amp;amp; Vanj</title>
            <link>https://frontier.example/2024/11/outpost</link>
            <guid>https://frontier.example/?p=4700</guid>
            <pubDate>Fri, 29 Nov 2024 08:00:00 GMT</pubDate>
            <description><![CDATA[<p>A new outpost opened on Friday.</p>]]></description>
          </item>
        </channel>
        </rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- generated by a CMS -->
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Frontier News</title>
          <link href="https://frontier.example/"/>
          <updated>2024-12-02T10:00:00Z</updated>
          <id>tag:frontier.example,2024:feed</id>
          <entry>
            <title>Border guards detain two smugglers on the Panj river</title>
            <link rel="enclosure" href="https://frontier.example/river.jpg"/>
            <link rel="alternate" type="text/html"
                  href="https://frontier.example/2024/12/smugglers"/>
            <id>tag:frontier.example,2024:4711</id>
            <published>2024-12-01T23:30:00+05:00</published>
            <updated>2024-12-05T09:00:00Z</updated>
            <summary>Guards detain two men.</summary>
            <content type="html">\(Self.escaped(bodyHTML))</content>
          </entry>
          <entry>
            <title type="html">Outpost opens in Darvoz &amp;amp; Vanj</title>
            <link href="https://frontier.example/2024/11/outpost"/>
            <id>tag:frontier.example,2024:4700</id>
            <updated>2024-11-29T08:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A new outpost
              opened on Friday in Darvoz, where the guards of the Khatlon detachment have
              watched the river alone for years; the service says the outpost will hold forty
              men and a boat, and more are planned along the same stretch of the frontier.</p>
              </div></content>
          </entry>
        </feed>
        """

    /// `text` with XML's special characters escaped, as a feed writes HTML.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    @Test func `a saved page keeps the article's paragraphs and drops the rest`() throws {
        let article = try #require(try Self.articles(Self.page).first)
        #expect(article.text == Self.expectedText)
        #expect(article.title == Self.title)
        for clutter in [
            "Home", "Photo", "Facebook", "Share", "JavaScript", "Video", "Tags", "comments",
            "Great article", "Related", "Clash on the border", "Subscribe", "Sign up", "rights",
            "not text", "By Staff", "color",
        ] {
            #expect(!article.text.contains(clutter), "\(clutter) is not the article")
        }
    }

    @Test func `a saved page's metadata gives the date, address and site`() throws {
        let article = try #require(try Self.articles(Self.page).first)
        #expect(article.published == Self.day("2024-12-01"), "the local day, as written")
        #expect(article.url == "https://frontier.example/2024/12/smugglers")
        #expect(article.source == "Frontier News")
        #expect(article.itemID == nil && !article.isTeaser)
    }

    @Test func `the same article as text, page, RSS item and Atom entry reads the same`() throws {
        let text = try #require(try Self.articles(Self.plainText, name: "a.txt").first)
        let page = try #require(try Self.articles(Self.page).first)
        let item = try #require(try Self.articles(Self.rss, name: "feed.xml").first)
        let entry = try #require(try Self.articles(Self.atom, name: "atom.xml").first)
        #expect(text.text == Self.expectedText)
        #expect(text.title == Self.title)
        #expect(page.text == Self.expectedText)
        #expect(item.text == Self.expectedText)
        #expect(entry.text == Self.expectedText)
        #expect(
            [page, item, entry].allSatisfy {
                $0.published == Self.day("2024-12-01")
                    && $0.url == "https://frontier.example/2024/12/smugglers"
                    && $0.source == "Frontier News"
            })
    }

    @Test func `feed items carry their own dates, links and ids`() throws {
        let items = try Self.articles(Self.rss, name: "feed.xml")
        #expect(items.count == 2)
        #expect(items.map(\.itemID) == ["frontier-4711", "https://frontier.example/?p=4700"])
        #expect(
            items.map(\.url) == [
                "https://frontier.example/2024/12/smugglers",
                "https://frontier.example/2024/11/outpost",
            ])
        #expect(items.map(\.published) == [Self.day("2024-12-01"), Self.day("2024-11-29")])
        #expect(items[1].title == "Outpost opens in Darvoz & Vanj")
        #expect(items.allSatisfy { $0.source == "Frontier News" })

        let entries = try Self.articles(Self.atom, name: "atom.xml")
        #expect(
            entries.map(\.itemID) == [
                "tag:frontier.example,2024:4711", "tag:frontier.example,2024:4700",
            ])
        #expect(
            entries.map(\.published) == [Self.day("2024-12-01"), Self.day("2024-11-29")],
            "published, else updated")
        #expect(entries[1].url == "https://frontier.example/2024/11/outpost", "the first link")
        #expect(entries[1].title == "Outpost opens in Darvoz & Vanj")
        #expect(entries[1].text.hasPrefix("Outpost opens in Darvoz & Vanj\n\nA new outpost opened"))
    }

    @Test func `an item with only a description or summary is a teaser`() throws {
        let items = try Self.articles(Self.rss, name: "feed.xml")
        #expect(items.map(\.isTeaser) == [false, true])
        #expect(
            items[1].text == "Outpost opens in Darvoz & Vanj\n\nA new outpost opened on Friday.")
        let entries = try Self.articles(Self.atom, name: "atom.xml")
        #expect(entries.map(\.isTeaser) == [false, false], "inline XHTML content is full text")

        let short = """
            <rss version="2.0"><channel><title>T</title><item><title>Headline</title>
            <description>The teaser only.</description>
            <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"
              >&lt;p&gt;Read more on our site.&lt;/p&gt;</content:encoded>
            </item></channel></rss>
            """
        let item = try #require(try Self.articles(short, name: "feed.xml").first)
        #expect(item.isTeaser, "content too short to be the article")
    }

    @Test func `RSS 1.0 is read as RSS, with its dc:date and rdf:about`() throws {
        let feed = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
              xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://frontier.example/"><title>Frontier RDF</title></channel>
              <item rdf:about="https://frontier.example/1">
                <title>Clash near Khamadoni</title>
                <link>https://frontier.example/1</link>
                <dc:date>2024-12-25T06:00:00+05:00</dc:date>
                <description>Guards clashed with armed men.</description>
              </item>
            </rdf:RDF>
            """
        #expect(try WebDocument.kind(of: Self.bytes(feed)) == .rss)
        let item = try #require(try Self.articles(feed, name: "rdf.xml").first)
        #expect(item.source == "Frontier RDF")
        #expect(item.itemID == "https://frontier.example/1")
        #expect(item.published == Self.day("2024-12-25"))
        #expect(item.text == "Clash near Khamadoni\n\nGuards clashed with armed men.")
        #expect(item.isTeaser)
    }

    // MARK: Pages

    @Test func `without og:title the headline is the h1, else the title less the site name`()
        throws
    {
        let withHeading = """
            <html><head><title>Ignored | Site</title></head><body>
            <div id="content"><h1>The real headline</h1><p>Body text of the article.</p></div>
            </body></html>
            """
        #expect(try Self.articles(withHeading).first?.title == "The real headline")
        let titleOnly = """
            <html><head><title>Guards open an outpost - Frontier News</title>
            <meta property="og:site_name" content="Frontier News"></head>
            <body><p>Body text of the article.</p></body></html>
            """
        let article = try #require(try Self.articles(titleOnly).first)
        #expect(article.title == "Guards open an outpost")
        #expect(article.text == "Guards open an outpost\n\nBody text of the article.")
    }

    @Test func `JSON-LD gives the date and the publisher, also inside a graph by reference`()
        throws
    {
        let page = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "NewsArticle", "headline": "H",
               "datePublished": "2024-12-30T01:00:00+05:00",
               "publisher": {"@id": "https://frontier.example/#org"},
               "author": {"@type": "Person", "name": "A. Writer"}},
              {"@type": "NewsMediaOrganization", "@id": "https://frontier.example/#org",
               "name": "Frontier \\u004Eews", "logo": {"@type": "ImageObject", "url": "l.png"}}
            ]}
            </script></head><body><article><h1>H</h1>
            <time datetime="2024-11-01">1 November</time>
            <p>Text of the article itself.</p></article></body></html>
            """
        let article = try #require(try Self.articles(page).first)
        #expect(article.published == Self.day("2024-12-30"), "JSON-LD before <time>")
        #expect(article.source == "Frontier News")
    }

    @Test(arguments: [
        (
            "<time datetime=\"not a date\"></time><time datetime=\"2024-12-03T10:00\"></time>",
            "2024-12-03"
        ),
        ("<meta name=\"date\" content=\"2024-12-04\">", "2024-12-04"),
        ("<meta name=\"pubdate\" content=\"Wed, 04 Dec 2024 23:59:00 -0800\">", "2024-12-04"),
        ("<meta name=\"DC.date\" content=\"2024-12-05\">", "2024-12-05"),
        ("<meta property=\"article:published_time\" content=\"yesterday\">", nil),
    ])
    func `the publication day comes from the first readable date, as written`(
        markup: String, day: String?
    ) throws {
        let page = "<html><head></head><body><article>\(markup)<p>Text.</p></article></body></html>"
        let article = try #require(try Self.articles(page).first)
        #expect(article.published == day.map(Self.day))
    }

    @Test(arguments: [
        ("2024-12-03", "2024-12-03"),
        ("2024-12-03T23:30:00-08:00", "2024-12-03"),
        ("  2024-12-03 10:00", "2024-12-03"),
        ("Tue, 03 Dec 2024 10:00:00 +0000", "2024-12-03"),
        ("3 Dec 24 10:00 GMT", "2024-12-03"),
        ("December 3, 2024", "2024-12-03"),
        ("Sept 3 2024", "2024-09-03"),
        ("2024-02-30", nil),
        ("20241203", nil),
        ("yesterday", nil),
        ("Mon, 32 Dec 2024", nil),
    ])
    func `a publication day is read as written, in ISO 8601 or RFC 822`(
        text: String, day: String?
    ) {
        #expect(PublicationDay.parse(text) == day.map(Self.day))
    }

    @Test func `JSON-LD is scanned for the date and an inline publisher, malformed or not`() {
        let inline = LinkedData(
            scanning: """
                [{"@type": "NewsArticle", "author": [{"name": "A. Writer"}],
                  "publisher": [{"@type": "Organization", "name": "Asia \\"Plus\\" \\u00e9"}],
                  "datePublished": "2025-01-02"}]
                """)
        #expect(inline.publisherName == "Asia \"Plus\" \u{E9}")
        #expect(inline.datePublished == "2025-01-02")
        let broken = LinkedData(scanning: #"{"datePublished": "2025-01-03", "publisher": {"name"#)
        #expect(broken.datePublished == "2025-01-03")
        #expect(broken.publisherName == nil)
    }

    @Test func `entities are decoded and white space collapsed inside a paragraph`() throws {
        let page = """
            <html><body><article><p>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;
            F&nbsp;&nbsp;G &ndash; &mdash; &lsquo;&rsquo; &ldquo;&rdquo; &hellip; &laquo;&raquo;
            &#65;&#x42;&#X43; &#146; &eacute;&copy; &unknown; AT&T &#0;   end</p></article></body></html>
            """
        let article = try #require(try Self.articles(page).first)
        #expect(
            article.text
                == "A & B <C> \"D\" 'E' F G \u{2013} \u{2014} \u{2018}\u{2019} \u{201C}\u{201D} "
                + "\u{2026} \u{AB}\u{BB} ABC \u{2019} \u{E9}\u{A9} &unknown; AT&T \u{FFFD} end")
    }

    @Test func `a page without paragraphs gives the text of its blocks, never the navigation`()
        throws
    {
        let page = """
            <html><body><nav><a href="/">Home</a></nav>
            <div class="story">First line of the story.<br><br>Second line
            of the story.</div><footer>Footer</footer></body></html>
            """
        let article = try #require(try Self.articles(page).first)
        #expect(article.text == "First line of the story.\n\nSecond line of the story.")
    }

    @Test func `the densest container wins over a page of teasers`() throws {
        let long = String(repeating: "The guards watched the river all night long. ", count: 8)
        let page = """
            <html><body>
            <div class="list"><article><p>Teaser one.</p></article>
            <article><p>Teaser two.</p></article></div>
            <div id="story"><p>\(long)</p><p>\(long)</p></div>
            </body></html>
            """
        let article = try #require(try Self.articles(page).first)
        #expect(article.text.hasPrefix("The guards"))
        #expect(!article.text.contains("Teaser"))
    }

    // MARK: Character sets

    /// A page whose title is `title` in some character set, declared by `declaration`.
    static func page(declaring declaration: String, title: [UInt8]) -> [UInt8] {
        bytes("<html><head>\(declaration)<title>") + title
            + bytes("</title></head><body><p>Text: ") + title + bytes("</p></body></html>")
    }

    @Test(
        arguments: [
            (
                "<meta charset=\"windows-1251\">", [0xC3, 0xF0, 0xE0, 0xED, 0xE8, 0xF6, 0xE0],
                "Граница"
            ),
            (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
                [0xE7, 0xD2, 0xC1, 0xCE, 0xC9, 0xC3, 0xC1], "Граница"
            ),
            (
                "<meta charset='windows-1252'>",
                [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x64, 0xE9, 0x6A, 0xE0, 0x94],
                "Café – “déjà”"
            ),
            (
                "<meta http-equiv=content-type content=\"text/html;charset=ISO-8859-1\">",
                [0x43, 0x61, 0x66, 0xE9, 0x20, 0x64, 0xE9, 0x6A, 0xE0], "Café déjà"
            ),
            ("<meta charset=\"UTF-8\">", Array("Граница – déjà".utf8), "Граница – déjà"),
        ] as [(String, [UInt8], String)])
    func `a declared character set is decoded`(
        declaration: String, title: [UInt8], text: String
    )
        throws
    {
        let data = Self.page(declaring: declaration, title: title)
        let article = try #require(try WebDocument.articles(in: data, name: "p.html").first)
        #expect(article.title == text)
        #expect(article.text == "\(text)\n\nText: \(text)")
    }

    @Test func `a feed's XML declaration names its character set`() throws {
        let data =
            Self.bytes(
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>")
            + [0xC3, 0xF0, 0xE0, 0xED, 0xE8, 0xF6, 0xE0]
            + Self.bytes("</title><item><title>x</title></item></channel></rss>")
        let item = try #require(try WebDocument.articles(in: data, name: "f.xml").first)
        #expect(item.source == "Граница")
    }

    @Test(arguments: [false, true])
    func `UTF-16 is read by its byte-order mark, of either byte order`(bigEndian: Bool) throws {
        let html = "<!doctype html><p>Граница – 𝄞 déjà</p>"
        var data: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in html.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data += bigEndian ? pair.reversed() : pair
        }
        #expect(try WebDocument.kind(of: data) == .html)
        #expect(
            try WebDocument.articles(in: data, name: "u.html").first?.text == "Граница – 𝄞 déjà")
        // Without the mark, a first `<` beside a zero byte says UTF-16 too.
        #expect(try WebDocument.kind(of: Array(data.dropFirst(2))) == .html)
    }

    @Test func `a UTF-8 byte-order mark is skipped`() throws {
        let data: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.bytes("<html><p>déjà</p></html>")
        #expect(try WebDocument.kind(of: data) == .html)
        #expect(try WebDocument.articles(in: data, name: "b.html").first?.text == "déjà")
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.bytes("Title\r\n\r\nBody.\r\n")
        #expect(try WebDocument.articles(in: text, name: "b.txt").first?.text == "Title\n\nBody.")
    }

    @Test func `an unknown character set is refused by name`() {
        let data = Self.page(declaring: "<meta charset=\"x-mac-klingon\">", title: [0x41])
        let refusal = Self.refusal(data, name: "k.html")
        #expect(refusal?.hasPrefix("k.html: ") == true)
        #expect(refusal?.contains("\"x-mac-klingon\"") == true)
    }

    // MARK: Kinds

    @Test(arguments: [
        ("<!DOCTYPE html><html></html>", WebDocument.Kind.html),
        ("  \n<!-- saved -->\n<HTML lang=en>", .html),
        ("<head><title>t</title></head>", .html),
        ("<body><p>x</p></body>", .html),
        ("<p>A fragment of a page.</p><p>Another.</p>", .html),
        ("<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"x\"></html>", .html),
        ("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\"></rss>", .rss),
        ("<rss version=\"2.0\"><channel></channel></rss>", .rss),
        ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"r\"></rdf:RDF>", .rss),
        ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", .atom),
        ("Guards clash with smugglers\n\nA <b>bold</b> claim in plain text.", .text),
        ("Title\n\nBody mentions 3 < 4 and <3.", .text),
        ("", .text),
    ])
    func `a document is recognised by its content`(text: String, kind: WebDocument.Kind) throws {
        #expect(try WebDocument.kind(of: Self.bytes(text)) == kind)
    }

    @Test func `a page saved as .txt is still a page`() throws {
        let article = try #require(try Self.articles(Self.page, name: "article.txt").first)
        #expect(article.text == Self.expectedText)
    }

    @Test func `XML that is not a feed and a feed outside the Atom namespace are refused`() {
        #expect(
            Self.refusal(Self.bytes("<?xml version=\"1.0\"?><urlset></urlset>"), name: "s.xml")
                == "s.xml: the document is XML but neither an RSS nor an Atom feed (its root is "
                + "<urlset>)")
        #expect(
            Self.refusal(Self.bytes("<feed><entry></entry></feed>"), name: "f.xml")?
                .contains("Atom namespace") == true)
    }

    // MARK: Hostile input

    @Test func `a DOCTYPE in a feed is refused before any entity is read`() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <rss><channel><title>&lol3;&xxe;</title></channel></rss>
            """
        #expect(try WebDocument.kind(of: Self.bytes(laughs)) == .rss)
        #expect(
            Self.refusal(Self.bytes(laughs), name: "page.html")
                == "page.html: line 2: the feed declares a DOCTYPE (entities are refused: an "
                + "entity bomb or an external entity could hide in it)")
    }

    @Test func `an entity declaration anywhere in a feed is refused`() {
        let feed = "<rss><channel>\n<!ENTITY x \"y\">\n</channel></rss>"
        let refusal = Self.refusal(Self.bytes(feed), name: "f.xml")
        #expect(refusal?.hasPrefix("f.xml: line 2: the feed declares an entity") == true)
    }

    @Test func `unknown entities in a feed are never expanded`() throws {
        let feed = """
            <rss><channel><title>A&nbsp;B &xxe; &#65;</title>
            <item><title>t</title></item></channel></rss>
            """
        let item = try #require(try Self.articles(feed, name: "f.xml").first)
        #expect(item.source == "A B &xxe; A", "&nbsp; is read as HTML; &xxe; stays as written")
    }

    @Test func `nesting deeper than 256 is refused`() {
        let deep =
            "<rss>" + String(repeating: "<x>", count: 300) + String(repeating: "</x>", count: 300)
            + "</rss>"
        #expect(
            Self.refusal(Self.bytes(deep), name: "d.xml")
                == "d.xml: line 1: elements nest deeper than 256 levels")
        let fine =
            "<rss><channel>" + String(repeating: "<x>", count: 250)
            + String(repeating: "</x>", count: 250) + "</channel></rss>"
        #expect(Self.refusal(Self.bytes(fine), name: "d.xml") == nil)
    }

    @Test func `a document over 32 MiB is refused`() {
        let data = [UInt8](repeating: UInt8(ascii: " "), count: (32 << 20) + 1)
        #expect(Self.refusal(data, name: "big.html")?.contains("more than the 32 MiB") == true)
    }

    @Test func `a feed of more than 10 000 items is refused`() {
        let item = "<item><title>x</title></item>"
        func feed(_ items: Int) -> [UInt8] {
            Self.bytes(
                "<rss><channel><title>T</title>" + String(repeating: item, count: items)
                    + "</channel></rss>")
        }
        #expect(Self.refusal(feed(10_000), name: "f.xml") == nil)
        #expect(
            Self.refusal(feed(10_001), name: "f.xml")
                == "f.xml: the feed has more than 10 000 items")
    }

    @Test func `a binary file named .html is not text`() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        #expect(
            Self.refusal(png, name: "photo.html")
                == "photo.html: the document is not text: it holds a NUL byte (at byte 8)")
        let latin: [UInt8] = Self.bytes("<html><p>Caf") + [0xE9] + Self.bytes("</p></html>")
        #expect(
            Self.refusal(latin, name: "l.html")
                == "l.html: the document is not text: byte 12 is not UTF-8 and no character set "
                + "is declared")
        #expect(throws: WebDocumentError.self) { try WebDocument.kind(of: png) }
    }

    @Test(arguments: [
        (
            "<rss>\n<channel>\n<title>T</title>\n<item></channel>\n</rss>",
            "f.xml: line 4: </channel> does not close <item> (opened on line 4)"
        ),
        (
            "<rss>\n<channel>\n<title>T</title>\n",
            "f.xml: line 4: the document ends inside <channel> (opened on line 2)"
        ),
        (
            "<rss>\n<channel a=b></channel></rss>",
            "f.xml: line 2: the attribute a of <channel> is not quoted"
        ),
        ("<rss>\n\n<![CDATA[ never closed", "f.xml: line 3: a CDATA section is never closed"),
        (
            "<rss><channel></channel></rss>\n<rss></rss>",
            "f.xml: line 2: a second root element after the first has ended"
        ),
    ])
    func `malformed XML is refused, naming the line`(feed: String, refusal: String) {
        #expect(Self.refusal(Self.bytes(feed), name: "f.xml") == refusal)
    }

    @Test func `unclosed and deeply nested markup costs no recursion`() throws {
        let page =
            "<html><body>" + String(repeating: "<div>", count: 200_000)
            + "<p>Still read.</p>" + String(repeating: "<b><i>", count: 50_000)
        let article = try #require(try Self.articles(page).first)
        #expect(article.text == "Still read.")
        let endless = "<html><body><p>Open" + String(repeating: "<!--", count: 10_000)
        #expect(try Self.articles(endless).first?.text == "Open")
    }

    @Test
    func `a server's charset decodes a page that declares none, and yields to a byte-order mark`()
        throws
    {
        let word: [UInt8] = [
            0xCF, 0xEE, 0xE3, 0xF0, 0xE0, 0xED, 0xE8, 0xF7, 0xED, 0xE8, 0xEA, 0xE8,
        ]
        let page =
            Array("<html><body><article><h1>Border</h1><p>".utf8) + word
            + Array(
                " guarded the river bank all night long, officials said.</p></article></body></html>"
                    .utf8)
        let decoded = try WebDocument.articles(
            in: page, name: "page", contentType: "text/html; charset=windows-1251")
        #expect(decoded.first?.text.contains("Пограничники") == true)
        #expect(throws: WebDocumentError.self) {
            try WebDocument.articles(in: page, name: "page")
        }
        let marked =
            [0xEF, 0xBB, 0xBF]
            + Array("<html><body><p>Пограничники on patrol.</p></body></html>".utf8)
        let kept = try WebDocument.articles(
            in: marked, name: "page", contentType: "text/html; charset=windows-1251")
        #expect(kept.first?.text.contains("Пограничники") == true)
    }
}
