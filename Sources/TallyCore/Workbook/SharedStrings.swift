/// A workbook's shared strings table: the text of its text cells, which cells refer to by
/// number. Kept as one block of UTF-8 and the offset where each string ends, so that a million
/// strings cost their bytes and four bytes each, not an object each.
struct SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    /// A table of no strings, for a workbook without one.
    init() {}

    /// The number of strings.
    var count: Int { ends.count }

    /// The string numbered `index`, handed to `body`; `nil` past the table.
    func withString<Result>(
        _ index: Int, _ body: (UnsafeRawBufferPointer) -> Result
    ) -> Result? {
        guard index >= 0 && index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = Int(ends[index])
        return bytes.withUnsafeBytes { all in
            body(UnsafeRawBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// Reads the table from its part, checking it against ``WorkbookLimits``.
    init(parsing parser: XMLPullParser) throws(ZipArchive.Failure) {
        var current: [UInt8] = []
        var inString = false
        /// Depth inside a phonetic run (`rPh`), whose text is a reading aid, not the value.
        var phonetic = 0
        var inText = false
        while true {
            let event = try parser.next()
            switch event {
            case .endOfDocument:
                return
            case .start(let isEmpty):
                if parser.nameIs("sst"), let declared = parser.attribute("uniqueCount"),
                    let number = Int(String(decoding: declared, as: UTF8.self)),
                    number > WorkbookLimits.maximumSharedStrings
                {
                    throw tooMany(declared: number)
                }
                if parser.nameIs("si") {
                    current.removeAll(keepingCapacity: true)
                    inString = !isEmpty
                    if isEmpty { try append(current) }
                } else if parser.nameIs("rPh") {
                    if !isEmpty { phonetic += 1 }
                } else if parser.nameIs("t") && inString && phonetic == 0 {
                    inText = !isEmpty
                }
            case .end:
                if parser.nameIs("si") {
                    inString = false
                    try append(current)
                } else if parser.nameIs("rPh") {
                    phonetic = max(0, phonetic - 1)
                } else if parser.nameIs("t") {
                    inText = false
                }
            case .text, .cdata:
                guard inText else { continue }
                if event == .cdata {
                    current.append(contentsOf: parser.text)
                } else {
                    try parser.appendDecoded(parser.text, to: &current)
                }
                if current.count > WorkbookLimits.maximumCellCharacters
                    && WorkbookLimits.characters(in: current) > WorkbookLimits.maximumCellCharacters
                {
                    throw ZipArchive.Failure(
                        "not a workbook Tally reads: shared string \((count + 1).groupedDigits) is longer than the \(WorkbookLimits.maximumCellCharacters.groupedDigits) characters a cell can hold"
                    )
                }
            }
        }
    }

    private mutating func append(_ string: [UInt8]) throws(ZipArchive.Failure) {
        guard ends.count < WorkbookLimits.maximumSharedStrings else {
            throw tooMany(declared: nil)
        }
        guard bytes.count + string.count <= WorkbookLimits.maximumSharedStringBytes else {
            throw ZipArchive.Failure(
                "not a workbook Tally reads: its shared strings hold more than \(WorkbookLimits.maximumSharedStringBytes >> 20) MB of text"
            )
        }
        bytes += string
        ends.append(UInt32(bytes.count))
    }

    private func tooMany(declared: Int?) -> ZipArchive.Failure {
        ZipArchive.Failure(
            "not a workbook Tally reads: its shared strings table \(declared.map { "declares \($0.groupedDigits) strings" } ?? "holds more strings"), more than the \(WorkbookLimits.maximumSharedStrings.groupedDigits) Tally reads"
        )
    }
}
