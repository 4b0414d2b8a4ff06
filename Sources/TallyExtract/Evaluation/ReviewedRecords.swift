public import TallyCore

extension ExtractionEvaluation {
    /// Records of real events from an evaluation set, reviewed against its answer key: per
    /// article, the extractor's records when they agree with the key event by event (same
    /// events, month by month the same counts and deaths by side), else the key's rows, coded by
    /// hand. Every record carries the article's outlet and address; the notes are the
    /// extractor's (the article's own sentences, in our words) or say the row was coded by hand.
    ///
    /// This is how `datasets/` is made (`make dataset`): the facts of real reports, never their
    /// text.
    public static func reviewedRecords(folder: String) throws -> [Record] {
        let evaluation = try run(folder: folder)
        let index = try ArticleIndex(path: folder + "/articles.csv")
        var records: [Record] = []
        for (result, entry) in zip(evaluation.articles, index.entries) {
            let name = String(entry.article.split(separator: ".").first ?? "")
            let agrees =
                result.isExactlyRight && result.matched == result.expected.count
                && result.extracted.count == result.expected.count
            var chosen: [Record]
            if agrees {
                chosen = result.extracted
            } else {
                let title =
                    try readText(folder + "/" + entry.article)
                    .split(separator: "\n", omittingEmptySubsequences: true).first
                    .map { String($0).trimmingASCIIWhitespace() } ?? name
                chosen = result.expected.enumerated().map { offset, row in
                    var record = row
                    record.id = "\(name)-\(offset + 1)"
                    record.notes = "Coded by hand from the report \"\(title)\" (\(entry.article))."
                    record.flags = ""
                    return record
                }
            }
            for var record in chosen {
                record.source = entry.source ?? record.source
                record.sourceURL = entry.url ?? record.sourceURL
                records.append(record)
            }
        }
        return records
    }
}
