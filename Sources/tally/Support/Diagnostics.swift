import ArgumentParser
import Foundation
import TallyRun

/// Writes diagnostics to stderr: `tally: error: ...`, coloured only on a terminal.
enum Diagnostics {
    private static let colour =
        isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func error(_ message: String) {
        emit("error", message, code: "31")
    }

    static func warning(_ message: String) {
        emit("warning", message, code: "33")
    }

    static func note(_ message: String) {
        emit("note", message, code: "36")
    }

    /// Text as it is, to stderr (an explanation beside records on stdout).
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func emit(_ label: String, _ message: String, code: String) {
        let prefix = colour ? "\u{1B}[\(code)m\(label):\u{1B}[0m" : "\(label):"
        FileHandle.standardError.write(Data("tally: \(prefix) \(message)\n".utf8))
    }
}

extension Diagnostics {
    /// Says a run's notes and warnings; then throws its failure (said by the entry point, which
    /// exits with its status), or exits with its verdict when it has one (`validate`: 65).
    static func finish<Value>(_ outcome: RunOutcome<Value>) throws {
        for diagnostic in outcome.diagnostics {
            switch diagnostic.severity {
            case .note: note(diagnostic.message)
            case .warning: warning(diagnostic.message)
            }
        }
        if let failure = outcome.failure { throw failure }
        if outcome.status != .success { throw ExitCode(outcome.status) }
    }
}

extension ExitCode {
    /// The exit code of a status of the CLI contract (DESIGN §4).
    init(_ status: ExitStatus) {
        self.init(status.rawValue)
    }
}
