import Foundation
import TallyTestSupport
import Testing

@testable import TallyCore

struct RecordRulesTests {
    @Test func `a UTF-8 byte-order mark before the header is accepted`() throws {
        let path = Fixtures.file(
            [0xEF, 0xBB, 0xBF] + Array(Fixtures.csv([Fixtures.incident()]).utf8))
        let (result, rejections) = Fixtures.validate([path])
        #expect(rejections.isEmpty)
        #expect(result.accounting.accepted == 1)
    }

    @Test func `CRLF line ends are read like LF`() throws {
        let text = Fixtures.csv([Fixtures.incident(), Fixtures.incident([.id: "r2"])])
            .replacingOccurrences(of: "\n", with: "\r\n")
        let result = try Fixtures.aggregate(csv: text, AggregationRequest(dimensions: [.region]))
        #expect(result.table.summary == ["Tajikistan|Khatlon: 2 2 0 0 0 0 0 0 0"])
        #expect(result.accounting.rejected == 0)
    }

    @Test
    func `quoted fields keep commas, doubled quotes and line breaks, and line numbers stay right`()
        throws
    {
        let text = Fixtures.csv([
            Fixtures.incident([.notes: "one, two\n\"three\"\r\nfour"]),
            Fixtures.incident([.id: "r2", .count: "x"]),
        ])
        let (result, rejections) = Fixtures.validate(csv: text)
        #expect(result.accounting.read == 2)
        #expect(rejections.map(\.line) == [5])
        #expect(rejections.first?.reason == "count \"x\" is not a whole number")
    }

    @Test func `columns match by name in any order and any case, unknown ones are named once`()
        throws
    {
        let text = """
            TYPE,Country,lat,Category,date,Region,lon
            armed_clash,Tajikistan,37.1,incident,2024-12-25,Khatlon,68.2
            attack,Tajikistan,37.2,INCIDENT,2024-12-26,Khatlon,68.3

            """
        let result = try Fixtures.aggregate(csv: text, AggregationRequest(dimensions: [.type]))
        #expect(
            result.table.summary == ["armed_clash: 1 1 0 0 0 0 0 0 0", "attack: 1 1 0 0 0 0 0 0 0"])
        #expect(result.accounting.inputs.first?.unknownColumns == ["lat", "lon"])
        #expect(
            result.notes.contains {
                if case .columnsIgnored(_, .csv, ["lat", "lon"]) = $0 { true } else { false }
            })
    }

    @Test func `blank lines are not records`() throws {
        let text = Fixtures.header + "\n\n" + Fixtures.incident() + "\n\n"
        let (result, _) = Fixtures.validate(csv: text)
        #expect(result.accounting.read == 1)
        #expect(result.isValid)
    }

    @Test(arguments: [
        ("2024-02-30", "date \"2024-02-30\" is not a day of the calendar"),
        ("2024-13-01", "date \"2024-13-01\" is not a day of the calendar"),
        ("0025-05-16", "date \"0025-05-16\" has a year outside 1900 to 2027"),
        ("2028", "date \"2028\" has a year outside 1900 to 2027"),
        (
            "yesterday",
            "date \"yesterday\" is not a date (write YYYY-MM-DD, YYYY-MM, YYYY, 25.12.2024 or 25 December 2024)"
        ),
        (
            "2024_12_25",
            "date \"2024_12_25\" is not a date (write YYYY-MM-DD, YYYY-MM, YYYY, 25.12.2024 or 25 December 2024)"
        ),
    ])
    func `impossible and out-of-range dates are rejected with the value`(
        date: String, reason: String
    ) {
        let (_, rejections) = Fixtures.validate(
            csv: Fixtures.csv([Fixtures.incident([.date: date])]))
        #expect(rejections.map(\.description) == ["\(rejections.first?.file ?? ""):2: \(reason)"])
    }

    @Test(arguments: [
        ([Column.country: ""], "country is empty"),
        ([.date: ""], "date is empty"),
        ([.category: "incidents"], "category \"incidents\" is not incident, measure or other"),
        ([.type: "Armed clash"], "type \"Armed clash\" is not snake_case (such as armed_clash)"),
        ([.count: "0"], "count \"0\" is less than 1"),
        ([.count: "2.5"], "count \"2.5\" is not a whole number"),
        (
            [.fatalities: "99999999999999999999"],
            "fatalities \"99999999999999999999\" is too large (over 1,000,000,000)"
        ),
        ([.fatalities: "-3"], "fatalities \"-3\" is negative"),
        ([.fatalitiesSecurity: "two"], "fatalities_security \"two\" is not a whole number"),
        (
            [.fatalities: "5", .fatalitiesMilitants: "3", .fatalitiesSecurity: "4"],
            "fatalities by side add up to 7, more than the total 5"
        ),
        ([.datePrecision: "hour"], "date_precision \"hour\" is not day, week, month or year"),
        (
            [.date: "2024-12", .datePrecision: "day"],
            "date_precision \"day\" is finer than the date \"2024-12\" as written (it may only coarsen it)"
        ),
    ])
    func `each record rule rejects with a reason naming the column and value`(
        changes: [Column: String], reason: String
    ) {
        let text = Fixtures.csv([
            Fixtures.incident(), Fixtures.incident(changes), Fixtures.incident(),
        ])
        let (result, rejections) = Fixtures.validate(csv: text)
        #expect(rejections.count == 1)
        #expect(rejections.first?.line == 3)
        #expect(rejections.first?.reason == reason)
        #expect(result.accounting.read == 3 && result.accounting.accepted == 2)
    }

    @Test func `a row with more or fewer fields than the header is rejected with both counts`() {
        let text = Fixtures.csv([Fixtures.incident() + ",extra", "2024-12-25,Tajikistan"])
        let (_, rejections) = Fixtures.validate(csv: text)
        #expect(
            rejections.map(\.reason) == [
                "the row has 21 fields; the header has 20",
                "the row has 2 fields; the header has 20",
            ])
        #expect(rejections.map(\.line) == [2, 3])
    }

    @Test func `invalid UTF-8 in a field rejects that record and names the column`() {
        var bytes = Array(Fixtures.csv([Fixtures.incident()]).utf8)
        bytes += Array(Fixtures.incident([.region: "Khat@lon"]).utf8) + [0x0A]
        let at = bytes.lastIndex(of: UInt8(ascii: "@"))!
        bytes[at] = 0xFF
        let (result, rejections) = Fixtures.validate([Fixtures.file(bytes)])
        #expect(
            rejections.map(\.reason) == [
                "region is not valid UTF-8 (bad byte at position 5); the file looks written in windows-1252 (Latin): read it with --encoding windows-1252"
            ])
        #expect(result.accounting.accepted == 1)
    }

    @Test func `text after a closing quote rejects the record`() {
        let text =
            Fixtures.header + "\n"
            + Fixtures.incident().replacingOccurrences(of: "Khatlon", with: "\"Khat\"lon") + "\n"
        let (_, rejections) = Fixtures.validate(csv: text)
        #expect(rejections.map(\.reason) == ["region has text after its closing quote"])
    }

    @Test
    func `the breakdown fills in: an empty total is the sum, an unattributed rest is unknown`()
        throws
    {
        let text = Fixtures.csv([
            Fixtures.incident([.fatalitiesMilitants: "2", .fatalitiesCivilians: "1"]),
            Fixtures.incident([.fatalities: "10", .fatalitiesSecurity: "4"]),
            Fixtures.incident([.fatalities: "3"]),
        ])
        let result = try Fixtures.aggregate(csv: text, AggregationRequest(dimensions: [.country]))
        let metrics = try #require(result.table.rows.first).metrics
        #expect(
            metrics.fatalities == Fatalities(militants: 2, security: 4, civilians: 1, unknown: 9))
        #expect(metrics.fatalities.total == 16)
    }

    @Test(arguments: [
        ("25 December 2024", "2024-12-25"), ("5 Dec 2024", "2024-12-05"),
        ("1 sept 2023", "2023-09-01"),
        ("2024-12-25", "2024-12-25"),
    ])
    func `dates in D Month YYYY form are day-precision dates`(written: String, iso: String) throws {
        let result = try Fixtures.aggregate(
            csv: Fixtures.csv([Fixtures.incident([.date: written])]),
            AggregationRequest(dimensions: [.week]))
        let expected = Period(.week, containing: try Period(parsing: iso).start).description
        #expect(result.table.summary.first?.hasPrefix(expected) == true)
    }

    @Test func `a value of 3.0 reads as the whole number 3`() throws {
        let result = try Fixtures.aggregate(
            csv: Fixtures.csv([Fixtures.incident([.count: "3.0"])]),
            AggregationRequest(dimensions: [.country]))
        #expect(result.table.rows.first?.metrics.incidents == 3)
    }
}

struct FileErrorTests {
    @Test func `a header without a required column is an error naming the file, line and column`() {
        let path = Fixtures.file("id,date,country,type\nx,2024-01-01,Tajikistan,attack\n")
        let (result, _) = Fixtures.validate([path])
        #expect(
            result.inputErrors.map(\.description) == [
                "\(path):1: the header lacks the required column category (it has: id, date, country, type)"
            ])
        #expect(result.inputErrors.first?.kind == .invalid)
    }

    @Test(arguments: ["", "\u{FEFF}", "\n\n"])
    func `an empty file is an error`(content: String) {
        let path = Fixtures.file(content)
        let (result, _) = Fixtures.validate([path])
        #expect(result.inputErrors.first?.line == 1)
        #expect(result.inputErrors.first?.message.hasPrefix("the file is empty") == true)
    }

    @Test
    func
        `an unterminated quote is an error at the line where the quote opened, after the good records`()
    {
        let text =
            Fixtures.csv([Fixtures.incident(), Fixtures.incident()])
            + "r3,2024-01-01,,Tajikistan,\"Khatlon\nand on\nand on\n"
        let path = Fixtures.file(text)
        let (result, _) = Fixtures.validate([path])
        #expect(
            result.inputErrors.map(\.description) == [
                "\(path):4: a quoted field opened here is never closed"
            ])
        #expect(result.accounting.read == 2 && result.accounting.accepted == 2)
    }

    @Test func `a column named twice is an error`() {
        let path = Fixtures.file("date,country,category,type,DATE\n")
        let (result, _) = Fixtures.validate([path])
        #expect(result.inputErrors.first?.message == "the header names date twice (fields 1 and 5)")
    }

    @Test func `a missing path and an empty folder are missing inputs`() {
        #expect(throws: InputError.self) { try InputSet.resolve(["/nonexistent/tally.csv"]) }
        do {
            _ = try InputSet.resolve([Fixtures.folder()])
            Issue.record("an empty folder resolved")
        } catch {
            #expect(error.kind == .missing)
            #expect(error.message == "the folder holds no .csv, .tsv, .jsonl or .xlsx files")
        }
    }

    @Test func `a folder is read as its records files in name order`() throws {
        let folder = Fixtures.folder()
        try Fixtures.csv([Fixtures.incident()]).write(
            toFile: folder + "/b.csv", atomically: true, encoding: .utf8)
        try
            "{\"date\":\"2024-01-02\",\"country\":\"Tajikistan\",\"category\":\"measure\",\"type\":\"exercise\"}\n"
            .write(toFile: folder + "/a.jsonl", atomically: true, encoding: .utf8)
        try "not records".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        let inputs = try InputSet.resolve([folder])
        #expect(
            inputs.inputs.map { ($0.path as NSString).lastPathComponent } == ["a.jsonl", "b.csv"])
    }
}
