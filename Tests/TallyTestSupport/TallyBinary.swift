import Foundation

/// Runs the built `tally` binary and captures what it prints.
package struct TallyBinary {
    package struct Outcome {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// The package root, where the test sources live two folders down.
    package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `$TALLY_BIN`, else `tally` beside the test bundle (SwiftPM builds it, as the tests depend on it).
    package static let path: String = {
        if let configured = ProcessInfo.processInfo.environment["TALLY_BIN"] { return configured }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("tally").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/tally").path
    }()

    /// Runs `tally` with arguments, optional standard input, in a folder (a fresh one by default).
    package static func run(
        _ arguments: [String], stdin: String? = nil, in folder: String? = nil,
        environment extra: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? Fixtures.folder())
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "TALLY_DATASETS")
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
