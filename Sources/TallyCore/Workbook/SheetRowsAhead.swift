/// The rows of a sheet after its header, read ahead in batches on a thread of their own while
/// the calling thread decides their records.
///
/// A sheet's read has three stages: inflating (``InflatedBlocks``), finding the cells in the XML
/// (``SheetReader``) and deciding the records. Each runs on its own thread, the rows in order:
/// so the read takes about the longest stage rather than their sum. Memory is that of three
/// batches (a thousand rows, or a megabyte of values, each).
final class SheetRowsAhead {
    /// Rows and bytes of values a batch holds at most.
    static let rowsPerBatch = 1_024
    static let bytesPerBatch = 1 << 20

    /// Rows read ahead: their values back to back, their cells, each row's number, whether it
    /// is empty, its cells and how far into the sheet it ends; and why reading stopped, if it
    /// failed.
    private final class Batch {
        let values = CellValues()
        var cells: [(column: Int, range: Range<Int>)] = []
        var rows: [(number: Int, isEmpty: Bool, cells: Range<Int>, inflated: Int)] = []
        var failure: ZipArchive.Failure?
        var isLast = false

        /// Reads the next rows; `false` when they are the last (at the sheet's end, or a
        /// failure).
        func fill(from reader: SheetReader) -> Bool {
            values.truncate(to: 0)
            cells.removeAll(keepingCapacity: true)
            rows.removeAll(keepingCapacity: true)
            do {
                while rows.count < SheetRowsAhead.rowsPerBatch
                    && values.count < SheetRowsAhead.bytesPerBatch
                {
                    guard try reader.nextRow() else {
                        isLast = true
                        return false
                    }
                    let base = values.count
                    values.append(reader.values.bytes)
                    let first = cells.count
                    for cell in reader.cells {
                        cells.append(
                            (
                                cell.column,
                                (cell.range.lowerBound + base)..<(cell.range.upperBound + base)
                            ))
                    }
                    rows.append(
                        (
                            reader.rowNumber, reader.isEmptyRow, first..<cells.count,
                            reader.bytesInflated
                        ))
                }
                return true
            } catch {
                failure = error
                isLast = true
                return false
            }
        }
    }

    private let ahead: ReadAhead<Batch>
    private var batch: Batch?
    private var index = -1

    /// The row last read: its number (as the sheet numbers it; the header's before the first),
    /// whether it is empty, and how far into the sheet it ends.
    private(set) var rowNumber: Int
    private(set) var isEmptyRow = true
    private(set) var bytesInflated = 0
    /// The cells of the row last read, each a column and a range of ``values``.
    private(set) var cells: ArraySlice<(column: Int, range: Range<Int>)> = []

    /// Reads the rows `reader` has not read yet; from here on only this thread's filling
    /// touches the reader.
    init(reader: SheetReader) {
        rowNumber = reader.rowNumber
        let batches = (0..<3).map { _ in Batch() }
        ahead = ReadAhead(slots: batches) { batch in batch.fill(from: reader) }
    }

    /// The values the cells of the row last read refer to, valid until the next row.
    var values: UnsafeRawBufferPointer {
        batch?.values.bytes ?? UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// Reads the next row; `false` after the last.
    func nextRow() throws(ZipArchive.Failure) -> Bool {
        while true {
            if let batch {
                if index + 1 < batch.rows.count {
                    index += 1
                    let row = batch.rows[index]
                    rowNumber = row.number
                    isEmptyRow = row.isEmpty
                    bytesInflated = row.inflated
                    cells = batch.cells[row.cells]
                    return true
                }
                // The rows before a failure are read first; the failure then stays.
                if let failure = batch.failure { throw failure }
                if batch.isLast { return false }
                ahead.giveBack()
                self.batch = nil
            }
            guard let next = ahead.take() else { return false }
            if next.isLast { ahead.end() }
            batch = next
            index = -1
        }
    }
}
