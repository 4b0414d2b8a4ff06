import Foundation
import TallyFuzzing

// Built with `-sanitize=fuzzer` and `-D FUZZING` (make fuzz), this is libFuzzer's entry point: the
// target comes from TALLY_FUZZ_TARGET. Built plainly, it replays saved inputs through a target:
// `tally-fuzz TARGET FILE...`.

#if FUZZING
    nonisolated(unsafe) private var target = FuzzTarget.csv

    /// libFuzzer's driver (libclang_rt.fuzzer), started from this executable's own entry point:
    /// SwiftPM links an executable's `main` to `tally_fuzz_main`, so libFuzzer's `main` is not used.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("tally_fuzz_main")
    public func fuzzMain(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> Int32 {
        let name = ProcessInfo.processInfo.environment["TALLY_FUZZ_TARGET"] ?? "csv"
        guard let chosen = FuzzTarget(rawValue: name) else {
            fatalError("TALLY_FUZZ_TARGET=\(name) names no target; one of \(FuzzTarget.allCases)")
        }
        target = chosen
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments) { data, size in
            // Stopping the process is what makes libFuzzer keep the input as a finding.
            do {
                try target.run(UnsafeRawBufferPointer(start: data, count: size))
            } catch {
                fatalError("\(target.rawValue): \(error)")
            }
            return 0
        }
    }
#else
    @main
    enum Replay {
        static func main() throws {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                FileHandle.standardError.write(Data("usage: tally-fuzz \(names) FILE...\n".utf8))
                exit(64)
            }
            var broken = 0
            for path in arguments.dropFirst() {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                do {
                    try data.withUnsafeBytes { try target.run($0) }
                    print("\(name): \(path) ok")
                } catch {
                    FileHandle.standardError.write(Data("\(name): \(path): \(error)\n".utf8))
                    broken += 1
                }
            }
            if broken > 0 { exit(1) }
        }
    }
#endif
