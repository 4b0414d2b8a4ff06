import Foundation
import TallyCore
import TallyExport
import TallyTestSupport
import Testing

/// The report in the programs people read it with: the page in headless Chromium (driven by
/// `scripts/check-page-in-browser.py` over the DevTools protocol), the workbook printed by
/// LibreOffice. Each test is skipped, with a message, where its program is not installed, unless
/// `TALLY_REQUIRE_VIEWERS=1` (set by `.ci/run`) makes a missing program a failure.
struct RealViewerTests {
    static let required = ProcessInfo.processInfo.environment["TALLY_REQUIRE_VIEWERS"] == "1"
    static let chromium = executable(["chromium", "chromium-browser", "google-chrome"])
    static let python = executable(["python3"])
    static let soffice = executable(["soffice", "libreoffice"])
    static let pdftotext = executable(["pdftotext"])
    static let hasBrowser = chromium != nil && python != nil
    static let hasOffice = soffice != nil && pdftotext != nil
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scripts/check-page-in-browser.py").standardized.path

    /// The first of `names` found on the `PATH`.
    static func executable(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Runs a program to its end; its standard output, and its status.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    /// What the browser check measured of a page (see the script's summary).
    struct Measures: Decodable {
        struct Elements: Decodable {
            var maps: Int
            var charts: Int
            var sparklines: Int
            var tables: Int
            var tablesWithHeaders: Int
            var tablesWithCaptions: Int
            var imagesWithoutName: Int
            var scripts: Int
            var unsafeLinks: Int
        }
        struct Province: Decodable {
            var province: String
            var incidents: Int
            var width: Double
            var height: Double
            var visible: Bool
        }
        struct Phone: Decodable {
            var scrollWidth: Int
        }
        var elements: Elements
        var provinces: [Province]
        var unmapped: [String]
        var loadMs: Int
        var navigationLoadEventMs: Int
        var pdfPages: Int
        var phone: Phone
        var console: [String]
        var failed: [String]
    }

    /// Opens `page` in headless Chromium; screenshots and the PDF go to `folder`.
    static func measure(_ page: String, folder: String) throws -> Measures {
        let (output, status) = try run(python!, [script, page, "--out", folder])
        try #require(status == 0, "the browser check failed: \(output)")
        return try JSONDecoder().decode(Measures.self, from: Data(output.utf8))
    }

    @Test(
        .enabled(
            if: hasBrowser || required,
            "Chromium or python3 is not installed (apt-get install chromium): report.html was not opened in a browser"
        ))
    func
        `report.html shows its map, charts and tables in Chromium without an error, and prints to a few A4 pages`()
        throws
    {
        try #require(Self.hasBrowser, "TALLY_REQUIRE_VIEWERS=1, but Chromium or python3 is missing")
        let report = try ReportGoldenTests.report()
        let folder = Fixtures.folder()
        let page = folder + "/report.html"
        try ReportHTMLEmitter(context: HTMLEmitterTests.context).text(report)
            .write(toFile: page, atomically: true, encoding: .utf8)
        let measures = try Self.measure(page, folder: folder)

        #expect(measures.console == [], "console errors and warnings")
        #expect(measures.failed == [], "failed requests")
        #expect(measures.elements.maps == 1)
        #expect(measures.elements.charts == 1)
        #expect(measures.elements.sparklines == report.regions.count)
        #expect(measures.elements.tables >= 5)
        #expect(measures.elements.tablesWithHeaders == measures.elements.tables)
        #expect(measures.elements.tablesWithCaptions == measures.elements.tables)
        #expect(measures.elements.imagesWithoutName == 0, "every chart has a title")
        #expect(measures.elements.scripts == 0 && measures.elements.unsafeLinks == 0)

        // Every province with records this month is drawn, and drawn visibly; every other
        // place with records is listed under the map.
        let withRecords = report.regions.filter { $0.metrics.records > 0 }
        let drawn = Dictionary(
            measures.provinces.map { ($0.province, $0) }, uniquingKeysWith: { a, _ in a })
        for region in withRecords {
            if let key = BorderMap.shapeKey(country: region.country, region: region.region) {
                let province = try #require(drawn[key], "\(key) is on the map")
                #expect(province.visible && province.width > 5 && province.height > 5)
                #expect(province.incidents == region.metrics.incidents)
            } else {
                #expect(measures.unmapped.contains("\(region.country)/\(region.region)"))
            }
        }
        #expect(drawn.count + measures.unmapped.count == withRecords.count)

        #expect(measures.phone.scrollWidth <= 375, "no sideways scrolling on a phone")
        #expect((2...8).contains(measures.pdfPages), "\(measures.pdfPages) A4 pages")
        // Under a second on a quiet machine (about 0.1 s warm, 0.8 s for a cold browser); the
        // bound leaves room for a CI machine busy with the rest of the suite.
        #expect(
            measures.navigationLoadEventMs < 2_000, "loaded in \(measures.navigationLoadEventMs) ms"
        )
        let screenshot = try FileManager.default.attributesOfItem(
            atPath: folder + "/screenshot.png")
        #expect((screenshot[.size] as? Int ?? 0) > 20_000)
    }

    @Test(
        .enabled(
            if: hasBrowser || required,
            "Chromium or python3 is not installed (apt-get install chromium): the browser check was not checked"
        ))
    func `the browser check sees a console error, a failed request and a script`() throws {
        try #require(Self.hasBrowser, "TALLY_REQUIRE_VIEWERS=1, but Chromium or python3 is missing")
        let folder = Fixtures.folder()
        let page = folder + "/broken.html"
        try """
        <!DOCTYPE html><title>broken</title><script>console.error("boom")</script>
        <img src="file:///nonexistent/picture.png" alt="">
        """.write(toFile: page, atomically: true, encoding: .utf8)
        let measures = try Self.measure(page, folder: folder)
        #expect(measures.console.contains("boom"))
        #expect(!measures.failed.isEmpty)
        #expect(measures.elements.scripts == 1)
    }

    @Test(
        .enabled(
            if: hasBrowser || required,
            "Chromium or python3 is not installed (apt-get install chromium): the comparison page was not opened in a browser"
        ))
    func `the comparison page shows its map, chart and tables in Chromium without an error`() throws
    {
        try #require(Self.hasBrowser, "TALLY_REQUIRE_VIEWERS=1, but Chromium or python3 is missing")
        let folder = Fixtures.folder()
        let page = folder + "/compare.html"
        try ComparisonHTMLEmitter(context: HTMLEmitterTests.context)
            .text(try ComparisonEmitterTests.comparison())
            .write(toFile: page, atomically: true, encoding: .utf8)
        let measures = try Self.measure(page, folder: folder)
        #expect(measures.console == [] && measures.failed == [])
        #expect(measures.elements.maps == 1 && measures.elements.charts == 1)
        #expect(measures.elements.tables == 2 && measures.elements.imagesWithoutName == 0)
        #expect(!measures.provinces.isEmpty)
        #expect(measures.phone.scrollWidth <= 375)
        #expect((1...5).contains(measures.pdfPages), "\(measures.pdfPages) A4 pages")
    }

    @Test(
        .enabled(
            if: hasOffice || required,
            "LibreOffice or pdftotext is not installed (apt-get install libreoffice-calc-nogui poppler-utils): the workbook was not printed"
        ))
    func
        `LibreOffice prints the workbook's Summary on one landscape page, every sheet with its header and footer`()
        throws
    {
        try #require(
            Self.hasOffice, "TALLY_REQUIRE_VIEWERS=1, but LibreOffice or pdftotext is missing")
        let folder = Fixtures.folder()
        let workbook = folder + "/report.xlsx"
        try ReportWorkbookEmitter(context: WorkbookTests.context)
            .write(try WorkbookTests.report(), toPath: workbook)
        let (_, status) = try Self.run(
            Self.soffice!,
            [
                "-env:UserInstallation=file://\(folder)/office-profile", "--headless",
                "--convert-to", "pdf", "--outdir", folder, workbook,
            ], environment: ["HOME": folder])
        #expect(status == 0)
        let pdf = folder + "/report.pdf"
        try #require(FileManager.default.fileExists(atPath: pdf), "LibreOffice wrote no PDF")
        // Each page's header names its sheet at the right of its first line.
        var sheetOfPage: [String] = []
        while true {
            let number = sheetOfPage.count + 1
            let (text, status) = try Self.run(
                Self.pdftotext!, ["-f", "\(number)", "-l", "\(number)", "-layout", pdf, "-"])
            guard status == 0, let first = text.split(separator: "\n").first else { break }
            #expect(first.hasPrefix("Tally monthly report — December 2025"), "page \(number)")
            #expect(text.contains("Page \(number) of "), "page \(number)'s footer")
            sheetOfPage.append(
                first.split(separator: " ").suffix(first.hasSuffix("By region") ? 2 : 1)
                    .joined(separator: " "))
        }
        #expect(sheetOfPage.filter { $0 == "Summary" }.count == 1, "\(sheetOfPage)")
        #expect(sheetOfPage.first == "Summary")
        for sheet in ["By region", "Trend", "Records", "About"] {
            #expect(sheetOfPage.contains(sheet), "\(sheet) prints")
        }
        let summary = try Self.run(
            Self.pdftotext!, ["-f", "1", "-l", "1", "-layout", pdf, "-"]
        ).output
        #expect(
            summary.contains("Incidents and fatalities, last 24 months"), "the chart prints with it"
        )
        if let pdfinfo = Self.executable(["pdfinfo"]) {
            let info = try Self.run(pdfinfo, ["-f", "1", "-l", "1", pdf]).output
            let size = try #require(info.split(separator: "\n").first { $0.contains("size:") })
            let numbers = size.split(separator: " ").compactMap { Double($0) }
            #expect(numbers.count >= 3 && numbers[1] > numbers[2], "landscape: \(size)")
        }
    }
}
