import TallyCore
import TallyFuzzing
import Testing

/// The sheet reader reads the tags every cell repeats straight from the inflated bytes, and
/// whole cells written plainly in one step; anything else goes through the XML parser's
/// events. Both must find the same rows: the workbook fuzz target compares them (and reads the
/// workbook through the record rules), here on sheets written as spreadsheet programs write
/// them, with every quirk the direct reading leaves to the parser.
struct SheetReaderTests {
    /// A cell of each form, for column `column` of row `row`; `random` picks its text.
    static func cell(
        _ form: Int, column: String, row: Int, random: inout SplitMix64
    ) -> String {
        let words = [
            "", "Khatlon", "Хатлон", "armed_clash", "a, b", "25.12.2025", "x",
            "Infiltration near the border post; 4 killed, 1 of them not attributed",
            "https://example.org/ozodi/2021-01-01/1", "quote \" inside",
        ]
        let text = words[Int(random.next() % UInt64(words.count))]
        let reference = "\(column)\(row)"
        switch form {
        case 0: return #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
        case 1: return #"<c r="\#(reference)" s="1"><v>\#(45_000 + random.next() % 900)</v></c>"#
        case 2: return #"<c r="\#(reference)" t="s"><v>\#(random.next() % 10)</v></c>"#
        case 3: return #"<c r="\#(reference)"><v>\#(random.next() % 1_000)</v></c>"#
        case 4: return #"<c r="\#(reference)" s="1" t="s"><v>5</v></c>"#
        case 5: return #"<c r="\#(reference)" t="b"><v>\#(random.next() % 2)</v></c>"#
        case 6: return #"<c r="\#(reference)" t="str"><f>A1&amp;"x"</f><v>\#(text)</v></c>"#
        case 7:
            return
                #"<c r="\#(reference)" t="inlineStr"><is><t xml:space="preserve"> \#(text) </t></is></c>"#
        case 8: return #"<c r="\#(reference)" t="inlineStr"><is><t>a &amp; b &#x41;</t></is></c>"#
        case 9: return #"<c r="\#(reference)" s="123456789012345"><v>1</v></c>"#
        case 10: return #"<c r="ABCD\#(row)"><v>4</v></c>"#
        case 11: return #"<c t="s"><v>1</v></c>"#
        case 12: return #"<c r="\#(reference)" s=""><v>7</v></c>"#
        case 13: return #"<c r="\#(reference)" s="1"/>"#
        case 14: return #"<c r="\#(reference)" t="e"><v>#N/A</v></c>"#
        case 15: return #"<c r="\#(reference)" t="d"><v>2024-12-25T00:00:00</v></c>"#
        case 16: return #"<c r="\#(reference)" cm="1"><v>2</v></c>"#
        case 17: return #"<c r='\#(reference)' t='s'><v>2</v></c>"#
        case 18:
            return
                #"<c r="\#(reference)" t="inlineStr"><is><r><t>Taj</t></r><r><t>ik</t></r></is></c>"#
        case 19:
            return
                #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t><rPh><t>ホ</t></rPh></is></c>"#
        case 20: return #"<c r="\#(reference)"  s="1"><v>45651.5</v></c>"#
        case 21: return #"<c r="\#(reference)" t="s"><v>99</v></c>"#
        case 22:
            return #"<c r="\#(reference)" t="inlineStr"><is><t><![CDATA[attack]]></t></is></c>"#
        case 23: return #"<c r="\#(reference)" t="n"><v></v></c>"#
        case 24: return #"<c r="\#(reference)"><!-- a comment --><v>3</v></c>"#
        default: return #"<x:c r="\#(reference)" t="s"><x:v>3</x:v></x:c>"#
        }
    }

    /// A row's start tag of each form.
    static func rowStart(_ form: Int, row: Int) -> String {
        switch form {
        case 0: return #"<row r="\#(row)" spans="1:20" x14ac:dyDescent="0.25">"#
        case 1: return "<row>"
        case 2: return #"<row r="\#(row)" ht="15" customHeight="1">"#
        case 3: return "<row r=\"\(row)\"\n>"
        case 4: return #"<row r='\#(row)'>"#
        case 5: return #"<row r="\#(row)"spans="1:3">"#
        default: return #"<row r="\#(row)">"#
        }
    }

    /// A sheet of `rows` rows, most written plainly, one in `quirks` of cells and rows in
    /// another form.
    static func sheet(rows: Int, quirks: UInt64, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        xml +=
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>"#
        let columns = ["A", "B", "C", "D", "E", "F", "G", "H", "Z", "AB", "XFD"]
        var row = 2
        for _ in 0..<rows {
            row += Int(random.next() % 8 == 0 ? 2 : 1)
            if random.next() % 40 == 0 {
                xml += #"<row r="\#(row)"/>"#
                continue
            }
            let rowForm = random.next() % quirks == 0 ? Int(random.next() % 6) : 6
            xml += rowStart(rowForm, row: row)
            for column in columns.prefix(1 + Int(random.next() % UInt64(columns.count))) {
                let form =
                    random.next() % quirks == 0
                    ? 4 + Int(random.next() % 22) : Int(random.next() % 4)
                xml += cell(form, column: column, row: row, random: &random)
            }
            xml += random.next() % quirks == 0 ? "</row >" : "</row>"
        }
        xml += "</sheetData></worksheet>"
        return Array(xml.utf8)
    }

    @Test(arguments: [(UInt64(3), UInt64(1)), (7, 2), (11, 5)])
    func `sheets over several windows read alike straight from the window and through the events`(
        quirks: UInt64, seed: UInt64
    ) throws {
        // About 3 MB: the part is read in 1 MB windows, so cells and rows are cut at their ends.
        let sheet = SheetReaderTests.sheet(rows: 12_000, quirks: quirks, seed: seed)
        #expect(sheet.count > 2 << 20)
        try sheet.withUnsafeBytes { try FuzzTarget.workbook.run($0) }
    }

    @Test func `a sheet changed a byte at a time reads alike both ways`() throws {
        let sheet = SheetReaderTests.sheet(rows: 12, quirks: 4, seed: 9)
        let replacements = Array(#"<>"'/= &;:x1"#.utf8) + [0x0A]
        var random = SplitMix64(seed: 17)
        for _ in 0..<600 {
            var changed = sheet
            let at = Int(random.next() % UInt64(sheet.count))
            switch random.next() % 3 {
            case 0: changed.remove(at: at)
            case 1:
                changed.insert(
                    replacements[Int(random.next() % UInt64(replacements.count))], at: at)
            default: changed[at] = replacements[Int(random.next() % UInt64(replacements.count))]
            }
            try changed.withUnsafeBytes { try FuzzTarget.workbook.run($0) }
        }
    }
}
