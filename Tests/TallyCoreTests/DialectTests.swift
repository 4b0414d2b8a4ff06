import TallyTestSupport
import Testing

@testable import TallyCore

/// Delimiters, encodings and day-first dates (issue 17).
struct DialectTests {
    @Test(arguments: [
        ("date,country;x\n1,2;3\n", CSVDelimiter.comma),
        ("date;country;category\n2024-01-01;\"a;b\";c\n", .semicolon),
        ("date\tcountry\ttype\n1\t2\t3\n", .tab),
        ("date|country|type\n1|2|3\n", .pipe),
        ("date,notes\n2024,\"one; two; three\"\n", .comma),
        ("\n\nid;date;country\n1;2;3\n", .semicolon),
        ("date\n", .comma),
    ])
    func `the delimiter is sniffed from the header and the rows that agree with it`(
        text: String, expected: CSVDelimiter
    ) {
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBytes { CSVDelimiter.sniff($0) }
        #expect(found == expected)
    }

    @Test(
        arguments: [
            ("25.12.2024", nil, "2024-12-25"),
            ("5.1.2024", nil, "2024-01-05"),
            ("25/12/2024", nil, "2024-12-25"),
            ("12/25/2024", nil, "2024-12-25"),
            ("05/05/2024", nil, "2024-05-05"),
            ("05/06/2024", DateOrder.dmy, "2024-06-05"),
            ("05/06/2024", .mdy, "2024-05-06"),
            ("2024/12/25", nil, "2024-12-25"),
        ] as [(String, DateOrder?, String)])
    func `day-first and slash dates read as the order says`(
        text: String, order: DateOrder?, expected: String
    ) throws {
        let bytes = Array(text.utf8)
        let result = bytes.withUnsafeBufferPointer { buffer in
            FieldParsing.date(buffer.span, years: 1900...2030, order: order)
        }
        let (date, precision) = try result.get()
        #expect(date.isoString == expected)
        #expect(precision == .day)
    }

    @Test(arguments: ["05/06/2024", "1/2/2024"])
    func `a slash date that reads both ways is ambiguous without an order`(text: String) {
        let bytes = Array(text.utf8)
        let result = bytes.withUnsafeBufferPointer { buffer in
            FieldParsing.date(buffer.span, years: 1900...2030)
        }
        #expect(throws: FieldProblem.ambiguousDate) { try result.get() }
        #expect(FieldProblem.ambiguousDate.description.contains("--date-order dmy"))
    }

    @Test(arguments: ["31.02.2024", "25.12.24", "2024.12.25", "25.12/2024", "1/2/3/2024"])
    func `malformed dotted and slash dates are not dates`(text: String) {
        let bytes = Array(text.utf8)
        let result = bytes.withUnsafeBufferPointer { buffer in
            FieldParsing.date(buffer.span, years: 1900...2030, order: .dmy)
        }
        #expect(throws: FieldProblem.self) { try result.get() }
    }

    @Test(arguments: [
        ("Хорог", TextEncoding.windows1251, "cp1251"),
        ("Хорог", .koi8r, "koi8-r"),
        ("Café du Nord", .windows1252, "cp1252"),
    ])
    func `bytes that are not UTF-8 are matched to the code page that wrote them`(
        text: String, expected: TextEncoding, name: String
    ) {
        let encoded = Self.encode(text, expected)
        let guess = encoded.withUnsafeBytes { TextEncoding.likelyCodePage(of: $0) }
        #expect(guess == expected, "\(name)")
    }

    /// The text in a single-byte code page, from the code pages' tables.
    private static func encode(_ text: String, _ encoding: TextEncoding) -> [UInt8] {
        let table: [Character: UInt8]
        switch encoding {
        case .windows1251: table = ["Х": 0xD5, "о": 0xEE, "р": 0xF0, "г": 0xE3]
        case .koi8r: table = ["Х": 0xE8, "о": 0xCF, "р": 0xD2, "г": 0xC7]
        default: table = ["é": 0xE9]
        }
        return text.flatMap { table[$0].map { [$0] } ?? Array(String($0).utf8) }
    }

    @Test func `UTF-16 with its byte order mark and a code page given by name read as UTF-8`() {
        let header = "date,country,category,type,location\n"
        let row = "25.12.2024,Tajikistan,incident,attack,Хорог\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in (header + row).utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let cp1251 =
            Array(header.utf8) + Array("25.12.2024,Tajikistan,incident,attack,".utf8)
            + [0xD5, 0xEE, 0xF0, 0xEE, 0xE3, 0x0A]
        for (bytes, encoding) in [(utf16, nil), (cp1251, TextEncoding.windows1251)] {
            var options = ReadOptions(currentYear: 2026)
            options.dialect.encoding = encoding
            let input = RecordInput(bytes: bytes, name: "x.csv")
            let records = (try? RecordListing.records(from: input, options: options))?.records ?? []
            #expect(records.count == 1)
            #expect(records.first?.location == "Хорог")
            #expect(records.first?.date == CivilDate(year: 2024, month: 12, day: 25))
        }
    }

    @Test(arguments: [
        ("44189", false, "2020-12-24"),
        ("44189", true, "2024-12-25"),
        ("61", false, "1900-03-01"),
        ("59", false, "1900-02-28"),
        ("60", false, "1900-02-29"),
        ("1", false, "1900-01-01"),
        ("0", true, "1904-01-01"),
        ("45000.99", false, "2023-03-15"),
        ("2958465", false, "9999-12-31"),
        ("2958466", false, ""),
        ("0", false, ""),
        ("-1", true, ""),
        ("#N/A", false, ""),
    ])
    func `Excel serial dates count from 1900 (with its phantom leap day) or from 1904`(
        serial: String, uses1904: Bool, expected: String
    ) {
        let written = CellValues()
        if let day = ExcelDate.day(serial: Array(serial.utf8), uses1904Dates: uses1904) {
            ExcelDate.write(day, to: written)
        }
        #expect(String(decoding: written.bytes, as: UTF8.self) == expected)
    }

    @Test(arguments: [
        ("dd.mm.yyyy", true), ("[$-409]d-mmm-yy", true), ("0.00", false), ("General", false),
        ("\"day\" 0", false), ("[Red]0", false), ("yyyy\\-mm\\-dd", true),
    ])
    func `number formats that show dates are told from those that do not`(
        code: String, isDate: Bool
    ) {
        #expect(Workbook.isDateFormat(code) == isDate)
    }

    @Test(arguments: [UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")])
    func
        `another delimiter splits rows exactly as a comma splits the same text with the two swapped`(
            delimiter: UInt8
        )
    {
        var random = SplitMix64(seed: UInt64(delimiter))
        let alphabet: [UInt8] = Array("a,\"\n\r b".utf8) + [delimiter, delimiter]
        for _ in 0..<2_000 {
            let length = Int(random.next() % 80)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
            let swapped = text.map {
                $0 == delimiter ? UInt8(ascii: ",") : $0 == UInt8(ascii: ",") ? delimiter : $0
            }
            var other = CSVRowScanner(delimiter: delimiter)
            var comma = CSVRowScanner()
            var p = 0
            while p < text.count {
                let a = text.withUnsafeBytes {
                    other.scan($0.baseAddress!, from: p, to: text.count, atEOF: true)
                }
                let b = swapped.withUnsafeBytes {
                    comma.scan($0.baseAddress!, from: p, to: text.count, atEOF: true)
                }
                #expect(a == b)
                #expect(other.fieldCount == comma.fieldCount)
                for i in 0..<min(other.fieldCount, 64) {
                    #expect(other.fields[i].start == comma.fields[i].start)
                    #expect(other.fields[i].end == comma.fields[i].end)
                }
                guard case .row(let next) = a, next > p else { break }
                p = next
            }
        }
    }
}
