/// An emitter whose output is a workbook, which libxlsxwriter creates by its path.
///
/// The workbook is written at the temporary path its output reserved
/// (``OutputFile/reservedPath``), which replaces the target only when the output is committed:
/// a failed or interrupted run leaves the previous file in place.
public protocol WorkbookEmitter<Subject>: Emitter {
    /// Writes the workbook at `path`, a path that nothing else writes.
    func write(_ subject: Subject, toPath path: String) throws(XLSXError)
}

extension WorkbookEmitter {
    /// A workbook is created by path.
    public var writesByPath: Bool { true }

    /// Writes the workbook at the path the output reserved for it.
    public func emit(_ subject: Subject, to output: OutputFile) throws {
        try write(subject, toPath: try output.pathForWorkbook())
    }
}

extension OutputFile {
    /// The path reserved for a workbook, or an error for an output opened as a stream.
    func pathForWorkbook() throws(OutputError) -> String {
        guard let reservedPath else {
            throw .cannotCreate(path, "a workbook is written to a named file, not to a stream")
        }
        return reservedPath
    }
}
