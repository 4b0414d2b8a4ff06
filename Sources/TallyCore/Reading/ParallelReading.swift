import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A sink whose work can be split: parts of an input fill empty copies, which then merge.
package protocol MergeableRecordSink: RecordSink, Sendable {
    /// A sink set up like this one that has seen no record.
    func emptyCopy() -> Self
    /// Adds what another copy saw over a later part of the input.
    mutating func merge(_ other: Self)
}

/// How a read splits large files over threads.
package struct ParallelPlan: Sendable {
    /// Threads to use; 1 reads every input in one pass on the calling thread.
    package var threads: Int
    /// Files smaller than this are read in one pass: threads cost more than they save.
    package var minimumBytes: Int

    /// The most rejections a chunk keeps while the chunks before it are read; a chunk with more
    /// is read again after them, handing its rejections on as they come.
    package static let rejectionsKeptPerChunk = 10_000

    package init(threads: Int, minimumBytes: Int = 8 << 20) {
        self.threads = max(1, threads)
        self.minimumBytes = minimumBytes
    }
}

/// Reads every input into `sink` like ``readRecords(from:into:options:stopAtFirstError:)``, with
/// large files split into one contiguous chunk per thread.
///
/// Each chunk is read into an empty copy of the sink; the copies merge in input order. A chunk
/// other than the first starts at a guessed record boundary: the first line start after its
/// nominal offset from which the next rows have the header's field count. A quoted field may
/// hold line breaks, so the guess is verified: the chunk before reads on past its nominal end to
/// the first row that starts at or after it, and the guess must be exactly that offset. A chunk
/// whose guess was wrong is read again from the true boundary on the calling thread. So the
/// records counted, the rejections (in input order, with their lines) and the first input error
/// are exactly those of a single pass.
package func readRecords<Sink: MergeableRecordSink>(
    from streams: [RecordStream], into sink: inout Sink, options: ReadOptions, plan: ParallelPlan,
    stopAtFirstError: Bool
) -> (ReadAccounting, [InputError]) {
    let decoder = options.decoder
    var accounting = ReadAccounting()
    var errors: [InputError] = []
    var first: Rejection?
    for stream in streams {
        let input = stream.input
        let size = splittableSize(input)
        var chunked: (InputSummary, InputError?)?
        if plan.threads > 1 && size >= plan.minimumBytes {
            // nil for a workbook or a transcoded text, whose offsets are not the text's.
            chunked = ChunkedRead(
                input: input, size: size, decoder: decoder, threads: plan.threads,
                options: options
            ).run(into: &sink, firstRejection: &first)
        }
        let (summary, error): (InputSummary, InputError?)
        if let chunked {
            (summary, error) = chunked
        } else {
            let reader = RecordReader(
                decoder: decoder, dialect: options.dialect, progress: options.onProgress)
            var wrapped = AccountingSink(base: sink, onRejection: options.onRejection)
            (summary, error) = reader.read(stream, into: &wrapped)
            sink = wrapped.base
            if first == nil { first = wrapped.firstRejection }
        }
        accounting.add(summary)
        if let error {
            errors.append(error)
            if stopAtFirstError { break }
        }
    }
    accounting.firstRejection = first
    return (accounting, errors)
}

/// The size of an input that can be read in parts: a regular file, or bytes in memory; 0 for
/// anything else (standard input, pipes, devices, records), which is read in one pass.
private func splittableSize(_ input: RecordInput) -> Int {
    switch input.origin {
    case .file:
        var info = stat()
        guard stat(input.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(info.st_size)
    case .bytes(let bytes): return bytes.count
    case .standardInput, .records: return 0
    }
}

/// Where the rejections of a chunk go.
private enum RejectionHandling {
    /// Only the first is kept (nobody listens to the rest).
    case firstOnly
    /// Kept, up to ``ParallelPlan/rejectionsKeptPerChunk``, until the chunks before have been handed on.
    case buffered
    /// Handed on at once, their lines moved by the lines before the chunk (the chunk is being
    /// read on the calling thread, in order).
    case streamed(lineOffset: Int, listener: (Rejection) -> Void)
}

/// Passes records to the sink and keeps or hands on rejections.
private struct ChunkSink<Base: RecordSink>: RecordSink {
    var base: Base
    let handling: RejectionHandling
    var rejections: [Rejection] = []
    /// More rejections than a chunk keeps: it is read again with its rejections streamed.
    var overflowed = false

    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        base.accept(record, from: row)
    }

    mutating func reject(_ rejection: Rejection) {
        base.reject(rejection)
        switch handling {
        case .firstOnly:
            if rejections.isEmpty { rejections.append(rejection) }
        case .buffered:
            if rejections.count < ParallelPlan.rejectionsKeptPerChunk {
                rejections.append(rejection)
            } else {
                overflowed = true
            }
        case .streamed(let lineOffset, let listener):
            var moved = rejection
            moved.line += lineOffset
            if rejections.isEmpty { rejections.append(moved) }
            listener(moved)
        }
    }
}

/// What reading one chunk found.
private struct ChunkResult<Sink> {
    var sink: Sink
    /// The file offset the chunk started at: a guess unless it was given exactly; `nil` when
    /// the read failed before it was found.
    var start: Int?
    /// The file offset of the first row at or after the chunk's end: where the next one starts.
    var stop: Int
    /// Line feeds from `start` to `stop`.
    var lines: Int
    var read: Int
    var accepted: Int
    /// Rejections, with lines counted from the chunk's start as line 1 (streamed ones excepted).
    var rejections: [Rejection]
    var overflowed: Bool
    /// JSON keys that are not columns, in the order first seen.
    var unknownKeys: [String]
    /// JSON keys read as a column by another name ("province as region").
    var mappedKeys: [InputSummary.MappedColumn] = []
    /// The problem that stopped the chunk, its line counted from the chunk's start.
    var error: InputError?
}

/// Reads one chunk of an input whose header has been read.
private struct ChunkReader: Sendable {
    let input: RecordInput
    let decoder: RecordDecoder
    let dialect: InputDialect
    let header: InputHeader

    /// Reads the rows from `offset` (or, unless `exact`, from the first plausible row start
    /// after it) to the first row that starts at or after `limit`.
    func read<Sink: RecordSink>(
        into sink: Sink, from offset: Int, exact: Bool, until limit: Int?,
        rejections handling: RejectionHandling, progress: ProgressRelay?
    ) -> ChunkResult<Sink> {
        var chunkSink = ChunkSink(base: sink, handling: handling)
        var result = ChunkResult(
            sink: sink, start: nil, stop: offset, lines: 0, read: 0, accepted: 0,
            rejections: [], overflowed: false, unknownKeys: [], error: nil)
        // A guess looks for a line feed from the byte before the offset; at 0 there is none.
        let guesses = !exact && offset > 0
        let source: ByteBlockReader
        do {
            source = try ByteBlockReader.reading(input, from: guesses ? offset - 1 : offset)
        } catch {
            result.error = InputError(
                .missing, file: input.path, "cannot be read: \(systemErrorMessage(errno))")
            return result
        }
        var reported = 0
        var session = ReadSession(
            input: input, source: source, decoder: decoder, dialect: dialect,
            progress: progress.map { relay in
                { _, bytesRead in
                    relay.advance(by: bytesRead - reported)
                    reported = bytesRead
                }
            })
        session.adopt(header)
        session.line = 1
        do {
            _ = try session.fill()
            if guesses { try session.skipToPlausibleRowStart() }
            result.start = source.offset
            if limit.map({ source.offset < $0 }) ?? true {
                if header.columnOfField.isEmpty {
                    try session.readJSONLines(into: &chunkSink, until: limit)
                } else {
                    try session.readCSVRows(into: &chunkSink, until: limit)
                }
            }
        } catch {
            result.error = error
        }
        result.sink = chunkSink.base
        result.stop = source.offset
        result.lines = session.line - 1
        result.read = session.read
        result.accepted = session.accepted
        result.rejections = chunkSink.rejections
        result.overflowed = chunkSink.overflowed
        result.unknownKeys = header.columnOfField.isEmpty ? session.unknownColumns : []
        result.mappedKeys = header.columnOfField.isEmpty ? session.mappedColumns : []
        return result
    }
}

/// One input read as chunks on several threads.
private struct ChunkedRead {
    let input: RecordInput
    let size: Int
    let decoder: RecordDecoder
    let threads: Int
    let options: ReadOptions

    /// Reads the header, the chunks in parallel, then merges them in order; `nil` when the
    /// input is a workbook or text converted to UTF-8 as it is read, which is read in one pass.
    func run<Sink: MergeableRecordSink>(
        into sink: inout Sink, firstRejection: inout Rejection?
    ) -> (InputSummary, InputError?)? {
        let source: ByteBlockReader
        do { source = try ByteBlockReader.reading(input) } catch {
            return (InputSummary(unread: input), error)
        }
        var session = ReadSession(
            input: input, source: source, decoder: decoder, dialect: options.dialect,
            progress: options.onProgress)
        var format = input.format ?? .csv
        do {
            format = try session.begin()
            if format == .xlsx || source.isTranscoding { return nil }
            if format == .csv { try session.readCSVHeader() }
        } catch {
            let summary = InputSummary(
                unread: input, format: format, bytes: source.bytesRead,
                unknownColumns: session.unknownColumns)
            return (summary, error)
        }
        let header = session.header
        let reader = ChunkReader(
            input: input, decoder: decoder, dialect: options.dialect, header: header)
        let bodyStart = source.offset
        let bounds = (0...threads).map { k in
            k == threads ? size : bodyStart + (size - bodyStart) * k / threads
        }
        let chunks = threads
        @Sendable func limit(_ k: Int) -> Int? { k + 1 < chunks ? bounds[k + 1] : nil }

        let keepsAll = options.onRejection != nil
        let results = ResultSlots<ChunkResult<Sink>>(count: threads)
        let relay = ProgressRelay(options.onProgress, input: input)
        let prototype = sink.emptyCopy()
        DispatchQueue.concurrentPerform(iterations: threads) { k in
            results[k] = reader.read(
                into: prototype.emptyCopy(), from: bounds[k], exact: k == 0, until: limit(k),
                rejections: keepsAll ? .buffered : .firstOnly, progress: relay)
        }

        // Merge in order; a chunk whose start was guessed wrong is read again from the truth.
        var read = 0
        var accepted = 0
        var unknownKeys: [String] = []
        var mappedKeys: [InputSummary.MappedColumn] = []
        var line = header.line
        var expectedStart = bodyStart
        var failure: InputError?
        for k in 0..<threads {
            if let end = limit(k), expectedStart >= end { continue }  // covered by the one before
            var result = results[k]!
            let lineOffset = line - 1
            if result.start != expectedStart || result.overflowed {
                let handling: RejectionHandling =
                    options.onRejection.map { .streamed(lineOffset: lineOffset, listener: $0) }
                    ?? .firstOnly
                result = reader.read(
                    into: prototype.emptyCopy(), from: expectedStart, exact: true,
                    until: limit(k), rejections: handling, progress: nil)
                if case .firstOnly = handling {
                    result.rejections = result.rejections.map { moved($0, by: lineOffset) }
                }
                if firstRejection == nil { firstRejection = result.rejections.first }
            } else {
                for rejection in result.rejections.map({ moved($0, by: lineOffset) }) {
                    if firstRejection == nil { firstRejection = rejection }
                    options.onRejection?(rejection)
                }
            }
            sink.merge(result.sink)
            read += result.read
            accepted += result.accepted
            for key in result.unknownKeys where !unknownKeys.contains(key) {
                unknownKeys.append(key)
            }
            for key in result.mappedKeys where !mappedKeys.contains(key) {
                mappedKeys.append(key)
            }
            if var error = result.error {
                if let errorLine = error.line { error.line = errorLine + lineOffset }
                failure = error
                break
            }
            line += result.lines
            expectedStart = result.stop
        }
        var summary = InputSummary(
            path: input.path, format: format, bytes: size, read: read, accepted: accepted,
            rejected: read - accepted,
            unknownColumns: format == .csv ? header.unknownColumns : unknownKeys)
        summary.layout = header.layout
        summary.mappedColumns = format == .csv ? header.mappedColumns : mappedKeys
        return (summary, failure)
    }

    private func moved(_ rejection: Rejection, by lines: Int) -> Rejection {
        var moved = rejection
        moved.line += lines
        return moved
    }
}

/// One result slot per chunk, each written by one thread and read after all have finished.
///
/// The slots are raw memory allocated once: threads write different slots and never touch a
/// shared array (whose mutation, even of distinct elements, is a data race).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let values: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        values = .allocate(capacity: count)
        values.initialize(repeating: nil, count: count)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { values[index] }
        set { values[index] = newValue }
    }
}

/// Adds up the bytes the chunks have read and reports the sum, one report at a time.
///
/// Unchecked: the callback is only called with the lock held.
private final class ProgressRelay: @unchecked Sendable {
    private let total = Mutex(0)
    private let report: ((RecordInput, Int) -> Void)?
    private let input: RecordInput

    init(_ report: ((RecordInput, Int) -> Void)?, input: RecordInput) {
        self.report = report
        self.input = input
    }

    func advance(by bytes: Int) {
        total.withLock { sum in
            sum += bytes
            report?(input, sum)
        }
    }
}
