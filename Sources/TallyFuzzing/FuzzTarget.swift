import TallyCore
import TallyExtract

/// What the fuzzers drive: each target takes any bytes and must return without crashing or
/// hanging, with its invariants intact; a broken invariant is thrown as a ``BrokenInvariant``.
///
/// Shared by `tally-fuzz` (libFuzzer's entry point, which stops the process on a broken invariant
/// so that libFuzzer keeps the input, or a replayer of saved inputs) and the test that replays the
/// committed seeds and the inputs that once failed (`Fuzz/`), which records it as a failure.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// The CSV reader and the record rules: `read = accepted + rejected`, every rejection
    /// reported once, and a read in chunks on threads equal to one pass.
    case csv
    /// The JSON Lines reader, with the same balance.
    case jsonl
    /// The ACLED and UCDP GED recognisers and translators: the bytes after a real export's header.
    case layouts
    /// The period and range parser of `--from`, `--to` and `compare`.
    case period
    /// The article extractor, on the bytes as an article's text.
    case article
    /// The web document reader: kind by content, saved pages, RSS and Atom feeds, character
    /// sets; every article it returns has text, and the extractor takes it.
    case web
    /// The `.xlsx` reader: bytes that start as a ZIP archive (`PK`) read as a workbook file,
    /// any others as the XML of a sheet packed in a workbook (``FuzzWorkbook``). The balance of
    /// the CSV target, no crash or hang on hostile bytes, and the sheet reader's two ways of
    /// reading a tag (straight from the window, or through the parser's events) finding the
    /// same rows.
    case workbook

    /// Runs the target on one input.
    ///
    /// - Throws: the first invariant the input breaks.
    package func run(_ bytes: UnsafeRawBufferPointer) throws(BrokenInvariant) {
        switch self {
        case .csv: try FuzzTarget.read(bytes, as: "csv.csv", alsoInChunks: true)
        case .jsonl: try FuzzTarget.read(bytes, as: "jsonl.jsonl", alsoInChunks: false)
        case .layouts:
            // The first byte picks the layout; the rest follows its header.
            let header =
                bytes.first.map { $0 & 1 == 0 } ?? true
                ? "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,source,notes,fatalities\n"
                : "id,date_start,date_end,date_prec,type_of_violence,country,adm_1,where_description,side_a,side_b,source_office,source_headline,best,low,high,deaths_a,deaths_b,deaths_civilians,deaths_unknown\n"
            let joined = Array(header.utf8) + bytes.dropFirst()
            try joined.withUnsafeBytes { joined in
                Result { () throws(BrokenInvariant) in
                    try FuzzTarget.read(joined, as: "layouts.csv", alsoInChunks: false)
                }
            }.get()
        case .period:
            let text = String(decoding: bytes, as: UTF8.self)
            if let range = try? PeriodRange(parsing: text) {
                _ = range.description
                _ = range.dayCount
            }
            if let period = try? Period(parsing: text) {
                try FuzzTarget.check(
                    (try? Period(parsing: period.description)) == period,
                    "the period \(period) written back reads as itself")
            }
        case .web: try FuzzTarget.readWeb(bytes)
        case .workbook: try FuzzTarget.readWorkbook(bytes)
        case .article:
            let options = Extraction.Options(published: CivilDate(year: 2024, month: 12, day: 25))
            let records =
                (try? Extraction.records(
                    fromArticle: String(decoding: bytes, as: UTF8.self), name: "fuzz",
                    options: options)) ?? []
            for record in records {
                try FuzzTarget.check(
                    record.count >= 1 && record.fatalities.total >= 0,
                    "an extracted record has a count of at least 1 and no negative toll: \(record)")
            }
        }
    }

    /// Reads the bytes as a workbook, or as a sheet's XML in one.
    private static func readWorkbook(_ bytes: UnsafeRawBufferPointer) throws(BrokenInvariant) {
        let file =
            bytes.starts(with: [0x50, 0x4B])
            ? Array(bytes) : FuzzWorkbook.package(sheet: Array(bytes))
        let direct = SheetProbe.rows(ofWorkbook: file, readingCommonTagsDirectly: true)
        let evented = SheetProbe.rows(ofWorkbook: file, readingCommonTagsDirectly: false)
        try FuzzTarget.check(
            direct == evented,
            "the common tags read straight from the window give the rows the parser's events do:\n"
                + direct + "--- through the events:\n" + evented)
        try file.withUnsafeBytes { file in
            Result { () throws(BrokenInvariant) in
                try FuzzTarget.read(file, as: "workbook.xlsx", alsoInChunks: false)
            }
        }.get()
    }

    /// Reads the bytes as a web document; what comes out must be extractable.
    private static func readWeb(_ bytes: UnsafeRawBufferPointer) throws(BrokenInvariant) {
        let data = [UInt8](bytes)
        guard let articles = try? WebDocument.articles(in: data, name: "fuzz") else { return }
        try FuzzTarget.check((try? WebDocument.kind(of: data)) != nil, "a document read has a kind")
        for article in articles {
            let options = Extraction.Options(
                published: article.published ?? CivilDate(year: 2024, month: 12, day: 25))
            _ = try? Extraction.records(fromArticle: article.text, name: "fuzz", options: options)
        }
    }

    /// Reads the bytes as a file called `name` would be read, checks the accounting, and compares
    /// a read in chunks.
    private static func read(
        _ bytes: UnsafeRawBufferPointer, as name: String, alsoInChunks: Bool
    ) throws(BrokenInvariant) {
        let input = RecordInput(bytes: bytes, name: name)
        let single = try outcome(input, threads: 1)
        if alsoInChunks {
            let chunked = try outcome(input, threads: 3)
            try FuzzTarget.check(chunked == single, "a read in chunks on threads equals one pass")
        }
    }

    /// The table, accounting and rejections of a read, or its input error.
    private static func outcome(
        _ input: RecordInput, threads: Int
    ) throws(BrokenInvariant) -> String {
        final class Rejections: @unchecked Sendable { var all: [Rejection] = [] }
        let rejections = Rejections()
        var options = ReadOptions(
            currentYear: 2026, onRejection: { rejections.all.append($0) }, threads: threads)
        options.minimumParallelBytes = 0
        let request = AggregationRequest(dimensions: [.month, .region])
        let result: AggregationResult
        do {
            result = try Aggregation.run(request, from: input, options: options)
        } catch {
            return "\(error)\(rejections.all)"
        }
        let accounting = result.accounting
        try FuzzTarget.check(
            accounting.read == accounting.accepted + accounting.rejected,
            "read = accepted + rejected (\(threads) threads): \(accounting)")
        try FuzzTarget.check(
            rejections.all.count == accounting.rejected,
            "every rejection reported once (\(threads) threads): \(rejections.all.count) reported,"
                + " \(accounting.rejected) counted")
        try FuzzTarget.check(
            result.table.totals.records == accounting.accepted,
            "the table counts every accepted record (\(threads) threads)")
        return "\(result.table)\(accounting)\(rejections.all)"
    }

    /// Throws `invariant` as broken unless `holds`.
    package static func check(
        _ holds: Bool, _ invariant: @autoclosure () -> String
    ) throws(BrokenInvariant) {
        if !holds { throw BrokenInvariant(invariant()) }
    }
}
