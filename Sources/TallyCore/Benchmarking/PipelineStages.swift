#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one stage of the aggregation pipeline alone, for the benchmarks in `Benchmarks/`.
///
/// The benchmarks are a separate package (so that their dependencies never reach the product),
/// and a separate package cannot see the `package` declarations of the reader, the decoder and
/// the aggregator. These entry points reach them for it; each does what the real pipeline does
/// up to its stage and nothing after, so that a benchmark of it measures that stage. Not API:
/// visible only through `@_spi(Benchmarks) import TallyCore`.
@_spi(Benchmarks)
public enum PipelineStages {
    /// Reads a CSV file in blocks and finds its rows, decoding nothing: the reader stage.
    ///
    /// - Returns: the rows that are not blank, the header included.
    /// - Complexity: O(n) in the file's length, memory of one block.
    public static func scanCSV(path: String) throws(InputError) -> Int {
        guard let source = ByteBlockReader(path: path) else {
            throw InputError(
                .missing, file: path, "cannot be opened: \(systemErrorMessage(errno))")
        }
        var scanner = CSVRowScanner()
        var rows = 0
        while true {
            switch scanner.scan(
                source.buffer, from: source.start, to: source.end, atEOF: source.isAtEOF)
            {
            case .incomplete:
                let more: Bool
                do { more = try source.refill() } catch {
                    throw InputError(.invalid, file: path, "cannot be read: \(error)")
                }
                if !more && source.available == 0 { return rows }
            case .unterminatedQuote:
                throw InputError(.invalid, file: path, "a quoted field is never closed")
            case .row(let next):
                if next == source.start { return rows }
                source.start = next
                if !scanner.isBlankLine { rows += 1 }
            }
        }
    }

    /// Reads and decodes every record of a file (CSV, or whatever the reader recognises, a
    /// workbook included), aggregating nothing: reader and decoder.
    ///
    /// - Returns: the records accepted.
    public static func decodeCSV(path: String) throws(InputError) -> Int {
        var sink = AcceptedCount()
        let (_, errors) = readRecords(
            from: [RecordStream(RecordInput(path: path))], into: &sink, options: ReadOptions(),
            stopAtFirstError: true)
        if let error = errors.first { throw error }
        return sink.accepted
    }

    private struct AcceptedCount: RecordSink {
        var accepted = 0
        mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) { accepted += 1 }
        mutating func reject(_ rejection: Rejection) {}
    }

    /// The accepted records of a canonical CSV file, read and decoded once and held in memory,
    /// so that the aggregator can be timed alone, again and again.
    ///
    /// A class because it owns the memory its rows are read from.
    public final class DecodedRows {
        private let bytes: UnsafeMutableRawPointer
        private let path: String
        private let records: [DecodedRecord]
        private let rows: [RowCollector.Row]

        /// Reads and decodes `path`, keeping a copy of every accepted row.
        ///
        /// - Complexity: memory of the accepted rows' bytes and field bounds.
        public init(path: String) throws(InputError) {
            var collector = RowCollector()
            let (_, errors) = readRecords(
                from: [RecordStream(RecordInput(path: path))], into: &collector,
                options: ReadOptions(), stopAtFirstError: true)
            if let error = errors.first { throw error }
            guard !collector.hasDerivedFields else {
                throw InputError(.invalid, file: path, "is not in the canonical layout")
            }
            let memory = UnsafeMutableRawPointer.allocate(
                byteCount: max(1, collector.bytes.count), alignment: 64)
            collector.bytes.withUnsafeBytes {
                memory.copyMemory(from: $0.baseAddress!, byteCount: $0.count)
            }
            bytes = memory
            self.path = path
            records = collector.records
            rows = collector.rows
        }

        deinit { bytes.deallocate() }

        /// The records held.
        public var count: Int { records.count }

        /// Folds every record held into a new aggregator grouping by `dimensions`.
        ///
        /// - Complexity: O(n) in the records held, memory of the groups.
        public func aggregate(by dimensions: [TableDimension]) -> AggregateTable {
            var aggregator = Aggregator(AggregationRequest(dimensions: dimensions))
            let scratch = UnescapeScratch()
            var row = RowView(base: bytes, file: path, scratch: scratch)
            for index in records.indices {
                row.fields = rows[index].fields
                row.locate(in: bytes, range: rows[index].rowRange, line: rows[index].line)
                scratch.reset()
                aggregator.accept(records[index], from: row)
            }
            return aggregator.table()
        }
    }

    /// Copies accepted rows out of the reader's buffer, their field bounds moved to match.
    private struct RowCollector: RecordSink {
        struct Row {
            var fields: [FieldRef?]
            var line: Int
            var rowRange: Range<Int>
        }
        var bytes: [UInt8] = []
        var records: [DecodedRecord] = []
        var rows: [Row] = []
        var hasDerivedFields = false

        mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
            let shift = bytes.count - row.rowRange.lowerBound
            bytes += row.rawBytes
            let fields = row.fields.map { field in
                field.map {
                    FieldRef(start: $0.start + shift, end: $0.end + shift, escape: $0.escape)
                }
            }
            hasDerivedFields = hasDerivedFields || fields.contains { $0?.escape == .derived }
            records.append(record)
            rows.append(
                Row(
                    fields: fields, line: row.line,
                    rowRange: (row.rowRange.lowerBound + shift)..<(row.rowRange.upperBound + shift))
            )
        }

        mutating func reject(_ rejection: Rejection) {}
    }
}
