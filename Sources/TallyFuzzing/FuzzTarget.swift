import TallyCore
import TallyExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the fuzzers drive: each target takes any bytes and must return without crashing or
/// hanging, with its invariants intact; a broken invariant stops the process (`preconditionFailure`)
/// so that libFuzzer keeps the input.
///
/// Shared by `tally-fuzz` (libFuzzer's entry point, or a replayer of saved inputs) and the test
/// that replays the committed seeds and the inputs that once failed (`Fuzz/`).
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

    /// Runs the target on one input.
    package func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .csv: FuzzTarget.read(bytes, as: "csv.csv", alsoInChunks: true)
        case .jsonl: FuzzTarget.read(bytes, as: "jsonl.jsonl", alsoInChunks: false)
        case .layouts:
            // The first byte picks the layout; the rest follows its header.
            let header =
                bytes.first.map { $0 & 1 == 0 } ?? true
                ? "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,source,notes,fatalities\n"
                : "id,date_start,date_end,date_prec,type_of_violence,country,adm_1,where_description,side_a,side_b,source_office,source_headline,best,low,high,deaths_a,deaths_b,deaths_civilians,deaths_unknown\n"
            let joined = Array(header.utf8) + bytes.dropFirst()
            joined.withUnsafeBytes { FuzzTarget.read($0, as: "layouts.csv", alsoInChunks: false) }
        case .period:
            let text = String(decoding: bytes, as: UTF8.self)
            if let range = try? PeriodRange(parsing: text) {
                _ = range.description
                _ = range.dayCount
            }
            if let period = try? Period(parsing: text) {
                // A period written back reads as itself.
                precondition((try? Period(parsing: period.description)) == period, "\(period)")
            }
        case .web: FuzzTarget.readWeb(bytes)
        case .article:
            let options = Extraction.Options(published: CivilDate(year: 2024, month: 12, day: 25))
            let records =
                (try? Extraction.records(
                    fromArticle: String(decoding: bytes, as: UTF8.self), name: "fuzz",
                    options: options)) ?? []
            for record in records {
                precondition(record.count >= 1 && record.fatalities.total >= 0, "\(record)")
            }
        }
    }

    /// Reads the bytes as a web document; what comes out must be extractable.
    private static func readWeb(_ bytes: UnsafeRawBufferPointer) {
        let data = [UInt8](bytes)
        guard let articles = try? WebDocument.articles(in: data, name: "fuzz") else { return }
        precondition((try? WebDocument.kind(of: data)) != nil, "a document read has a kind")
        for article in articles {
            let options = Extraction.Options(
                published: article.published ?? CivilDate(year: 2024, month: 12, day: 25))
            _ = try? Extraction.records(fromArticle: article.text, name: "fuzz", options: options)
        }
    }

    /// Reads the bytes as a file, checks the accounting, and compares a chunked read.
    private static func read(_ bytes: UnsafeRawBufferPointer, as name: String, alsoInChunks: Bool) {
        let path = scratchFile(name)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(path)")
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(n > 0, "cannot write \(path)")
            offset += n
        }
        close(fd)
        defer { unlink(path) }
        let single = outcome(path, threads: 1)
        if alsoInChunks {
            let chunked = outcome(path, threads: 3)
            precondition(chunked == single, "a read in chunks differs from one pass")
        }
    }

    /// The table, accounting and rejections of a read, or its input error.
    private static func outcome(_ path: String, threads: Int) -> String {
        final class Rejections: @unchecked Sendable { var all: [Rejection] = [] }
        let rejections = Rejections()
        var options = ReadOptions(
            currentYear: 2026, onRejection: { rejections.all.append($0) }, threads: threads)
        options.minimumParallelBytes = 0
        let request = AggregationRequest(dimensions: [.month, .region])
        do {
            let result = try Aggregation.run(
                request, inputs: InputSet([RecordInput(path: path)]), options: options)
            let accounting = result.accounting
            precondition(accounting.read == accounting.accepted + accounting.rejected)
            precondition(rejections.all.count == accounting.rejected, "every rejection reported")
            precondition(result.table.totals.records == accounting.accepted)
            return "\(result.table)\(accounting)\(rejections.all)"
        } catch {
            return "\(error)\(rejections.all)"
        }
    }

    /// A file of this process's in a memory-backed folder when there is one; one name per target,
    /// since the corpus test runs the targets at the same time.
    private static func scratchFile(_ name: String) -> String {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        return "\(folder)/tally-fuzz-\(getpid())-\(name)"
    }
}
