import Foundation
import TallyCore
import TallyExport
import TallyRun
import TallyTestSupport
import Testing

/// The run layer owns a command's read-to-write step: these are its outcomes, the statuses and
/// sentences `tally` says and exits with.
struct RecordRunTests {
    static let request = AggregationRequest(dimensions: [.region])
    static let csv = TableCSVEmitter()

    /// Canonical CSV bytes: one good record, then one whose fatalities are negative.
    static let mixed = Array(
        Fixtures.csv([Fixtures.incident(), Fixtures.incident([.id: "r2", .fatalities: "-3"])]).utf8)

    /// A run over bytes in memory, with the clock's year pinned.
    static func run(
        _ bytes: [UInt8], rejects: String? = nil, strict: Bool = false
    ) -> RecordRun<RecordInput> {
        RecordRun(
            source: RecordInput(bytes: bytes, name: "upload.csv"),
            options: ReadOptions(currentYear: 2026), rejects: rejects, isStrict: strict)
    }

    @Test func `a run aggregates, writes the table and succeeds, with the rejections as a warning`()
        throws
    {
        let target = Fixtures.folder() + "/table.csv"
        let outcome = Self.run(Self.mixed).aggregate(
            Self.request, with: Self.csv, to: .file(target))
        #expect(outcome.status == .success && outcome.failure == nil)
        #expect(outcome.value?.accounting.accepted == 1)
        #expect(
            outcome.diagnostics == [
                RunDiagnostic(
                    .warning,
                    "1 of 2 records rejected; first: upload.csv:3: fatalities \"-3\" is negative (--rejects FILE writes them all)"
                )
            ])
        #expect(
            try String(contentsOfFile: target, encoding: .utf8).contains("Tajikistan,Khatlon,1"))
    }

    @Test func `--strict fails the run with 65 and writes nothing, after saying the rejections`() {
        let target = Fixtures.folder() + "/table.csv"
        let outcome = Self.run(Self.mixed, strict: true).aggregate(
            Self.request, with: Self.csv, to: .file(target))
        #expect(outcome.status == .invalidData)
        #expect(
            outcome.failure
                == RunFailure(.invalidData, "--strict: 1 records were rejected; nothing written"))
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func `a run in which every record was rejected fails with 65 and writes nothing`() {
        let rejected = Array(
            Fixtures.csv([
                Fixtures.incident([.date: "2024-13-01"]), Fixtures.incident([.count: "0"]),
            ])
            .utf8)
        let target = Fixtures.folder() + "/table.csv"
        let outcome = Self.run(rejected).aggregate(Self.request, with: Self.csv, to: .file(target))
        #expect(
            outcome.failure
                == RunFailure(
                    .invalidData,
                    "every record was rejected (2 of 2); nothing counted, nothing written"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func `an uncreatable --rejects fails with 73 before the source is read`() {
        let source = WatchedSource()
        let run = RecordRun(source: source, rejects: "/proc/tally-cannot-write/rejects.csv")
        let outcome = run.aggregate(Self.request, with: Self.csv, to: .standardOutput)
        #expect(outcome.status == .cannotCreateOutput)
        #expect(
            outcome.failure?.message
                == "cannot create /proc/tally-cannot-write/rejects.csv: No such file or directory")
        #expect(!source.wasResolved)
    }

    @Test func `an output that cannot be created fails with 73 before a missing input is found`() {
        let run = RecordRun(source: try! InputSetPaths(["/nonexistent/records.csv"]))
        let unwritable = run.aggregate(
            Self.request, with: Self.csv, to: .file("/proc/tally-cannot-write/table.csv"))
        #expect(unwritable.status == .cannotCreateOutput)
        let missing = run.aggregate(
            Self.request, with: Self.csv, to: .file(Fixtures.folder() + "/t.csv"))
        #expect(
            missing.failure
                == RunFailure(.inputMissing, "/nonexistent/records.csv: no such file or folder"))
    }

    @Test(arguments: [false, true])
    func
        `a --rejects file that cannot be written fails the run with 73, validate keeping its findings`(
            validating: Bool
        )
    {
        // More rejections than the output buffers, so that writing fails while reading.
        let rows = (1...2_000).map { Fixtures.incident([.id: "r\($0)", .count: "0"]) }
        let bytes = Array(Fixtures.csv([Fixtures.incident()] + rows).utf8)
        let run = Self.run(bytes, rejects: "/dev/full")
        let (status, failure, hasValue): (TallyRun.ExitStatus, RunFailure?, Bool)
        if validating {
            let outcome = run.validate()
            (status, failure, hasValue) = (outcome.status, outcome.failure, outcome.value != nil)
        } else {
            let outcome = run.aggregate(
                Self.request, with: Self.csv, to: .file(Fixtures.folder() + "/t.csv"))
            (status, failure, hasValue) = (outcome.status, outcome.failure, outcome.value != nil)
        }
        #expect(status == .cannotCreateOutput)
        #expect(failure?.message == "cannot write /dev/full: No space left on device")
        #expect(hasValue == validating)
    }

    @Test func `rejected records are written to --rejects with the source's name and line`() throws
    {
        let rejects = Fixtures.folder() + "/rejects.csv"
        let outcome = Self.run(Self.mixed, rejects: rejects).aggregate(
            Self.request, with: Self.csv, to: .file(Fixtures.folder() + "/t.csv"))
        #expect(outcome.status == .success)
        #expect(
            outcome.diagnostics.map(\.message) == [
                "1 of 2 records rejected; first: upload.csv:3: fatalities \"-3\" is negative"
            ])
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(written.hasPrefix("file,line,reason,record\nupload.csv,3,"))
    }

    @Test func `validate's verdict is 65 with its findings, and 66 when an input is missing`() {
        let invalid = Self.run(Self.mixed).validate()
        #expect(invalid.status == .invalidData && invalid.failure == nil)
        #expect(invalid.value?.accounting.rejected == 1)
        let valid = Self.run(Array(Fixtures.csv([Fixtures.incident()]).utf8)).validate()
        #expect(valid.status == .success)
        let missing = RecordRun(source: try! InputSetPaths(["/nonexistent/records.csv"])).validate()
        #expect(missing.status == .inputMissing && missing.value == nil)
    }

    @Test func `a compared period the inputs do not reach is a warning, not zeros`() throws {
        let request = ComparisonRequest(
            base: try PeriodRange(parsing: "2010"), current: try PeriodRange(parsing: "2024"))
        let outcome = Self.run(Array(Fixtures.csv([Fixtures.incident()]).utf8)).compare(
            request, with: ComparisonCSVEmitter(), to: .file(Fixtures.folder() + "/c.csv"))
        #expect(outcome.status == .success)
        #expect(
            outcome.diagnostics.contains {
                $0.severity == .warning && $0.message.hasPrefix("the base period 2010 lies outside")
            })
    }

    @Test func `a report is written to its month's folder and its files are named`() throws {
        let folder = Fixtures.folder()
        let outcome = Self.run(Array(Fixtures.csv([Fixtures.incident()]).utf8)).report(
            month: nil, coverage: nil, formats: [.text, .csv], in: folder,
            context: EmissionContext(version: "test", generatedAt: 0))
        #expect(outcome.status == .success)
        #expect(
            outcome.value?.files == [
                folder + "/2024-12/summary.txt", folder + "/2024-12/by-region.csv",
            ])
        #expect(FileManager.default.fileExists(atPath: folder + "/2024-12/by-region.csv"))
        let refused = Self.run(Array(Fixtures.csv([Fixtures.incident()]).utf8)).report(
            month: try Period(parsing: "2019-01"), coverage: nil, formats: [.text], in: folder,
            context: EmissionContext(version: "test", generatedAt: 0))
        #expect(refused.status == .invalidData)
    }

    @Test func `an output opened for a run fails with 73 and its reason`() {
        #expect(
            throws: RunFailure(
                .cannotCreateOutput,
                "cannot create /proc/tally-cannot-write/x.csv: No such file or directory")
        ) {
            try OutputFile.opened(.file("/proc/tally-cannot-write/x.csv"))
        }
    }

    @Test func `writing an output installs no signal handler`() throws {
        var before = sigaction()
        sigaction(SIGINT, nil, &before)
        let output = try OutputFile(.file(Fixtures.folder() + "/out.csv"))
        try output.write("a\n")
        try output.commit()
        var after = sigaction()
        sigaction(SIGINT, nil, &after)
        #expect(
            unsafeBitCast(after.__sigaction_handler, to: Int.self)
                == unsafeBitCast(before.__sigaction_handler, to: Int.self))
    }

    /// A source that says whether it was asked for its streams.
    final class WatchedSource: RecordSource {
        private(set) var wasResolved = false

        func recordStreams() -> [RecordStream] {
            wasResolved = true
            return []
        }
    }

    /// Paths resolved when the source is read, as the command line's are.
    struct InputSetPaths: RecordSource {
        let paths: [String]

        init(_ paths: [String]) throws { self.paths = paths }

        func recordStreams() throws(InputError) -> [RecordStream] {
            try InputSet.resolve(paths).recordStreams()
        }
    }
}
