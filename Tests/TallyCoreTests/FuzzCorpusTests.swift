import Foundation
import TallyFuzzing
import Testing

/// Every committed fuzzing seed, and every input a fuzzer once found failing (`Fuzz/regressions/`),
/// through its target: none may crash or break an invariant again.
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    @Test(arguments: FuzzTarget.allCases)
    func `seeds and past findings run clean through their target`(target: FuzzTarget) throws {
        var replayed = 0
        for folder in ["seeds", "regressions"] {
            let directory = FuzzCorpusTests.root.appendingPathComponent(folder)
                .appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let data = try Data(contentsOf: directory.appendingPathComponent(name))
                do {
                    try data.withUnsafeBytes { try target.run($0) }
                } catch {
                    Issue.record("Fuzz/\(folder)/\(target.rawValue)/\(name): \(error)")
                }
                replayed += 1
            }
        }
        #expect(replayed > 0, "Fuzz/seeds/\(target.rawValue) holds the seeds")
    }

    @Test func `a broken invariant is thrown as a value that names it`() {
        #expect(throws: BrokenInvariant("read = accepted + rejected")) {
            try FuzzTarget.check(1 + 1 == 3, "read = accepted + rejected")
        }
        #expect(throws: Never.self) { try FuzzTarget.check(true, "holds") }
        #expect(
            "\(BrokenInvariant("a document read has a kind"))"
                == "broken invariant: a document read has a kind")
    }
}
