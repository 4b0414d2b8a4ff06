import Foundation
import TallyCore

/// A progress line on stderr for long reads: only on a terminal, only after the first second.
final class ProgressBar {
    private let enabled = isatty(2) == 1
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private var sizes: [String: Int] = [:]

    /// Reports bytes read from an input; redraws at most five times a second.
    func update(_ input: RecordInput, bytesRead: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) > 1, now.timeIntervalSince(lastDrawn) > 0.2 else {
            return
        }
        lastDrawn = now
        let size = sizes[input.path] ?? fileSize(input.path)
        sizes[input.path] = size
        var line = "reading \(input.path)  \(megabytes(bytesRead))"
        if size > 0 {
            let percent = min(100, bytesRead * 100 / size)
            let filled = percent / 5
            line +=
                " of \(megabytes(size))  [" + String(repeating: "█", count: filled)
                + String(repeating: " ", count: 20 - filled) + "] \(percent)%"
        }
        FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
        drawn = true
    }

    /// Clears the line, if one was drawn.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private func fileSize(_ path: String) -> Int {
        guard path != "-" else { return 0 }
        return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
