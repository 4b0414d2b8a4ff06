import NIOCore
import TallyCore

/// Records and rejections as the rows of `COPY ... FROM STDIN` in PostgreSQL's text format:
/// tab-separated, `\N` for null, backslash, tab, line feed and carriage return escaped.
struct CopyText {
    private(set) var buffer = ByteBuffer()

    /// How many bytes a block holds before it is handed over.
    static let blockSize = 1 << 20

    var isFull: Bool { buffer.readableBytes >= CopyText.blockSize }

    /// Takes the bytes written so far, leaving the text empty.
    mutating func take() -> ByteBuffer {
        defer { buffer = ByteBuffer() }
        return buffer
    }

    /// A record's row of the staging table: the record columns, where it was read, its place
    /// in the load.
    mutating func append(_ record: Record, input: String, line: Int, ordinal: Int) {
        let period = record.period
        text(record.id)
        text(record.date.isoString)
        text(record.datePrecision.rawValue)
        text(String(period.kind.rawValue))
        text(period.start.isoString)
        text(period.end.isoString)
        text(record.country)
        text(record.region)
        text(record.location)
        text(record.category.rawValue)
        text(record.type)
        text(String(record.count))
        text(String(record.fatalities.militants))
        text(String(record.fatalities.security))
        text(String(record.fatalities.civilians))
        text(String(record.fatalities.unknown))
        text(record.actor1)
        text(record.actor2)
        text(record.source)
        text(record.sourceURL)
        text(record.notes)
        text(record.flags)
        text(record.dateEnd?.isoString)
        text(record.fatalitiesLow.map(String.init))
        text(record.fatalitiesHigh.map(String.init))
        text(input)
        text(String(line))
        text(String(ordinal), last: true)
    }

    /// A rejection's row: the load, its place, file, line, reason and the record as written.
    mutating func append(_ rejection: Rejection, load: Int, ordinal: Int) {
        text(String(load))
        text(String(ordinal))
        text(rejection.file)
        text(String(rejection.line))
        text(rejection.reason)
        text(rejection.rawText, last: true)
    }

    private mutating func text(_ value: String?, last: Bool = false) {
        if let value {
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        } else {
            buffer.writeStaticString("\\N")
        }
        buffer.writeInteger(last ? UInt8(ascii: "\n") : UInt8(ascii: "\t"))
    }
}
