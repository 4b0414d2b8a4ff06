/// One stream of a read: an input (a file, standard input, bytes in memory), or records a program
/// holds, read as they come.
public struct RecordStream {
    /// The name rejections and the accounting cite, and the layout.
    public let input: RecordInput
    /// Makes the bytes of records held in memory; `nil` for the other inputs, whose bytes the
    /// input says where to find.
    private let makeRecordBytes: (() -> ByteProducer)?

    /// A file, standard input or bytes in memory.
    public init(_ input: RecordInput) {
        self.input = input
        makeRecordBytes = nil
    }

    /// Records a program holds or generates, read one at a time as canonical JSON Lines: memory
    /// stays flat however many there are, each record passes the same rules as a record in a
    /// file, and a rejection cites `name` and the record's place in the sequence as its line
    /// (`records:3: ...`).
    ///
    /// A record's `dateEnd`, `fatalitiesLow` and `fatalitiesHigh` (UCDP's) are not read: they are
    /// no column of the canonical format.
    public init<Records: Sequence<Record>>(records: Records, name: String = "records") {
        input = RecordInput(path: name, format: .jsonLines, origin: .records)
        makeRecordBytes = {
            var lines = RecordLines(records: records.makeIterator())
            return { lines.fill($0) }
        }
    }

    /// A reader of the stream's bytes from the start.
    package func open() throws(InputError) -> ByteBlockReader {
        if let makeRecordBytes { return ByteBlockReader(producer: makeRecordBytes()) }
        return try ByteBlockReader.reading(input)
    }
}

/// Records as canonical JSON Lines, made as the reader asks for bytes: one line a record, so that
/// a record's line is its place in the sequence.
private struct RecordLines<Records: IteratorProtocol<Record>> {
    var records: Records
    /// The line being handed out, and how much of it has been.
    var line: [UInt8] = []
    var handedOut = 0

    /// Fills `space` with the next lines; 0 when every record has been handed out.
    mutating func fill(_ space: UnsafeMutableRawBufferPointer) -> Int {
        var written = 0
        while written < space.count {
            if handedOut == line.count {
                guard let record = records.next() else { break }
                line = Array(record.jsonLine.utf8)
                handedOut = 0
            }
            let count = min(space.count - written, line.count - handedOut)
            line.withUnsafeBytes { bytes in
                (space.baseAddress! + written).copyMemory(
                    from: bytes.baseAddress! + handedOut, byteCount: count)
            }
            written += count
            handedOut += count
        }
        return written
    }
}
