internal import Dispatch
internal import TallyCore

/// Extracts many articles at once, one article per task on every core, results in input order.
public enum ArticleBatch {
    /// The extraction of each article, in the order given.
    ///
    /// - Parameter threads: articles extracted at once; every core when `nil`.
    public static func extract(
        _ articles: [(name: String, text: String)], options: Extraction.Options, threads: Int? = nil
    ) -> [Result<ArticleExtraction, ExtractionError>] {
        extract(articles.map { ($0.name, $0.text, options) }, threads: threads)
    }

    /// The extraction of each article with options of its own (its publication date, source and
    /// address), in the order given.
    public static func extract(
        _ articles: [(name: String, text: String, options: Extraction.Options)],
        threads: Int? = nil
    ) -> [Result<ArticleExtraction, ExtractionError>] {
        let count = articles.count
        guard count > 0 else { return [] }
        let slots = UnsafeMutablePointer<Result<ArticleExtraction, ExtractionError>?>.allocate(
            capacity: count)
        slots.initialize(repeating: nil, count: count)
        defer {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        let workers = Swift.max(1, Swift.min(threads ?? ReadOptions.processorCount, count))
        // Each worker takes every workers-th article: slots are written by one thread each.
        let base = UnsafeSendable(slots)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                let article = articles[index]
                let result = Result { () throws(ExtractionError) in
                    try Extraction.extract(
                        fromArticle: article.text, name: article.name, options: article.options)
                }
                (base.pointer + index).pointee = result
                index += workers
            }
        }
        return (0..<count).map { slots[$0]! }
    }
}

/// A pointer handed to worker threads that write disjoint elements.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
