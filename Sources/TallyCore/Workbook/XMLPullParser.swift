#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the XML of a workbook part as it is inflated, one event at a time: an element's start
/// (its local name and attributes), its end, or text.
///
/// Only what workbook parts use is read. A document type declaration is refused outright, so no
/// entity can be declared, let alone an external one: only XML's five predefined entities and
/// character references are decoded. A tag may not be longer than the buffer's limit; text is
/// handed out in pieces however long it runs, and the reader bounds what it keeps.
final class XMLPullParser {
    /// What the last call to ``next()`` found.
    enum Event: Equatable {
        /// An element's start tag; `isEmpty` for `<c/>`, which has no end event.
        case start(isEmpty: Bool)
        case end
        /// Text (entities undecoded), maybe a piece of a longer run; CDATA is `cdata`.
        case text
        case cdata
        case endOfDocument
    }

    /// The longest tag, comment or CDATA section read.
    static let maximumToken = 4 << 20

    /// The part's name, for messages.
    let part: String
    private let blocks: InflatedBlocks
    // The hot loop of a sheet's read runs through these: no exclusivity checks at run time
    // (the parser is used by one thread, and never re-entered).
    /// The unconsumed bytes of the window the blocks handed out: `cursor..<limit`.
    @exclusivity(unchecked) private var cursor: UnsafePointer<UInt8>
    @exclusivity(unchecked) private var limit: UnsafePointer<UInt8>
    @exclusivity(unchecked) private var atEOF = false
    /// The last event's name (local, without a prefix), attributes or text, in the window.
    @exclusivity(unchecked) private(set) var name = UnsafeRawBufferPointer(start: nil, count: 0)
    @exclusivity(unchecked) private(set) var attributes = UnsafeRawBufferPointer(
        start: nil, count: 0)
    @exclusivity(unchecked) private(set) var text = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The last element's local name packed in a number (see ``key(_:)``), 0 when longer.
    @exclusivity(unchecked) private(set) var nameKey: UInt64 = 0

    /// The bytes of the part inflated so far.
    var bytesInflated: Int { blocks.delivered }

    /// The unconsumed bytes of the window, for a reader that reads common tags itself; what it
    /// reads it ``consume(upTo:)``s, and it leaves to ``next()`` whatever runs past the end.
    var window: (start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) {
        @inline(__always) get { (cursor, limit) }
    }

    /// Consumes the window up to `position`, which must lie in it.
    @inline(__always)
    func consume(upTo position: UnsafePointer<UInt8>) {
        cursor = position
    }

    init(stream: ZipEntryStream, part: String) {
        blocks = InflatedBlocks(stream: stream)
        self.part = part
        let empty = UnsafePointer<UInt8>(bitPattern: 1)!
        cursor = empty
        limit = empty
    }

    /// A name of up to seven bytes packed in a number (its length in the low byte, its bytes
    /// above), for names compared at every tag of a sheet; 0 for a longer name.
    @inline(__always)
    static func key(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard bytes.count <= 7 else { return 0 }
        var key = UInt64(bytes.count)
        var shift: UInt64 = 8
        for byte in bytes {
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }

    /// The key of a name written in the source.
    static func key(_ name: StaticString) -> UInt64 {
        key(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// Why a part cannot be read; completes "FILE is ...".
    private func failure(_ message: String) -> ZipArchive.Failure {
        ZipArchive.Failure("not a workbook Tally reads: \(part) \(message)")
    }

    /// Reads more of the part after the unconsumed bytes; `false` at its end.
    private func refill() throws(ZipArchive.Failure) -> Bool {
        if atEOF { return false }
        let tail = UnsafeRawBufferPointer(start: cursor, count: limit - cursor)
        guard tail.count < XMLPullParser.maximumToken else {
            throw failure("has an XML tag longer than \(XMLPullParser.maximumToken >> 20) MB")
        }
        guard let window = try blocks.next(carrying: tail) else {
            atEOF = true
            return false
        }
        cursor = window.baseAddress!.assumingMemoryBound(to: UInt8.self)
        limit = cursor + window.count
        return true
    }

    /// The first `byte` at or after `from`, before the window's end; `nil` when there is none.
    @inline(__always)
    private func find(_ byte: UInt8, from: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        guard from < limit, let found = memchr(from, Int32(byte), limit - from) else {
            return nil
        }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first `marker` at or after `from`; `nil` when there is none yet.
    private func find(_ marker: StaticString, from: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        var p = from
        let first = marker.utf8Start.pointee
        while let q = find(first, from: p) {
            guard limit - q >= marker.utf8CodeUnitCount else { return nil }
            if memcmp(q, marker.utf8Start, marker.utf8CodeUnitCount) == 0 { return q }
            p = q + 1
        }
        return nil
    }

    /// Reads the next event.
    @inline(__always)
    func next() throws(ZipArchive.Failure) -> Event {
        while true {
            if cursor == limit {
                guard try refill() else { return .endOfDocument }
            }
            if cursor.pointee != UInt8(ascii: "<") {
                if let lt = find(UInt8(ascii: "<"), from: cursor) {
                    text = UnsafeRawBufferPointer(start: cursor, count: lt - cursor)
                    cursor = lt
                    return .text
                }
                if let event = try textToWindowEnd() { return event }
                continue
            }
            if let event = try tag() { return event }
        }
    }

    /// Text that runs to the end of the window: handed out, but not a reference cut in two;
    /// `nil` after reading more.
    private func textToWindowEnd() throws(ZipArchive.Failure) -> Event? {
        var cut = limit
        if let amp = lastIndex(of: UInt8(ascii: "&"), before: limit),
            find(UInt8(ascii: ";"), from: amp) == nil
        {
            cut = amp
        }
        if cut > cursor && !(atEOF && cut < limit) {
            text = UnsafeRawBufferPointer(start: cursor, count: cut - cursor)
            cursor = cut
            return .text
        }
        guard try refill() else {
            throw failure("ends inside a character reference")
        }
        return nil
    }

    /// The tag at the cursor, `nil` after reading more (it was not all in the window, or it
    /// was a comment or declaration, passed over).
    @inline(__always)
    private func tag() throws(ZipArchive.Failure) -> Event? {
        let open = cursor
        var p = open + 1
        guard p < limit else { return try more() }
        let second = p.pointee
        if second == UInt8(ascii: "/") {
            guard let gt = find(UInt8(ascii: ">"), from: p) else { return try more() }
            setName(from: p + 1, to: gt)
            cursor = gt + 1
            return .end
        }
        if second == UInt8(ascii: "?") || second == UInt8(ascii: "!") {
            return try declaration()
        }
        // A start tag: its name, then `>` outside quoted attribute values ends it.
        while true {
            guard p < limit else { return try more() }
            let byte = p.pointee
            if byte <= 0x20 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            p += 1
        }
        let nameEnd = p
        while true {
            guard p < limit else { return try more() }
            let byte = p.pointee
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                repeat { p += 1 } while p < limit && p.pointee != byte
                guard p < limit else { return try more() }
            }
            p += 1
        }
        let isEmpty = (p - 1).pointee == UInt8(ascii: "/")
        setName(from: open + 1, to: nameEnd)
        attributes = UnsafeRawBufferPointer(
            start: nameEnd, count: (isEmpty ? p - 1 : p) - nameEnd)
        cursor = p + 1
        return .start(isEmpty: isEmpty)
    }

    /// Reads more when a token is cut by the window's end; `nil`, or a failure at the part's end.
    private func more() throws(ZipArchive.Failure) -> Event? {
        guard try refill() else {
            throw failure("ends inside an XML tag (it is cut off)")
        }
        return nil
    }

    /// A processing instruction or comment (passed over: `nil`), a CDATA section, or a document
    /// type declaration (refused).
    private func declaration() throws(ZipArchive.Failure) -> Event? {
        let open = cursor
        if (open + 1).pointee == UInt8(ascii: "?") {
            guard let close = find("?>", from: open + 2) else { return try more() }
            cursor = close + 2
            return nil
        }
        guard limit - open >= 9 || atEOF else { return try more() }
        if matches("<!--", at: open) {
            guard let close = find("-->", from: open + 4) else { return try more() }
            cursor = close + 3
            return nil
        }
        if matches("<![CDATA[", at: open) {
            guard let close = find("]]>", from: open + 9) else { return try more() }
            text = UnsafeRawBufferPointer(start: open + 9, count: close - open - 9)
            cursor = close + 3
            return .cdata
        }
        if limit - open < 9 { return try more() }
        throw failure(
            "has a document type declaration (<!DOCTYPE or <!ENTITY), which workbooks never need and which can declare external entities: refused"
        )
    }

    private func matches(_ marker: StaticString, at p: UnsafePointer<UInt8>) -> Bool {
        guard limit - p >= marker.utf8CodeUnitCount else { return false }
        return memcmp(p, marker.utf8Start, marker.utf8CodeUnitCount) == 0
    }

    /// The last `byte` before `end`, looking back no further than a reference can be long.
    private func lastIndex(
        of byte: UInt8, before end: UnsafePointer<UInt8>
    )
        -> UnsafePointer<UInt8>?
    {
        var p = end - 1
        let stop = max(cursor, end - 12)
        while p >= stop {
            if p.pointee == byte { return p }
            p -= 1
        }
        return nil
    }

    @inline(__always)
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The local name (after any `prefix:`) of the tag name in `from..<to`, spaces trimmed.
    @inline(__always)
    private func setName(from: UnsafePointer<UInt8>, to: UnsafePointer<UInt8>) {
        var lower = from
        var upper = to
        while upper > lower && isSpace((upper - 1).pointee) { upper -= 1 }
        var p = lower
        while p < upper {
            if p.pointee == UInt8(ascii: ":") { lower = p + 1 }
            p += 1
        }
        name = UnsafeRawBufferPointer(start: lower, count: upper - lower)
        nameKey = XMLPullParser.key(name)
    }

    /// Whether the last element's local name is `wanted`.
    @inline(__always)
    func nameIs(_ wanted: StaticString) -> Bool {
        name.count == wanted.utf8CodeUnitCount
            && memcmp(name.baseAddress!, wanted.utf8Start, name.count) == 0
    }

    /// The raw value of the last start tag's attribute whose local name is `wanted`; `nil`
    /// when it has none.
    func attribute(_ wanted: StaticString) -> UnsafeRawBufferPointer? {
        let a = attributes
        var i = 0
        while i < a.count {
            while i < a.count && isSpace(a[i]) { i += 1 }
            let nameStart = i
            var localStart = i
            while i < a.count && a[i] != UInt8(ascii: "=") && !isSpace(a[i]) {
                if a[i] == UInt8(ascii: ":") { localStart = i + 1 }
                i += 1
            }
            let nameEnd = i
            while i < a.count && a[i] != UInt8(ascii: "=") { i += 1 }
            i += 1
            while i < a.count && isSpace(a[i]) { i += 1 }
            guard i < a.count else { return nil }
            let quote = a[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let valueStart = i + 1
            i = valueStart
            while i < a.count && a[i] != quote { i += 1 }
            let value = UnsafeRawBufferPointer(rebasing: a[valueStart..<min(i, a.count)])
            i += 1
            _ = nameStart
            if nameEnd - localStart == wanted.utf8CodeUnitCount
                && memcmp(a.baseAddress! + localStart, wanted.utf8Start, nameEnd - localStart)
                    == 0
            {
                return value
            }
        }
        return nil
    }

    /// Calls `body` with the key (``key(_:)``) of each attribute's local name in the last
    /// start tag, and its raw value, in one pass.
    @inline(__always)
    func forEachAttribute(_ body: (_ key: UInt64, _ value: UnsafeRawBufferPointer) -> Void) {
        guard var p = attributes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let end = p + attributes.count
        while p < end {
            while p < end && p.pointee <= 0x20 { p += 1 }
            var localStart = p
            while p < end && p.pointee != UInt8(ascii: "=") && p.pointee > 0x20 {
                if p.pointee == UInt8(ascii: ":") { localStart = p + 1 }
                p += 1
            }
            let nameEnd = p
            while p < end && p.pointee != UInt8(ascii: "=") { p += 1 }
            p += 1
            while p < end && p.pointee <= 0x20 { p += 1 }
            guard p < end else { return }
            let quote = p.pointee
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return }
            p += 1
            let valueStart = p
            while p < end && p.pointee != quote { p += 1 }
            body(
                XMLPullParser.key(
                    UnsafeRawBufferPointer(start: localStart, count: nameEnd - localStart)),
                UnsafeRawBufferPointer(start: valueStart, count: p - valueStart))
            p += 1
        }
    }

    /// Appends `raw` (text or an attribute value) to `out` with its references decoded.
    ///
    /// - Throws: for a reference that is neither predefined nor a character.
    @inline(__always)
    func appendDecoded(
        _ raw: UnsafeRawBufferPointer, to out: inout [UInt8]
    ) throws(ZipArchive.Failure) {
        guard raw.count > 0,
            let found = memchr(raw.baseAddress!, Int32(UInt8(ascii: "&")), raw.count)
        else {
            out.append(contentsOf: raw)
            return
        }
        try appendDecoding(raw, from: UnsafeRawPointer(found) - raw.baseAddress!, to: &out)
    }

    /// ``appendDecoded(_:to:)`` from the first reference on, at `amp`.
    private func appendDecoding(
        _ raw: UnsafeRawBufferPointer, from amp: Int, to out: inout [UInt8]
    ) throws(ZipArchive.Failure) {
        out.append(contentsOf: raw[..<amp])
        var i = amp
        while i < raw.count {
            let byte = raw[i]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                i += 1
                continue
            }
            var semicolon = i + 1
            while semicolon < raw.count && semicolon - i < 12 && raw[semicolon] != UInt8(ascii: ";")
            {
                semicolon += 1
            }
            guard semicolon < raw.count && raw[semicolon] == UInt8(ascii: ";") else {
                throw failure("has an unterminated reference (&)")
            }
            let entity = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                var scalar: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst(1))
                }
                guard let scalar, let character = Unicode.Scalar(scalar), scalar != 0 else {
                    throw failure("refers to the entity &\(entity);, which is not XML's own")
                }
                out.append(contentsOf: UTF8.encode(character)!)
            }
            i = semicolon + 1
        }
    }
}
