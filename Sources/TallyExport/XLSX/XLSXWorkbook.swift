internal import CXLSXWriter
public import TallyCore

#if canImport(Glibc)
    import Glibc
#endif

/// One libxlsxwriter workbook: the only owner of the C workbook, closed exactly once.
///
/// libxlsxwriter creates the file only inside `workbook_close`, so errors surface at ``close()``:
/// write to a temporary path (see ``OutputFile/temporaryPath(for:)``) and rename on success.
/// Every `lxw_error` is compared by name and turned into an ``XLSXError``.
public final class XLSXWorkbook {
    /// Excel's limit on the characters of one cell.
    public static let maximumCellCharacters = 32_767
    /// Excel's last row (0-based) is 1,048,575.
    public static let maximumRows = 1_048_576
    /// Excel keeps at most this many hyperlinks on a sheet.
    public static let maximumLinksPerSheet = 65_530

    /// What a workbook is created with.
    public struct Options: Sendable {
        /// Stream rows to temporary files: memory stays flat, rows must be written in order,
        /// and Excel tables are not available (use autofilter).
        public var constantMemory = false
        /// Title, subject, keywords; the author is always "Tally".
        public var title = ""
        /// The document's subject.
        public var subject = ""
        /// The document's keywords, comma-separated.
        public var keywords = ""
        /// The document's comments.
        public var comments = ""
        /// Creation time in seconds since 1970; pin it (`SOURCE_DATE_EPOCH`) for reproducible files.
        public var createdAt: Int?

        /// Options with the given values; the others left at their defaults.
        public init(
            constantMemory: Bool = false, title: String = "", subject: String = "",
            keywords: String = "",
            comments: String = "", createdAt: Int? = nil
        ) {
            self.constantMemory = constantMemory
            self.title = title
            self.subject = subject
            self.keywords = keywords
            self.comments = comments
            self.createdAt = createdAt
        }
    }

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    private var sheetNames: [String] = []
    private var widths: [ColumnWidths] = []
    private var links: [Int] = []
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The text of the cell being written, NUL-terminated for the C API.
    private var staging = UnsafeMutablePointer<CChar>.allocate(capacity: 4_096)
    private var stagingCapacity = 4_096
    /// The path the workbook is written to on close.
    public let path: String
    /// Whether rows stream to temporary files.
    public let isConstantMemory: Bool
    /// Cells whose text was cut at Excel's limit, with a visible marker.
    public private(set) var truncatedCells = 0
    /// Links written as plain text because the sheet had reached Excel's limit of links.
    public private(set) var linksWrittenAsText = 0

    /// Starts a workbook to be written at `path` on ``close()``.
    public init(path: String, options: Options = Options()) throws(XLSXError) {
        self.path = path
        isConstantMemory = options.constantMemory
        var libraryOptions = lxw_workbook_options()
        libraryOptions.constant_memory = options.constantMemory ? 1 : 0
        guard let workbook = workbook_new_opt(path, &libraryOptions) else {
            throw .cannotStart(path)
        }
        self.workbook = workbook

        let fields = [options.title, options.subject, "Tally", options.keywords, options.comments]
            .map(duplicateCString)
        defer { fields.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = fields[0]
        properties.subject = fields[1]
        properties.author = fields[2]
        properties.keywords = fields[3]
        properties.comments = fields[4]
        if let createdAt = options.createdAt { properties.created = time_t(createdAt) }
        try check(workbook_set_properties(workbook, &properties), "setting the document properties")
    }

    deinit {
        // Abandoned without close: free the C workbook without writing a file nobody asked to keep.
        if let workbook { lxw_workbook_free(workbook) }
        staging.deallocate()
    }

    // MARK: Sheets

    /// Adds a worksheet; the name is made valid and unique (see ``SheetName``).
    public func addWorksheet(named name: String) throws(XLSXError) -> XLSXSheet {
        guard let workbook else { throw .closed }
        let valid = SheetName.valid(name, avoiding: sheetNames)
        guard let sheet = workbook_add_worksheet(workbook, valid) else {
            throw .cannotAddSheet(valid)
        }
        sheets.append(sheet)
        sheetNames.append(valid)
        widths.append(ColumnWidths())
        links.append(0)
        return XLSXSheet(index: sheets.count - 1, name: valid)
    }

    /// The worksheets added so far, in order.
    public var worksheets: [XLSXSheet] {
        sheetNames.enumerated().map { XLSXSheet(index: $0.offset, name: $0.element) }
    }

    /// Writes text; text is never read as a formula. Over Excel's limit it is cut with a marker.
    public func write(
        _ text: String, _ sheet: XLSXSheet, row: Int, column: Int, style: CellStyle = .plain
    ) throws(XLSXError) {
        var text = text
        text.withUTF8 {
            stage(UnsafeRawBufferPointer($0), sheet: sheet, row: row, column: column, style: style)
        }
        try writeStaged(sheet, row: row, column: column, style: style)
    }

    /// Writes UTF-8 bytes as text, like the `String` overload, without building a `String`
    /// (the Records sheet copies fields straight from the reader's buffer).
    package func write(
        utf8 bytes: UnsafeRawBufferPointer, _ sheet: XLSXSheet, row: Int, column: Int,
        style: CellStyle = .plain
    ) throws(XLSXError) {
        stage(bytes, sheet: sheet, row: row, column: column, style: style)
        try writeStaged(sheet, row: row, column: column, style: style)
    }

    /// Copies a cell's text into the NUL-terminated staging buffer, cut at Excel's limit, and
    /// notes its width.
    private func stage(
        _ bytes: UnsafeRawBufferPointer, sheet: XLSXSheet, row: Int, column: Int, style: CellStyle
    ) {
        // Only text longer than the limit in bytes can be longer than it in UTF-16 units.
        if bytes.count > XLSXWorkbook.maximumCellCharacters {
            let text = String(decoding: bytes, as: UTF8.self)
            if text.utf16.count > XLSXWorkbook.maximumCellCharacters {
                truncatedCells += 1
                var cut = XLSXWorkbook.truncated(text)
                cut.withUTF8 {
                    stage(
                        UnsafeRawBufferPointer($0), sheet: sheet, row: row, column: column,
                        style: style)
                }
                return
            }
        }
        if bytes.count >= stagingCapacity {
            staging.deallocate()
            stagingCapacity = bytes.count * 2
            staging = .allocate(capacity: stagingCapacity)
        }
        if bytes.count > 0 {
            UnsafeMutableRawPointer(staging).copyMemory(
                from: bytes.baseAddress!, byteCount: bytes.count)
        }
        staging[bytes.count] = 0
        if row <= ColumnWidths.measuredRows {
            widths[sheet.index].note(
                String(decoding: bytes, as: UTF8.self), row: row, column: column, style: style)
        }
    }

    private func writeStaged(
        _ sheet: XLSXSheet, row: Int, column: Int, style: CellStyle
    ) throws(XLSXError) {
        try check(
            worksheet_write_string(
                sheets[sheet.index], lxw_row_t(row), lxw_col_t(column), staging, format(style)),
            "writing text at \(sheet.name) row \(row + 1)")
    }

    /// Writes a number; NaN and infinity become blank cells (libxlsxwriter would write an invalid file).
    public func write(
        _ number: Double, _ sheet: XLSXSheet, row: Int, column: Int, style: CellStyle = .integer
    )
        throws(XLSXError)
    {
        guard number.isFinite else {
            try check(
                worksheet_write_blank(
                    sheets[sheet.index], lxw_row_t(row), lxw_col_t(column), format(style)),
                "writing a blank cell")
            return
        }
        widths[sheet.index].note(number, row: row, column: column, style: style)
        try check(
            worksheet_write_number(
                sheets[sheet.index], lxw_row_t(row), lxw_col_t(column), number, format(style)),
            "writing a number at \(sheet.name) row \(row + 1)")
    }

    /// Writes a whole number.
    public func write(
        _ number: Int, _ sheet: XLSXSheet, row: Int, column: Int, style: CellStyle = .integer
    )
        throws(XLSXError)
    {
        try write(Double(number), sheet, row: row, column: column, style: style)
    }

    /// Writes a day as a real Excel date (a serial number with a date format).
    public func write(
        _ date: CivilDate, _ sheet: XLSXSheet, row: Int, column: Int, style: CellStyle = .date
    )
        throws(XLSXError)
    {
        try write(
            Double(XLSXWorkbook.serial(of: date)), sheet, row: row, column: column, style: style)
    }

    /// Writes a hyperlink for `http` and `https` addresses, plain text for anything else.
    ///
    /// Links stay text in constant-memory workbooks (libxlsxwriter keeps every link in memory
    /// until the file is closed, so a streamed sheet of links would not stay flat) and past
    /// Excel's limit of links on a sheet; ``linksWrittenAsText`` counts them for the About sheet.
    public func writeLink(
        _ address: String, _ sheet: XLSXSheet, row: Int, column: Int
    ) throws(XLSXError) {
        let isWeb = XLSXWorkbook.isWebAddress(address)
        guard isWeb, !isConstantMemory, links[sheet.index] < XLSXWorkbook.maximumLinksPerSheet,
            address.utf8.count <= 2_079, !address.contains(where: { $0 == " " || $0 == "\n" })
        else {
            if isWeb
                && (isConstantMemory || links[sheet.index] >= XLSXWorkbook.maximumLinksPerSheet)
            {
                linksWrittenAsText += 1
            }
            try write(address, sheet, row: row, column: column)
            return
        }
        links[sheet.index] += 1
        widths[sheet.index].note(address, row: row, column: column, style: .link)
        try check(
            worksheet_write_url(
                sheets[sheet.index], lxw_row_t(row), lxw_col_t(column), address, format(.link)),
            "writing a link at \(sheet.name) row \(row + 1)")
    }

    // MARK: Layout

    /// Freezes the rows above `rows` (and the columns left of `columns`).
    public func freezePanes(_ sheet: XLSXSheet, rows: Int, columns: Int = 0) {
        worksheet_freeze_panes(sheets[sheet.index], lxw_row_t(rows), lxw_col_t(columns))
    }

    /// Sets how a sheet prints: A4 in an orientation, scaled to fit a number of pages, rows
    /// repeated at the top of each page, margins, and a header (the title, the sheet's name) and
    /// footer (a note, the page of the pages).
    public func setPrintLayout(_ sheet: XLSXSheet, _ layout: PrintLayout) throws(XLSXError) {
        let worksheet = sheets[sheet.index]
        if layout.orientation == .landscape {
            worksheet_set_landscape(worksheet)
        } else {
            worksheet_set_portrait(worksheet)
        }
        worksheet_set_paper(worksheet, 9)  // A4
        worksheet_set_margins(worksheet, 0.5, 0.5, 0.75, 0.75)
        worksheet_fit_to_pages(worksheet, UInt16(layout.pagesWide), UInt16(layout.pagesTall))
        if let rows = layout.repeatedRows {
            try check(
                worksheet_repeat_rows(
                    worksheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                "repeating rows on \(sheet.name)")
        }
        if let area = layout.printArea {
            try check(
                worksheet_print_area(
                    worksheet, lxw_row_t(area.firstRow), lxw_col_t(area.firstColumn),
                    lxw_row_t(area.lastRow), lxw_col_t(area.lastColumn)),
                "setting the print area of \(sheet.name)")
        }
        // Excel's header codes: &L, &C, &R start a section; &A is the sheet's name, &P the page,
        // &N the pages; a literal & is written &&. libxlsxwriter refuses more than 255 characters.
        func literal(_ text: String) -> String {
            text.prefix(100).map { $0 == "&" ? "&&" : String($0) }.joined()
        }
        try check(
            worksheet_set_header(worksheet, "&L" + literal(layout.title) + "&R&A"),
            "setting the header of \(sheet.name)")
        try check(
            worksheet_set_footer(worksheet, "&L" + literal(layout.footnote) + "&RPage &P of &N"),
            "setting the footer of \(sheet.name)")
    }

    /// Adds filter buttons over a header row and the rows below it.
    public func autofilter(_ sheet: XLSXSheet, _ range: CellRange) throws(XLSXError) {
        try check(
            worksheet_autofilter(
                sheets[sheet.index], lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn)), "adding a filter")
    }

    /// Sets a column's width in characters, overriding the width computed from its content.
    public func setColumnWidth(_ sheet: XLSXSheet, column: Int, characters: Double) {
        widths[sheet.index].fix(column: column, width: characters)
    }

    /// Makes an Excel table over `range` (header row first, then data, then the total row when a
    /// column has a total). Each column's header is given, or libxlsxwriter writes `Column1`...
    ///
    /// - Parameters:
    ///   - sheet: the sheet the table is on.
    ///   - range: the cells it covers.
    ///   - name: the table's name, unique in the workbook.
    ///   - headers: each column's header.
    ///   - totals: per column, the label of the total row, or the sum with its cached value (so
    ///     viewers that do not recalculate show it); `nil` for an empty total cell.
    public func addTable(
        _ sheet: XLSXSheet, _ range: CellRange, name: String, headers: [String],
        totals: [TableTotal?]? = nil
    ) throws(XLSXError) {
        guard !isConstantMemory else {
            throw .library("tables are not available in constant-memory mode", path)
        }
        let cStrings = headers.map(duplicateCString)
        let labels = (totals ?? []).map { total -> UnsafeMutablePointer<CChar>? in
            if case .label(let text) = total { return duplicateCString(text) }
            return nil
        }
        defer {
            cStrings.forEach { free($0) }
            labels.forEach { free($0) }
        }
        var columns = headers.indices.map { index -> lxw_table_column in
            var column = lxw_table_column()
            column.header = cStrings[index]
            if let totals, index < totals.count, let total = totals[index] {
                switch total {
                case .label: column.total_string = labels[index]
                case .sum(let value):
                    column.total_function = UInt8(LXW_TABLE_FUNCTION_SUM.rawValue)
                    column.total_value = value
                }
            }
            return column
        }
        let tableName = duplicateCString(SheetName.tableName(name))
        defer { free(tableName) }
        try columns.withUnsafeMutableBufferPointer { buffer throws(XLSXError) in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map {
                buffer.baseAddress! + $0
            }
            pointers.append(nil)
            try pointers.withUnsafeMutableBufferPointer { list throws(XLSXError) in
                var options = lxw_table_options()
                options.name = tableName
                options.total_row = totals == nil ? 0 : 1
                options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
                options.style_type_number = 2
                options.columns = list.baseAddress
                try check(
                    worksheet_add_table(
                        sheets[sheet.index], lxw_row_t(range.firstRow),
                        lxw_col_t(range.firstColumn),
                        lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &options),
                    "adding the table \(name)")
            }
        }
        for (index, header) in headers.enumerated() {
            widths[sheet.index].note(
                header + "  ▾", row: range.firstRow, column: range.firstColumn + index,
                style: .header)
        }
    }

    /// Places a chart with its top-left corner at a cell.
    public func insert(
        _ chart: XLSXChart, _ sheet: XLSXSheet, row: Int, column: Int
    ) throws(XLSXError) {
        var options = lxw_chart_options()
        options.x_scale = chart.scale.x
        options.y_scale = chart.scale.y
        try check(
            worksheet_insert_chart_opt(
                sheets[sheet.index], lxw_row_t(row), lxw_col_t(column), chart.pointer, &options),
            "inserting a chart")
    }

    /// A new chart of a kind, to fill with series and insert into a sheet.
    public func addChart(_ kind: XLSXChart.Kind) throws(XLSXError) -> XLSXChart {
        guard let workbook, let chart = workbook_add_chart(workbook, kind.libraryType) else {
            throw .library("cannot create a chart", path)
        }
        return XLSXChart(pointer: chart)
    }

    // MARK: Closing

    /// Sets the computed column widths and writes the file. Call once; the workbook is released
    /// whether or not it succeeds.
    public func close() throws(XLSXError) {
        guard let workbook else { throw .closed }
        for (index, sheet) in sheets.enumerated() {
            for (column, width) in widths[index].widths {
                worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
            }
        }
        self.workbook = nil
        try check(workbook_close(workbook), "writing the file")
    }

    // MARK: Helpers

    /// The Excel serial number of a day (1900 date system, with Excel's phantom 29 February 1900).
    public static func serial(of date: CivilDate) -> Int {
        let serial = date.dayNumber + 25_569
        return serial < 61 ? serial - 1 : serial
    }

    /// Whether an address starts with `http://` or `https://`, ignoring case.
    static func isWebAddress(_ address: String) -> Bool {
        let prefix = address.utf8.prefix(8).map(asciiLowercase)
        return prefix.starts(with: "http://".utf8) || prefix.starts(with: "https://".utf8)
    }

    /// Text cut to Excel's limit, ending with a visible marker.
    static func truncated(_ text: String) -> String {
        let marker = " … [cut at Excel's 32,767-character limit]"
        var units = 0
        var end = text.startIndex
        for index in text.indices {
            let next = units + text[index].utf16.count
            if next > maximumCellCharacters - marker.utf16.count { break }
            units = next
            end = text.index(after: index)
        }
        return String(text[..<end]) + marker
    }

    private func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let existing = formats[style] { return existing }
        guard let workbook else { return nil }
        if style == .link { return workbook_get_default_url_format(workbook) }
        let format = workbook_add_format(workbook)
        switch style {
        case .plain, .link: break
        case .bold: format_set_bold(format)
        case .header:
            format_set_bold(format)
            format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .title:
            format_set_bold(format)
            format_set_font_size(format, 14)
        case .integer: format_set_num_format(format, "#,##0")
        case .boldInteger:
            format_set_bold(format)
            format_set_num_format(format, "#,##0")
        case .signedInteger: format_set_num_format(format, "+#,##0;-#,##0;0")
        case .percent: format_set_num_format(format, "+0.0%;-0.0%;0.0%")
        case .ratio: format_set_num_format(format, "0.00")
        case .probability: format_set_num_format(format, "[<0.001]0.0E+00;0.000")
        case .date: format_set_num_format(format, "yyyy-mm-dd")
        case .month: format_set_num_format(format, "mmm yyyy")
        case .wrapped:
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .flagged:
            format_set_bg_color(format, 0xFFF2A8)
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
        }
        formats[style] = format
        return format
    }

    private func check(_ error: lxw_error, _ doing: @autoclosure () -> String) throws(XLSXError) {
        guard error == LXW_NO_ERROR else {
            throw .library("\(String(cString: lxw_strerror(error))) while \(doing())", path)
        }
    }
}

/// A worksheet of an ``XLSXWorkbook``.
public struct XLSXSheet: Sendable, Hashable {
    /// Position in the workbook.
    public let index: Int
    /// The name as written (sanitised and unique).
    public let name: String

    /// `'Sheet name'!$A$2:$A$25`, for chart series.
    public func reference(_ range: CellRange) -> String {
        "='\(name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''"))'!\(range.absolute)"
    }
}

/// How a worksheet prints (``XLSXWorkbook/setPrintLayout(_:_:)``): always on A4.
public struct PrintLayout: Sendable, Hashable {
    /// Which way up the page is.
    public enum Orientation: Sendable, Hashable {
        case portrait
        case landscape
    }

    /// Portrait or landscape.
    public var orientation: Orientation
    /// Pages across that the sheet is scaled to fit; 0 leaves the width unscaled.
    public var pagesWide: Int
    /// Pages down that the sheet is scaled to fit; 0 for as many as it takes.
    public var pagesTall: Int
    /// Rows printed again at the top of every page (0-based, inclusive): a table's header.
    public var repeatedRows: ClosedRange<Int>?
    /// The cells printed; `nil` for everything the sheet holds.
    public var printArea: CellRange?
    /// The header's left part (the report's title); its right part names the sheet.
    public var title: String
    /// The footer's left part (the version and time); its right part is "Page P of N".
    public var footnote: String

    /// A layout with the given values.
    public init(
        orientation: Orientation, pagesWide: Int = 1, pagesTall: Int = 0,
        repeatedRows: ClosedRange<Int>? = nil, printArea: CellRange? = nil, title: String,
        footnote: String
    ) {
        self.orientation = orientation
        self.pagesWide = pagesWide
        self.pagesTall = pagesTall
        self.repeatedRows = repeatedRows
        self.printArea = printArea
        self.title = title
        self.footnote = footnote
    }
}

/// A rectangle of cells, 0-based and inclusive.
public struct CellRange: Sendable, Hashable {
    /// The first row.
    public var firstRow: Int
    /// The first column.
    public var firstColumn: Int
    /// The last row.
    public var lastRow: Int
    /// The last column.
    public var lastColumn: Int

    /// The cells from (`firstRow`, `firstColumn`) to (`lastRow`, `lastColumn`).
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// `$A$2:$C$9`.
    public var absolute: String {
        "$\(CellRange.columnName(firstColumn))$\(firstRow + 1):$\(CellRange.columnName(lastColumn))$\(lastRow + 1)"
    }

    /// `A`, `Z`, `AA`...
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

/// The formats Tally writes cells with.
public enum CellStyle: Hashable, Sendable {
    case plain
    case bold
    case header
    case title
    case integer
    case boldInteger
    case signedInteger
    case percent
    /// A ratio such as a rate ratio: `0.00`.
    case ratio
    /// A p-value: up to three significant decimals, scientific when tiny.
    case probability
    case date
    case month
    case link
    case wrapped
    /// Text on a light yellow fill: a cell a reviewer should look at.
    case flagged
}

/// The content of one total-row cell of a table.
public enum TableTotal: Sendable, Hashable {
    /// Text, such as `Total`.
    case label(String)
    /// `SUBTOTAL(109, ...)` with its cached value.
    case sum(Double)
}

/// A workbook that could not be written.
public enum XLSXError: Error, Equatable, CustomStringConvertible {
    case cannotStart(String)
    case cannotAddSheet(String)
    case closed
    case library(String, String)

    /// The problem, as a sentence.
    public var description: String {
        switch self {
        case .cannotStart(let path): "cannot start a workbook at \(path)"
        case .cannotAddSheet(let name): "cannot add a worksheet named \"\(name)\""
        case .closed: "the workbook is already closed"
        case .library(let message, let path): "cannot write \(path): \(message)"
        }
    }
}

/// A `malloc`ed copy of a string for a C field the library copies; free it after the call.
private func duplicateCString(_ text: String) -> UnsafeMutablePointer<CChar>? {
    text.withCString { strdup($0) }
}
