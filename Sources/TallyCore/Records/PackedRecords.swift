/// Records packed into one buffer of bytes and unpacked one at a time as they are read.
///
/// A `Record` held in memory costs about 1.5 KB: the struct, and a separate allocation for each
/// of its longer texts. Packed, a record takes the bytes of its id, address and notes, a number
/// for each of its other texts (stored once for all records) and about 30 more. A
/// monthly report keeps every record of its month for its workbook, which in a large input is
/// tens of thousands of records; packed, they take a fifth of the memory.
public struct PackedRecords: RandomAccessCollection, Sendable, Equatable {
    /// Every record's fields, one record after another.
    private var bytes: [UInt8] = []
    /// Where each record begins in `bytes`.
    private var starts: [Int] = []
    /// The distinct values of the fields that repeat from record to record (country, region,
    /// location, type, actors, source, flags), each packed once and referred to by its number.
    private var shared: [String] = []
    private var sharedNumbers: [String: Int] = [:]

    /// No records.
    public init() {}

    /// The records of `records`, in their order.
    public init(_ records: some Sequence<Record>) {
        for record in records { append(record) }
    }

    /// The position of the first record.
    public var startIndex: Int { 0 }
    /// The position after the last record.
    public var endIndex: Int { starts.count }

    /// The record at `position`, unpacked.
    public subscript(position: Int) -> Record {
        var reader = Reader(bytes: bytes, shared: shared, offset: starts[position])
        return reader.record()
    }

    /// Adds `record` at the end.
    public mutating func append(_ record: Record) {
        starts.append(bytes.count)
        appendText(record.id)
        for text in [
            record.country, record.region, record.location, record.type, record.actor1,
            record.actor2, record.source,
        ] {
            appendShared(text)
        }
        appendText(record.sourceURL)
        appendText(record.notes)
        appendShared(record.flags)
        for number in [
            record.date.dayNumber, record.count, record.fatalities.militants,
            record.fatalities.security, record.fatalities.civilians, record.fatalities.unknown,
        ] {
            appendInteger(number)
        }
        bytes.append(Self.precisions.firstIndex(of: record.datePrecision).map(UInt8.init)!)
        bytes.append(Self.categories.firstIndex(of: record.category).map(UInt8.init)!)
        for optional in [record.dateEnd?.dayNumber, record.fatalitiesLow, record.fatalitiesHigh] {
            bytes.append(optional == nil ? 0 : 1)
            if let optional { appendInteger(optional) }
        }
    }

    /// Removes every record.
    public mutating func removeAll(keepingCapacity: Bool = false) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
        starts.removeAll(keepingCapacity: keepingCapacity)
        shared.removeAll(keepingCapacity: keepingCapacity)
        sharedNumbers.removeAll(keepingCapacity: keepingCapacity)
    }

    /// The same records ordered by `key`, records with equal keys in their present order; each
    /// record is unpacked once, and the packed bytes are shared, not copied: only the positions
    /// are reordered.
    public func sorted<Key: Comparable>(byKey key: (Record) -> Key) -> PackedRecords {
        let order = indices.map { (key: key(self[$0]), index: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var sorted = self
        sorted.starts = order.map { starts[$0.index] }
        return sorted
    }

    /// Whether both hold the same records in the same order, however they are packed.
    public static func == (a: PackedRecords, b: PackedRecords) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    private static let precisions = DatePrecision.allCases
    private static let categories = Category.allCases

    /// A text that differs from record to record (id, address, notes): its length, then its
    /// bytes.
    private mutating func appendText(_ text: String) {
        appendInteger(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// A value of a field that repeats, by its number among the distinct values.
    private mutating func appendShared(_ text: String) {
        if let number = sharedNumbers[text] {
            appendInteger(number)
        } else {
            sharedNumbers[text] = shared.count
            appendInteger(shared.count)
            shared.append(text)
        }
    }

    /// An integer in as few bytes as it needs: zigzag (so that small negative numbers stay
    /// short), then seven bits a byte, lowest first, the high bit set on every byte but the last.
    /// Most of a record's numbers (counts, tolls) take one byte, a date three.
    private mutating func appendInteger(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Unpacks one record's fields in the order `append` packs them.
    private struct Reader {
        let bytes: [UInt8]
        let shared: [String]
        var offset: Int

        mutating func record() -> Record {
            let id = text()
            let country = sharedText()
            let region = sharedText()
            let location = sharedText()
            let type = sharedText()
            let actor1 = sharedText()
            let actor2 = sharedText()
            let source = sharedText()
            let sourceURL = text()
            let notes = text()
            let flags = sharedText()
            let day = integer()
            let count = integer()
            let fatalities = Fatalities(
                militants: integer(), security: integer(), civilians: integer(),
                unknown: integer())
            let precision = PackedRecords.precisions[Int(byte())]
            let category = PackedRecords.categories[Int(byte())]
            var record = Record(
                id: id, date: CivilDate(dayNumber: day), datePrecision: precision,
                country: country, region: region, location: location, category: category,
                type: type, count: count, fatalities: fatalities, actor1: actor1, actor2: actor2,
                source: source, sourceURL: sourceURL, notes: notes, flags: flags)
            record.dateEnd = optionalInteger().map(CivilDate.init(dayNumber:))
            record.fatalitiesLow = optionalInteger()
            record.fatalitiesHigh = optionalInteger()
            return record
        }

        private mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return bytes[offset]
        }

        /// An integer as ``PackedRecords/appendInteger(_:)`` packs it.
        private mutating func integer() -> Int {
            var zigzag: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                zigzag |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
        }

        private mutating func optionalInteger() -> Int? {
            byte() == 0 ? nil : integer()
        }

        private mutating func sharedText() -> String {
            shared[integer()]
        }

        private mutating func text() -> String {
            let count = integer()
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }
    }
}
