import ArgumentParser
import TallyCore
import TallyExtract

extension Tally {
    /// For developers: how well `extract` codes the evaluation set (`make eval-extract`).
    struct EvaluateExtraction: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate-extraction",
            abstract:
                "Measure extract against an evaluation set (articles.csv, expected.csv, the articles).",
            shouldDisplay: false)

        @Argument(help: ArgumentHelp("The evaluation set's folder.", valueName: "folder"))
        var folder = "Evaluation/extract"

        @Flag(help: "List every article whose figures differ.")
        var verbose = false

        func run() throws {
            let evaluation: ExtractionEvaluation
            do {
                evaluation = try ExtractionEvaluation.run(folder: folder)
            } catch {
                Diagnostics.error("\(error)")
                throw ExitCode(ExitStatus.invalidData)
            }
            func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
            print("articles                      \(evaluation.articles.count)")
            print(
                "events expected / extracted   \(evaluation.expectedEvents) / \(evaluation.extractedEvents), \(evaluation.matchedEvents) matched"
            )
            print("precision                     \(percent(evaluation.precision))")
            print("recall                        \(percent(evaluation.recall))")
            print(
                "fatalities by side exact      \(percent(evaluation.share(\.fatalitiesBySideMatch))) of articles"
            )
            print(
                "measures by type exact        \(percent(evaluation.share(\.measuresMatch))) of articles"
            )
            print(
                "fatality total and outposts   \(percent(evaluation.share(\.totalAndOutpostsMatch))) of articles"
            )
            print(
                "articles with invented deaths \(evaluation.articles.filter(\.inventedDeaths).count)"
            )
            guard verbose else { return }
            for article in evaluation.articles
            where
                !(article.fatalitiesBySideMatch && article.measuresMatch
                && article.matched == article.expected.count
                && article.extracted.count == article.expected.count)
            {
                print(
                    "\n\(article.article): \(article.matched) of \(article.expected.count) expected, \(article.extracted.count) extracted"
                )
                for record in article.expected {
                    print("  expected  \(summary(record))")
                }
                for record in article.extracted {
                    print("  extracted \(summary(record))")
                }
            }
        }

        func summary(_ record: TallyCore.Record) -> String {
            let f = record.fatalities
            return
                "\(record.writtenDate) \(record.country)/\(record.region) \(record.category.rawValue) \(record.type) ×\(record.count) deaths \(f.militants)/\(f.security)/\(f.civilians)/\(f.unknown)"
        }
    }
}
