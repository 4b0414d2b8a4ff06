public import TallyCore

/// The rows `scripts/train-relevance.py` fits ``EventRelevance`` to: every record the rules
/// form on a keyed set's articles (the model off), with its inputs and the probability the model
/// gives it, and the key's rows, so that the script can label the records (those whose leaving
/// out makes their article right) and score articles as ``ExtractionEvaluation`` does.
public enum RelevanceTraining {
    /// The CSV header of ``rows(folder:)``.
    public static var header: String {
        ([
            "set", "article", "kind", "month", "category", "type", "count", "militants",
            "security", "civilians", "unknown", "probability",
        ]
            + EventRelevance.names).joined(separator: ",")
    }

    /// One line per record: the extractor's (kind `extracted`) and the key's (kind `expected`).
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
            let wanted = expected.filter { $0.id == entry.article }
            for record in wanted { lines.append(line(entry.article, "expected", record, [])) }
            for (record, relevance) in zip(extraction.records, extraction.explanation.relevance) {
                lines.append(
                    line(
                        entry.article, "extracted", record,
                        [String(relevance.probability)] + relevance.features.map { String($0) }))
            }
        }
        return lines
    }
}
