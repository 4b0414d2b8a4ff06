/// Finds the fields of one RFC 4180 row in a byte buffer, without copying or decoding them.
///
/// Handles quoted fields with delimiters, doubled quotes and line breaks, CRLF and LF line ends.
/// The delimiter is a comma unless the scanner is made with another (a semicolon, tab or pipe):
/// the same word-at-a-time search finds any of them. The field arrays are reused from row to
/// row, so scanning allocates nothing once they have grown.
package struct CSVRowScanner {
    /// What scanning a row found.
    package enum Outcome: Equatable {
        /// A whole row; the next row starts at `next`.
        case row(next: Int)
        /// The buffer ends inside the row: read more and scan again from the same place.
        case incomplete
        /// The input ends inside a quoted field.
        case unterminatedQuote
    }

    /// The most fields a row may have; the fields of a longer row are counted, not kept.
    package static let maximumFields = 10_000

    /// Field bounds of the last row scanned (only the first `fieldCount` entries are meaningful).
    package private(set) var fields: [FieldRef] = []
    /// Number of fields in the last row.
    package private(set) var fieldCount = 0
    /// Line feeds in the last row, its terminator included: how far the line number advances.
    package private(set) var lineFeeds = 0
    /// Line feeds before the opening quote of an unterminated field, counted from the row start.
    package private(set) var lineFeedsBeforeOpenQuote = 0
    /// The first field (0-based) with text after its closing quote, if any.
    package private(set) var fieldWithTextAfterQuote: Int?
    /// Whether any byte of the row is outside ASCII (then UTF-8 must be checked).
    package private(set) var hasNonASCII = false

    /// The byte between fields.
    package let delimiter: UInt8

    /// A scanner of rows whose fields `delimiter` separates (a comma by default).
    package init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// Whether the last row was a blank line.
    package var isBlankLine: Bool {
        fieldCount == 1 && fields[0].start == fields[0].end && fields[0].escape == .none
            && !quotedFirst
    }

    private var quotedFirst = false

    /// What a row scan tracks, kept in locals while it runs.
    private struct RowState {
        var fieldCount = 0
        var lineFeeds = 0
        var lineFeedsBeforeOpenQuote = 0
        var fieldWithTextAfterQuote: Int?
        /// Every byte of the row ORed together (and maybe some after it).
        var highBits: UInt64 = 0
        var quotedFirst = false
    }

    /// Scans the row that starts at `from`, with valid bytes up to `end`.
    ///
    /// - Parameters:
    ///   - atEOF: whether no bytes follow `end`; then a row without a line end is whole.
    ///   - words: how bytes are read eight at a time; the machine's way but in tests.
    /// - Complexity: O(n) in the row's length.
    package mutating func scan<Words: WordLoading>(
        _ base: UnsafeRawPointer, from: Int, to end: Int, atEOF: Bool,
        words: Words.Type = MachineWords.self
    ) -> Outcome {
        if fields.isEmpty {
            fields = Array(repeating: FieldRef(start: 0, end: 0, escape: .none), count: 64)
        }
        while true {
            var state = RowState()
            let outcome = fields.withUnsafeMutableBufferPointer { storage in
                CSVRowScanner.scanRow(
                    base, from: from, to: end, atEOF: atEOF, delimiter: delimiter, into: storage,
                    state: &state, words: Words.self)
            }
            guard let outcome else {
                // More fields than room: double it (up to the limit) and scan the row again.
                fields += fields.prefix(CSVRowScanner.maximumFields + 1 - fields.count)
                continue
            }
            fieldCount = state.fieldCount
            lineFeeds = state.lineFeeds
            lineFeedsBeforeOpenQuote = state.lineFeedsBeforeOpenQuote
            fieldWithTextAfterQuote = state.fieldWithTextAfterQuote
            hasNonASCII = state.highBits & 0x8080_8080_8080_8080 != 0
            quotedFirst = state.quotedFirst
            return outcome
        }
    }

    /// The scan itself, writing fields into `storage`; `nil` when the row has more fields than
    /// `storage` holds.
    @inline(__always)
    private static func scanRow<Words: WordLoading>(
        _ base: UnsafeRawPointer, from: Int, to end: Int, atEOF: Bool, delimiter: UInt8,
        into storage: UnsafeMutableBufferPointer<FieldRef>, state: inout RowState,
        words: Words.Type
    ) -> Outcome? {
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var p = from
        var delimiters = ByteSearch.DelimiterCursor(delimiter: delimiter)
        // Counted in a local, stored on the way out: the hot loop keeps it in a register.
        var fieldCount = state.fieldCount
        defer { state.fieldCount = fieldCount }
        let room = storage.count > maximumFields ? Int.max : storage.count
        while true {
            // Room for every field, or the row has too many: then they are counted, not kept.
            guard fieldCount < room else { return nil }
            let slot = min(fieldCount, storage.count - 1)
            if p < end && bytes[p] == quote {
                if fieldCount == 0 { state.quotedFirst = true }
                let open = p
                let lineFeedsAtOpen = state.lineFeeds
                var q = p + 1
                var escape = FieldRef.Escape.none
                while true {
                    q = ByteSearch.quote(
                        base, from: q, to: end, lineFeeds: &state.lineFeeds, high: &state.highBits,
                        words: Words.self)
                    if q >= end || (q + 1 >= end && !atEOF) {
                        if atEOF && q >= end {
                            state.lineFeedsBeforeOpenQuote = lineFeedsAtOpen
                            return .unterminatedQuote
                        }
                        return .incomplete
                    }
                    if q + 1 < end && bytes[q + 1] == quote {
                        escape = .doubledQuotes
                        q += 2
                        continue
                    }
                    break
                }
                storage[slot] = FieldRef(start: open + 1, end: q, escape: escape)
                fieldCount += 1
                p = q + 1
                if p < end && bytes[p] != delimiter && bytes[p] != lf
                    && !(bytes[p] == cr && (p + 1 >= end || bytes[p + 1] == lf))
                {
                    // Text after the closing quote: keep scanning to the delimiter, remember the field.
                    if state.fieldWithTextAfterQuote == nil {
                        state.fieldWithTextAfterQuote = fieldCount - 1
                    }
                    while p < end && bytes[p] != delimiter && bytes[p] != lf {
                        state.highBits |= UInt64(bytes[p])
                        p += 1
                    }
                    if p >= end && !atEOF { return .incomplete }
                }
            } else {
                let q = delimiters.next(
                    base, from: p, to: end, high: &state.highBits, words: Words.self)
                if q < end && bytes[q] == delimiter {
                    // The common case: a plain field and a delimiter.
                    storage[slot] = FieldRef(start: p, end: q, escape: .none)
                    fieldCount += 1
                    p = q + 1
                    continue
                }
                // A line feed, or the end of the buffer.
                if q >= end && !atEOF { return .incomplete }
                var fieldEnd = q
                if fieldEnd > p && bytes[fieldEnd - 1] == cr { fieldEnd -= 1 }
                storage[slot] = FieldRef(start: p, end: fieldEnd, escape: .none)
                fieldCount += 1
                p = q
            }
            if p >= end { return .row(next: end) }
            let byte = bytes[p]
            if byte == delimiter {
                p += 1
                continue
            }
            if byte == cr {
                if p + 1 >= end {
                    if !atEOF { return .incomplete }
                    return .row(next: end)
                }
                p += 1
            }
            // bytes[p] is a line feed.
            state.lineFeeds += 1
            return .row(next: p + 1)
        }
    }
}
