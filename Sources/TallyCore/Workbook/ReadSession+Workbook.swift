#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension ReadSession {
    /// Reads one sheet of an `.xlsx` workbook: the dialect's sheet, or the first whose header
    /// (its first non-empty row) has the required columns. Each row is laid out as a CSV line
    /// (which rejections show) and goes through the same header matching, layout translation
    /// and record rules as a CSV row; rejections cite `FILE[SHEET]:ROW`.
    mutating func readWorkbook<Sink: RecordSink>(into sink: inout Sink) throws(InputError) {
        let file: RandomAccessFile
        switch input.origin {
        case .file:
            guard let opened = RandomAccessFile(path: input.path) else {
                throw InputError(
                    .missing, file: input.path, "cannot be opened: \(systemErrorMessage(errno))")
            }
            file = opened
        case .bytes(let bytes):
            file = RandomAccessFile(bytes: bytes)
        case .standardInput, .records:
            throw InputError(
                .invalid, file: input.path,
                "is a workbook, which cannot be read from standard input (its directory is at its end): pass its path with -i"
            )
        }
        let workbook: Workbook
        let reader: SheetReader
        do {
            workbook = try Workbook(file: file)
            reader = try chooseSheet(of: workbook)
        } catch let failure as ZipArchive.Failure {
            throw InputError(.invalid, file: input.path, failure.message)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.invalid, file: input.path, "\(error)")
        }
        do {
            try readRows(of: reader, into: &sink)
        } catch {
            throw InputError(.invalid, file: citedName, error.message)
        }
    }

    /// The reader of the sheet to read, its header row read and matched.
    private mutating func chooseSheet(of workbook: Workbook) throws -> SheetReader {
        let names = workbook.sheets.map(\.name)
        if let wanted = dialect.sheet {
            guard
                let sheet = workbook.sheets.first(where: {
                    $0.name.lowercased() == wanted.lowercased()
                })
            else {
                throw InputError(
                    .invalid, file: input.path,
                    "has no sheet called \"\(wanted)\" (its sheets: \(names.joined(separator: ", ")))"
                )
            }
            let reader = try workbook.rows(of: sheet)
            use(sheet)
            guard try readHeader(reader) else {
                throw invalid(
                    1,
                    "the sheet is empty; expected a header row naming at least date, country, category and type"
                )
            }
            try matchHeader(onLine: reader.rowNumber)
            return reader
        }
        var seen: [String] = []
        for sheet in workbook.sheets {
            let reader = try workbook.rows(of: sheet)
            guard try readHeader(reader) else {
                seen.append("\(sheet.name) (empty)")
                continue
            }
            let before = self
            use(sheet)
            do {
                try matchHeader(onLine: reader.rowNumber)
                return reader
            } catch {
                // Not this sheet: its header is kept for the message, the state as it was.
                seen.append(
                    "\(sheet.name) (\(headerNames.filter { !$0.isEmpty }.prefix(8).joined(separator: ", ")))"
                )
                self = before
                if workbook.sheets.count == 1 { throw error }
            }
        }
        throw InputError(
            .invalid, file: input.path,
            seen.isEmpty
                ? "has no worksheet"
                : "has no sheet whose first row names date, country, category and type (its sheets and their headers: \(seen.joined(separator: "; "))); name one with --sheet"
        )
    }

    /// Cites the sheet from here on.
    private mutating func use(_ sheet: Workbook.Sheet) {
        self.sheet = sheet.name
        citedName = "\(input.path)[\(sheet.name)]"
    }

    /// Reads the first non-empty row as the header names; `false` for a sheet without one.
    private mutating func readHeader(_ reader: SheetReader) throws(ZipArchive.Failure) -> Bool {
        while try reader.nextRow() {
            if reader.isEmptyRow { continue }
            let width = (reader.cells.map(\.column).max() ?? -1) + 1
            headerNames = (0..<width).map { column in
                reader.value(inColumn: column).map {
                    String(decoding: $0, as: UTF8.self).trimmingASCIIWhitespace()
                } ?? ""
            }
            // Empty cells after the last named one are no columns.
            while headerNames.last == "" { headerNames.removeLast() }
            return true
        }
        return false
    }

    /// Reads the rows after the header into the sink.
    ///
    /// A row's fields are its cell values where the sheet reader left them: laying each row
    /// out as a CSV line cost a tenth of the read. The line is laid only for a rejected row,
    /// which shows it.
    private mutating func readRows<Sink: RecordSink>(
        of sheet: SheetReader, into sink: inout Sink
    ) throws(ZipArchive.Failure) {
        let reader = SheetRowsAhead(reader: sheet)
        let width = columnOfField.count
        let mapped = fieldColumns
        let line = RowLine()
        var fields = Array(repeating: FieldRef(start: 0, end: 0, escape: .none), count: width)
        var lastRow = reader.rowNumber
        var emptySinceRecord = 0
        var reported = 0
        var row = RowView(base: line.base, file: citedName, scratch: scratch)
        var laid = RowsLaidOnRejection(base: sink, reader: reader, line: line, width: width)
        defer { sink = laid.base }
        while try reader.nextRow() {
            emptySinceRecord += reader.rowNumber - lastRow - 1
            lastRow = reader.rowNumber
            if reader.isEmptyRow {
                emptySinceRecord += 1
                continue
            }
            skippedEmptyRows += emptySinceRecord
            emptySinceRecord = 0
            if reader.bytesInflated - reported >= 1 << 20 {
                reported = reader.bytesInflated
                progress?(input, reported)
            }
            read += 1
            var beyond: Int?
            fields.withUnsafeMutableBufferPointer { fields in
                for index in fields.indices {
                    fields[index] = FieldRef(start: 0, end: 0, escape: .none)
                }
                for cell in reader.cells {
                    if cell.column < width {
                        fields[cell.column] = FieldRef(
                            start: cell.range.lowerBound, end: cell.range.upperBound,
                            escape: .none)
                    } else if !cell.range.isEmpty {
                        beyond = max(beyond ?? 0, cell.column)
                    }
                }
            }
            // The row's values lie together, among the batch's.
            let values = reader.values
            let first = reader.cells.first?.range.lowerBound ?? 0
            let rowValues = UnsafeRawBufferPointer(
                rebasing: values[first..<(reader.cells.last?.range.upperBound ?? first)])
            row.locate(
                in: values.baseAddress ?? UnsafeRawPointer(line.base), range: 0..<values.count,
                line: reader.rowNumber)
            if let last = beyond {
                reject(.fieldCount(found: last + 1, expected: width), row: row, into: &laid)
            } else if let offset = rowValues.firstInvalidUTF8Offset {
                reject(
                    .invalidUTF8(column: "a cell", byteOffset: offset, likely: nil), row: row,
                    into: &laid)
            } else {
                decode(&row, fields: fields, mapped: mapped, into: &laid)
            }
        }
    }
}

/// A sink that hands rejections on with the rejected row laid out as a CSV line, which a
/// workbook row only becomes when it is shown.
private struct RowsLaidOnRejection<Base: RecordSink>: RecordSink {
    var base: Base
    let reader: SheetRowsAhead
    let line: RowLine
    let width: Int

    mutating func accept(_ record: DecodedRecord, from row: borrowing RowView) {
        base.accept(record, from: row)
    }

    mutating func reject(_ rejection: Rejection) {
        var rejection = rejection
        rejection.rawText = line.text(of: reader, width: width)
        base.reject(rejection)
    }
}

extension Error {
    /// The sentence of a workbook failure, or the error described.
    fileprivate var message: String {
        (self as? ZipArchive.Failure)?.message ?? "\(self)"
    }
}

/// A sheet row laid out as one CSV line, fields quoted where they need it: how a rejected row
/// is shown.
private final class RowLine {
    private(set) var base: UnsafeMutableRawPointer = .allocate(byteCount: 1 << 12, alignment: 8)
    private var capacity = 1 << 12
    /// The cell of each column in the row being laid, -1 for none; reused from row to row.
    private var byColumn: [Int] = []

    deinit {
        base.deallocate()
    }

    /// The row last read, its cells in columns `0..<width`, as a CSV line.
    func text(of reader: SheetRowsAhead, width: Int) -> String {
        let cells = Array(reader.cells)
        // At most: every byte a doubled quote, each field quoted, a comma between fields.
        let needed = 2 * cells.reduce(0) { $0 + $1.range.count } + 3 * width + 8
        if needed > capacity {
            base.deallocate()
            capacity = max(needed, capacity * 2)
            base = .allocate(byteCount: capacity, alignment: 8)
        }
        if byColumn.count != width { byColumn = Array(repeating: -1, count: width) }
        for index in byColumn.indices { byColumn[index] = -1 }
        for (index, cell) in cells.enumerated() where cell.column < width {
            byColumn[cell.column] = index
        }
        let line = base.assumingMemoryBound(to: UInt8.self)
        var count = 0
        do {
            let values = reader.values
            for column in 0..<width {
                if column > 0 {
                    line[count] = UInt8(ascii: ",")
                    count += 1
                }
                guard byColumn[column] >= 0 else { continue }
                let value = UnsafeRawBufferPointer(
                    rebasing: values[cells[byColumn[column]].range])
                let quoted = RowLine.needsQuotes(value)
                if quoted {
                    line[count] = UInt8(ascii: "\"")
                    count += 1
                }
                for byte in value {
                    line[count] = byte
                    count += 1
                    if byte == UInt8(ascii: "\"") {
                        line[count] = byte
                        count += 1
                    }
                }
                if quoted {
                    line[count] = UInt8(ascii: "\"")
                    count += 1
                }
            }
        }
        return String(decoding: UnsafeBufferPointer(start: line, count: count), as: UTF8.self)
    }

    /// Whether a value holds a quote, a comma or a line break, eight bytes at a time.
    @inline(__always)
    private static func needsQuotes(_ value: UnsafeRawBufferPointer) -> Bool {
        @inline(__always)
        func has(_ word: UInt64, _ byte: UInt8) -> Bool {
            let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }
        var i = 0
        while i + 8 <= value.count {
            let word = value.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if has(word, UInt8(ascii: "\"")) || has(word, UInt8(ascii: ","))
                || has(word, 0x0A) || has(word, 0x0D)
            {
                return true
            }
            i += 8
        }
        while i < value.count {
            let byte = value[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == 0x0A
                || byte == 0x0D
            {
                return true
            }
            i += 1
        }
        return false
    }
}
