import Foundation
import Testing

/// The golden-file check itself: a recording run writes the file and still fails.
struct GoldenFileTests {
    @Test func `recording rewrites the file and records an issue, so the run cannot pass`() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-golden-check-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "old\n".write(
            to: folder.appendingPathComponent("table.txt"), atomically: true, encoding: .utf8)
        withKnownIssue("a recording run fails after writing") {
            try GoldenFile.check("new\n", against: "table.txt", in: folder, recording: true)
        }
        #expect(
            try String(contentsOf: folder.appendingPathComponent("table.txt"), encoding: .utf8)
                == "new\n")
    }

    @Test func `a matching file passes and a differing one fails`() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-golden-check-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "same\n".write(
            to: folder.appendingPathComponent("table.txt"), atomically: true, encoding: .utf8)
        try GoldenFile.check("same\n", against: "table.txt", in: folder, recording: false)
        withKnownIssue("the file differs") {
            try GoldenFile.check("other\n", against: "table.txt", in: folder, recording: false)
        }
    }
}
