public import TallyCore

/// The rows `scripts/train-relevance.py` fits ``EventRelevance`` to: every record the rules
/// form on a keyed set's articles (the model off), with its inputs and whether a row of the key
/// is that event, and the key's rows, so that the script can score articles as
/// ``ExtractionEvaluation`` does.
public enum RelevanceTraining {
    /// The CSV header of ``rows(folder:)``.
    public static var header: String {
        ([
            "set", "article", "kind", "month", "category", "type", "count", "militants",
            "security", "civilians", "unknown", "label", "probability",
        ]
            + EventRelevance.names).joined(separator: ",")
    }

    /// One line per record: the extractor's (kind `extracted`, labelled 1 when a key row of the
    /// same category and country falls in a compatible date, else 0) and the key's (kind
    /// `expected`).
    public static func rows(folder: String) throws -> [String] {
        let set = folder.split(separator: "/").last.map(String.init) ?? folder
        let index = try ArticleIndex(path: folder + "/articles.csv")
        let (expected, _) = try RecordListing.records(
            from: InputSet.resolve([folder + "/expected.csv"]))
        var lines: [String] = []
        func line(_ article: String, _ kind: String, _ record: Record, _ rest: [String]) -> String {
            let f = record.fatalities
            return
                ([
                    set, article, kind, Period(.month, containing: record.date).description,
                    record.category.rawValue, record.type, String(record.count),
                    String(f.militants),
                    String(f.security), String(f.civilians), String(f.unknown),
                ] + rest)
                .joined(separator: ",")
        }
        for entry in index.entries {
            let name = String(entry.article.split(separator: ".").first ?? "")
            let text = try readText(folder + "/" + entry.article)
            var options = Extraction.Options(
                published: entry.published, source: entry.source, deduplicates: false)
            options.weighsRelevance = false
            let extraction = try Extraction.extract(fromArticle: text, name: name, options: options)
            var wanted = expected.filter { $0.id == entry.article }
            for record in wanted { lines.append(line(entry.article, "expected", record, [])) }
            for (record, relevance) in zip(extraction.records, extraction.explanation.relevance) {
                let match = wanted.firstIndex {
                    $0.category == record.category && $0.country == record.country
                        && (Extraction.datesCompatible(
                            $0.date, $0.datePrecision, record.date, record.datePrecision)
                            || Period(.month, containing: $0.date)
                                == Period(.month, containing: record.date))
                }
                if let match { wanted.remove(at: match) }
                lines.append(
                    line(
                        entry.article, "extracted", record,
                        [match == nil ? "0" : "1", String(relevance.probability)]
                            + relevance.features.map { String($0) }))
            }
        }
        return lines
    }
}
