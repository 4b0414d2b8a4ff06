/// Reads a worksheet a row at a time as its XML is inflated: each cell's column and its value
/// as text, resolved as a spreadsheet shows it (a shared string's text, a formula's cached
/// value, a date cell's day as `YYYY-MM-DD`, `TRUE`/`FALSE`).
///
/// Memory is the parser's buffer and the current row's values, whatever the sheet's size.
final class SheetReader {
    private let parser: XMLPullParser
    private let workbook: Workbook
    /// The row last read: its number (1-based, as the sheet numbers it) and its cells, in the
    /// order written, each a column (0-based) and a range of `values`.
    private(set) var rowNumber = 0
    private(set) var cells: [(column: Int, range: Range<Int>)] = []
    private(set) var values: [UInt8] = []
    /// Row elements read, to stop a sheet with more than a sheet can have.
    private var rowsRead = 0

    init(parser: XMLPullParser, workbook: Workbook) {
        self.parser = parser
        self.workbook = workbook
    }

    /// Whether the row last read has no value but spaces.
    var isEmptyRow: Bool {
        cells.allSatisfy { cell in
            values[cell.range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
    }

    /// The value of the cell in `column` of the row last read, if it has one.
    func value(inColumn column: Int) -> ArraySlice<UInt8>? {
        cells.first { $0.column == column }.map { values[$0.range] }
    }

    /// The bytes inflated so far: how far into the sheet the reader is.
    var bytesInflated: Int { parser.bytesInflated }

    /// Reads the next row; `false` after the last.
    func nextRow() throws(ZipArchive.Failure) -> Bool {
        cells.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        var inRow = false
        var column = -1
        var type = CellType.number
        var style = 0
        var capturing = false
        var inInline = false
        var phonetic = 0
        var raw: [UInt8] = []
        while true {
            let event = try parser.next()
            switch event {
            case .endOfDocument:
                return false
            case .start(let isEmpty):
                if parser.nameIs("c") {
                    guard inRow else { continue }
                    column = parser.attribute("r").flatMap(SheetReader.column(of:)) ?? column + 1
                    type = CellType(parser.attribute("t"))
                    style = parser.attribute("s").flatMap(SheetReader.number) ?? 0
                    raw.removeAll(keepingCapacity: true)
                    if isEmpty { finishCell(column, type, style, raw) }
                } else if parser.nameIs("v") {
                    capturing = !isEmpty && !inInline
                } else if parser.nameIs("is") {
                    inInline = !isEmpty
                } else if parser.nameIs("t") && inInline {
                    capturing = !isEmpty && phonetic == 0
                } else if parser.nameIs("rPh") {
                    if !isEmpty { phonetic += 1 }
                } else if parser.nameIs("row") {
                    rowsRead += 1
                    let number =
                        parser.attribute("r").flatMap(SheetReader.number) ?? (rowNumber + 1)
                    guard number <= WorkbookLimits.maximumRows,
                        rowsRead <= WorkbookLimits.maximumRows
                    else {
                        throw ZipArchive.Failure(
                            "not a workbook Tally reads: \(parser.part) has rows past row \(WorkbookLimits.maximumRows.groupedDigits), the last a sheet can have"
                        )
                    }
                    rowNumber = max(number, rowNumber + 1)
                    column = -1
                    if isEmpty { return true }
                    inRow = true
                }
            case .end:
                if parser.nameIs("v") || parser.nameIs("t") {
                    capturing = false
                } else if parser.nameIs("c") {
                    if inRow { finishCell(column, type, style, raw) }
                } else if parser.nameIs("is") {
                    inInline = false
                } else if parser.nameIs("rPh") {
                    phonetic = max(0, phonetic - 1)
                } else if parser.nameIs("row") {
                    return true
                }
            case .text, .cdata:
                guard capturing else { continue }
                if event == .cdata {
                    raw.append(contentsOf: parser.text)
                } else {
                    try parser.appendDecoded(parser.text, to: &raw)
                }
                if raw.count > WorkbookLimits.maximumCellCharacters
                    && WorkbookLimits.characters(in: raw) > WorkbookLimits.maximumCellCharacters
                {
                    throw ZipArchive.Failure(
                        "not a workbook Tally reads: \(parser.part) row \(rowNumber.groupedDigits) has a cell longer than the \(WorkbookLimits.maximumCellCharacters.groupedDigits) characters a cell can hold"
                    )
                }
            }
        }
    }

    /// How a cell's value is written.
    private enum CellType {
        case number, sharedString, inlineString, boolean, error, formulaString, isoDate

        init(_ attribute: UnsafeRawBufferPointer?) {
            guard let attribute, attribute.count > 0 else {
                self = .number
                return
            }
            // Told apart by their first byte and length, without making a string per cell.
            switch (attribute[0], attribute.count) {
            case (UInt8(ascii: "s"), 1): self = .sharedString
            case (UInt8(ascii: "i"), 9): self = .inlineString
            case (UInt8(ascii: "b"), 1): self = .boolean
            case (UInt8(ascii: "e"), 1): self = .error
            case (UInt8(ascii: "s"), 3): self = .formulaString
            case (UInt8(ascii: "d"), 1): self = .isoDate
            default: self = .number
            }
        }
    }

    /// Adds a cell's value, as the spreadsheet shows it, to the row.
    private func finishCell(_ column: Int, _ type: CellType, _ style: Int, _ raw: [UInt8]) {
        guard column >= 0 && !raw.isEmpty else { return }
        let start = values.count
        switch type {
        case .sharedString:
            if let index = SheetReader.number(raw),
                workbook.sharedStrings.withString(index, { values.append(contentsOf: $0) }) != nil
            {
            } else {
                // A number past the table: shown as written, so the record says what is wrong.
                values.append(
                    contentsOf: "#shared string \(String(decoding: raw, as: UTF8.self))?".utf8)
            }
        case .boolean:
            values.append(contentsOf: (raw == [UInt8(ascii: "1")] ? "TRUE" : "FALSE").utf8)
        case .isoDate:
            // `2024-12-25T00:00:00`: the day.
            values.append(contentsOf: raw.prefix(10))
        case .number:
            if style < workbook.dateStyles.count && workbook.dateStyles[style],
                let day = ExcelDate.day(serial: raw, uses1904Dates: workbook.uses1904Dates)
            {
                values.append(contentsOf: day.utf8)
            } else {
                values.append(contentsOf: raw)
            }
        case .inlineString, .error, .formulaString:
            values.append(contentsOf: raw)
        }
        cells.append((column, start..<values.count))
    }

    /// The 0-based column of a cell reference (`C12` is 2); `nil` when it has no letters.
    static func column(of reference: UnsafeRawBufferPointer) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference {
            let upper = byte & 0xDF
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? column - 1 : nil
    }

    /// A whole number written in decimal digits; `nil` for anything else.
    static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty && bytes.count <= 12 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }
}

/// Excel's serial dates: days counted from the end of 1899 (with 1900 taken for a leap year,
/// as Lotus 1-2-3 did), or from 1904 in workbooks made on old Macs.
enum ExcelDate {
    /// The day of a serial date as `YYYY-MM-DD`, the time of day left out; `nil` for a value
    /// that is no serial date (not a number, before the first day, past 9999).
    static func day(serial: [UInt8], uses1904Dates: Bool) -> String? {
        guard let value = Double(String(decoding: serial, as: UTF8.self)), value >= 0,
            value < 2_958_466
        else { return nil }
        let days = Int(value.rounded(.down))
        if uses1904Dates {
            return CivilDate(dayNumber: CivilDate.dayNumber(year: 1904, month: 1, day: 1) + days)
                .isoString
        }
        guard days >= 1 else { return nil }
        // Serial 60 is 29 February 1900, a day that never was: shown so, and refused as a date.
        if days == 60 { return "1900-02-29" }
        let epoch = CivilDate.dayNumber(year: 1899, month: 12, day: days < 60 ? 31 : 30)
        return CivilDate(dayNumber: epoch + days).isoString
    }
}
