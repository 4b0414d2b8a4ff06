/// The rows of a workbook's sheets as the sheet reader finds them, written out as text, for the
/// fuzzer: the reader's two ways of reading a tag (straight from the window, or through the
/// parser's events) must find the same rows, and hostile bytes must end in a sentence, not a
/// crash.
package enum SheetProbe {
    /// Every sheet's rows (`row N: column=value ...`), or the sentence that refused the
    /// workbook, after the rows read before it.
    package static func rows(ofWorkbook bytes: [UInt8], readingCommonTagsDirectly: Bool) -> String {
        var out = ""
        do {
            let workbook = try Workbook(file: RandomAccessFile(bytes: bytes))
            for sheet in workbook.sheets {
                out += "sheet \(sheet.name)\n"
                let reader = try workbook.rows(
                    of: sheet, readingCommonTagsDirectly: readingCommonTagsDirectly)
                while try reader.nextRow() {
                    out += "row \(reader.rowNumber)\(reader.isEmptyRow ? " (empty)" : ""):"
                    for cell in reader.cells {
                        let value = UnsafeRawBufferPointer(
                            rebasing: reader.values.bytes[cell.range])
                        out += " \(cell.column)=\(String(decoding: value, as: UTF8.self))"
                    }
                    out += "\n"
                }
            }
        } catch {
            out += "refused: \(error.message)\n"
        }
        return out
    }
}
