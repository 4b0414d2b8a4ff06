/// An `.xlsx` workbook opened for reading: its sheets in order, its date system, which cell
/// styles show dates, and its shared strings.
///
/// Only the small parts are read whole (the workbook, its relationships, the styles; the
/// shared strings, which cells refer to in any order). A sheet is read a row at a time by a
/// ``SheetReader`` as it is inflated.
final class Workbook {
    /// A worksheet: its name as the tab shows it, and its part in the archive.
    struct Sheet {
        var name: String
        var part: String
    }

    private let archive: ZipArchive
    /// The worksheets, in the order of their tabs (chart sheets left out).
    private(set) var sheets: [Sheet] = []
    /// Whether serial dates count from 1904 (old Mac workbooks) rather than 1900.
    private(set) var uses1904Dates = false
    /// For each cell style (`s="3"`), whether its number format shows a date.
    private(set) var dateStyles: [Bool] = []
    private(set) var sharedStrings = SharedStrings()

    /// Opens the workbook in `file`: its directory and small parts, and its shared strings.
    init(file: RandomAccessFile) throws(ZipArchive.Failure) {
        archive = try ZipArchive(file: file)
        let workbookPart =
            try relationships(of: "")
            .first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard archive.entry(named: workbookPart) != nil else {
            throw ZipArchive.Failure(
                "a ZIP archive but not an Excel workbook (it has no \(workbookPart))")
        }
        let related = try relationships(of: workbookPart)
        var targets: [String: String] = [:]
        for relation in related { targets[relation.id] = relation.target }

        let parser = try open(workbookPart)
        while true {
            let event = try parser.next()
            if event == .endOfDocument { break }
            guard case .start = event else { continue }
            if parser.nameIs("workbookPr"), let value = parser.attribute("date1904") {
                uses1904Dates = value.elementsEqual("1".utf8) || value.elementsEqual("true".utf8)
            } else if parser.nameIs("sheet") {
                var name: [UInt8] = []
                try parser.appendDecoded(
                    parser.attribute("name") ?? .init(start: nil, count: 0), to: &name)
                let id = String(
                    decoding: parser.attribute("id") ?? .init(start: nil, count: 0), as: UTF8.self)
                guard let target = targets[id],
                    related.first(where: { $0.id == id })?.type.hasSuffix("/worksheet") ?? true
                else { continue }
                sheets.append(Sheet(name: String(decoding: name, as: UTF8.self), part: target))
            }
        }
        if let styles = related.first(where: { $0.type.hasSuffix("/styles") }) {
            dateStyles = try readDateStyles(styles.target)
        }
        if let strings = related.first(where: { $0.type.hasSuffix("/sharedStrings") }),
            archive.entry(named: strings.target) != nil
        {
            sharedStrings = try SharedStrings(parsing: try open(strings.target))
        }
    }

    /// A parser of the part called `name`, inflated as it is read.
    func open(
        _ name: String, limit: Int = WorkbookLimits.maximumPartBytes
    ) throws(ZipArchive.Failure)
        -> XMLPullParser
    {
        guard let entry = archive.entry(named: name) else {
            throw ZipArchive.Failure("a damaged workbook: it lacks the part \(name)")
        }
        return XMLPullParser(stream: try archive.stream(entry, limit: limit), part: name)
    }

    /// A reader of a sheet's rows.
    func rows(
        of sheet: Sheet, readingCommonTagsDirectly: Bool = true
    ) throws(ZipArchive.Failure) -> SheetReader {
        SheetReader(
            parser: try open(sheet.part, limit: WorkbookLimits.maximumSheetBytes), workbook: self,
            readsCommonTagsDirectly: readingCommonTagsDirectly)
    }

    /// The compressed bytes of a sheet, for progress.
    func compressedSize(of sheet: Sheet) -> Int {
        archive.entry(named: sheet.part)?.compressedSize ?? 0
    }

    /// A relationship of a part: its id, type and target (resolved to a path in the archive).
    private struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of `part` (`""` for the package's own), from its `_rels` part.
    private func relationships(of part: String) throws(ZipArchive.Failure) -> [Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let name = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard archive.entry(named: name) != nil else { return [] }
        let parser = try open(name)
        var found: [Relationship] = []
        while true {
            let event = try parser.next()
            if event == .endOfDocument { break }
            guard case .start = event, parser.nameIs("Relationship") else { continue }
            func value(_ raw: UnsafeRawBufferPointer?) throws(ZipArchive.Failure) -> String {
                var out: [UInt8] = []
                if let raw { try parser.appendDecoded(raw, to: &out) }
                return String(decoding: out, as: UTF8.self)
            }
            let target = try value(parser.attribute("Target"))
            if try value(parser.attribute("TargetMode")) == "External" { continue }
            found.append(
                Relationship(
                    id: try value(parser.attribute("Id")),
                    type: try value(parser.attribute("Type")),
                    target: resolve(target, from: folder)))
        }
        return found
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/...`) or relative to
    /// the folder of the part that names it, `..` followed.
    private func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Which cell styles (`cellXfs`, in order) show their number as a date.
    private func readDateStyles(_ part: String) throws(ZipArchive.Failure) -> [Bool] {
        guard archive.entry(named: part) != nil else { return [] }
        let parser = try open(part)
        var customDates: Set<Int> = []
        var styles: [Bool] = []
        var inCellStyles = false
        while true {
            let event = try parser.next()
            if event == .endOfDocument { break }
            if event == .end && parser.nameIs("cellXfs") { inCellStyles = false }
            guard case .start(let isEmpty) = event else { continue }
            if parser.nameIs("numFmt"), let id = parser.attribute("numFmtId"),
                let number = Int(String(decoding: id, as: UTF8.self))
            {
                var code: [UInt8] = []
                try parser.appendDecoded(
                    parser.attribute("formatCode") ?? .init(start: nil, count: 0), to: &code)
                if Workbook.isDateFormat(String(decoding: code, as: UTF8.self)) {
                    customDates.insert(number)
                }
            } else if parser.nameIs("cellXfs") {
                inCellStyles = !isEmpty
            } else if parser.nameIs("xf") && inCellStyles {
                let id =
                    parser.attribute("numFmtId").flatMap {
                        Int(String(decoding: $0, as: UTF8.self))
                    } ?? 0
                styles.append(Workbook.builtInDateFormats.contains(id) || customDates.contains(id))
            }
        }
        return styles
    }

    /// Excel's built-in number formats that show dates (14-22 everywhere, 27-36 and 50-58 in
    /// East Asian locales, 45-47 times).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47)
        .union(50...58)

    /// Whether a number format code shows a date: a day, month or year part outside quoted
    /// text, escapes and bracketed colours or conditions (`[Red]`, `"Total"`, `\d`).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "y", "m":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }
}
