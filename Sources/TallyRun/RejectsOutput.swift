import TallyCore
import TallyExport

/// The `--rejects` file: opened before any input is read, written as rejections arrive, committed
/// with the accounting. A write that fails is remembered (the reader's callback cannot throw) and
/// fails the commit.
///
/// A class: the read's rejection callback and the run share it.
final class RejectsOutput {
    private let file: OutputFile
    private let writer: RejectionCSVWriter
    /// The first write that failed.
    private var writeFailure: OutputError?

    /// Opens `path` and writes the header.
    ///
    /// - Throws: ``RunFailure`` with status 73.
    init(path: String) throws(RunFailure) {
        let file = try OutputFile.opened(.file(path))
        do { writer = try RejectionCSVWriter(output: file) } catch {
            throw RunFailure(.cannotCreateOutput, error.description)
        }
        self.file = file
    }

    /// Writes one rejection, unless a write has failed already.
    func write(_ rejection: Rejection) {
        guard writeFailure == nil else { return }
        do throws(OutputError) { try writer.write(rejection) } catch { writeFailure = error }
    }

    /// Commits the file.
    ///
    /// - Throws: ``RunFailure`` with status 73 when a write or the commit failed; the file is
    ///   discarded.
    func commit() throws(RunFailure) {
        if let writeFailure {
            file.discard()
            throw RunFailure(.cannotCreateOutput, writeFailure.description)
        }
        do { try file.commit() } catch { throw RunFailure(.cannotCreateOutput, error.description) }
    }

    /// Abandons the file.
    func discard() {
        file.discard()
    }
}
