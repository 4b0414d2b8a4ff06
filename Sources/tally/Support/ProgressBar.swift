import Foundation
import TallyCore

/// A progress line on stderr for long reads: only on a terminal (never in pipes or CI logs), only
/// after the first second. It shows bytes done, the rate and the time left.
final class ProgressBar {
    private let enabled = isatty(2) == 1
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private var sizes: [String: Int] = [:]
    /// When each input's first block was read, for its rate.
    private var inputStarted: [String: Date] = [:]

    /// Reports bytes read from an input; redraws at most five times a second.
    func update(_ input: RecordInput, bytesRead: Int) {
        guard enabled else { return }
        let now = Date()
        let since = inputStarted[input.path] ?? now
        inputStarted[input.path] = since
        guard now.timeIntervalSince(started) > 1, now.timeIntervalSince(lastDrawn) > 0.2 else {
            return
        }
        lastDrawn = now
        let size = sizes[input.path] ?? (input.isFile ? fileSize(input.path) : 0)
        sizes[input.path] = size
        var line = "reading \(input.path)  \(megabytes(bytesRead))"
        if size > 0 {
            let percent = min(100, bytesRead * 100 / size)
            let filled = percent / 5
            line +=
                " of \(megabytes(size))  [" + String(repeating: "█", count: filled)
                + String(repeating: " ", count: 20 - filled) + "] \(percent)%"
        }
        let elapsed = now.timeIntervalSince(since)
        if elapsed > 0.5 && bytesRead > 0 {
            let rate = Double(bytesRead) / elapsed
            line += "  \(megabytes(Int(rate)))/s"
            if size > bytesRead {
                line += "  \(ProgressBar.duration(Double(size - bytesRead) / rate)) left"
            }
        }
        FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
        drawn = true
    }

    /// `42 s`, `3 min 5 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
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
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
