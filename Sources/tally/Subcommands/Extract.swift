import ArgumentParser
import Foundation
import TallyCore
import TallyExport
import TallyExtract
import TallyRun

extension Tally {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Code English news articles into records: incidents, deaths by side, security measures.",
            discussion: """
                Reads articles as analysts hold them, recognised by content: plain text (a title line, \
                paragraphs one a line or hard-wrapped), saved web pages (the article's paragraphs, its \
                date, title, address and site from the page), RSS and Atom feeds (each item an \
                article with its own date and link), and http(s) addresses (fetched: 20 s, 32 MiB, 5 \
                redirects at most). Writes canonical records that aggregate and report read as they \
                are, each with its source and the sentences it was coded from. Rules, then a small \
                learned relevance model shipped with the code (a logistic regression over the \
                rules' events); deterministic, the same input always gives the same records.

                Monitoring: --merge-into records.csv adds the new events to a file kept month after \
                month, rewritten atomically; the same event told again merges into its record (every \
                source kept, the conservative toll or a later revision), and articles the file already \
                cites are skipped.

                Dates are resolved against the publication date (--published, else a date line in the \
                text); an event without a date is dated to the publication month with a note \
                (--undated skip leaves it out). Articles published on different days take \
                --published FILE=DATE each, or a --manifest CSV with the columns article, published, \
                source and url (an evaluation set's articles.csv is one). The same event in several \
                articles becomes one record that keeps every source (--no-dedupe keeps them apart).

                Examples:
                  tally extract article.txt --published 2024-12-30 -o records.csv
                  tally extract a.txt b.txt --published a.txt=2025-03-11 --published b.txt=2025-03-12
                  tally extract news/ --manifest news/articles.csv -o records.csv
                  tally extract saved/*.html https://example.org/news/clash -o records.csv
                  tally extract feed.xml --merge-into records.csv
                """)

        @Argument(
            help: ArgumentHelp(
                "Articles: text files, saved web pages, RSS or Atom feeds, http(s) addresses, folders of them (every .txt, .text, .htm, .html, .xhtml, .xml, .rss or .atom file directly in it).",
                valueName: "article"))
        var articles: [String]

        @Option(
            help: ArgumentHelp(
                "The publication date, when the text has no date line: of every article, or of one (FILE=yyyy-mm-dd, repeated).",
                valueName: "yyyy-mm-dd"))
        var published: [String] = []

        @Option(
            help: ArgumentHelp(
                "A CSV of article,published[,source,url]: each article's publication date, publisher and address, by file name.",
                valueName: "file.csv"))
        var manifest: String?

        @Option(
            help: ArgumentHelp(
                "The publisher, when the text has no footer naming it.", valueName: "name"))
        var source: String?

        @Option(
            help: ArgumentHelp("The article's address, written to source_url.", valueName: "url"))
        var url: String?

        @Option(
            help: "Events without a date: publication-month (dated to it, with a note) or skip.")
        var undated = "publication-month"

        @Flag(inversion: .prefixedNo, help: "Merge the same event reported by several articles.")
        var dedupe = true

        @Option(help: "csv or jsonl. Default: from the -o extension, else csv.")
        var format: RecordFormat?

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write here instead of stdout.", valueName: "file"))
        var output = "-"

        @Flag(
            help:
                "Print, per article, the events found, the facts behind each and every decision (to stderr when records go to stdout)."
        )
        var explain = false

        @Option(
            help: ArgumentHelp(
                "Also write a review workbook: a row per record with its evidence and flags, flagged rows highlighted, an empty decision column. Saved as CSV, it reads back as records.",
                valueName: "file.xlsx"))
        var review: String?

        @Option(help: ArgumentHelp("Articles read at once. Default: every core.", valueName: "n"))
        var threads: Int?

        @Option(
            help: ArgumentHelp(
                "Add the new events to this records file, rewritten in place: an event already there (another outlet, a revised toll) merges into its record; articles it already cites are skipped.",
                valueName: "records.csv"))
        var mergeInto: String?

        func validate() throws {
            _ = try options()
            if mergeInto != nil && output != "-" {
                throw ValidationError("--merge-into writes its own file; leave out -o")
            }
            if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        }

        func options() throws -> Extraction.Options {
            guard let policy = Extraction.UndatedPolicy(rawValue: undated) else {
                throw ValidationError("--undated \(undated) is not publication-month or skip")
            }
            return Extraction.Options(
                published: try publishedDates().all, source: source, url: url, undated: policy,
                deduplicates: dedupe)
        }

        /// `--published DATE` for every article and `--published FILE=DATE` for one.
        func publishedDates() throws -> (all: CivilDate?, byFile: [String: CivilDate]) {
            var all: CivilDate?
            var byFile: [String: CivilDate] = [:]
            // (Of the files themselves: a folder stands for those in it.)
            let given =
                published.contains { $0.contains("=") } ? Self.expandingFolders(articles) : []
            for value in published {
                let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
                let day = parts.last ?? value
                guard let period = try? Period(parsing: day), period.kind == .day else {
                    throw ValidationError(
                        "--published \(value): \(day) is not a day (write 2024-12-30)")
                }
                if parts.count == 2 {
                    guard given.contains(where: { Self.names($0, parts[0]) }) else {
                        throw ValidationError(
                            "--published \(value): \(parts[0]) is not one of the articles given")
                    }
                    byFile[parts[0]] = period.start
                } else {
                    all = period.start
                }
            }
            return (all, byFile)
        }

        /// Whether `name` (given to --published or in a manifest) names the file at `path`.
        static func names(_ path: String, _ name: String) -> Bool {
            path == name || URL(fileURLWithPath: path).lastPathComponent == name
        }

        /// An article's options: its own publication date, source and address when the command
        /// line or the manifest gives them (the command line first).
        func options(
            for path: String, _ base: Extraction.Options, manifest: ArticleIndex?,
            byFile: [String: CivilDate], article: WebArticle? = nil
        ) -> Extraction.Options {
            var options = base
            // A page's or a feed item's own date, publisher and address come before the
            // command line's for every article, after those given for this one.
            if let article {
                if let day = article.published { options.published = day }
                if source == nil, let site = article.source { options.source = site }
                if url == nil, let address = article.url ?? article.itemID { options.url = address }
                options.isTeaser = article.isTeaser
            }
            if let entry = manifest?.entry(for: path) {
                options.published = entry.published
                if source == nil { options.source = entry.source }
                if url == nil { options.url = entry.url }
            }
            if let day = byFile.first(where: { Self.names(path, $0.key) })?.value {
                options.published = day
            }
            return options
        }

        func run() throws {
            let options = try options()
            let format =
                self.format ?? outputFormat(ofPath: mergeInto ?? output, else: RecordFormat.csv)
            let emitter = format.emitter()
            let reviewEmitter = ReviewWorkbookEmitter(context: .current())
            var reviewOutput: OutputFile?
            if let review {
                guard review.lowercased().hasSuffix(".xlsx") else {
                    throw ValidationError("--review \(review) must name an .xlsx file")
                }
                reviewOutput = try OutputFile.opened(.file(review), for: reviewEmitter)
            }
            var index: ArticleIndex?
            if let manifest {
                do { index = try ArticleIndex(path: manifest) } catch {
                    Diagnostics.error("--manifest: \(error)")
                    throw ExitCode(ExitStatus.invalidData)
                }
            }
            let byFile = try publishedDates().byFile
            // Monitoring: the records kept so far, and the articles they already cite.
            let kept = try mergeInto.map { try Self.existingRecords($0) } ?? []
            let seen = MonitoringMerge.addresses(in: kept)
            let out = try OutputFile.opened(
                OutputDestination(argument: mergeInto ?? output), for: emitter)
            var texts: [(name: String, text: String, options: Extraction.Options)] = []
            var skipped = 0
            let fetcher = WebFetch()
            for argument in Self.expandingFolders(articles) {
                let (bytes, address, contentType) = try Self.load(
                    argument, fetcher: fetcher, out: out)
                let found: [WebArticle]
                do {
                    found = try WebDocument.articles(
                        in: bytes, name: argument, contentType: contentType)
                } catch {
                    out.discard()
                    Diagnostics.error(error.description)
                    throw ExitCode(ExitStatus.invalidData)
                }
                // An address is named by the page's own address (its canonical one, else
                // where the redirects ended), a file by its name.
                let base = Self.articleName(
                    WebFetch.isAddress(argument) && found.count == 1
                        ? found[0].url ?? address ?? argument : argument)
                for (number, var article) in found.enumerated() {
                    if article.url == nil, found.count == 1 { article.url = address }
                    let options = self.options(
                        for: argument, options, manifest: index, byFile: byFile, article: article)
                    if let cited = options.url, seen.contains(cited) {
                        skipped += 1
                        continue
                    }
                    let name =
                        found.count == 1
                        ? base : base + "-" + Self.itemName(article, number: number + 1)
                    texts.append((name, article.text, options))
                }
            }
            let results = ArticleBatch.extract(texts, threads: threads)
            var records: [Record] = []
            for result in results {
                switch result {
                case .success(let extraction):
                    records += extraction.records
                    if explain {
                        let text = extraction.explanation.lines.joined(separator: "\n") + "\n"
                        if output == "-" { Diagnostics.write(text) } else { print(text) }
                    }
                case .failure(let error):
                    out.discard()
                    Diagnostics.error(error.description)
                    throw ExitCode(ExitStatus.invalidData)
                }
            }
            if options.deduplicates { records = Extraction.deduplicated(records) }
            // The review is of this run's records, not of the whole file they join.
            let extracted = records
            var merge: MonitoringMerge?
            if mergeInto != nil {
                merge = MonitoringMerge(records, into: kept)
                records = merge!.records
            }
            try out.commit(records, with: emitter)
            if let review, let reviewOutput {
                try reviewOutput.commit(extracted, with: reviewEmitter, naming: review)
            }
            let flagged = records.filter { !$0.flags.isEmpty }.count
            let read = texts.count
            if let merge, let mergeInto {
                Diagnostics.note(
                    "\(mergeInto): \(merge.added) new record\(merge.added == 1 ? "" : "s"), \(merge.merged) merged into events already there\(merge.revised > 0 ? " (\(merge.revised) toll\(merge.revised == 1 ? "" : "s") revised)" : ""); \(read) article\(read == 1 ? "" : "s") read, \(skipped) already cited there skipped; \(records.count) records in all"
                )
            } else {
                Diagnostics.note(
                    "\(records.count) record\(records.count == 1 ? "" : "s") from \(read) article\(read == 1 ? "" : "s")\(flagged > 0 ? ", \(flagged) flagged for review" : "")"
                )
            }
        }
    }
}
