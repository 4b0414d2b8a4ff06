import Foundation
public import TallyCore
public import TallyExport

/// A monthly report and the files it was written to.
public struct WrittenReport {
    /// The report.
    public var report: MonthlyReport
    /// The files written, in the order of `ReportFormat.allCases`.
    public var files: [String]
}

extension RecordRun {
    /// Checks that `folder` can take the report before any input is read, builds the report of
    /// `month` (or of the latest month with data), and writes its files in `folder/YYYY-MM/`
    /// (`tally report`).
    ///
    /// - Parameters:
    ///   - month: the month to report; `nil` for the latest month with data.
    ///   - coverage: the days the inputs cover, when declared (`--coverage`).
    ///   - formats: the files to write.
    ///   - folder: the folder the month's folder is written in.
    ///   - context: the version and time the files state.
    public func report(
        month: Period?, coverage: ClosedRange<CivilDate>?, formats: Set<ReportFormat>,
        in folder: String, context: EmissionContext
    ) -> RunOutcome<WrittenReport> {
        RunSession.perform(self) { session throws(RunFailure) in
            try Self.makeFolder(folder)
            do throws(OutputError) { try OutputFile.checkCreatable(folder + "/report") } catch {
                throw RunFailure(.cannotCreateOutput, error.description)
            }
            let report = try session.read { source, options in
                try MonthlyReporting.run(
                    month: month, from: source, options: options, coverage: coverage)
            }
            try session.account(report.accounting, notes: [])
            let monthFolder = "\(folder)/\(report.month)"
            try Self.makeFolder(monthFolder)
            var files: [String] = []
            for format in ReportFormat.allCases where formats.contains(format) {
                let path = monthFolder + "/" + format.fileName
                let emitter = format.emitter(context: context)
                let output = try session.open(.file(path), for: emitter)
                try output.commit(report, with: emitter)
                files.append(path)
            }
            return WrittenReport(report: report, files: files)
        }
    }

    /// Creates a folder and the folders above it that are missing.
    private static func makeFolder(_ path: String) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(
                .cannotCreateOutput,
                OutputError.cannotCreate(path, (error as NSError).localizedDescription).description)
        }
    }
}
