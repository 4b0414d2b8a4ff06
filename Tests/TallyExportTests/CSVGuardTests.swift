import TallyCore
import TallyExport
import Testing

/// Spreadsheet formula injection: text cells a spreadsheet would run get a leading `'`.
struct CSVGuardTests {
    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tled", "'\tled"),
        ("\rled", "\"'\rled\""),
        ("\nled", "\"'\nled\""),
        ("=1,2", "\"'=1,2\""),
    ])
    func `text a spreadsheet would run as a formula gets a leading quote, then RFC 4180 quoting`(
        text: String, written: String
    ) {
        #expect(CSVFormat.textCell(text) == written)
    }

    @Test(arguments: ["Khatlon", "a=b", "1-2", "", "'already", "a,b", " =padded", "Хатлон"])
    func `other text is written as a plain field`(text: String) {
        #expect(CSVFormat.textCell(text) == CSVFormat.field(text))
    }

    @Test(arguments: ["=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(1)", "\tled", "\rled"])
    func `with the guard off, formula-like text is a plain field`(text: String) {
        #expect(
            CSVFormat.textCell(text, options: CSVOptions(guardsFormulas: false))
                == CSVFormat.field(text))
    }

    static let table = AggregateTable(
        dimensions: [.region], keyColumns: ["country", "region"],
        rows: [
            AggregateRow(keys: ["=cmd|' /C calc'!A0", "-Khatlon"], metrics: metrics(incidents: 3)),
            AggregateRow(keys: ["Tajikistan", "Хатлон"], metrics: metrics(incidents: 1)),
        ],
        totals: metrics(incidents: 4))

    static func metrics(incidents: Int) -> Metrics {
        var metrics = Metrics()
        metrics.records = incidents
        metrics.incidents = incidents
        return metrics
    }

    @Test func `table CSV guards key cells and leaves numbers alone`() {
        let lines = TableCSVEmitter().text(Self.table).split(separator: "\n")
        #expect(lines[1] == "'=cmd|' /C calc'!A0,'-Khatlon,3,3,0,0,0,0,0,0,0")
        #expect(lines[2] == "Tajikistan,Хатлон,1,1,0,0,0,0,0,0,0")
    }

    @Test func `table CSV with the guard off writes keys as they are`() {
        let csv = TableCSVEmitter(options: CSVOptions(guardsFormulas: false)).text(Self.table)
        #expect(csv.split(separator: "\n")[1] == "=cmd|' /C calc'!A0,-Khatlon,3,3,0,0,0,0,0,0,0")
    }

    @Test func `the byte-order mark comes first when asked for, and not otherwise`() {
        let marked = TableCSVEmitter(options: CSVOptions(writesByteOrderMark: true)).text(
            Self.table)
        #expect(Array(marked.utf8.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "c")])
        #expect(TableCSVEmitter().text(Self.table).utf8.first == UInt8(ascii: "c"))
        #expect(marked.utf8.dropFirst(3).elementsEqual(TableCSVEmitter().text(Self.table).utf8))
    }

    @Test func `canonical record files stay unguarded: they are Tally's own input`() {
        let record = Record(
            id: "r1", date: CivilDate(year: 2025, month: 12, day: 1)!, country: "Tajikistan",
            region: "=cmd", category: .incident, type: "armed_clash", notes: "-2+3")
        let row = RecordCSVWriter.row(record)
        #expect(row.contains(",=cmd,"))
        #expect(row.hasSuffix(",-2+3,\n"))
    }
}
