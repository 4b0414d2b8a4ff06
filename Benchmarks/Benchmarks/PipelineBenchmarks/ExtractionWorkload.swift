import Foundation
import TallyCore
import TallyExtract

/// The articles of the real-report development set (`Evaluation/real-dev/`), read once: the
/// extractor's workload, about 150 KB of news text in 96 articles.
struct ExtractionWorkload: @unchecked Sendable {
    var articles: [(name: String, text: String, published: CivilDate)]
    var bytes: Int

    static let shared: ExtractionWorkload = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Evaluation/real-dev")
        let index = try! String(contentsOf: folder.appendingPathComponent("articles.csv"), encoding: .utf8)
        var articles: [(String, String, CivilDate)] = []
        var bytes = 0
        for line in index.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > 1, let published = try? Period(parsing: String(fields[1])).start
            else { continue }
            let text = try! String(
                contentsOf: folder.appendingPathComponent(String(fields[0])), encoding: .utf8)
            bytes += text.utf8.count
            articles.append((String(fields[0]), text, published))
        }
        return ExtractionWorkload(articles: articles, bytes: bytes)
    }()

    /// Extracts every article on the calling thread; the number of records.
    func extractAll() -> Int {
        var records = 0
        for article in articles {
            let result = try? Extraction.extract(
                fromArticle: article.text, name: article.name,
                options: Extraction.Options(published: article.published, deduplicates: false))
            records += result?.records.count ?? 0
        }
        return records
    }
}
