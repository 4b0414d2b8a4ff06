public import TallyCore

/// Measures the extractor against an evaluation set: articles with the records an analyst codes
/// from them (see `Evaluation/extract/README.md`).
public struct ExtractionEvaluation: Sendable {
    /// One article's outcome.
    public struct ArticleResult: Sendable {
        public var article: String
        public var expected: [Record]
        public var extracted: [Record]
        /// Expected events found (same category and type, compatible date, same country).
        public var matched: Int
        /// Whether deaths by side, summed over the article, are exactly right.
        public var fatalitiesBySideMatch: Bool
        /// Whether measures by type, summed over the article, are exactly right.
        public var measuresMatch: Bool
        /// Whether the fatality total and the outpost count are right.
        public var totalAndOutpostsMatch: Bool
        /// Whether the extractor reported more deaths than the analyst.
        public var inventedDeaths: Bool
    }

    public var articles: [ArticleResult]

    public var expectedEvents: Int { articles.reduce(0) { $0 + $1.expected.count } }
    public var extractedEvents: Int { articles.reduce(0) { $0 + $1.extracted.count } }
    public var matchedEvents: Int { articles.reduce(0) { $0 + $1.matched } }
    /// Matched / extracted.
    public var precision: Double {
        extractedEvents == 0 ? 1 : Double(matchedEvents) / Double(extractedEvents)
    }
    /// Matched / expected.
    public var recall: Double {
        expectedEvents == 0 ? 1 : Double(matchedEvents) / Double(expectedEvents)
    }

    /// Share of articles for which `property` holds.
    public func share(_ property: KeyPath<ArticleResult, Bool>) -> Double {
        articles.isEmpty
            ? 1 : Double(articles.filter { $0[keyPath: property] }.count) / Double(articles.count)
    }

    /// Evaluates every article listed in `folder/articles.csv` against `folder/expected.csv`
    /// (canonical records whose `id` names their article).
    public static func run(folder: String) throws -> ExtractionEvaluation {
        let index = try ArticleIndex(path: folder + "/articles.csv")
        let (expected, _) = try RecordListing.records(
            from: InputSet.resolve([folder + "/expected.csv"]))
        var results: [ArticleResult] = []
        for entry in index.entries {
            let text = try readText(folder + "/" + entry.article)
            let name = String(entry.article.split(separator: ".").first ?? "")
            let extracted = try Extraction.records(
                fromArticle: text, name: name,
                options: Extraction.Options(
                    published: entry.published, source: entry.source, deduplicates: false))
            let wanted = expected.filter { $0.id == entry.article }
            results.append(compare(article: entry.article, expected: wanted, extracted: extracted))
        }
        return ExtractionEvaluation(articles: results)
    }

    static func compare(article: String, expected: [Record], extracted: [Record]) -> ArticleResult {
        var unmatched = extracted
        var matched = 0
        for record in expected {
            if let index = unmatched.firstIndex(where: { sameEvent(record, $0) }) {
                unmatched.remove(at: index)
                matched += 1
            }
        }
        func deaths(_ records: [Record]) -> Fatalities {
            records.reduce(Fatalities()) { sum, record in
                Fatalities(
                    militants: sum.militants + record.fatalities.militants,
                    security: sum.security + record.fatalities.security,
                    civilians: sum.civilians + record.fatalities.civilians,
                    unknown: sum.unknown + record.fatalities.unknown)
            }
        }
        func measures(_ records: [Record]) -> [String: Int] {
            records.filter { $0.category == .measure }.reduce(into: [:]) {
                $0[$1.type, default: 0] += $1.count
            }
        }
        let outposts = { (records: [Record]) in measures(records)["outpost_opened"] ?? 0 }
        return ArticleResult(
            article: article, expected: expected, extracted: extracted, matched: matched,
            fatalitiesBySideMatch: deaths(expected) == deaths(extracted),
            measuresMatch: measures(expected) == measures(extracted),
            totalAndOutpostsMatch: deaths(expected).total == deaths(extracted).total
                && outposts(expected) == outposts(extracted),
            inventedDeaths: deaths(extracted).total > deaths(expected).total)
    }

    /// The same event: category, type and country equal, dates within a day or one inside the other.
    static func sameEvent(_ a: Record, _ b: Record) -> Bool {
        guard a.category == b.category, a.type == b.type, a.country == b.country else {
            return false
        }
        return Extraction.datesCompatible(a.date, a.datePrecision, b.date, b.datePrecision)
    }
}

/// `articles.csv`: `article,published,source`, one article a line (no quoted fields).
struct ArticleIndex {
    struct Entry {
        var article: String
        var published: CivilDate
        var source: String?
    }

    var entries: [Entry] = []

    init(path: String) throws {
        let lines = try readText(path).split(separator: "\n").map {
            String($0).trimmingASCIIWhitespace()
        }
        for (number, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0).trimmingASCIIWhitespace()
            }
            guard fields.count >= 2, let period = try? Period(parsing: fields[1]),
                period.kind == .day
            else {
                throw EvaluationError.badIndexLine(path, number + 1)
            }
            entries.append(
                Entry(
                    article: fields[0], published: period.start,
                    source: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil))
        }
    }
}

/// An evaluation set that cannot be read.
public enum EvaluationError: Error, CustomStringConvertible {
    case badIndexLine(String, Int)
    case unreadable(String)

    public var description: String {
        switch self {
        case .badIndexLine(let path, let line):
            "\(path):\(line): expected article,published (YYYY-MM-DD),source"
        case .unreadable(let path): "\(path): cannot be read"
        }
    }
}

/// The text of a file.
func readText(_ path: String) throws -> String {
    let reader = ByteBlockReader(path: path)
    guard let reader else { throw EvaluationError.unreadable(path) }
    var bytes: [UInt8] = []
    while (try? reader.refill()) == true {}
    bytes.append(contentsOf: UnsafeRawBufferPointer(start: reader.buffer, count: reader.end))
    return String(decoding: bytes, as: UTF8.self)
}
