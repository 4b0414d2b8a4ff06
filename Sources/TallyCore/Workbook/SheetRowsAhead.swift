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
        let cells = CellList()
        var rows: [(number: Int, isEmpty: Bool, cells: Range<Int>, inflated: Int)] = []
        var failure: ZipArchive.Failure?
        var isLast = false

        /// Reads the next rows; `false` when they are the last (at the sheet's end, or a
        /// failure).
        ///
        /// The reader reads them into the batch's own memory, lent to it meanwhile: copying
        /// each row's values and cells from the reader cost a tenth of finding them.
        func fill(from reader: SheetReader) -> Bool {
            values.truncate(to: 0)
            cells.removeAll()
            rows.removeAll(keepingCapacity: true)
            reader.exchangeStorage(values, cells)
            defer { reader.exchangeStorage(values, cells) }
            do {
                while rows.count < SheetRowsAhead.rowsPerBatch
                    && reader.values.count < SheetRowsAhead.bytesPerBatch
                {
                    let first = reader.cells.count
                    guard try reader.appendRow() else {
                        isLast = true
                        return false
                    }
                    rows.append(
                        (
                            reader.rowNumber, reader.isEmptyRow, first..<reader.cells.count,
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

    // Read for every row by one thread: no exclusivity checks at run time.
    private let ahead: ReadAhead<Batch>
    @exclusivity(unchecked) private var batch: Batch?
    @exclusivity(unchecked) private var index = -1

    /// The row last read: its number (as the sheet numbers it; the header's before the first),
    /// whether it is empty, and how far into the sheet it ends.
    @exclusivity(unchecked) private(set) var rowNumber: Int
    @exclusivity(unchecked) private(set) var isEmptyRow = true
    @exclusivity(unchecked) private(set) var bytesInflated = 0
    /// The cells of the row last read, each a column and a range of ``values``.
    @exclusivity(unchecked) private(set) var cells = UnsafeBufferPointer<CellList.Cell>(
        start: nil, count: 0)

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
                    cells = UnsafeBufferPointer(rebasing: batch.cells.all[row.cells])
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
