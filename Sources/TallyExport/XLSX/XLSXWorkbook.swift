internal import CXLSXWriter

/// One libxlsxwriter workbook: the only owner of the C workbook, closed exactly once.
///
/// libxlsxwriter creates the file only inside `workbook_close`, so errors surface at ``close()``;
/// write to a temporary path and rename it on success.
public final class XLSXWorkbook {
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// The path the workbook is written to on close.
    public let path: String

    /// Starts a workbook to be written at `path`.
    public init(path: String) throws(XLSXError) {
        self.path = path
        guard let workbook = workbook_new(path) else { throw .cannotStart(path) }
        self.workbook = workbook
    }

    deinit {
        // An unclosed workbook is abandoned: closing here would write a file nobody asked to keep.
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Adds a worksheet and returns its index.
    public func addWorksheet(named name: String) throws(XLSXError) -> Int {
        guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
            throw .cannotAddSheet(name)
        }
        sheets.append(sheet)
        return sheets.count - 1
    }

    /// Writes text into a cell; text is never read as a formula.
    public func write(_ text: String, sheet: Int, row: Int, column: Int) throws(XLSXError) {
        try check(
            worksheet_write_string(sheets[sheet], lxw_row_t(row), lxw_col_t(column), text, nil))
    }

    /// Writes a number into a cell; NaN and infinity are written as blank cells.
    public func write(_ number: Double, sheet: Int, row: Int, column: Int) throws(XLSXError) {
        if number.isFinite {
            try check(
                worksheet_write_number(
                    sheets[sheet], lxw_row_t(row), lxw_col_t(column), number, nil))
        } else {
            try check(worksheet_write_blank(sheets[sheet], lxw_row_t(row), lxw_col_t(column), nil))
        }
    }

    /// Writes the file. Call once; the workbook is released whether or not it succeeds.
    public func close() throws(XLSXError) {
        guard let workbook else { return }
        self.workbook = nil
        try check(workbook_close(workbook))
    }

    private func check(_ error: lxw_error) throws(XLSXError) {
        guard error == LXW_NO_ERROR else {
            throw .library(String(cString: lxw_strerror(error)), path)
        }
    }
}

/// A workbook that could not be written.
public enum XLSXError: Error, Equatable, CustomStringConvertible {
    case cannotStart(String)
    case cannotAddSheet(String)
    case library(String, String)

    public var description: String {
        switch self {
        case .cannotStart(let path): "cannot start a workbook at \(path)"
        case .cannotAddSheet(let name): "cannot add a worksheet named \"\(name)\""
        case .library(let message, let path): "cannot write \(path): \(message)"
        }
    }
}
