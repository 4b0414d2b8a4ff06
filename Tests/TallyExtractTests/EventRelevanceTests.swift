import Foundation
import Testing

@testable import TallyCore
@testable import TallyExtract

struct EventRelevanceTests {
    static let evaluation = ExtractionTests.root.appendingPathComponent("Evaluation").path

    static func input(_ name: String, of features: [Double]) -> Double {
        features[EventRelevance.names.firstIndex(of: name)!]
    }

    @Test func `the model has one weight per named input, each name once`() {
        #expect(EventRelevance.weights.count == EventRelevance.names.count)
        #expect(Set(EventRelevance.names).count == EventRelevance.names.count)
        #expect((0...1).contains(EventRelevance.threshold))
    }

    @Test func `its inputs say what the rules know of the event and of the article's others`()
        throws
    {
        let text = """
            Guards repel smugglers on the Tajik-Afghan border
            On Sunday Tajik border guards clashed with a group of smugglers in Shamsiddin Shohin \
            district; two smugglers were killed.
            In August 2023, another clash in the same district killed a guard.
            """
        let extraction = try Extraction.extract(
            fromArticle: text, name: "a",
            options: .init(published: ExtractionTests.day("2025-03-12")))
        let inputs = extraction.explanation.relevance.map(\.features)
        #expect(inputs.count == extraction.records.count)
        #expect(inputs.allSatisfy { $0.count == EventRelevance.names.count })
        let clash = try #require(inputs.first)
        #expect(Self.input("incident", of: clash) == 1)
        #expect(Self.input("armed_clash", of: clash) == 1)
        #expect(Self.input("has_deaths", of: clash) == 1)
        #expect(Self.input("date_day", of: clash) == 1)
        #expect(Self.input("before_window", of: clash) == 0)
        #expect(Self.input("first_event", of: clash) == 1)
        #expect(Self.input("names_border", of: clash) == 1)
        let probabilities = extraction.explanation.relevance.map(\.probability)
        #expect(probabilities.allSatisfy { (0...1).contains($0) })
        #expect(
            extraction.explanation.events.allSatisfy { event in
                event.decisions.contains { $0.hasPrefix("learned relevance: ") }
            }, "each kept event says what the model gave it")
    }

    /// The model only leaves records out, and says which and why: with it off, the same
    /// articles give every record it kept and those it left out.
    @Test func `every record the model leaves out is explained, and the rest are the rules' own`()
        throws
    {
        let sets = ["real-check77", "real-check80", "real-check88", "real-check92"]
        var leftOut = 0
        for set in sets {
            let folder = Self.evaluation + "/" + set
            let index = try ArticleIndex(path: folder + "/articles.csv")
            for entry in index.entries {
                let name = String(entry.article.split(separator: ".").first ?? "")
                let text = try String(contentsOfFile: folder + "/" + entry.article, encoding: .utf8)
                var options = Extraction.Options(published: entry.published)
                let weighed = try Extraction.extract(
                    fromArticle: text, name: name, options: options)
                options.weighsRelevance = false
                let all = try Extraction.records(fromArticle: text, name: name, options: options)
                let dropped = weighed.explanation.dropped.filter {
                    $0.reason.contains("learned relevance model")
                }
                #expect(all.count == weighed.records.count + dropped.count, "\(entry.article)")
                func withoutId(_ record: Record) -> String {
                    var record = record
                    record.id = ""
                    return "\(record)"
                }
                let rules = all.map(withoutId)
                #expect(
                    weighed.records.allSatisfy { rules.contains(withoutId($0)) },
                    "\(entry.article)")
                leftOut += dropped.count
            }
        }
        #expect(leftOut > 0, "the model leaves out some of the rules' records on real reports")
    }
}
