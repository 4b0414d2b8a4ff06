/// Where one field's bytes lie in the reader's buffer, and how they are escaped.
package struct FieldRef: Sendable {
    /// How a field's bytes must be unescaped before use.
    package enum Escape: UInt8, Sendable {
        /// The bytes are the value.
        case none
        /// A quoted CSV field containing doubled quotes (`""`).
        case doubledQuotes
        /// A JSON string with backslash escapes.
        case json
        /// Bytes a layout translator wrote (ACLED's category, UCDP's deaths by side): they lie in
        /// the scratch's derived area, not in the input.
        case derived
    }

    package var start: Int
    package var end: Int
    package var escape: Escape

    package init(start: Int, end: Int, escape: Escape) {
        self.start = start
        self.end = end
        self.escape = escape
    }
}

/// Memory that unescaped field values are written to while one row is decoded.
///
/// A class because its memory is a resource with one owner; it is reserved to the row's length
/// before the row is decoded, so the values written into it stay where they are until the next row.
package final class UnescapeScratch {
    @exclusivity(unchecked) private var memory: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var used = 0

    /// Values a layout translator derives for the row, back to back.
    @exclusivity(unchecked) private(set) var derivedMemory = UnsafeMutableRawPointer.allocate(
        byteCount: 4_096, alignment: 8)
    @exclusivity(unchecked) private var derivedUsed = 0
    @exclusivity(unchecked) private var derivedCapacity = 4_096

    package init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        memory = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit {
        memory.deallocate()
        derivedMemory.deallocate()
    }

    /// Stores a derived value for the current row and returns where it lies.
    package func derive(_ text: String) -> FieldRef {
        var text = text
        return text.withUTF8 { derive(UnsafeRawBufferPointer($0)) }
    }

    /// Stores derived bytes for the current row and returns where they lie (as an offset, which
    /// stays valid when the area grows).
    package func derive(_ bytes: UnsafeRawBufferPointer) -> FieldRef {
        if derivedUsed + bytes.count > derivedCapacity {
            let capacity = Swift.max(derivedCapacity * 2, derivedUsed + bytes.count)
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
            bigger.copyMemory(from: derivedMemory, byteCount: derivedUsed)
            derivedMemory.deallocate()
            derivedMemory = bigger
            derivedCapacity = capacity
        }
        let start = derivedUsed
        if bytes.count > 0 {
            (derivedMemory + start).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        derivedUsed += bytes.count
        return FieldRef(start: start, end: derivedUsed, escape: .derived)
    }

    /// Stores a whole number's decimal digits for the current row and returns where they lie.
    package func derive(number: Int) -> FieldRef {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var value = number.magnitude
            var start = 24
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: value % 10) + 0x30
                value /= 10
            } while value > 0
            if number < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            return derive(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: digits[start...])))
        }
    }

    /// Forgets the derived values of the previous row.
    package func resetDerived() {
        derivedUsed = 0
    }

    /// Makes room for the unescaped fields of a row `byteCount` bytes long and forgets older ones.
    package func reset(forRowOf byteCount: Int) {
        used = 0
        if byteCount > capacity {
            memory.deallocate()
            capacity = max(byteCount, capacity * 2)
            memory = .allocate(byteCount: capacity, alignment: 8)
        }
    }

    /// Copies a CSV field, collapsing each doubled quote to one.
    package func unescapeDoubledQuotes(_ field: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let out = memory + used
        var n = 0
        var i = 0
        while i < field.count {
            let byte = field[i]
            out.storeBytes(of: byte, toByteOffset: n, as: UInt8.self)
            n += 1
            i += byte == UInt8(ascii: "\"") && i + 1 < field.count && field[i + 1] == byte ? 2 : 1
        }
        used += n
        return UnsafeRawBufferPointer(start: out, count: n)
    }

    /// Copies a JSON string body, decoding its escapes; `nil` when an escape is malformed.
    package func unescapeJSON(_ field: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        let out = memory + used
        var n = 0
        var i = 0
        func put(_ byte: UInt8) {
            out.storeBytes(of: byte, toByteOffset: n, as: UInt8.self)
            n += 1
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= field.count else { return nil }
            var value: UInt32 = 0
            for k in at..<at + 4 {
                let c = field[k]
                let digit: UInt8
                switch c {
                case 0x30...0x39: digit = c - 0x30
                case 0x41...0x46: digit = c - 0x41 + 10
                case 0x61...0x66: digit = c - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while i < field.count {
            let byte = field[i]
            guard byte == UInt8(ascii: "\\") else {
                put(byte)
                i += 1
                continue
            }
            guard i + 1 < field.count else { return nil }
            let escaped = field[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): put(escaped)
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(i) else { return nil }
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    // A surrogate pair: \uD83D\uDE00.
                    guard i + 6 <= field.count, field[i] == UInt8(ascii: "\\"),
                        field[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2),
                        (0xDC00...0xDFFF).contains(low)
                    else { return nil }
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    return nil
                }
                for unit in UTF8.encode(Unicode.Scalar(scalar)!)! { put(unit) }
            default:
                return nil
            }
        }
        used += n
        return UnsafeRawBufferPointer(start: out, count: n)
    }
}

/// One row of input, with its fields located by canonical column; values are read on demand.
///
/// The bytes belong to the reader and are valid only while the row is being handled.
package struct RawRecord {
    /// The reader's buffer.
    package var base: UnsafeRawPointer
    /// The field of each canonical column, indexed by `Column.rawValue`; `nil` when absent.
    package var fields: [FieldRef?]
    /// Fields a layout carries beyond the canonical ones (UCDP's `date_end`, `low`, `high`),
    /// indexed by `ExtraField.rawValue`.
    package var extraFields: [FieldRef?] = [nil, nil, nil, nil]
    /// The file the row came from, as the user named it.
    package var file: String
    /// The line the row starts on (1-based).
    package var line: Int
    /// Where the whole row lies in the buffer, for rejected-row output.
    package var rowRange: Range<Int>
    /// Unescaped values land here.
    package let scratch: UnescapeScratch

    package init(base: UnsafeRawPointer, file: String, scratch: UnescapeScratch) {
        self.base = base
        self.fields = Array(repeating: nil, count: Column.allCases.count)
        self.file = file
        self.line = 0
        self.rowRange = 0..<0
        self.scratch = scratch
    }

    /// The value of a column, unescaped and without surrounding spaces; empty when absent.
    ///
    /// `nil` only for a JSON string whose escapes are malformed.
    @inline(__always)
    package func value(_ column: Column) -> UnsafeRawBufferPointer? {
        guard let field = fields[column.rawValue] else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return value(of: field)
    }

    /// The value of a field of the row, unescaped and without surrounding spaces.
    @inline(__always)
    package func value(of field: FieldRef) -> UnsafeRawBufferPointer? {
        let raw = UnsafeRawBufferPointer(start: base + field.start, count: field.end - field.start)
        if field.escape == .none { return raw.trimmingSpaces() }
        let unescaped: UnsafeRawBufferPointer
        switch field.escape {
        case .none: unescaped = raw
        case .doubledQuotes: unescaped = scratch.unescapeDoubledQuotes(raw)
        case .json:
            guard let decoded = scratch.unescapeJSON(raw) else { return nil }
            unescaped = decoded
        case .derived:
            unescaped = UnsafeRawBufferPointer(
                start: scratch.derivedMemory + field.start, count: field.end - field.start)
        }
        return unescaped.trimmingSpaces()
    }

    /// A field's value as a `String`. Allocates: for layout translation, not the canonical hot path.
    package func string(of field: FieldRef) -> String {
        guard let bytes = value(of: field), bytes.count > 0 else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The row as it was written in the input.
    package var rawText: String {
        let bytes = UnsafeRawBufferPointer(start: base + rowRange.lowerBound, count: rowRange.count)
        var text = String(decoding: bytes, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}

extension UnsafeRawBufferPointer {
    /// The bytes without leading and trailing ASCII spaces and tabs.
    @inline(__always)
    package func trimmingSpaces() -> UnsafeRawBufferPointer {
        var lower = 0
        var upper = count
        while lower < upper, self[lower] == 0x20 || self[lower] == 0x09 { lower += 1 }
        while upper > lower, self[upper - 1] == 0x20 || self[upper - 1] == 0x09 { upper -= 1 }
        if lower == 0 && upper == count { return self }
        return UnsafeRawBufferPointer(rebasing: self[lower..<upper])
    }

    /// Whether the bytes equal an ASCII string, ignoring ASCII case.
    @inline(__always)
    package func equalsIgnoringASCIICase(_ other: StaticString) -> Bool {
        guard other.utf8CodeUnitCount == count else { return false }
        let pointer = other.utf8Start
        for i in 0..<count where asciiLowercase(self[i]) != asciiLowercase(pointer[i]) {
            return false
        }
        return true
    }
}

/// The byte with A-Z mapped to a-z.
@inline(__always)
package func asciiLowercase(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
}

/// Values some layouts carry that the metrics do not use but a record keeps.
package enum ExtraField: Int, CaseIterable {
    case dateEnd
    case fatalitiesLow
    case fatalitiesHigh
    /// A reviewer's verdict on an extracted record (`decision` in a review file): `reject`
    /// keeps the row out of the counts.
    case decision
}
