import ArgumentParser
import TallyCore
import TallyExport
import TallyExtract
import TallyRun

extension Tally {
    /// For developers: how well `extract` codes the evaluation set (`make eval-extract`).
    struct EvaluateExtraction: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate-extraction",
            abstract:
                "Measure extract against an evaluation set (articles.csv, expected.csv, the articles).",
            shouldDisplay: false)

        @Argument(help: ArgumentHelp("Evaluation set folders.", valueName: "folder"))
        var folders: [String] = ["Evaluation/extract"]

        @Flag(help: "List every article whose figures differ.")
        var verbose = false

        @Option(
            help: ArgumentHelp(
                "Fail (exit 1) when fewer articles than this share are exactly right.",
                valueName: "share"))
        var requireExact: Double?

        @Flag(help: "Fail (exit 1) when any article gets more deaths than its key.")
        var noInventedDeaths = false

        @Option(
            help: ArgumentHelp(
                "Score these records instead of running the extractor: ids <article name>-<n>, or article file names as in expected.csv (a second coder's key, to measure how often two coders agree).",
                valueName: "file"))
        var extracted: String?

        @Option(
            help: ArgumentHelp(
                "Also write the sets' real events, reviewed against their keys (the extractor's records where they agree with the key, else the key's rows), merged across articles: how datasets/ is made.",
                valueName: "file.csv"))
        var reviewedRecords: String?

        @Option(
            help: ArgumentHelp(
                "Write the rows scripts/train-relevance.py fits the learned relevance model to.",
                valueName: "file.csv", visibility: .private))
        var relevanceFeatures: String?

        func validate() throws {
            if relevanceFeatures != nil && (extracted != nil || reviewedRecords != nil) {
                throw ValidationError(
                    "--relevance-features writes the training rows alone; leave out --extracted and --reviewed-records"
                )
            }
            if extracted != nil && reviewedRecords != nil {
                throw ValidationError(
                    "--reviewed-records runs the extractor; leave out --extracted")
            }
        }

        func run() throws {
            if let path = relevanceFeatures {
                var lines = [RelevanceTraining.header]
                for folder in folders { lines += try RelevanceTraining.rows(folder: folder) }
                let out = try OutputFile.opened(.file(path))
                try out.commit { try out.write(lines.joined(separator: "\n") + "\n") }
                return
            }
            let out = try reviewedRecords.map { path throws(RunFailure) in
                try OutputFile.opened(.file(path))
            }
            var reviewed: [TallyCore.Record] = []
            var failed = false
            for folder in folders {
                if folders.count > 1 { print("== \(folder)") }
                failed = try evaluate(folder) || failed
                if folders.count > 1 { print() }
                if out != nil {
                    do {
                        reviewed += try ExtractionEvaluation.reviewedRecords(folder: folder)
                    } catch {
                        out?.discard()
                        Diagnostics.error("\(error)")
                        throw ExitCode(ExitStatus.invalidData)
                    }
                }
            }
            if let out, let path = reviewedRecords {
                let merged = Extraction.deduplicated(reviewed).sorted {
                    ($0.date, $0.country, $0.id) < ($1.date, $1.country, $1.id)
                }
                try out.commit(merged, with: RecordCSVEmitter())
                Diagnostics.note(
                    "\(path): \(merged.count) records of real events from \(reviewed.count) reviewed rows"
                )
            }
            if failed { throw ExitCode(1) }
        }

        /// Prints one set's figures; whether it fails a requirement.
        func evaluate(_ folder: String) throws -> Bool {
            let evaluation: ExtractionEvaluation
            do {
                let given = try extracted.map {
                    try RecordListing.records(from: InputSet.resolve([$0])).0
                }
                evaluation = try ExtractionEvaluation.run(folder: folder, extracted: given)
            } catch {
                Diagnostics.error("\(error)")
                throw ExitCode(ExitStatus.invalidData)
            }
            func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
            let right = evaluation.articles.filter(\.isExactlyRight).count
            let invented = evaluation.articles.filter(\.inventedDeaths)
            print("articles                      \(evaluation.articles.count)")
            print(
                "exactly right                 \(right) (\(percent(evaluation.share(\.isExactlyRight)))): incidents, deaths by side, outposts, month by month"
            )
            print(
                "events expected / extracted   \(evaluation.expectedEvents) / \(evaluation.extractedEvents), \(evaluation.matchedEvents) matched"
            )
            print("event precision               \(percent(evaluation.precision))")
            print("event recall                  \(percent(evaluation.recall))")
            print(
                "articles with invented deaths \(invented.count)\(invented.isEmpty ? "" : ": " + invented.map(\.article).joined(separator: ", "))"
            )
            var kinds: [String: Int] = [:]
            for article in evaluation.articles {
                for miss in article.misses { kinds[miss, default: 0] += 1 }
            }
            if !kinds.isEmpty {
                print(
                    "misses by kind                "
                        + kinds.keys.sorted().map { "\($0) \(kinds[$0]!)" }.joined(separator: ", "))
            }
            let classes = evaluation.missesByClass
            if !classes.isEmpty {
                print("misses by class               articles  wrong")
                for row in classes {
                    let name = row.name.padding(toLength: 30, withPad: " ", startingAt: 0)
                    let count =
                        String(repeating: " ", count: Swift.max(0, 8 - String(row.articles).count))
                        + String(row.articles)
                    let wrong =
                        String(repeating: " ", count: Swift.max(0, 5 - String(row.wrong).count))
                        + String(row.wrong)
                    print("  \(name)\(count)  \(wrong)")
                }
            }
            if verbose { listMisses(evaluation) }
            var failed = false
            if let minimum = requireExact, evaluation.share(\.isExactlyRight) < minimum {
                Diagnostics.error(
                    "\(folder): \(percent(evaluation.share(\.isExactlyRight))) exactly right, below the \(percent(minimum)) required"
                )
                failed = true
            }
            if noInventedDeaths && !invented.isEmpty {
                Diagnostics.error(
                    "\(folder): \(invented.count) article(s) with more deaths than their key")
                failed = true
            }
            return failed
        }

        func listMisses(_ evaluation: ExtractionEvaluation) {
            for article in evaluation.articles
            where !article.isExactlyRight || article.matched != article.expected.count
                || article.extracted.count != article.expected.count
            {
                print(
                    "\n\(article.article): \(article.isExactlyRight ? "right" : "WRONG (" + article.misses.sorted().joined(separator: ", ") + ")"), \(article.matched) of \(article.expected.count) expected, \(article.extracted.count) extracted"
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
