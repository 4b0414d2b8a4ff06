/// Finds the fields of one RFC 4180 row in a byte buffer, without copying or decoding them.
///
/// Handles quoted fields with commas, doubled quotes and line breaks, CRLF and LF line ends. The
/// field arrays are reused from row to row, so scanning allocates nothing once they have grown.
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

    package init() {}

    /// Whether the last row was a blank line.
    package var isBlankLine: Bool {
        fieldCount == 1 && fields[0].start == fields[0].end && fields[0].escape == .none
            && !quotedFirst
    }

    private var quotedFirst = false

    private mutating func append(_ start: Int, _ end: Int, _ escape: FieldRef.Escape) {
        if fieldCount < fields.count {
            fields[fieldCount] = FieldRef(start: start, end: end, escape: escape)
        } else {
            fields.append(FieldRef(start: start, end: end, escape: escape))
        }
        fieldCount += 1
    }

    /// Scans the row that starts at `from`, with valid bytes up to `end`.
    ///
    /// - Parameter atEOF: whether no bytes follow `end`; then a row without a line end is whole.
    /// - Complexity: O(n) in the row's length.
    package mutating func scan(
        _ base: UnsafeRawPointer, from: Int, to end: Int, atEOF: Bool
    ) -> Outcome {
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"),
            cr = UInt8(ascii: "\r")
        var p = from
        var highBits: UInt8 = 0
        var delimiters = ByteSearch.DelimiterCursor()
        fieldCount = 0
        lineFeeds = 0
        fieldWithTextAfterQuote = nil
        quotedFirst = false
        while true {
            if p < end && bytes[p] == quote {
                if fieldCount == 0 { quotedFirst = true }
                let open = p
                let lineFeedsAtOpen = lineFeeds
                var q = p + 1
                var escape = FieldRef.Escape.none
                while true {
                    q = ByteSearch.quote(
                        base, from: q, to: end, lineFeeds: &lineFeeds, high: &highBits)
                    if q >= end || (q + 1 >= end && !atEOF) {
                        if atEOF && q >= end {
                            lineFeedsBeforeOpenQuote = lineFeedsAtOpen
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
                append(open + 1, q, escape)
                p = q + 1
                if p < end && bytes[p] != comma && bytes[p] != lf
                    && !(bytes[p] == cr && (p + 1 >= end || bytes[p + 1] == lf))
                {
                    // Text after the closing quote: keep scanning to the delimiter, remember the field.
                    if fieldWithTextAfterQuote == nil { fieldWithTextAfterQuote = fieldCount - 1 }
                    while p < end && bytes[p] != comma && bytes[p] != lf {
                        highBits |= bytes[p]
                        p += 1
                    }
                    if p >= end && !atEOF { return .incomplete }
                }
            } else {
                let q = delimiters.next(base, from: p, to: end, high: &highBits)
                if q >= end && !atEOF { return .incomplete }
                var fieldEnd = q
                if fieldEnd > p && bytes[fieldEnd - 1] == cr && (q >= end || bytes[q] == lf) {
                    fieldEnd -= 1
                }
                append(p, fieldEnd, .none)
                p = q
            }
            if p >= end {
                hasNonASCII = highBits & 0x80 != 0
                return .row(next: end)
            }
            let byte = bytes[p]
            if byte == comma {
                p += 1
                continue
            }
            if byte == cr {
                if p + 1 >= end {
                    if !atEOF { return .incomplete }
                    hasNonASCII = highBits & 0x80 != 0
                    return .row(next: end)
                }
                p += 1
            }
            // bytes[p] is a line feed.
            lineFeeds += 1
            hasNonASCII = highBits & 0x80 != 0
            return .row(next: p + 1)
        }
    }
}
