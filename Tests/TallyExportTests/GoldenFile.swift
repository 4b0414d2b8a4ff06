import Foundation
import Testing

/// Compares emitter output with a committed file under `Golden/`; `TALLY_RECORD_GOLDEN=1`
/// re-records the file instead (then review the diff and commit it).
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(
        _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TALLY_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(actualLines, expectedLines).enumerated().first {
                $1.0 != $1.1
            }
            let detail =
                firstDifference.map {
                    "line \($0.offset + 1):\n  expected: \($0.element.1)\n  actual:   \($0.element.0)"
                }
                ?? "lengths differ: expected \(expectedLines.count) lines, got \(actualLines.count)"
            Issue.record(
                "\(name) differs from the golden file (TALLY_RECORD_GOLDEN=1 re-records it); \(detail)",
                sourceLocation: sourceLocation)
        }
    }
}
