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
    private let stream: ZipEntryStream
    private var buffer: UnsafeMutableRawPointer
    private var capacity = 1 << 18
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// The last event's name (local, without a prefix), attributes or text, in the buffer.
    private(set) var name: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0)
    private(set) var attributes = UnsafeRawBufferPointer(start: nil, count: 0)
    private(set) var text = UnsafeRawBufferPointer(start: nil, count: 0)

    /// The bytes of the part inflated so far.
    var bytesInflated: Int { stream.produced }

    init(stream: ZipEntryStream, part: String) {
        self.stream = stream
        self.part = part
        buffer = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit {
        buffer.deallocate()
    }

    /// Why a part cannot be read; completes "FILE is ...".
    private func failure(_ message: String) -> ZipArchive.Failure {
        ZipArchive.Failure("not a workbook Tally reads: \(part) \(message)")
    }

    /// Reads more of the part after the unconsumed bytes; `false` at its end.
    private func refill() throws(ZipArchive.Failure) -> Bool {
        if atEOF { return false }
        if start > 0 {
            let unconsumed = end - start
            if unconsumed > 0 { buffer.copyMemory(from: buffer + start, byteCount: unconsumed) }
            end = unconsumed
            start = 0
        }
        if end == capacity {
            guard capacity < XMLPullParser.maximumToken else {
                throw failure(
                    "has an XML tag longer than \(XMLPullParser.maximumToken >> 20) MB")
            }
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 8)
            bigger.copyMemory(from: buffer, byteCount: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        let n = try stream.read(
            into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
        if n == 0 {
            atEOF = true
            return false
        }
        end += n
        return true
    }

    private var bytes: UnsafeMutablePointer<UInt8> { buffer.assumingMemoryBound(to: UInt8.self) }

    /// The offset of the first `byte` at or after `from`, before `end`; `nil` when there is none.
    @inline(__always)
    private func find(_ byte: UInt8, from: Int) -> Int? {
        guard from < end, let found = memchr(buffer + from, Int32(byte), end - from) else {
            return nil
        }
        return UnsafeRawPointer(found) - UnsafeRawPointer(buffer)
    }

    /// The offset of `marker` at or after `from`; `nil` when there is none yet.
    private func find(_ marker: [UInt8], from: Int) -> Int? {
        var p = from
        while let q = find(marker[0], from: p) {
            guard q + marker.count <= end else { return nil }
            if (0..<marker.count).allSatisfy({ bytes[q + $0] == marker[$0] }) { return q }
            p = q + 1
        }
        return nil
    }

    /// Reads the next event.
    func next() throws(ZipArchive.Failure) -> Event {
        while true {
            if start == end {
                guard try refill() else { return .endOfDocument }
            }
            if bytes[start] != UInt8(ascii: "<") {
                if let lt = find(UInt8(ascii: "<"), from: start) {
                    text = UnsafeRawBufferPointer(start: buffer + start, count: lt - start)
                    start = lt
                    return .text
                }
                // Text to the end of what is read: hand it out, but not a reference cut in two.
                var cut = end
                if let amp = lastIndex(of: UInt8(ascii: "&"), in: start..<end),
                    find(UInt8(ascii: ";"), from: amp) == nil
                {
                    cut = amp
                }
                if cut > start && !(atEOF && cut < end) {
                    text = UnsafeRawBufferPointer(start: buffer + start, count: cut - start)
                    start = cut
                    return .text
                }
                guard try refill() else {
                    throw failure("ends inside a character reference")
                }
                continue
            }
            guard let event = try tag() else {
                guard try refill() else {
                    throw failure("ends inside an XML tag (it is cut off)")
                }
                continue
            }
            if let event { return event }
        }
    }

    /// The tag at `start`, or `nil` when it is not all in the buffer yet; `.some(nil)` for
    /// a comment or declaration passed over.
    private func tag() throws(ZipArchive.Failure) -> Event?? {
        guard start + 1 < end else { return nil }
        let second = bytes[start + 1]
        if second == UInt8(ascii: "/") {
            guard let gt = find(UInt8(ascii: ">"), from: start) else { return nil }
            setName(from: start + 2, to: gt)
            start = gt + 1
            return .some(.end)
        }
        if second == UInt8(ascii: "?") {
            guard let close = find(Array("?>".utf8), from: start + 2) else { return nil }
            start = close + 2
            return .some(nil)
        }
        if second == UInt8(ascii: "!") {
            guard start + 9 <= end || atEOF else { return nil }
            if matches("<!--", at: start) {
                guard let close = find(Array("-->".utf8), from: start + 4) else { return nil }
                start = close + 3
                return .some(nil)
            }
            if matches("<![CDATA[", at: start) {
                guard let close = find(Array("]]>".utf8), from: start + 9) else { return nil }
                text = UnsafeRawBufferPointer(start: buffer + start + 9, count: close - start - 9)
                start = close + 3
                return .some(.cdata)
            }
            throw failure(
                "has a document type declaration (<!DOCTYPE or <!ENTITY), which workbooks never need and which can declare external entities: refused"
            )
        }
        // A start tag: `>` outside quoted attribute values ends it.
        var p = start + 1
        var quote: UInt8 = 0
        while true {
            guard p < end else { return nil }
            let byte = bytes[p]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            p += 1
        }
        let isEmpty = bytes[p - 1] == UInt8(ascii: "/")
        var nameEnd = start + 1
        while nameEnd < p && !isSpace(bytes[nameEnd]) && bytes[nameEnd] != UInt8(ascii: "/")
            && bytes[nameEnd] != UInt8(ascii: ">")
        {
            nameEnd += 1
        }
        setName(from: start + 1, to: nameEnd)
        attributes = UnsafeRawBufferPointer(
            start: buffer + nameEnd, count: (isEmpty ? p - 1 : p) - nameEnd)
        start = p + 1
        return .some(.start(isEmpty: isEmpty))
    }

    private func matches(_ marker: StaticString, at offset: Int) -> Bool {
        guard offset + marker.utf8CodeUnitCount <= end else { return false }
        return memcmp(buffer + offset, marker.utf8Start, marker.utf8CodeUnitCount) == 0
    }

    private func lastIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var i = range.upperBound - 1
        // A reference is at most a few bytes long: look no further back than that.
        let stop = max(range.lowerBound, range.upperBound - 12)
        while i >= stop {
            if bytes[i] == byte { return i }
            i -= 1
        }
        return nil
    }

    @inline(__always)
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The local name (after any `prefix:`) of the tag name in `from..<to`, spaces trimmed.
    private func setName(from: Int, to: Int) {
        var lower = from
        var upper = to
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        var i = lower
        while i < upper {
            if bytes[i] == UInt8(ascii: ":") { lower = i + 1 }
            i += 1
        }
        name = UnsafeRawBufferPointer(start: buffer + lower, count: upper - lower)
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

    /// Appends `raw` (text or an attribute value) to `out` with its references decoded.
    ///
    /// - Throws: for a reference that is neither predefined nor a character.
    func appendDecoded(
        _ raw: UnsafeRawBufferPointer, to out: inout [UInt8]
    ) throws(ZipArchive.Failure) {
        guard let amp = raw.firstIndex(of: UInt8(ascii: "&")) else {
            out.append(contentsOf: raw)
            return
        }
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
