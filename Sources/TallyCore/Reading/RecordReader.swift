#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Receives the records of a read, one at a time: decoded ones and rejected ones.
package protocol RecordSink {
    /// A record that passed every rule, with the row it was read from (which the sink can read
    /// during the call, and cannot keep).
    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView)
    /// A record that broke a rule.
    mutating func reject(_ rejection: Rejection)
}

/// Streams records from CSV, JSON Lines and workbook inputs through the decoder into a sink.
///
/// Memory stays flat: one block buffer (grown only for a record longer than a block) and field
/// arrays reused from row to row.
package struct RecordReader {
    package var decoder: RecordDecoder
    /// The delimiter, encoding and sheet where the input cannot tell them.
    package var dialect: InputDialect
    /// Called with the number of bytes read so far from the current input, after each block.
    package var progress: ((_ input: RecordInput, _ bytesRead: Int) -> Void)?

    package init(
        decoder: RecordDecoder, dialect: InputDialect = InputDialect(),
        progress: ((RecordInput, Int) -> Void)? = nil
    ) {
        self.decoder = decoder
        self.dialect = dialect
        self.progress = progress
    }

    /// Reads one stream to its end, or to the first problem that stops it.
    ///
    /// - Returns: what was read, and the ``InputError`` that stopped the read early, if any (a
    ///   file that cannot be opened, a missing header, an unterminated quote); the records before
    ///   the problem have reached the sink and are in the summary.
    package func read<Sink: RecordSink>(
        _ stream: RecordStream, into sink: inout Sink
    ) -> (InputSummary, InputError?) {
        let input = stream.input
        let source: ByteBlockReader
        do { source = try stream.open() } catch {
            return (InputSummary(unread: input), error)
        }
        var session = ReadSession(
            input: input, source: source, decoder: decoder, dialect: dialect, progress: progress)
        var format = input.format ?? .csv
        var failure: InputError?
        do {
            format = try session.begin()
            switch format {
            case .csv: try session.readCSV(into: &sink)
            case .jsonLines: try session.readJSONLines(into: &sink)
            case .xlsx: try session.readWorkbook(into: &sink)
            }
        } catch {
            failure = error
        }
        return (session.summary(format: format), failure)
    }
}

/// The state of reading one input.
struct ReadSession {
    let input: RecordInput
    let source: ByteBlockReader
    let decoder: RecordDecoder
    let dialect: InputDialect
    let progress: ((RecordInput, Int) -> Void)?
    let scratch = UnescapeScratch()
    var read = 0
    var accepted = 0
    var unknownColumns: [String] = []
    /// Header names read as a column by another name ("Province as region").
    var mappedColumns: [InputSummary.MappedColumn] = []
    var line = 1
    /// The layout the header names; ACLED and UCDP rows go through their translator.
    var layout = InputLayout.canonical
    var translator: LayoutTranslator?
    /// The CSV header: the column of each field, and the names as written.
    var columnOfField: [Column?] = []
    /// The field of a review file's `decision` column, when the header has one.
    var decisionField: Int?
    var headerNames: [String] = []
    /// The byte between CSV fields: the dialect's, or sniffed from the first lines.
    var delimiter = CSVDelimiter.comma.byte
    /// The name rejections cite: the path, or a workbook's path and sheet (`book.xlsx[Log]`).
    var citedName: String
    /// A workbook's sheet read, and its empty rows passed over (before its last record).
    var sheet: String?
    var skippedEmptyRows = 0

    init(
        input: RecordInput, source: ByteBlockReader, decoder: RecordDecoder,
        dialect: InputDialect = InputDialect(), progress: ((RecordInput, Int) -> Void)?
    ) {
        self.input = input
        self.source = source
        self.decoder = decoder
        self.dialect = dialect
        self.progress = progress
        citedName = input.path
    }

    /// What was read, as the accounting counts it.
    func summary(format: InputFormat) -> InputSummary {
        var summary = InputSummary(
            path: input.path, format: format, bytes: source.bytesRead, read: read,
            accepted: accepted, rejected: read - accepted, unknownColumns: unknownColumns)
        summary.layout = layout
        summary.mappedColumns = mappedColumns
        summary.sheet = sheet
        summary.skippedEmptyRows = skippedEmptyRows
        return summary
    }

    /// Reads another block; `false` at end of input.
    mutating func fill() throws(InputError) -> Bool {
        do {
            let more = try source.refill()
            progress?(input, source.bytesRead)
            return more
        } catch {
            switch error {
            case .recordTooLong:
                throw InputError(
                    .invalid, file: input.path, line: line,
                    "a record starting here is longer than \(ByteBlockReader.maximumRecordBytes >> 20) MB (is a quote left open?)"
                )
            case .system(let code):
                throw InputError(
                    .missing, file: input.path, "cannot be read: \(systemErrorMessage(code))")
            case .undecodable(let encoding, let offset):
                throw InputError(
                    .invalid, file: input.path,
                    offset < 0
                        ? "cannot be read as \(encoding.rawValue): this system's iconv does not know it"
                        : "is not \(encoding.rawValue) text: byte \((offset + 1).groupedDigits) of the \(encoding.rawValue) bytes is not a character of it"
                )
            }
        }
    }

    /// Reads the first block and gets to the first byte of the content: a workbook recognised,
    /// a byte order mark skipped (UTF-16 converted from there on, as is text in the dialect's
    /// encoding), binary input refused, the format taken from the input or sniffed.
    mutating func begin() throws(InputError) -> InputFormat {
        _ = try fill()
        while source.available < 8 && !source.isAtEOF {
            guard (try? fill()) == true else { break }
        }
        if let container = ContainerKind(bytes: unconsumed) {
            if container == .zip { return .xlsx }
            throw InputError(.invalid, file: input.path, container.refusal)
        }
        try decodeText()
        try refuseBinary()
        // A file named .xlsx that is not a ZIP archive is read as what its content is.
        return input.format.flatMap { $0 == .xlsx ? nil : $0 } ?? sniffFormat()
    }

    /// The bytes read and not yet consumed.
    var unconsumed: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: source.buffer + source.start, count: source.available)
    }

    /// Skips a byte order mark, and reads on as UTF-8 converted from UTF-16 (by its mark) or
    /// from the dialect's encoding. A UTF-8 mark wins over the dialect: the file says what it is.
    mutating func decodeText() throws(InputError) {
        let bytes = unconsumed
        var encoding = dialect.encoding
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            source.start += 3
            return
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            source.start += 2
            encoding = .utf16LE
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            source.start += 2
            encoding = .utf16BE
        }
        guard let encoding else { return }
        do {
            try source.transcode(from: encoding)
        } catch {
            throw InputError(
                .invalid, file: input.path,
                "cannot be read as \(encoding.rawValue): this system's iconv does not know it")
        }
        _ = try fill()
    }

    /// Refuses input that is not text: a NUL byte in the first 64 KB (a binary file, a file of
    /// zeros), with a word on what it may be.
    func refuseBinary() throws(InputError) {
        let bytes = source.buffer.assumingMemoryBound(to: UInt8.self) + source.start
        let count = min(source.available, 1 << 16)
        guard let nul = memchr(bytes, 0, count) else { return }
        let offset = UnsafeRawPointer(nul) - UnsafeRawPointer(bytes)
        let gzip = count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
        // Every other byte NUL at the start: UTF-16 text saved without its byte order mark.
        let utf16 =
            count >= 4
            && (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0
                || bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)
        let what =
            gzip
            ? "it is gzip-compressed; decompress it first (gunzip)"
            : utf16
                ? "it looks like UTF-16 text without a byte order mark: read it with --encoding \(bytes[1] == 0 ? "utf-16le" : "utf-16be")"
                : "is it a binary file?"
        throw InputError(
            .invalid, file: input.path, line: 1,
            "is not a text file: byte \((offset + 1).groupedDigits) is NUL; \(what)")
    }

    /// JSON Lines when the first byte that is not white space is `{`, CSV otherwise.
    func sniffFormat() -> InputFormat {
        let bytes = source.buffer.assumingMemoryBound(to: UInt8.self)
        var i = source.start
        while i < source.end,
            bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A
        {
            i += 1
        }
        return i < source.end && bytes[i] == UInt8(ascii: "{") ? .jsonLines : .csv
    }

    func invalid(_ line: Int, _ message: String) -> InputError {
        InputError(.invalid, file: citedName, line: line, message)
    }

    mutating func reject<Sink: RecordSink>(
        _ reason: RejectionReason, row: borrowing RowView, into sink: inout Sink
    ) {
        sink.reject(
            Rejection(
                file: citedName, line: row.line,
                reason: reason.description(naming: layout.sourceName(of:)),
                rawText: row.rawText))
    }

    mutating func decode<Sink: RecordSink>(_ row: borrowing RowView, into sink: inout Sink) {
        do {
            let record = try decoder.decode(row)
            accepted += 1
            sink.accept(record, from: row)
        } catch {
            reject(error, row: row, into: &sink)
        }
    }

    // MARK: CSV

    mutating func readCSV<Sink: RecordSink>(into sink: inout Sink) throws(InputError) {
        try readCSVHeader()
        try readCSVRows(into: &sink, until: nil)
    }

    /// Reads the header row: which field is which column, or the ACLED/UCDP layout it names.
    /// The delimiter is the dialect's, or sniffed from the first lines.
    mutating func readCSVHeader() throws(InputError) {
        delimiter = dialect.delimiter?.byte ?? CSVDelimiter.sniff(unconsumed).byte
        var scanner = CSVRowScanner(delimiter: delimiter)

        // The header: the first line that is not blank.
        while columnOfField.isEmpty {
            switch scanner.scan(
                source.buffer, from: source.start, to: source.end, atEOF: source.isAtEOF)
            {
            case .incomplete:
                if !(try fill()) && source.available == 0 {
                    throw invalid(
                        1,
                        "the file is empty; expected a header row naming at least date, country, category and type"
                    )
                }
            case .unterminatedQuote:
                throw invalid(
                    line + scanner.lineFeedsBeforeOpenQuote,
                    "a quoted field opened here is never closed")
            case .row(let next):
                if scanner.isBlankLine {
                    if next == source.start {
                        throw invalid(
                            1,
                            "the file is empty; expected a header row naming at least date, country, category and type"
                        )
                    }
                    line += scanner.lineFeeds
                    source.start = next
                    continue
                }
                guard scanner.fieldCount <= CSVRowScanner.maximumFields else {
                    throw invalid(
                        line,
                        "the header has \(scanner.fieldCount.groupedDigits) fields, more than the \(CSVRowScanner.maximumFields.groupedDigits) Tally reads"
                    )
                }
                let row = RowView(base: source.buffer, file: input.path, scratch: scratch)
                scratch.reset()
                for field in scanner.fields.prefix(scanner.fieldCount) {
                    headerNames.append(row.untrimmedText(of: field).trimmingASCIIWhitespace())
                }
                try matchHeader(onLine: line)
                line += scanner.lineFeeds
                source.start = next
            }
        }
    }

    /// Reads `headerNames` (the header row on `line`) as the layout they name and the column of
    /// each field, or refuses them: a misspelt column, a column named twice, a required column
    /// missing.
    mutating func matchHeader(onLine line: Int) throws(InputError) {
        layout = InputLayout.recognise(headerNames)
        if let translator = LayoutTranslator(layout: layout, header: headerNames) {
            // ACLED and UCDP exports: the layout's own columns, matched by name.
            let names = Set(headerNames.map { $0.lowercased() })
            let missing = layout.requiredColumns.filter { !names.contains($0) }
            guard missing.isEmpty else {
                throw invalid(
                    line,
                    "the \(layout.rawValue) header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"
                )
            }
            self.translator = translator
            columnOfField = Array(repeating: nil, count: headerNames.count)
            return
        }
        var seen: [Column: Int] = [:]
        for (index, name) in headerNames.enumerated() {
            var column: Column?
            let match = decoder.columns.match(name)
            switch match {
            case .canonical(let match): column = match
            case .mapped(let match):
                column = match
                mappedColumns.append(InputSummary.MappedColumn(name: name, column: match))
            case .lookalike(let match):
                throw invalid(
                    line,
                    "the column \"\(name)\" looks like \(match.name) misspelt: rename it, map it (--column \(match.name)=\(name)) or leave it out (--ignore-column \(name))"
                )
            case .ignored, .unknown: column = nil
            }
            let ignored = match == .ignored
            if column == nil && layout == .canonical
                && name.trimmingASCIIWhitespace().lowercased() == "decision"
            {
                decisionField = index
            } else if ignored {
                // Left out on request, without a note.
            } else if let column {
                if let earlier = seen[column] {
                    throw invalid(
                        line,
                        "the header names \(column) twice (fields \(earlier + 1) and \(index + 1))"
                    )
                }
                seen[column] = index
            } else if !name.isEmpty || headerNames.count > 1 {
                unknownColumns.append(
                    name.isEmpty ? "(field \(index + 1) has no name)" : name)
            }
            columnOfField.append(column)
        }
        let missing = Column.allCases.filter { $0.isRequired && seen[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.map(\.name).joined(separator: ", ")
            columnOfField = []
            throw invalid(
                line,
                "the header lacks the required column\(missing.count == 1 ? "" : "s") \(names) (it has: \(headerNames.joined(separator: ", ")))"
            )
        }
    }

    /// Reads rows after the header, to the end of the input or to the first row that starts at
    /// or after the file offset `limit`.
    mutating func readCSVRows<Sink: RecordSink>(
        into sink: inout Sink, until limit: Int?
    ) throws(InputError) {
        var scanner = CSVRowScanner(delimiter: delimiter)
        var row = RowView(base: source.buffer, file: citedName, scratch: scratch)
        let expected = columnOfField.count
        // Which field goes to which column, for the fields that are columns.
        let mapped = fieldColumns
        while true {
            if let limit, source.offset >= limit { return }
            let outcome = scanner.scan(
                source.buffer, from: source.start, to: source.end, atEOF: source.isAtEOF)
            switch outcome {
            case .incomplete:
                if source.available >= ByteBlockReader.maximumRecordBytes {
                    try skipLongRow(into: &sink)
                    continue
                }
                if !(try fill()) && source.available == 0 { return }
                continue
            case .unterminatedQuote:
                throw invalid(
                    line + scanner.lineFeedsBeforeOpenQuote,
                    "a quoted field opened here is never closed")
            case .row(let next):
                if next == source.start { return }  // end of input
                row.locate(in: source.buffer, range: source.start..<next, line: line)
                line += scanner.lineFeeds
                source.start = next
                if scanner.isBlankLine { continue }
                read += 1
                if scanner.fieldCount > CSVRowScanner.maximumFields {
                    reject(.tooManyFields(found: scanner.fieldCount), row: row, into: &sink)
                    continue
                }
                guard scanner.fieldCount == expected else {
                    reject(
                        .fieldCount(found: scanner.fieldCount, expected: expected), row: row,
                        into: &sink)
                    continue
                }
                if scanner.hasNonASCII,
                    let problem = invalidUTF8(
                        scanner, base: source.buffer, row: row.rowRange, names: headerNames
                    )
                {
                    reject(problem, row: row, into: &sink)
                    continue
                }
                if let field = scanner.fieldWithTextAfterQuote {
                    reject(.textAfterQuote(column: name(field, headerNames)), row: row, into: &sink)
                    continue
                }
                decode(&row, fields: scanner.fields, mapped: mapped, into: &sink)
            }
        }
    }

    /// Decodes a row whose fields have been checked (their count, UTF-8, quotes): the layout's
    /// translation, or each field that is a column put in its place.
    ///
    /// - Parameter mapped: the field and column of each field that is one.
    @inline(__always)
    mutating func decode<Sink: RecordSink>(
        _ row: inout RowView, fields: [FieldRef], mapped: [(field: Int, column: Int)],
        into sink: inout Sink
    ) {
        if translator != nil {
            scratch.reset()
            if let reason = translator!.fill(&row, from: fields, scratch: scratch) {
                reject(reason, row: row, into: &sink)
                return
            }
            decode(row, into: &sink)
            return
        }
        row.fields.withUnsafeMutableBufferPointer { columns in
            fields.withUnsafeBufferPointer { fields in
                for (field, column) in mapped { columns[column] = fields[field] }
            }
        }
        if let decisionField {
            row.extraFields[ExtraField.decision.rawValue] = fields[decisionField]
        }
        scratch.reset()
        decode(row, into: &sink)
    }

    /// The field and column of each header field that is a column.
    var fieldColumns: [(field: Int, column: Int)] {
        columnOfField.enumerated().compactMap { field, column in
            column.map { (field, $0.rawValue) }
        }
    }

    /// Passes over a CSV row longer than ``ByteBlockReader/maximumRecordBytes`` and rejects it
    /// with its line and its first bytes, without loading it.
    mutating func skipLongRow<Sink: RecordSink>(into sink: inout Sink) throws(InputError) {
        let rowLine = line
        let preview = firstBytes
        var skipper = RowSkipper(delimiter: delimiter)
        while true {
            let unread = UnsafeRawBufferPointer(
                start: source.buffer + source.start, count: source.available)
            if let consumed = skipper.consume(unread) {
                source.start += consumed
                break
            }
            source.start = source.end
            if !(try fill()) {
                if skipper.isInsideQuotes {
                    throw invalid(
                        rowLine + skipper.lineFeedsBeforeOpenQuote,
                        "a quoted field opened here is never closed")
                }
                break
            }
        }
        line += skipper.lineFeeds
        rejectTooLong(startingOn: rowLine, preview: preview, into: &sink)
    }

    /// The first 200 bytes of the unread input, to show a record too long to load.
    var firstBytes: String {
        String(
            decoding: UnsafeRawBufferPointer(
                start: source.buffer + source.start, count: min(200, source.available)),
            as: UTF8.self)
    }

    /// Counts and rejects a record passed over for its length, shown by its first bytes.
    mutating func rejectTooLong<Sink: RecordSink>(
        startingOn rowLine: Int, preview: String, into sink: inout Sink
    ) {
        read += 1
        sink.reject(
            Rejection(
                file: input.path, line: rowLine,
                reason: RejectionReason.recordTooLong.description(naming: layout.sourceName(of:)),
                rawText: preview + "…"))
    }

    func name(_ field: Int, _ headerNames: [String]) -> String {
        let header = headerNames[field]
        return header.isEmpty ? "field \(field + 1)" : header
    }

    /// The first field of a row that is not UTF-8, with the code page the row looks written
    /// in (to suggest `--encoding`).
    func invalidUTF8(
        _ scanner: CSVRowScanner, base: UnsafeRawPointer, row: Range<Int>, names: [String]
    ) -> RejectionReason? {
        for index in 0..<scanner.fieldCount {
            let field = scanner.fields[index]
            let bytes = UnsafeRawBufferPointer(
                start: base + field.start, count: field.end - field.start)
            if let offset = bytes.firstInvalidUTF8Offset {
                return .invalidUTF8(
                    column: index < names.count ? name(index, names) : "field \(index + 1)",
                    byteOffset: offset,
                    likely: likelyCodePage(
                        UnsafeRawBufferPointer(
                            rebasing: UnsafeRawBufferPointer(start: base, count: row.upperBound)[
                                row])))
            }
        }
        return nil
    }

    /// The code page bytes that are not UTF-8 look written in, unless an encoding was given.
    func likelyCodePage(_ bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        dialect.encoding == nil && !source.isTranscoding
            ? TextEncoding.likelyCodePage(of: bytes) : nil
    }

    // MARK: Chunks

    /// What the header said, to read rows of the same input from elsewhere in the file.
    var header: InputHeader {
        InputHeader(
            columnOfField: columnOfField, names: headerNames, translator: translator,
            layout: layout, unknownColumns: unknownColumns, mappedColumns: mappedColumns,
            line: line, decisionField: decisionField, delimiter: delimiter)
    }

    /// Takes on a header read by another session of the same input.
    mutating func adopt(_ header: InputHeader) {
        columnOfField = header.columnOfField
        decisionField = header.decisionField
        headerNames = header.names
        translator = header.translator
        layout = header.layout
        delimiter = header.delimiter
    }

    /// Moves to the first line start (a byte after a line feed) at or after the first unconsumed
    /// byte plus one from which the next rows look like records: for CSV, rows with the header's
    /// field count, so a line break inside a quoted field is passed over; for JSON Lines, any.
    ///
    /// A guess: the caller checks it against where the read before it really stopped.
    mutating func skipToPlausibleRowStart() throws(InputError) {
        var scanner = CSVRowScanner(delimiter: delimiter)
        while true {
            let bytes = source.buffer.assumingMemoryBound(to: UInt8.self)
            var p = source.start
            while p < source.end && bytes[p] != 0x0A { p += 1 }
            if p == source.end {
                source.start = source.end
                if !(try fill()) { return }
                continue
            }
            source.start = p + 1
            if columnOfField.isEmpty || looksLikeRows(&scanner) { return }
        }
    }

    /// Whether up to three rows from the first unconsumed byte have the header's field count.
    private func looksLikeRows(_ scanner: inout CSVRowScanner) -> Bool {
        var p = source.start
        for _ in 0..<3 {
            switch scanner.scan(source.buffer, from: p, to: source.end, atEOF: source.isAtEOF) {
            case .incomplete: return true
            case .unterminatedQuote: return false
            case .row(let next):
                if next == p { return true }
                if !scanner.isBlankLine && scanner.fieldCount != columnOfField.count {
                    return false
                }
                p = next
            }
        }
        return true
    }

    // MARK: JSON Lines

    /// Passes over a JSON line longer than ``ByteBlockReader/maximumRecordBytes`` and rejects it.
    mutating func skipLongLine<Sink: RecordSink>(into sink: inout Sink) throws(InputError) {
        let rowLine = line
        let preview = firstBytes
        while true {
            let bytes = source.buffer.assumingMemoryBound(to: UInt8.self)
            if let found = memchr(bytes + source.start, 0x0A, source.available) {
                source.start = found.assumingMemoryBound(to: UInt8.self) - bytes + 1
                break
            }
            source.start = source.end
            if !(try fill()) { break }
        }
        line += 1
        rejectTooLong(startingOn: rowLine, preview: preview, into: &sink)
    }

    /// Reads lines to the end of the input or to the first line that starts at or after the
    /// file offset `limit`.
    mutating func readJSONLines<Sink: RecordSink>(
        into sink: inout Sink, until limit: Int? = nil
    ) throws(InputError) {
        var scanner = JSONLineScanner(columns: decoder.columns)
        var row = RowView(base: source.buffer, file: input.path, scratch: scratch)
        defer {
            unknownColumns = scanner.unknownKeys
            mappedColumns = scanner.mappedKeys
        }
        while true {
            if let limit, source.offset >= limit { return }
            let bytes = source.buffer.assumingMemoryBound(to: UInt8.self)
            let lineEnd =
                memchr(bytes + source.start, 0x0A, source.end - source.start).map {
                    $0.assumingMemoryBound(to: UInt8.self) - bytes
                } ?? source.end
            if lineEnd == source.end && !source.isAtEOF {
                if source.available >= ByteBlockReader.maximumRecordBytes {
                    try skipLongLine(into: &sink)
                    continue
                }
                _ = try fill()
                continue
            }
            if source.start == source.end { return }
            let next = lineEnd < source.end ? lineEnd + 1 : lineEnd
            var contentEnd = lineEnd
            if contentEnd > source.start && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            row.locate(in: source.buffer, range: source.start..<next, line: line)
            let content = UnsafeRawBufferPointer(
                start: source.buffer + source.start, count: contentEnd - source.start)
            let start = source.start
            line += 1
            source.start = next
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            read += 1
            if let offset = content.firstInvalidUTF8Offset {
                reject(
                    .invalidUTF8(
                        column: "the line", byteOffset: offset, likely: likelyCodePage(content)),
                    row: row, into: &sink)
                continue
            }
            if let problem = scanner.scan(
                source.buffer, from: start, to: contentEnd, into: &row.fields)
            {
                reject(.malformedJSON(problem), row: row, into: &sink)
                continue
            }
            scratch.reset()
            decode(row, into: &sink)
        }
    }
}

/// What an input's header says, kept to read its rows from several places at once.
struct InputHeader: Sendable {
    /// The column of each CSV field; empty for JSON Lines.
    var columnOfField: [Column?]
    /// The CSV header's names as written.
    var names: [String]
    var translator: LayoutTranslator?
    var layout: InputLayout
    var unknownColumns: [String]
    var mappedColumns: [InputSummary.MappedColumn]
    /// The line the first row after the header starts on.
    var line: Int
    /// The field of a review file's `decision` column.
    var decisionField: Int?
    /// The byte between CSV fields.
    var delimiter: UInt8
}
