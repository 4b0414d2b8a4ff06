/// Reads a worksheet a row at a time as its XML is inflated: each cell's column and its value
/// as text, resolved as a spreadsheet shows it (a shared string's text, a formula's cached
/// value, a date cell's day as `YYYY-MM-DD`, `TRUE`/`FALSE`).
///
/// Memory is the parser's buffer and the current row's values, whatever the sheet's size.
final class SheetReader {
    private let parser: XMLPullParser
    /// The row last read: its number (1-based, as the sheet numbers it) and its cells, in the
    /// order written, each a column (0-based) and a range of `values`.
    ///
    /// No exclusivity checks at run time: they cost a tenth of a sheet's read, and the reader
    /// is used by one thread and never re-entered.
    @exclusivity(unchecked) private(set) var rowNumber = 0
    var cells: UnsafeBufferPointer<CellList.Cell> {
        @inline(__always) get { cellList.all }
    }
    private let cellList = CellList()
    let values = CellValues()
    /// References decoded, for text that has them.
    @exclusivity(unchecked) private var decoded: [UInt8] = []
    /// The last date serial turned into a day, and the day: rows often share their date.
    @exclusivity(unchecked) private var lastSerial = -1
    /// The day as written (`YYYY-MM-DD`, ten bytes), in two words.
    @exclusivity(unchecked) private var lastDay: (UInt64, UInt16) = (0, 0)
    /// Whether the row last read has no value but spaces.
    @exclusivity(unchecked) private(set) var isEmptyRow = true
    /// The end of the last cell's value in `values`.
    @exclusivity(unchecked) private var committed = 0
    /// Row elements read, to stop a sheet with more than a sheet can have.
    @exclusivity(unchecked) private var rowsRead = 0

    /// Whether the tags every cell repeats are read straight from the parser's window (see
    /// ``nextRow()``); `false` reads every tag through the parser's events, which the fuzzer
    /// compares with.
    private let readsCommonTagsDirectly: Bool
    private let names = Names()
    private let tags = Tags()
    /// What of the workbook a cell may need: which styles show dates, its date system, its
    /// shared strings (held here, not read through the workbook at every cell).
    private let dateStyles: [Bool]
    private let uses1904Dates: Bool
    private let sharedStrings: SharedStrings

    init(parser: XMLPullParser, workbook: Workbook, readsCommonTagsDirectly: Bool = true) {
        self.parser = parser
        self.readsCommonTagsDirectly = readsCommonTagsDirectly
        dateStyles = workbook.dateStyles
        uses1904Dates = workbook.uses1904Dates
        sharedStrings = workbook.sharedStrings
    }

    /// Exchanges the reader's values and cells with `values` and `cells`: so that rows read
    /// with ``appendRow()`` land straight in a batch's memory (``SheetRowsAhead``), not copied.
    func exchangeStorage(_ values: CellValues, _ cells: CellList) {
        self.values.exchangeBytes(with: values)
        cellList.exchangeCells(with: cells)
    }

    /// The value of the cell in `column` of the row last read, if it has one.
    func value(inColumn column: Int) -> UnsafeRawBufferPointer? {
        cells.first { $0.column == column }.map {
            UnsafeRawBufferPointer(rebasing: values.bytes[$0.range])
        }
    }

    /// The bytes inflated so far: how far into the sheet the reader is.
    var bytesInflated: Int { parser.bytesInflated }

    /// The names the reader tells apart, as ``XMLPullParser/key(_:)`` packs them. Held by the
    /// reader rather than as statics, which are checked for their first use at every use.
    private struct Names {
        let row = XMLPullParser.key("row")
        let cell = XMLPullParser.key("c")
        let value = XMLPullParser.key("v")
        let inline = XMLPullParser.key("is")
        let text = XMLPullParser.key("t")
        let phonetic = XMLPullParser.key("rPh")
        let reference = XMLPullParser.key("r")
        let type = XMLPullParser.key("t")
        let style = XMLPullParser.key("s")
    }

    /// Where the reader is in a row: the cell being read and what its text is.
    private struct Place {
        var inRow = false
        var column = -1
        var type = CellType.number
        var style = 0
        /// Whether text read now is the cell's value (in `<v>`, or `<t>` of an inline string).
        var capturing = false
        var inInline = false
        /// Depth inside a phonetic run (`rPh`), whose text is a reading aid, not the value.
        var phonetic = 0
        /// Where the cell being read starts in `values`: its text lands there as it comes.
        /// Before the row's first cell, where the row starts (stray text is dropped back to it).
        var start: Int
    }

    /// The tags a sheet repeats in every cell, as the first bytes of the tag read little-endian.
    private struct Tags {
        let endCell = Tags.word("</c>")
        let endValue = Tags.word("</v>")
        let endText = Tags.word("</t>")
        let inline = Tags.word("<is>")
        let endInline = Tags.word("</is")
        let value = Tags.word("<v>")
        let text = Tags.word("<t>")
        let cell = Tags.word("<c ")
        let row = Tags.word("<row")
        let rowNumber = Tags.word(#" r=""#)
        /// `</row>`, in the low six bytes of a word.
        let endRow = Tags.long("</row>")
        /// `<is><t>`, in the low seven bytes of a word.
        let inlineText = Tags.long("<is><t>")
        /// What ends a plain value: `</v></c>`; `</t></is></c>` as its first eight bytes and
        /// its last eight.
        let valueEnd = Tags.long("</v></c>")
        /// `inlineSt`, the first eight bytes of `inlineStr`.
        let inlineStr = Tags.long("inlineSt")
        let inlineEnd = (Tags.long("</t></is"), Tags.long("/is></c>"))

        static func long(_ tag: StaticString) -> UInt64 {
            var word: UInt64 = 0
            for index in 0..<tag.utf8CodeUnitCount {
                word |= UInt64(tag.utf8Start[index]) << (8 * UInt64(index))
            }
            return word
        }

        static func word(_ tag: StaticString) -> UInt32 {
            var word: UInt32 = 0
            for index in 0..<tag.utf8CodeUnitCount {
                word |= UInt32(tag.utf8Start[index]) << (8 * UInt32(index))
            }
            return word
        }
    }

    /// Reads the next row; `false` after the last.
    func nextRow() throws(ZipArchive.Failure) -> Bool {
        cellList.removeAll()
        values.truncate(to: 0)
        return try appendRow()
    }

    /// Reads the next row after the rows held: its values after theirs in ``values``, its
    /// cells after theirs in ``cells``; `false` after the last.
    ///
    /// The tags every cell repeats, written the way every spreadsheet program writes them
    /// (`<row r="2">`, `<c r="B2" t="s">`, `<v>`, `</c>`, text without references), are read
    /// straight from the parser's window, and a cell's value written plainly
    /// (`<v>TEXT</v></c>`, `<is><t>TEXT</t></is></c>`) in one step; anything else (a prefix,
    /// other spacing, a reference, a comment, a token cut by the window's end) goes through
    /// the parser's events. Both read a tag alike.
    func appendRow() throws(ZipArchive.Failure) -> Bool {
        committed = values.count
        isEmptyRow = true
        var place = Place(start: committed)
        let (endCell, endValue, endText, inlineTag, endInline, valueTag, textTag, cellStart) = (
            tags.endCell, tags.endValue, tags.endText, tags.inline, tags.endInline, tags.value,
            tags.text, tags.cell
        )
        let (rowStart, endRow) = (tags.row, tags.endRow)
        while true {
            var (p, end) = parser.window
            fast: while readsCommonTagsDirectly && end - p >= 8 {
                if p.pointee == UInt8(ascii: "<") {
                    let word = UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)
                    if word & 0xFF_FFFF == cellStart && place.inRow {
                        let after = plainCells(from: p, to: end, &place)
                        if after != p {
                            p = after
                        } else if let after = cellTag(from: p + 2, to: end, &place) {
                            p = after
                        } else {
                            break fast
                        }
                    } else if p[1] == UInt8(ascii: "/") {
                        if word == endCell {
                            p += 4
                            endCellTag(&place)
                        } else if word == endValue || word == endText {
                            p += 4
                            place.capturing = false
                        } else if word == endInline && p[4] == UInt8(ascii: ">") {
                            p += 5
                            place.inInline = false
                        } else if UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
                            & 0xFFFF_FFFF_FFFF == endRow
                        {
                            parser.consume(upTo: p + 6)
                            return true
                        } else {
                            break fast
                        }
                    } else if word & 0xFF_FFFF == valueTag {
                        p += 3
                        place.capturing = !place.inInline
                    } else if word & 0xFF_FFFF == textTag {
                        p += 3
                        if place.inInline { place.capturing = place.phonetic == 0 }
                    } else if word == inlineTag {
                        p += 4
                        place.inInline = true
                    } else if word == rowStart,
                        let (after, isEmpty) = try rowTag(from: p + 4, to: end)
                    {
                        place.column = -1
                        if isEmpty {
                            parser.consume(upTo: after)
                            return true
                        }
                        place.inRow = true
                        p = after
                    } else {
                        break fast
                    }
                } else if place.capturing, let lt = SheetReader.textEnd(from: p, to: end) {
                    try appendText(UnsafeRawBufferPointer(start: p, count: lt - p), &place)
                    p = lt
                } else {
                    break fast
                }
            }
            parser.consume(upTo: p)
            switch try nextEvent(&place) {
            case .more: continue
            case .rowEnd: return true
            case .documentEnd: return false
            }
        }
    }

    /// The cells written plainly from `start` on, one after the other (see ``plainCell``);
    /// where the first that is not starts, or `start` when none is.
    private func plainCells(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, _ place: inout Place
    ) -> UnsafePointer<UInt8> {
        var p = start
        let cellStart = UInt64(tags.cell)
        while end - p >= 8
            && UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) & 0xFF_FFFF == cellStart,
            let after = plainCell(from: p, to: end, &place)
        {
            p = after
        }
        return p
    }

    /// A whole cell written plainly, from its `<c` at `start` to the end of its `</c>`: a
    /// start tag of one-letter attributes (`<c r="B2" s="3" t="s">`), then `<v>TEXT</v></c>`
    /// or `<is><t>TEXT</t></is></c>`, TEXT without references, all in the window. Read in one
    /// step, with what reading its tags one by one would leave; `nil`, having changed nothing,
    /// for anything else.
    ///
    /// Nearly every cell of a sheet is written so: this is where a sheet's read spends its
    /// time, so each attribute's value is read as it is scanned.
    @inline(__always)
    private func plainCell(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, _ place: inout Place
    ) -> UnsafePointer<UInt8>? {
        guard !place.inInline && place.phonetic == 0 else { return nil }
        var p = start + 2
        var reference: Int?
        var type = CellType.number
        var style = 0
        // Attributes: a space, a one-letter name, `="`, the value, `"`.
        while end - p >= 16
            && UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) & 0xFFFF_00FF == 0x223D_0020
            && (p[1] | 0x20) &- UInt8(ascii: "a") < 26
        {
            let letter = p[1]
            p += 4
            let value = p
            switch letter {
            case UInt8(ascii: "r"):
                // The column's letters (`C12` is 2): what ``column(of:)`` reads, as it is scanned.
                var column = 0
                var letters = 0
                while letters < 4 {
                    let upper = p.pointee & 0xDF
                    guard upper &- UInt8(ascii: "A") < 26 else { break }
                    column = column &* 26 &+ Int(upper &- UInt8(ascii: "A") &+ 1)
                    letters &+= 1
                    p += 1
                }
                reference = letters > 0 && letters < 4 ? column &- 1 : nil
            case UInt8(ascii: "s"):
                // Up to eleven digits, so that the byte after them is still among the sixteen
                // the loop has made sure of (a longer number goes the long way).
                var number = 0
                while p.pointee &- 0x30 < 10 && p - value < 11 {
                    number = number &* 10 &+ Int(p.pointee &- 0x30)
                    p += 1
                }
                guard p.pointee == UInt8(ascii: "\"") && p > value else {
                    // Not digits alone: as the long way reads it.
                    guard let close = SheetReader.find(UInt8(ascii: "\""), from: p, to: end)
                    else { return nil }
                    style =
                        SheetReader.number(
                            UnsafeRawBufferPointer(start: value, count: close - value))
                        ?? 0
                    p = close + 1
                    continue
                }
                style = number
            case UInt8(ascii: "t"):
                if UnsafeRawPointer(p).loadUnaligned(as: UInt16.self) == 0x2273 {
                    // `s"`, a shared string.
                    type = .sharedString
                    p += 1
                } else if UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) == tags.inlineStr
                    && UnsafeRawPointer(p + 8).loadUnaligned(as: UInt16.self) == 0x2272
                {
                    // `inlineStr"`.
                    type = .inlineString
                    p += 9
                } else {
                    guard let close = SheetReader.find(UInt8(ascii: "\""), from: p, to: end)
                    else { return nil }
                    type = CellType(UnsafeRawBufferPointer(start: value, count: close - value))
                    p = close
                }
            default:
                break
            }
            if p.pointee != UInt8(ascii: "\"") {
                guard let close = SheetReader.find(UInt8(ascii: "\""), from: p, to: end) else {
                    return nil
                }
                p = close
            }
            p += 1
        }
        // The start tag's end, and the value's tags.
        guard end - p >= 24 && p.pointee == UInt8(ascii: ">") else { return nil }
        let word = UnsafeRawPointer(p + 1).loadUnaligned(as: UInt64.self)
        let text: UnsafePointer<UInt8>
        let isValue: Bool
        if word & 0xFF_FFFF == UInt64(tags.value) {
            text = p + 4
            isValue = true
        } else if word & 0xFF_FFFF_FFFF_FFFF == tags.inlineText {
            text = p + 8
            isValue = false
        } else {
            return nil
        }
        // The text, then what ends the cell; room after it for the copy's two words.
        guard let lt = SheetReader.textEnd(from: text, to: end), end - lt >= 16,
            lt - text <= WorkbookLimits.maximumCellCharacters
        else { return nil }
        let closing = UnsafeRawPointer(lt).loadUnaligned(as: UInt64.self)
        let after: UnsafePointer<UInt8>
        if isValue {
            guard closing == tags.valueEnd else { return nil }
            after = lt + 8
        } else {
            guard closing == tags.inlineEnd.0,
                UnsafeRawPointer(lt + 5).loadUnaligned(as: UInt64.self) == tags.inlineEnd.1
            else { return nil }
            after = lt + 13
        }
        // What the tags one by one would do: start the cell, take its text, end it.
        place.column = reference ?? place.column + 1
        place.type = type
        place.style = style
        place.capturing = false
        if values.count > committed { values.truncate(to: committed) }
        place.start = values.count
        values.appendShort(UnsafeRawPointer(text), count: lt - text)
        finishCell(place.column, type, style, from: place.start)
        return after
    }

    /// A row's start tag after `<row`, its attributes read when written plainly (`name="value"`
    /// after a space, the row's number in `r`), the row started; the offset after it and
    /// whether the row is empty (`<row r="5"/>`), or `nil`, having read nothing, to leave it
    /// to the parser.
    private func rowTag(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>
    ) throws(ZipArchive.Failure) -> (UnsafePointer<UInt8>, isEmpty: Bool)? {
        var p = start
        var number: Int?
        // As most writers put it: ` r="2">`.
        if end - p >= 16 && UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) == tags.rowNumber {
            var q = p + 4
            var digits = 0
            // Up to ten digits, then `">`, all among the sixteen bytes made sure of.
            while q.pointee &- 0x30 < 10 && q - p < 14 {
                digits = digits &* 10 &+ Int(q.pointee &- 0x30)
                q += 1
            }
            if q - p > 4 && q - p < 15
                && UnsafeRawPointer(q).loadUnaligned(as: UInt16.self) == 0x3E22
            {
                try startRow(declaring: digits)
                return (q + 2, false)
            }
        }
        while true {
            guard end - p >= 2 else { return nil }
            let byte = p.pointee
            if byte == UInt8(ascii: ">") {
                try startRow(declaring: number)
                return (p + 1, false)
            }
            if byte == UInt8(ascii: "/") {
                guard p[1] == UInt8(ascii: ">") else { return nil }
                try startRow(declaring: number)
                return (p + 2, true)
            }
            guard byte == UInt8(ascii: " ") else { return nil }
            while p < end && p.pointee == UInt8(ascii: " ") { p += 1 }
            // A name (`r`, `spans`, `x14ac:dyDescent`), then `="`; its local name is after a colon.
            var local = p
            while p < end && SheetReader.isNameByte(p.pointee) {
                if p.pointee == UInt8(ascii: ":") { local = p + 1 }
                p += 1
            }
            guard end - p >= 2 && p.pointee == UInt8(ascii: "=") && p[1] == UInt8(ascii: "\"")
            else { return nil }
            let isReference = p - local == 1 && local.pointee == UInt8(ascii: "r")
            guard let close = SheetReader.find(UInt8(ascii: "\""), from: p + 2, to: end) else {
                return nil
            }
            if isReference {
                number = SheetReader.number(
                    UnsafeRawBufferPointer(start: p + 2, count: close - (p + 2)))
            }
            p = close + 1
        }
    }

    /// Whether a byte may be part of an attribute's name as the row reader reads it plainly.
    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// Whether an event ended the row, or the document.
    private enum Step {
        case more, rowEnd, documentEnd
    }

    /// Handles the parser's next event.
    private func nextEvent(_ place: inout Place) throws(ZipArchive.Failure) -> Step {
        let event = try parser.next()
        switch event {
        case .endOfDocument:
            return .documentEnd
        case .start(let isEmpty):
            let key = parser.nameKey
            if key == names.cell {
                guard place.inRow else { return .more }
                var reference: Int?
                var type = CellType.number
                var style = 0
                let (referenceKey, typeKey, styleKey) = (names.reference, names.type, names.style)
                parser.forEachAttribute { key, value in
                    if key == referenceKey {
                        reference = SheetReader.column(of: value)
                    } else if key == typeKey {
                        type = CellType(value)
                    } else if key == styleKey {
                        style = SheetReader.number(value) ?? 0
                    }
                }
                startCell(&place, reference: reference, type: type, style: style, isEmpty: isEmpty)
            } else if key == names.value {
                place.capturing = !isEmpty && !place.inInline
            } else if key == names.inline {
                place.inInline = !isEmpty
            } else if key == names.text {
                if place.inInline { place.capturing = !isEmpty && place.phonetic == 0 }
            } else if key == names.phonetic {
                if !isEmpty { place.phonetic += 1 }
            } else if key == names.row {
                try startRow()
                place.column = -1
                if isEmpty { return .rowEnd }
                place.inRow = true
            }
        case .end:
            let key = parser.nameKey
            if key == names.value || key == names.text {
                place.capturing = false
            } else if key == names.cell {
                endCellTag(&place)
            } else if key == names.inline {
                place.inInline = false
            } else if key == names.phonetic {
                place.phonetic = max(0, place.phonetic - 1)
            } else if key == names.row {
                return .rowEnd
            }
        case .text:
            if place.capturing { try appendText(parser.text, &place, decoding: true) }
        case .cdata:
            if place.capturing { try appendText(parser.text, &place) }
        }
        return .more
    }

    /// A cell's start tag after `<c`, its attributes read when written plainly
    /// (`name="value"`, separated by spaces); the offset after it, or `nil` to leave it to the
    /// parser.
    @inline(__always)
    private func cellTag(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, _ place: inout Place
    ) -> UnsafePointer<UInt8>? {
        var p = start
        var reference: Int?
        var type = CellType.number
        var style = 0
        let isEmpty: Bool
        while true {
            // As every writer puts it: one space, a one-letter name (`r`, `t`, `s`), `="`.
            if end - p >= 4
                && UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) & 0xFFFF_00FF
                    == 0x223D_0020
                && (p[1] | 0x20) &- UInt8(ascii: "a") < 26
            {
                let letter = p[1]
                guard let close = SheetReader.find(UInt8(ascii: "\""), from: p + 4, to: end)
                else { return nil }
                let value = UnsafeRawBufferPointer(start: p + 4, count: close - (p + 4))
                p = close + 1
                switch letter {
                case UInt8(ascii: "r"): reference = SheetReader.column(of: value)
                case UInt8(ascii: "t"): type = CellType(value)
                case UInt8(ascii: "s"): style = SheetReader.number(value) ?? 0
                default: break
                }
                continue
            }
            while p < end && p.pointee == UInt8(ascii: " ") { p += 1 }
            guard p + 1 < end else { return nil }
            let byte = p.pointee
            if byte == UInt8(ascii: ">") {
                isEmpty = false
                p += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard p[1] == UInt8(ascii: ">") else { return nil }
                isEmpty = true
                p += 2
                break
            }
            let name = p
            if p[1] == UInt8(ascii: "=") && byte | 0x20 >= UInt8(ascii: "a")
                && byte | 0x20 <= UInt8(ascii: "z")
            {
                // A one-letter name, as `r`, `s` and `t` are.
                p += 1
            } else {
                // A quote is no part of a name: the parser would take it to open a value.
                while p < end && p.pointee > 0x20 && p.pointee != UInt8(ascii: "=")
                    && p.pointee != UInt8(ascii: ":") && p.pointee != UInt8(ascii: ">")
                    && p.pointee != UInt8(ascii: "\"") && p.pointee != UInt8(ascii: "'")
                {
                    p += 1
                }
            }
            guard p + 1 < end && p.pointee == UInt8(ascii: "=") else { return nil }
            let nameLength = p - name
            let quote = p[1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            p += 2
            let valueStart = p
            guard let close = SheetReader.find(quote, from: p, to: end) else { return nil }
            p = close
            let value = UnsafeRawBufferPointer(start: valueStart, count: p - valueStart)
            p += 1
            if nameLength == 1 {
                switch name.pointee {
                case UInt8(ascii: "r"): reference = SheetReader.column(of: value)
                case UInt8(ascii: "t"): type = CellType(value)
                case UInt8(ascii: "s"): style = SheetReader.number(value) ?? 0
                default: break
                }
            }
        }
        startCell(&place, reference: reference, type: type, style: style, isEmpty: isEmpty)
        return p
    }

    /// The first `byte` at or after `start`, eight bytes at a time (values in tags are short:
    /// fewer branches than a byte loop, no call as to `memchr`); `nil` when the window ends first.
    @inline(__always)
    private static func find(
        _ byte: UInt8, from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8>? {
        var p = start
        let pattern = 0x0101_0101_0101_0101 &* UInt64(byte)
        while end - p >= 8 {
            let x = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) ^ pattern
            let found = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            if found != 0 { return p + (found.trailingZeroBitCount >> 3) }
            p += 8
        }
        while p < end {
            if p.pointee == byte { return p }
            p += 1
        }
        return nil
    }

    /// The `<` that ends text starting at `start`, eight bytes at a time; `nil` when a
    /// reference (`&`) comes first or the window ends before it.
    @inline(__always)
    private static func textEnd(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>
    ) -> UnsafePointer<UInt8>? {
        var p = start
        while end - p >= 8 {
            let word = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
            let lt = word ^ 0x3C3C_3C3C_3C3C_3C3C
            let amp = word ^ 0x2626_2626_2626_2626
            let found =
                ((lt &- 0x0101_0101_0101_0101) & ~lt | (amp &- 0x0101_0101_0101_0101) & ~amp)
                & 0x8080_8080_8080_8080
            if found != 0 {
                // The lowest flagged byte is exact (a false flag only follows a true one).
                p += found.trailingZeroBitCount >> 3
                return p.pointee == UInt8(ascii: "<") ? p : nil
            }
            p += 8
        }
        while p < end {
            if p.pointee == UInt8(ascii: "<") { return p }
            if p.pointee == UInt8(ascii: "&") { return nil }
            p += 1
        }
        return nil
    }

    @inline(__always)
    private func startCell(
        _ place: inout Place, reference: Int?, type: CellType, style: Int, isEmpty: Bool
    ) {
        place.column = reference ?? place.column + 1
        place.type = type
        place.style = style
        // Text outside any cell (a stray `<v>`) is no value.
        if values.count > committed { values.truncate(to: committed) }
        place.start = values.count
        place.capturing = false
        if isEmpty { finishCell(place.column, type, style, from: place.start) }
    }

    @inline(__always)
    private func endCellTag(_ place: inout Place) {
        if place.inRow { finishCell(place.column, place.type, place.style, from: place.start) }
        place.capturing = false
    }

    /// Adds text to the cell's value, its references decoded when `decoding`.
    @inline(__always)
    private func appendText(
        _ text: UnsafeRawBufferPointer, _ place: inout Place, decoding: Bool = false
    ) throws(ZipArchive.Failure) {
        if decoding {
            decoded.removeAll(keepingCapacity: true)
            try parser.appendDecoded(text, to: &decoded)
            decoded.withUnsafeBytes { values.append($0) }
        } else {
            values.append(text)
        }
        if values.count - place.start > WorkbookLimits.maximumCellCharacters
            && WorkbookLimits.characters(in: values.bytes(from: place.start))
                > WorkbookLimits.maximumCellCharacters
        {
            throw ZipArchive.Failure(
                "not a workbook Tally reads: \(parser.part) row \(rowNumber.groupedDigits) has a cell longer than the \(WorkbookLimits.maximumCellCharacters.groupedDigits) characters a cell can hold"
            )
        }
    }

    /// Takes the number of a row just started, from the parser's last start tag, refusing one
    /// past the last a sheet can have.
    private func startRow() throws(ZipArchive.Failure) {
        var number: Int?
        parser.forEachAttribute { key, value in
            if key == names.reference { number = SheetReader.number(value) }
        }
        try startRow(declaring: number)
    }

    /// Takes the number of a row just started (`r`, if it has one), refusing one past the last
    /// a sheet can have.
    private func startRow(declaring number: Int?) throws(ZipArchive.Failure) {
        rowsRead += 1
        let declared = number ?? (rowNumber + 1)
        guard declared <= WorkbookLimits.maximumRows, rowsRead <= WorkbookLimits.maximumRows
        else {
            throw ZipArchive.Failure(
                "not a workbook Tally reads: \(parser.part) has rows past row \(WorkbookLimits.maximumRows.groupedDigits), the last a sheet can have"
            )
        }
        rowNumber = max(declared, rowNumber + 1)
    }

    /// How a cell's value is written.
    private enum CellType {
        case number, sharedString, inlineString, boolean, error, formulaString, isoDate

        init(_ attribute: UnsafeRawBufferPointer) {
            guard attribute.count > 0 else {
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

    /// Turns the cell's text, at `start` to the end of `values`, into its value as the
    /// spreadsheet shows it, and adds the cell to the row.
    @inline(__always)
    private func finishCell(_ column: Int, _ type: CellType, _ style: Int, from start: Int) {
        // A second end tag (`</c></c>`) finds its cell finished: its bytes stay the cell's.
        guard start >= committed else { return }
        guard column >= 0 && values.count > start else {
            values.truncate(to: start)
            return
        }
        switch type {
        case .inlineString, .error, .formulaString:
            break
        case .number:
            if style < dateStyles.count && dateStyles[style] { writeDay(from: start) }
        case .sharedString:
            if let index = SheetReader.number(values.bytes(from: start)),
                index < sharedStrings.count
            {
                values.truncate(to: start)
                _ = sharedStrings.withString(index) { values.append($0) }
            } else {
                writeMissingSharedString(from: start)
            }
        case .boolean:
            let isTrue = values.count == start + 1 && values.bytes[start] == UInt8(ascii: "1")
            values.truncate(to: start)
            values.append(isTrue ? "TRUE" : "FALSE" as StaticString)
        case .isoDate:
            // `2024-12-25T00:00:00`: the day.
            values.truncate(to: min(values.count, start + 10))
        }
        if isEmptyRow && !SheetReader.isBlank(values.bytes(from: start)) { isEmptyRow = false }
        cellList.append((column, start..<values.count))
        committed = values.count
    }

    /// Turns the serial date at `start` to the end of `values` into its day (`YYYY-MM-DD`),
    /// unless it is no date. Apart from ``finishCell``, which stays small enough to inline.
    private func writeDay(from start: Int) {
        let serial = values.bytes(from: start)
        let whole = SheetReader.number(serial)
        if let whole, whole == lastSerial {
            values.truncate(to: start)
            let written = UnsafeMutableRawPointer(values.reserve(10))
            written.storeBytes(of: lastDay.0, as: UInt64.self)
            (written + 8).storeBytes(of: lastDay.1, as: UInt16.self)
            values.commit(10)
        } else if let day = ExcelDate.day(serial: serial, uses1904Dates: uses1904Dates) {
            values.truncate(to: start)
            ExcelDate.write(day, to: values)
            if let whole {
                let written = UnsafeRawPointer(values.bytes(from: start).baseAddress!)
                lastSerial = whole
                lastDay = (
                    written.loadUnaligned(as: UInt64.self),
                    written.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
                )
            }
        }
    }

    /// Writes the shared string number at `start` to the end of `values`, past the table or no
    /// number, as written: so the record says what is wrong.
    private func writeMissingSharedString(from start: Int) {
        let written = String(decoding: values.bytes(from: start), as: UTF8.self)
        values.truncate(to: start)
        values.append("#shared string \(written)?")
    }

    /// Whether a value is empty or only spaces.
    @inline(__always)
    private static func isBlank(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        value.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
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
    /// The day of a serial date, the time of day left out; `nil` for a value that is no serial
    /// date (not a number, before the first day, past 9999).
    static func day<Bytes: Collection<UInt8>>(
        serial: Bytes, uses1904Dates: Bool
    ) -> (year: Int, month: Int, day: Int)? {
        // Whole numbers, what date cells nearly always hold, without a string.
        let days: Int
        if let whole = SheetReader.number(serial) {
            guard whole < 2_958_466 else { return nil }
            days = whole
        } else {
            guard let value = Double(String(decoding: serial, as: UTF8.self)), value >= 0,
                value < 2_958_466
            else { return nil }
            days = Int(value.rounded(.down))
        }
        if uses1904Dates {
            return CivilDate(dayNumber: CivilDate.dayNumber(year: 1904, month: 1, day: 1) + days)
                .components
        }
        guard days >= 1 else { return nil }
        // Serial 60 is 29 February 1900, a day that never was: shown so, and refused as a date.
        if days == 60 { return (1900, 2, 29) }
        let epoch = CivilDate.dayNumber(year: 1899, month: 12, day: days < 60 ? 31 : 30)
        return CivilDate(dayNumber: epoch + days).components
    }

    /// Appends a day (of years 0 to 9999) as `YYYY-MM-DD`.
    static func write(_ day: (year: Int, month: Int, day: Int), to out: CellValues) {
        let p = out.reserve(10)
        let zero = UInt8(ascii: "0")
        p[0] = zero + UInt8(day.year / 1000 % 10)
        p[1] = zero + UInt8(day.year / 100 % 10)
        p[2] = zero + UInt8(day.year / 10 % 10)
        p[3] = zero + UInt8(day.year % 10)
        p[4] = UInt8(ascii: "-")
        p[5] = zero + UInt8(day.month / 10)
        p[6] = zero + UInt8(day.month % 10)
        p[7] = UInt8(ascii: "-")
        p[8] = zero + UInt8(day.day / 10)
        p[9] = zero + UInt8(day.day % 10)
        out.commit(10)
    }
}
