/// The cells of sheet rows, each a column (0-based) and the range of its value in a
/// ``CellValues``, back to back in memory of their own, reused from row to row.
///
/// Raw memory rather than an array, as for the values: an array held by a class checks that it
/// is not shared at every append, twenty times a row.
final class CellList {
    /// A cell: its column and where its value lies.
    typealias Cell = (column: Int, range: Range<Int>)

    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Cell>
    @exclusivity(unchecked) private var capacity: Int
    /// The cells held.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The cells held, valid until the next change.
    var all: UnsafeBufferPointer<Cell> {
        @inline(__always) get { UnsafeBufferPointer(start: storage, count: count) }
    }

    @inline(__always)
    func append(_ cell: Cell) {
        if count == capacity { grow() }
        (storage + count).initialize(to: cell)
        count += 1
    }

    /// Drops every cell.
    @inline(__always)
    func removeAll() {
        count = 0
    }

    /// Exchanges the cells held (and the memory holding them) with `other`'s.
    func exchangeCells(with other: CellList) {
        swap(&storage, &other.storage)
        swap(&capacity, &other.capacity)
        swap(&count, &other.count)
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Cell>.allocate(capacity: 2 * capacity)
        bigger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }
}
