import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An independent reader of the workbooks Tally writes: unzips them and parses the sheet XML.
struct WorkbookReader {
    struct Cell: Equatable {
        /// `s` (shared string), `inlineStr`, `n` (number, the default) ...
        var type: String
        /// The text of a string cell, or the number as written.
        var value: String
        /// Index into the workbook's cell formats.
        var style: Int
        var formula: String?
    }

    let archive: Archive
    let sheetNames: [String]
    private let sharedStrings: [String]
    private let numberFormatOfStyle: [Int: String]

    init(path: String) throws {
        archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let workbook = try WorkbookReader.text(archive, "xl/workbook.xml")
        sheetNames = WorkbookReader.attributes("sheet", in: workbook).compactMap { $0["name"] }
        // Constant-memory workbooks write inline strings and no shared-string table.
        let shared =
            archive["xl/sharedStrings.xml"] == nil
            ? "" : try WorkbookReader.text(archive, "xl/sharedStrings.xml")
        sharedStrings = WorkbookReader.elements("si", in: shared).map {
            WorkbookReader.textContent(of: $0)
        }
        let styles = try WorkbookReader.text(archive, "xl/styles.xml")
        var formats: [Int: String] = [14: "m/d/yyyy"]
        for attributes in WorkbookReader.attributes("numFmt", in: styles) {
            if let id = attributes["numFmtId"].flatMap(Int.init),
                let code = attributes["formatCode"]
            {
                formats[id] = code
            }
        }
        let cellXfs = WorkbookReader.elements("cellXfs", in: styles).first ?? ""
        var byStyle: [Int: String] = [:]
        for (index, attributes) in WorkbookReader.attributes("xf", in: cellXfs).enumerated() {
            if let id = attributes["numFmtId"].flatMap(Int.init) {
                byStyle[index] = formats[id] ?? "general"
            }
        }
        numberFormatOfStyle = byStyle
    }

    /// Whether the archive holds a part.
    func has(_ part: String) -> Bool { archive[part] != nil }

    /// The text of a part.
    func part(_ name: String) throws -> String { try WorkbookReader.text(archive, name) }

    /// The cells of a sheet by reference (`A1`).
    func cells(ofSheet name: String) throws -> [String: Cell] {
        let index = try #require(sheetNames.firstIndex(of: name), "no sheet named \(name)")
        let xml = try part("xl/worksheets/sheet\(index + 1).xml")
        var cells: [String: Cell] = [:]
        let pattern = try NSRegularExpression(
            pattern: #"<c r="([A-Z]+[0-9]+)"([^>]*?)(/>|>(.*?)</c>)"#,
            options: [.dotMatchesLineSeparators])
        let ns = xml as NSString
        for match in pattern.matches(in: xml, range: NSRange(location: 0, length: ns.length)) {
            let reference = ns.substring(with: match.range(at: 1))
            let attributes = ns.substring(with: match.range(at: 2))
            let body =
                match.range(at: 4).location == NSNotFound
                ? "" : ns.substring(with: match.range(at: 4))
            let type = WorkbookReader.attribute("t", in: attributes) ?? "n"
            let style = WorkbookReader.attribute("s", in: attributes).flatMap(Int.init) ?? 0
            let rawValue =
                WorkbookReader.elements("v", in: body).first.map(WorkbookReader.unescape) ?? ""
            let formula = WorkbookReader.elements("f", in: body).first
            let value: String
            switch type {
            case "s": value = sharedStrings[Int(rawValue) ?? 0]
            case "inlineStr": value = WorkbookReader.textContent(of: body)
            default: value = rawValue
            }
            cells[reference] = Cell(type: type, value: value, style: style, formula: formula)
        }
        return cells
    }

    /// The number format code of a cell's style.
    func numberFormat(of cell: Cell) -> String { numberFormatOfStyle[cell.style] ?? "general" }

    // MARK: Tiny XML helpers (the parts are machine-written and regular)

    static func text(_ archive: Archive, _ name: String) throws -> String {
        let entry = try #require(archive[name], "no part \(name)")
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    static func elements(_ name: String, in xml: String) -> [String] {
        let pattern = try! NSRegularExpression(
            pattern: "<\(name)(?:\\s[^>]*)?>(.*?)</\(name)>", options: [.dotMatchesLineSeparators])
        let ns = xml as NSString
        return pattern.matches(in: xml, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1))
        }
    }

    static func attributes(_ name: String, in xml: String) -> [[String: String]] {
        let pattern = try! NSRegularExpression(pattern: "<\(name)\\s([^>]*?)/?>")
        let ns = xml as NSString
        return pattern.matches(in: xml, range: NSRange(location: 0, length: ns.length)).map {
            match in
            let text = ns.substring(with: match.range(at: 1))
            let pairs = try! NSRegularExpression(pattern: #"([\w:]+)="([^"]*)""#)
            var result: [String: String] = [:]
            let tns = text as NSString
            for pair in pairs.matches(in: text, range: NSRange(location: 0, length: tns.length)) {
                result[tns.substring(with: pair.range(at: 1))] = unescape(
                    tns.substring(with: pair.range(at: 2)))
            }
            return result
        }
    }

    static func attribute(_ name: String, in text: String) -> String? {
        attributes("x", in: "<x \(text)/>").first?[name]
    }

    static func textContent(of xml: String) -> String {
        elements("t", in: xml).map(unescape).joined()
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                of: "&apos;", with: "'"
            )
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
