/// What a workbook may hold before Tally refuses it as damaged or hostile. Generous for any
/// real incident log, and each far below what would exhaust memory or time.
enum WorkbookLimits {
    /// Excel's own last row: a sheet numbered past it was not written by a spreadsheet program.
    static let maximumRows = 1_048_576
    /// Excel's own limit on the characters of a cell, which bounds a shared string too.
    static let maximumCellCharacters = 32_767
    /// Shared strings a workbook may hold, and their bytes in all; they are kept in memory
    /// while the sheet is read (rows refer to them by number, in any order).
    static let maximumSharedStrings = 8 << 20
    static let maximumSharedStringBytes = 256 << 20
    /// The most a sheet's XML may inflate to (about 20 times a million rows of 16 columns).
    static let maximumSheetBytes = 4 << 30
    /// The most any other part (the workbook, its relationships, styles, shared strings) may
    /// inflate to.
    static let maximumPartBytes = 1 << 30

    /// The characters of UTF-8 text: its bytes that start one.
    static func characters<Text: Collection<UInt8>>(in text: Text) -> Int {
        text.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : 1) }
    }
}
