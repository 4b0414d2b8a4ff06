public import TallyCore

/// Measures the extractor against an evaluation set: articles with the records an analyst codes
/// from them (see `Evaluation/CODING.md`).
public struct ExtractionEvaluation: Sendable {
    /// One article's outcome.
    public struct ArticleResult: Sendable {
        /// The article's file name, as the index and the key name it.
        public var article: String
        /// The article's difficulty classes from the index (`per_party`, `clutter`...).
        public var classes: [String]
        /// The key's records for the article: one per event an analyst coded.
        public var expected: [Record]
        /// The records extracted from the article (or read with `--extracted`).
        public var extracted: [Record]
        /// Expected events found (same category and type, compatible date, same country).
        public var matched: Int
        /// Month by month, the same incidents, deaths by side and outposts as the key.
        public var isExactlyRight: Bool
        /// What differs, month by month: `deaths`, `incidents`, `outposts`.
        public var misses: Set<String>
        /// Whether deaths by side, summed over the article, are exactly right.
        public var fatalitiesBySideMatch: Bool
        /// Whether measures by type, summed over the article, are exactly right.
        public var measuresMatch: Bool
        /// Whether the fatality total and the outpost count are right.
        public var totalAndOutpostsMatch: Bool
        /// Whether the extractor reported more deaths than the analyst.
        public var inventedDeaths: Bool
    }

    /// One result per article of the set, in the index's order.
    public var articles: [ArticleResult]

    /// How many events the keys hold in all.
    public var expectedEvents: Int { articles.reduce(0) { $0 + $1.expected.count } }
    /// How many events were extracted in all.
    public var extractedEvents: Int { articles.reduce(0) { $0 + $1.extracted.count } }
    /// How many extracted events matched a key's, one to one.
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

    /// Per difficulty class: how many articles have it and how many of those are wrong.
    public var missesByClass: [(name: String, articles: Int, wrong: Int)] {
        var table: [String: (Int, Int)] = [:]
        for article in articles {
            for name in article.classes {
                var row = table[name] ?? (0, 0)
                row.0 += 1
                if !article.isExactlyRight { row.1 += 1 }
                table[name] = row
            }
        }
        return table.keys.sorted().map { ($0, table[$0]!.0, table[$0]!.1) }
    }

    /// Evaluates every article listed in `folder/articles.csv` against `folder/expected.csv`
    /// (canonical records whose `id` names their article).
    ///
    /// - Parameter extracted: records coded elsewhere (another extractor, an analyst, a second
    ///   coder's key) to score instead of running the extractor; their ids are
    ///   `<article name>-<n>`, or the article's file name as in `expected.csv`.
    public static func run(
        folder: String, extracted given: [Record]? = nil
    ) throws
        -> ExtractionEvaluation
    {
        let index = try ArticleIndex(path: folder + "/articles.csv")
        let (expected, _) = try RecordListing.records(
            from: InputSet.resolve([folder + "/expected.csv"]))
        var results: [ArticleResult] = []
        for entry in index.entries {
            let name = String(entry.article.split(separator: ".").first ?? "")
            let extracted: [Record]
            if let given {
                extracted = given.filter { record in
                    // Another coder's key names its article as expected.csv does.
                    if record.id == entry.article { return true }
                    guard let dash = record.id.lastIndex(of: "-") else { return false }
                    return record.id[..<dash] == name
                }
            } else {
                let text = try readText(folder + "/" + entry.article)
                extracted = try Extraction.records(
                    fromArticle: text, name: name,
                    options: Extraction.Options(
                        published: entry.published, source: entry.source, deduplicates: false))
            }
            let wanted = expected.filter { $0.id == entry.article }
            var result = compare(article: entry.article, expected: wanted, extracted: extracted)
            result.classes = entry.classes
            results.append(result)
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
        func incidents(_ records: [Record]) -> Int {
            records.filter { $0.category == .incident }.reduce(0) { $0 + $1.count }
        }
        let outposts = { (records: [Record]) in measures(records)["outpost_opened"] ?? 0 }
        // Month by month: a record counts in the month its date falls in.
        func month(_ record: Record) -> String {
            Period(.month, containing: record.date).description
        }
        let months = Set((expected + extracted).map(month))
        var misses: Set<String> = []
        for name in months {
            let key = expected.filter { month($0) == name }
            let found = extracted.filter { month($0) == name }
            if deaths(key) != deaths(found) { misses.insert("deaths") }
            if incidents(key) != incidents(found) { misses.insert("incidents") }
            if outposts(key) != outposts(found) { misses.insert("outposts") }
        }
        if !misses.isEmpty && deaths(expected) == deaths(extracted)
            && incidents(expected) == incidents(extracted)
            && outposts(expected) == outposts(extracted)
        {
            misses = ["month"]
        }
        return ArticleResult(
            article: article, classes: [], expected: expected, extracted: extracted,
            matched: matched,
            isExactlyRight: misses.isEmpty, misses: misses,
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

/// `articles.csv`: `article,published[,source[,url[,classes]]]` by header name (RFC 4180): an
/// evaluation set's index, and the manifest `tally extract --manifest` reads.
public struct ArticleIndex: Sendable {
    /// One article of the index: its file, when it was published, where it came from and what
    /// makes it hard.
    public struct Entry: Sendable {
        /// The article's file name in the set's folder.
        public var article: String
        /// The day the report was published: relative dates resolve against it.
        public var published: CivilDate
        /// The outlet that published the report, when the index names it.
        public var source: String?
        /// The address of the report the article follows, when the index gives it.
        public var url: String?
        /// The class tags of the coding manual (`clutter`, `recap`, `multi_event`...).
        public var classes: [String]
    }

    /// The index's articles, in its order.
    public private(set) var entries: [Entry] = []
    /// Where each article's first entry is in `entries`: a manifest of thousands of articles is
    /// looked up once per article.
    private var positions: [String: Int] = [:]

    /// The entry of an article file, by its path as given or its file name.
    public func entry(for path: String) -> Entry? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let position = positions[path] ?? positions[name] else { return nil }
        return entries[position]
    }

    /// Reads an `articles.csv` index; an error names the file and the line of a row it cannot
    /// read.
    public init(path: String) throws {
        let rows = CSVText.rows(try readText(path))
        guard let header = rows.first else { throw EvaluationError.badIndexLine(path, 1) }
        let names = header.map { $0.lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let article = column("article"), let published = column("published") else {
            throw EvaluationError.badIndexLine(path, 1)
        }
        for (number, row) in rows.enumerated().dropFirst() {
            if row.count == 1 && row[0].isEmpty { continue }
            func field(_ index: Int?) -> String? {
                guard let index, index < row.count, !row[index].isEmpty else { return nil }
                return row[index]
            }
            guard let name = field(article), let day = field(published),
                let period = try? Period(parsing: day), period.kind == .day
            else {
                throw EvaluationError.badIndexLine(path, number + 1)
            }
            if positions[name] == nil { positions[name] = entries.count }
            entries.append(
                Entry(
                    article: name, published: period.start, source: field(column("source")),
                    url: field(column("url")),
                    classes: (field(column("classes")) ?? "").split(separator: ";").map {
                        String($0).trimmingASCIIWhitespace()
                    }))
        }
    }
}

/// RFC 4180 rows of a small CSV text (quoted fields, doubled quotes, CRLF or LF).
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": break
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}

/// An evaluation set that cannot be read.
public enum EvaluationError: Error, CustomStringConvertible {
    case badIndexLine(String, Int)
    case unreadable(String)

    /// The error as a sentence naming the file and the line.
    public var description: String {
        switch self {
        case .badIndexLine(let path, let line):
            "\(path):\(line): expected article,published (YYYY-MM-DD),source,url,classes"
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
