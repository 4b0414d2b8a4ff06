import Foundation
import Testing

/// Compares emitter output with a committed file under `Golden/`; `TALLY_RECORD_GOLDEN=1`
/// re-records the file instead and fails the check, as swift-argument-parser's snapshots do, so
/// that a recording run never passes: review the diff, commit it, and run again without the switch.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Whether this run re-records golden files (`TALLY_RECORD_GOLDEN=1`).
    static let isRecording = ProcessInfo.processInfo.environment["TALLY_RECORD_GOLDEN"] == "1"

    static func check(
        _ actual: String, against name: String, in folder: URL = folder,
        recording: Bool = isRecording, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "\(name) was re-recorded (TALLY_RECORD_GOLDEN=1): review the diff, then run without it",
                sourceLocation: sourceLocation)
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
