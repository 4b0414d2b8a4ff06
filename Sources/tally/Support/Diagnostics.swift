import Foundation
import TallyCore
import TallyExport

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

/// Exit codes of the CLI contract (DESIGN §4), after sysexits.h.
enum ExitStatus {
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let inputMissing: Int32 = 66
    static let unavailable: Int32 = 69
    static let cannotCreateOutput: Int32 = 73

    /// The exit code of an input problem.
    static func code(for error: InputError) -> Int32 {
        error.kind == .missing ? inputMissing : invalidData
    }
}
