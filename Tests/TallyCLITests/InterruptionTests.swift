import Foundation
import TallyTestSupport
import Testing

/// Interrupted runs: the previous output stays, and a caught signal leaves no temporary behind.
struct InterruptionTests {
    @Test(arguments: [
        (SIGINT, ["aggregate", "-i", "-", "-o", "out.csv"], "out.csv"),
        (
            SIGTERM, ["aggregate", "-i", "-", "-o", "out.csv", "--rejects", "rejects.csv"],
            "out.csv"
        ),
        (SIGKILL, ["aggregate", "-i", "-", "-o", "out.csv"], "out.csv"),
        (SIGINT, ["export", "-i", "-", "--records", "-o", "out.xlsx"], "out.xlsx"),
        (SIGKILL, ["export", "-i", "-", "-o", "out.xlsx"], "out.xlsx"),
    ])
    func `an interrupted run leaves the previous file in place`(
        signal: Int32, arguments: [String], target: String
    ) throws {
        let folder = Fixtures.folder()
        try "previous\n".write(toFile: folder + "/" + target, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TallyBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Records keep coming and standard input stays open: the run is mid-read when signalled.
        input.fileHandleForWriting.write(
            Data(
                (Fixtures.shortHeader + "\nr1,2024-12-25,Tajikistan,Khatlon,incident,attack,1,0\n")
                    .utf8
            ))
        let temporary = "\(folder)/.\(target).tmp-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(10)
        while target.hasSuffix(".csv") && !FileManager.default.fileExists(atPath: temporary)
            && Date() < deadline
        {
            usleep(20_000)
        }
        if target.hasSuffix(".csv") {
            #expect(FileManager.default.fileExists(atPath: temporary), "the output is open")
        }
        usleep(200_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()

        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        let kept = try String(contentsOfFile: folder + "/" + target, encoding: .utf8)
        #expect(kept == "previous\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        if signal == SIGKILL {
            #expect(left.contains(target))  // the temporary may stay; the target is untouched
        } else {
            #expect(left == [target], "temporaries removed on \(signal)")
        }
    }
}
