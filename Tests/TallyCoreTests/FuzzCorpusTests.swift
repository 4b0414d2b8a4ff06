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
                data.withUnsafeBytes { target.run($0) }
                replayed += 1
            }
        }
        #expect(replayed > 0, "Fuzz/seeds/\(target.rawValue) holds the seeds")
    }
}
