/// Finds where a CSV row ends without keeping it: for rows too long to load, which are passed
/// over and rejected.
///
/// Follows the row scanner's grammar byte by byte: a quote opens a quoted field only at a field's
/// start, `""` inside one is a quote, text after a closing quote runs to the next delimiter.
struct RowSkipper {
    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private var state = State.fieldStart
    /// The byte between fields.
    let delimiter: UInt8

    /// A skipper of rows whose fields `delimiter` separates.
    init(delimiter: UInt8) {
        self.delimiter = delimiter
    }
    /// Line feeds passed over, the row's own terminator included once it is found.
    private(set) var lineFeeds = 0
    /// Line feeds before the quote that opened the field the skipper is in, if it is quoted.
    private(set) var lineFeedsBeforeOpenQuote = 0

    /// Whether the bytes so far end inside a quoted field.
    var isInsideQuotes: Bool { state == .quoted }

    /// Consumes `bytes`; the offset just past the row's line feed, or `nil` when the row goes on.
    mutating func consume(_ bytes: UnsafeRawBufferPointer) -> Int? {
        for (index, byte) in bytes.enumerated() {
            switch state {
            case .fieldStart, .unquoted:
                if byte == 0x0A {
                    lineFeeds += 1
                    return index + 1
                }
                if byte == delimiter {
                    state = .fieldStart
                } else if byte == 0x22 && state == .fieldStart {
                    lineFeedsBeforeOpenQuote = lineFeeds
                    state = .quoted
                } else {
                    state = .unquoted
                }
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else if byte == 0x0A {
                    lineFeeds += 1
                }
            case .quoteInQuoted:
                if byte == 0x22 {
                    state = .quoted
                } else if byte == 0x0A {
                    lineFeeds += 1
                    return index + 1
                } else {
                    state = byte == delimiter ? .fieldStart : .unquoted
                }
            }
        }
        return nil
    }
}
