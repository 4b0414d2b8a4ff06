import Foundation
import TallyTestSupport
import Testing

@testable import TallyCore

/// Records come from any source (files, standard input, bytes in memory, records a program holds)
/// and are counted by the same rules: what a source gives is what a file of the same records gives.
struct RecordSourceTests {
    static var options: ReadOptions { ReadOptions(currentYear: 2026) }
    static let request = AggregationRequest(dimensions: [.month, .region])

    /// Generated records, with dates known to the day, week, month or year, and notes with commas,
    /// quotes and line breaks.
    static let records = Array(
        SyntheticRecords(
            count: 2_000, seed: 11,
            range: try! PeriodRange(parsing: "2023..2025")))

    /// The same records written to a canonical CSV file.
    static let file = Fixtures.file(Fixtures.csv(records: records))

    @Test func `an in-memory array of records aggregates to the table a file of them gives`() throws
    {
        let fromMemory = try Aggregation.run(
            Self.request, from: Self.records, options: Self.options)
        let fromFile = try Aggregation.run(
            Self.request, from: InputSet.resolve([Self.file]), options: Self.options)
        #expect(fromMemory.table == fromFile.table)
        #expect(
            fromMemory.notes
                == fromFile.notes.map { $0.naming(input: Self.file, as: "records") })
        #expect(fromMemory.accounting.read == Self.records.count)
        #expect(fromMemory.accounting.accepted == Self.records.count)
        #expect(fromMemory.accounting.inputs.map(\.path) == ["records"])
    }

    @Test func `a lazy sequence of records is read as it comes, named as the program names it`()
        throws
    {
        let generated = RecordSequence(
            SyntheticRecords(count: 2_000, seed: 11, range: try PeriodRange(parsing: "2023..2025")),
            name: "generator")
        let result = try Aggregation.run(Self.request, from: generated, options: Self.options)
        let collected = try Aggregation.run(Self.request, from: Self.records, options: Self.options)
        #expect(result.table == collected.table)
        #expect(result.accounting.inputs.map(\.path) == ["generator"])
    }

    @Test func `records listed from memory are those a file of them lists`() throws {
        let fromMemory = try RecordListing.records(from: Self.records, options: Self.options)
        let fromFile = try RecordListing.records(
            from: InputSet.resolve([Self.file]), options: Self.options)
        #expect(fromMemory.records.count == Self.records.count)
        #expect(fromMemory.records == fromFile.records)
    }

    @Test func `bytes with a bad row give a rejection naming the source and the line`() throws {
        let bytes = Data(
            """
            id,date,country,region,category,type,fatalities
            a,2024-12-01,Tajikistan,Khatlon,incident,armed_clash,2
            b,2024-12-02,Tajikistan,Khatlon,incident,attack,-3

            """.utf8)
        let collected = Collected()
        var options = Self.options
        options.onRejection = { collected.rejections.append($0) }
        let result = try Aggregation.run(
            Self.request, from: RecordInput(bytes: bytes, name: "upload.csv"), options: options)
        #expect(result.accounting.read == 2 && result.accounting.rejected == 1)
        #expect(
            collected.rejections.map(\.description) == [
                "upload.csv:3: fatalities \"-3\" is negative"
            ])
        #expect(result.accounting.firstRejection?.file == "upload.csv")
    }

    @Test func `a record in memory that breaks a rule is rejected with its place in the sequence`()
        throws
    {
        var broken = Self.records[2]
        broken.count = 0
        broken.id = ""
        let source = RecordSequence([Self.records[0], Self.records[1], broken], name: "held")
        let result = try Aggregation.run(Self.request, from: source, options: Self.options)
        #expect(result.accounting.accepted == 2 && result.accounting.rejected == 1)
        let rejection = try #require(result.accounting.firstRejection)
        #expect(rejection.file == "held" && rejection.line == 3)
        #expect(rejection.description.hasPrefix("held:3: count \"0\""))
    }

    @Test(arguments: [("upload.jsonl", nil), ("upload", nil), ("upload", InputFormat.jsonLines)])
    func `JSON Lines bytes are recognised by their name, their content or the format given`(
        name: String, format: InputFormat?
    ) throws {
        let bytes = Array(Self.records.prefix(50).map(\.jsonLine).joined().utf8)
        let result = try Aggregation.run(
            Self.request, from: RecordInput(bytes: bytes, name: name, format: format),
            options: Self.options)
        #expect(result.accounting.accepted == 50)
        #expect(result.accounting.inputs.first?.format == .jsonLines)
    }

    @Test func `bytes in memory read in chunks on threads give what one pass gives`() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.file))
        let input = RecordInput(bytes: bytes, name: "memory.csv")
        var options = Self.options
        let one = try Aggregation.run(Self.request, from: input, options: options)
        options.threads = 3
        options.minimumParallelBytes = 0
        let three = try Aggregation.run(Self.request, from: input, options: options)
        #expect(three.table == one.table)
        #expect(three.accounting == one.accounting)
    }

    @Test func `comparison and the monthly report work over records in memory`() throws {
        let request = ComparisonRequest(
            base: try PeriodRange(parsing: "2024"), current: try PeriodRange(parsing: "2025"),
            dimensions: [.region])
        let fromMemory = try Comparing.run(request, from: Self.records, options: Self.options)
        let fromFile = try Comparing.run(
            request, from: InputSet.resolve([Self.file]), options: Self.options)
        #expect(fromMemory.totals == fromFile.totals)
        #expect(fromMemory.groups == fromFile.groups)

        let month = try Period(parsing: "2025-06")
        let report = try MonthlyReporting.run(
            month: month, from: Self.records, options: Self.options)
        let reportFromFile = try MonthlyReporting.run(
            month: month, from: InputSet.resolve([Self.file]), options: Self.options)
        #expect(report.records == reportFromFile.records)
        #expect(report.regions == reportFromFile.regions)
    }

    @Test func `validation reads bytes in memory and names them in its rejections`() throws {
        let bytes = Array(
            Fixtures.csv([Fixtures.incident(), Fixtures.incident([.count: "x"])]).utf8)
        let result = try Validation.run(
            from: RecordInput(bytes: bytes, name: "pasted"), options: Self.options)
        #expect(!result.isValid)
        #expect(result.accounting.firstRejection?.description.hasPrefix("pasted:3:") == true)
    }

    @Test func `comparing by a time dimension throws instead of trapping`() {
        let request = ComparisonRequest(
            base: try! PeriodRange(parsing: "2024"), current: try! PeriodRange(parsing: "2025"),
            dimensions: [.month])
        #expect(throws: ComparisonError.groupedByTime(.month)) {
            try Comparing.run(request, from: Self.records)
        }
    }

    @Test func `records in memory taken out of their stream are refused, not read as a file`() {
        let orphan = RecordStream(records: Self.records, name: "records").input
        #expect(throws: InputError.self) {
            try Aggregation.run(Self.request, from: orphan, options: Self.options)
        }
    }

    @Test func `a source that cannot be found is thrown before anything is read`() {
        #expect(throws: InputError.self) {
            try Validation.run(from: InputPathsThatDoNotExist(), options: Self.options)
        }
    }

    /// A source whose paths are resolved when it is read.
    struct InputPathsThatDoNotExist: RecordSource {
        func recordStreams() throws(InputError) -> [RecordStream] {
            try InputSet.resolve(["/nonexistent/tally/records.csv"]).recordStreams()
        }
    }
}
