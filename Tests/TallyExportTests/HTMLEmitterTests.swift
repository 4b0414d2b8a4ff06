import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

/// The pages: golden files for the report, the comparison and the table; places the map cannot
/// show listed; hostile text kept text; the size of a busy month; the palette's contrast.
struct HTMLEmitterTests {
    /// 2026-01-05 09:00 UTC, as the summary's golden file states.
    static let context = EmissionContext(version: "1.0.0", generatedAt: 1_767_603_600)

    static func page(_ report: MonthlyReport) -> String {
        ReportHTMLEmitter(context: context).text(report)
    }

    @Test func `report.html matches its golden file`() throws {
        try GoldenFile.check(Self.page(try ReportGoldenTests.report()), against: "report.html")
    }

    @Test func `the comparison page matches its golden file`() throws {
        try GoldenFile.check(
            ComparisonHTMLEmitter(context: Self.context).text(
                try ComparisonEmitterTests.comparison()),
            against: "compare-region.html")
    }

    @Test func `the table page matches its golden file`() throws {
        try GoldenFile.check(
            TableHTMLEmitter(context: Self.context).text(try EmitterGoldenTests.result()),
            against: "month-region.html")
    }

    @Test func `the report page is emitted through its format, as report.html`() throws {
        let report = try ReportGoldenTests.report()
        let emitter = ReportFormat.html.emitter(context: Self.context)
        #expect(ReportFormat.html.fileName == "report.html")
        #expect(!emitter.writesByPath)
        let text = try EmitterMappingTests.emitted(report, with: emitter, name: "report.html")
        #expect(text == Self.page(report))
    }

    @Test func `a page holds no script, loads nothing and forbids both`() throws {
        let page = Self.page(try ReportGoldenTests.report())
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(
            page.contains(
                "content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\""
            ))
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("src=\"http"))
        #expect(!page.contains("@import"))
        #expect(!page.contains("url("))
    }

    @Test func `the map shades every province with records and lists the places it cannot show`()
        throws
    {
        var report = try ReportGoldenTests.report()
        func line(_ country: String, _ region: String, incidents: Int) -> RegionLine {
            var line = report.regions[0]
            line.country = country
            line.region = region
            line.metrics = Metrics()
            line.metrics.records = incidents
            line.metrics.incidents = incidents
            return line
        }
        report.regions += [
            line("Afghanistan", "Nimroz", incidents: 2),
            line("Tajikistan", "Atlantis", incidents: 3),
            line("Kyrgyzstan", "Jalalabad", incidents: 4),
        ]
        // Records of another kind (a statement): no incident, death or measure, still listed.
        var statement = line("Uzbekistan", "", incidents: 0)
        statement.metrics.records = 1
        report.regions.append(statement)
        let page = Self.page(report)
        let unmapped = page.split(separator: "\n").drop { !$0.contains("data-unmapped") }
            .dropFirst().prefix { !$0.hasPrefix("</ul>") }.map(String.init)
        #expect(
            unmapped.contains {
                $0.contains("Afghanistan/Nimroz") && $0.contains("lies south of the map")
                    && $0.contains("2 records: 2 incidents")
            })
        #expect(
            unmapped.contains {
                $0.contains("Tajikistan/Atlantis") && $0.contains("not a province Tally knows")
            })
        // A spelling of a province is drawn as that province: Jalalabad is Jalal-Abad.
        #expect(page.contains("<g data-province=\"Kyrgyzstan/Jalal-Abad\" data-incidents=\"4\""))
        for region in report.regions where region.metrics.records > 0 {
            let onMap = BorderMap.shapeKey(country: region.country, region: region.region)
            let listed = unmapped.contains { $0.contains("\"\(region.country)/\(region.region)\"") }
            #expect(
                (onMap != nil) != listed,
                "\(region.region) (\(region.country)) is on the map or listed under it, once")
            if let onMap {
                #expect(page.contains("<g data-province=\"\(onMap)\" data-incidents="))
            }
        }
    }

    @Test func `hostile text in notes, sources and places stays text and never a live link`() throws
    {
        var report = try ReportGoldenTests.report()
        var event = try #require(report.notableEvents.first)
        event.notes = "<script>alert('notes')</script> & \"quoted\""
        event.source = "<img src=x onerror=alert(1)>"
        event.location = "</td><td onclick=alert(2)>"
        event.sourceURL =
            "javascript:alert(3) JAVASCRIPT:alert(4) https://example.org/a\"onmouseover=\"alert(5) data:text/html,<b>x</b> https://example.org/fine?a=1&b=2"
        report.notableEvents = PackedRecords([event])
        report.notes.append(
            .columnsIgnored(
                input: "<!-- a note --> <style>body{display:none}</style>", format: .csv,
                columns: ["extra"]))
        report.regions[0].region = "<b>bold</b>"
        let page = Self.page(report)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<td onclick"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<!-- a note"))
        #expect(!page.contains("<style>body"))
        #expect(
            page.contains(
                "&lt;script&gt;alert(&#39;notes&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") })
        #expect(hrefs.contains("https://example.org/fine?a=1&amp;b=2"))
        #expect(!hrefs.contains { $0.lowercased().contains("javascript") || $0.contains("data:") })
        #expect(page.contains("<span class=\"address\">javascript:alert(3)</span>"))
    }

    @Test(arguments: [
        ("plain", "plain"), ("a<b>&c", "a&lt;b&gt;&amp;c"), ("\"'", "&quot;&#39;"),
        ("bell\u{07}end", "bell end"), ("tab\tand\nline", "tab\tand\nline"), ("Хатлон", "Хатлон"),
    ])
    func `text is escaped for content and attributes`(text: String, escaped: String) {
        #expect(HTMLText.escaped(text) == escaped)
    }

    @Test(
        arguments: [
            ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
            ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
            ("javascript:alert(1)", nil), (" https://example.org", nil), ("https://", nil),
            ("https://example.org/\"onmouseover", nil), ("https://example.org/<x>", nil),
            ("data:text/html,hi", nil), ("//example.org", nil), ("file:///etc/passwd", nil),
        ] as [(String, String?)])
    func `only plain web addresses become links`(address: String, target: String?) {
        #expect(HTMLText.linkTarget(address) == target)
    }

    @Test func `a month with a hundred events stays under 500 KB`() throws {
        var report = try ReportGoldenTests.report()
        let template = try #require(report.notableEvents.first)
        report.notableEvents = PackedRecords(
            (0..<100).map { index in
                var event = template
                event.id = "e\(index)"
                event.notes = String(
                    repeating: "A long note about what happened at the post. ", count: 40)
                event.source = "Agency \(index); Another outlet; A third outlet"
                event.sourceURL = (0..<4).map {
                    "https://example.org/news/\(index)/\($0)/a-long-address-for-the-story"
                }
                .joined(separator: " ")
                return event
            })
        report.records = report.notableEvents
        let page = Self.page(report)
        #expect(page.utf8.count < 500_000, "\(page.utf8.count) bytes")
        #expect(page.components(separatedBy: "<tr>").count > 100)
    }

    @Test func `the palette passes WCAG AA: text 4.5 to 1, marks 3 to 1`() {
        let paper = HTMLPalette.paper
        for text in [HTMLPalette.ink, HTMLPalette.muted, HTMLPalette.link] {
            #expect(HTMLPalette.contrast(text, paper) >= 4.5, "\(text) on \(paper)")
            #expect(HTMLPalette.contrast(text, HTMLPalette.band) >= 4.5, "\(text) on the band")
        }
        #expect(HTMLPalette.contrast(HTMLPalette.muted, HTMLPalette.mapNeighbour) >= 4.5)
        #expect(HTMLPalette.contrast(HTMLPalette.ink, HTMLPalette.mapClasses[4]) < 4.5)
        for mark in [
            HTMLPalette.incidents, HTMLPalette.fatalities, HTMLPalette.measures, HTMLPalette.base,
            HTMLPalette.mapBorder, HTMLPalette.mapClasses[3], HTMLPalette.mapClasses[4],
        ] {
            #expect(HTMLPalette.contrast(mark, paper) >= 3, "\(mark) on \(paper)")
        }
        #expect(HTMLPalette.contrast("#000000", "#ffffff") == 21)
    }

    @Test func `every province Tally knows has an outline on the map or a reason it has none`() {
        let shaped = Set(BorderMap.provinceShapes.map { "\($0.country)/\($0.province)" })
        for (country, spellings) in Provinces.provinces {
            let key = "\(country)/\(spellings[0])"
            #expect(
                shaped.contains(key) != (BorderMap.shapelessProvinces[key] != nil),
                "\(key): an outline, or a reason in BorderMap.shapelessProvinces, not both")
        }
        for place in Provinces.borderPlaces {
            #expect(
                shaped.contains("\(place.country)/\(place.province)"),
                "the border province \(place.province) has an outline")
        }
        // Every outline is named as Tally spells its province.
        for shape in BorderMap.provinceShapes {
            #expect(
                Provinces.resolve(region: shape.province, country: shape.country)?.province
                    == shape.province, "\(shape.province) (\(shape.country))")
        }
        #expect(Set(BorderMap.provinceShapes.map(\.country)).count == 5)
    }
}
