import Foundation
import TallyTestSupport
import Testing

/// `tally extract` on what analysts hold: saved pages, feeds, and a records file kept month
/// after month.
struct ExtractWebCommandTests {
    static let paragraphs = [
        "Tajik border guards clashed with armed smugglers in Panj district on Sunday.",
        "Two smugglers and one border guard were killed, officials said.",
    ]
    static let title = "Border guards repel smugglers in Panj"

    static let page = """
        <!doctype html><html><head><meta charset="utf-8">
        <title>\(title) | Border News</title>
        <meta property="og:site_name" content="Border News">
        <meta property="article:published_time" content="2025-03-12T08:00:00+05:00">
        <link rel="canonical" href="https://news.example/2025/03/panj-clash">
        </head><body><nav><a href="/">Home</a> <a href="/asia">Asia</a></nav>
        <article><h1>\(title)</h1>
        <p>\(paragraphs[0])</p>
        <figure><figcaption>Five killed in a market blast in Kunduz (archive).</figcaption></figure>
        <p>\(paragraphs[1])</p></article>
        <aside class="related"><ul><li>Ten killed in Kabul bombing</li></ul></aside>
        <script>var toll = "killed 100";</script></body></html>
        """

    static func feed(items: [(title: String, link: String, date: String, text: String)]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Border Wire</title>
        \(items.map { item in
            "<item><title>\(item.title)</title><link>\(item.link)</link><pubDate>\(item.date)</pubDate><description><![CDATA[\(item.text)]]></description></item>"
        }.joined(separator: "\n"))
        </channel></rss>
        """
    }

    static func rows(_ csv: String) -> [Substring] {
        csv.split(separator: "\n").dropFirst().map { $0 }
    }

    @Test func `a saved page and a feed item code as the plain text does, with their own dates`()
        throws
    {
        let folder = Fixtures.folder()
        let text = Fixtures.file(
            ([Self.title] + Self.paragraphs).joined(separator: "\n"), name: "panj.txt")
        let page = Fixtures.file(Self.page, name: "panj.html")
        let feed = Fixtures.file(
            Self.feed(items: [
                (
                    Self.title, "https://wire.example/panj", "Wed, 12 Mar 2025 09:00:00 +0000",
                    Self.paragraphs.map { "<p>\($0)</p>" }.joined()
                )
            ]), name: "wire.xml")
        let plain = try TallyBinary.run(["extract", text, "--published", "2025-03-12"])
        let saved = try TallyBinary.run(["extract", page])
        let item = try TallyBinary.run(["extract", feed])
        for outcome in [plain, saved, item] { #expect(outcome.status == 0, "\(outcome.stderr)") }
        // The same event, deaths and date; the page and the item bring their publisher and address.
        let fields = { (csv: String) in
            Self.rows(csv).map {
                $0.split(separator: ",").dropFirst().prefix(13).joined(separator: ",")
            }
        }
        #expect(fields(plain.stdout).count == 1)
        #expect(fields(saved.stdout) == fields(plain.stdout))
        #expect(fields(item.stdout) == fields(plain.stdout))
        #expect(saved.stdout.contains("Border News,https://news.example/2025/03/panj-clash"))
        #expect(!saved.stdout.contains("Kunduz") && !saved.stdout.contains("100"))
        #expect(item.stdout.contains("Border Wire,https://wire.example/panj"))
        #expect(item.stdout.contains("teaser_only"))
    }

    @Test func `an address gives the records of the page it serves, and each failure its status`()
        throws
    {
        let server = try LoopbackServer(routes: [
            "/news/panj-clash": .answer(
                status: 200, headers: ["Content-Type": "text/html; charset=utf-8"],
                body: Array(Self.page.utf8)),
            "/moved": .redirect(to: "/news/panj-clash"),
            "/loop": .redirect(to: "/loop"),
            "/gone": .answer(status: 404),
            "/endless": .endlessChunks,
        ])
        defer { server.stop() }
        let page = Fixtures.file(Self.page, name: "panj.html")
        let saved = try TallyBinary.run(["extract", page])
        let fetched = try TallyBinary.run(["extract", server.address("/moved")])
        #expect(fetched.status == 0, "\(fetched.stderr)")
        let fields = { (csv: String) in
            Self.rows(csv).map { $0.split(separator: ",").dropFirst().joined(separator: ",") }
        }
        #expect(fields(fetched.stdout) == fields(saved.stdout))
        #expect(Self.rows(fetched.stdout).first?.hasPrefix("panj-clash-1,") == true)
        for (path, status, words) in [
            ("/loop", 65, "redirects"), ("/gone", 66, "404"), ("/endless", 65, "larger than"),
        ] {
            let outcome = try TallyBinary.run(["extract", server.address(path)])
            #expect(outcome.status == Int32(status), "\(path): \(outcome.stderr)")
            #expect(outcome.stderr.contains(words), "\(path): \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
        }
        let closed = try LoopbackServer.closedPort()
        defer { close(closed.socket) }
        let refused = try TallyBinary.run(["extract", "http://127.0.0.1:\(closed.port)/x"])
        #expect(refused.status == 69, "\(refused.stderr)")
    }

    @Test func `monitoring a feed twice adds nothing, and a revised toll joins its event`() throws {
        let folder = Fixtures.folder()
        let records = folder + "/records.csv"
        let feed = Fixtures.file(
            Self.feed(items: [
                (
                    "Clash in Batken", "https://wire.example/batken",
                    "Tue, 11 Mar 2025 10:00:00 +0000",
                    "Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on Monday. Two Kyrgyz border guards were killed."
                ),
                (
                    "Outpost opened", "https://wire.example/outpost",
                    "Wed, 12 Mar 2025 10:00:00 +0000",
                    "Tajikistan opened a new border outpost in Khatlon on Wednesday."
                ),
            ]), name: "march.xml")
        let first = try TallyBinary.run(["extract", feed, "--merge-into", records])
        #expect(first.status == 0, "\(first.stderr)")
        let once = try String(contentsOfFile: records, encoding: .utf8)
        #expect(Self.rows(once).count == 2)
        let again = try TallyBinary.run(["extract", feed, "--merge-into", records])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: records, encoding: .utf8) == once)
        #expect(again.stderr.contains("0 new records"))
        #expect(again.stderr.contains("2 already cited there skipped"))
        let update = Fixtures.file(
            """
            Batken toll rises
            The death toll from Monday's exchange of fire between Kyrgyz and Tajik border guards near \
            Kok-Tash has risen to three, up from two, the Kyrgyz border service said.
            """, name: "update.txt")
        let revised = try TallyBinary.run([
            "extract", update, "--published", "2025-03-13", "--url", "https://other.example/toll",
            "--source", "Other Agency", "--merge-into", records,
        ])
        #expect(revised.status == 0, "\(revised.stderr)")
        let now = try String(contentsOfFile: records, encoding: .utf8)
        #expect(Self.rows(now).count == 2, "the update joined the clash, no third record")
        let clash = try #require(Self.rows(now).first { $0.contains("armed_clash") })
        #expect(clash.contains("Border Wire; Other Agency"))
        #expect(clash.contains("https://wire.example/batken https://other.example/toll"))
        #expect(clash.contains(",3,"), "the latest revision of the toll")
    }

    @Test func `a records file with rows the reader rejects is not rewritten`() throws {
        let records = Fixtures.file(
            """
            id,date,country,category,type,fatalities
            a,2025-03-01,Tajikistan,incident,attack,2
            b,2025-13-01,Tajikistan,incident,attack,1
            """)
        let before = try String(contentsOfFile: records, encoding: .utf8)
        let page = Fixtures.file(Self.page, name: "panj.html")
        let outcome = try TallyBinary.run(["extract", page, "--merge-into", records])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("would be lost in the rewrite"))
        #expect(try String(contentsOfFile: records, encoding: .utf8) == before)
    }

    @Test func `hostile inputs end with one clear message and write nothing`() throws {
        let folder = Fixtures.folder()
        let bomb = Fixtures.file(
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><title>&lol2;</title></channel></rss>
            """, name: "bomb.xml")
        let binary = folder + "/photo.html"
        FileManager.default.createFile(
            atPath: binary,
            contents: Data(
                [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64)))
        let huge = folder + "/huge.html"
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 40 << 20)  // a sparse 40 MiB file
        try handle.close()
        for (input, words) in [
            (bomb, "DOCTYPE"), (binary, "not text"), (huge, "larger than 32 MiB"),
            ("ftp://example.org/a.html", "ftp://example.org/a.html"),
        ] {
            let out = folder + "/out-\(words.count).csv"
            let outcome = try TallyBinary.run(["extract", input, "-o", out])
            #expect(outcome.status != 0)
            #expect(outcome.stderr.contains(words), "\(outcome.stderr)")
            #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}
