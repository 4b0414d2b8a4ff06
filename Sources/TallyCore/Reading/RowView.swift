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

/// One row of input as the reader holds it: where its fields lie, read through spans that
/// cannot outlive the call that reads them.
///
/// The only way the bytes of the input leave the reading stage. Its memory (the reader's block
/// buffer, and the scratch that unescaped and derived values are written to) stays valid while
/// the reader handles the row, and the types make sure nothing reads it later:
///
/// - The view is `~Copyable` and the reader owns it; every stage after the reader (the decoder,
///   the filter, the aggregator, the sinks, the listings) receives it `borrowing`, so none can
///   copy it or keep it once its call returns.
/// - A field's bytes are a `Span<UInt8>`, non-escapable, handed to a closure
///   (`withValue(_:_:)`): the compiler refuses to let the span out of the closure,
///   so a field cannot outlive its row by construction.
/// - Unsafe pointers stay inside this file and the reader that fills the view; the stages after
///   the reader see none. Only the owner of the memory makes a view (the reader, and the
///   benchmarks' copy of decoded rows), and it owns the view it makes.
///
/// Why not a `~Escapable` view with its lifetime tied to the block buffer: with Swift 6.3 and
/// this package's settings (tools version 6.2, Swift 6 language mode, no experimental
/// features), a type of our own cannot be declared `~Escapable`: the compiler refuses any
/// initializer, property or function that returns one ("an initializer cannot return a
/// ~Escapable result"), and the `@_lifetime` annotation that would allow it needs the
/// experimental feature `Lifetimes`. Enabling it builds cleanly in release mode, also as a
/// dependency, but an experimental feature is no promise: its spelling has changed with every
/// release so far (`NonescapableTypes`, then `LifetimeDependence` with `@lifetime`, then
/// `Lifetimes` with `@_lifetime`), and a library that adopts it may stop compiling with the next
/// toolchain, for Tally and for every package that builds it. What Swift 6.3 supports without
/// any flag is using the standard library's non-escapable `Span` and `RawSpan` (locals,
/// arguments, closure parameters, all checked by the compiler) and `~Copyable` types passed
/// `borrowing`; this view is built from those. When lifetime dependencies are part of the
/// language, the view can become `~Escapable` and `withValue(_:_:)` a property
/// that returns the span; its users change little. `CONTRIBUTING.md` (Row views) has the
/// measurements.
package struct RowView: ~Copyable {
    /// The memory the row's field bounds are offsets into: the reader's buffer.
    private var base: UnsafeRawPointer
    /// The field of each canonical column, indexed by `Column.rawValue`; `nil` when absent.
    package var fields: [FieldRef?]
    /// Fields a layout carries beyond the canonical ones (UCDP's `date_end`, `low`, `high`),
    /// indexed by `ExtraField.rawValue`.
    package var extraFields: [FieldRef?] = [nil, nil, nil, nil]
    /// The file the row came from, as the user named it.
    package let file: String
    /// The line the row starts on (1-based).
    private(set) package var line: Int
    /// Where the whole row lies in the buffer, for rejected-row output.
    private(set) package var rowRange: Range<Int>
    /// Unescaped and derived values land here.
    private let scratch: UnescapeScratch

    /// A view of rows in `base`, which must stay valid, and unchanged, for as long as the view
    /// is handed on (until the next ``locate(in:range:line:)``).
    package init(base: UnsafeRawPointer, file: String, scratch: UnescapeScratch) {
        self.base = base
        self.fields = Array(repeating: nil, count: Column.allCases.count)
        self.file = file
        self.line = 0
        self.rowRange = 0..<0
        self.scratch = scratch
    }

    /// Moves the view to the row in `range` of `buffer` (which may have moved since the last
    /// row), starting on `line`.
    @inline(__always)
    package mutating func locate(in buffer: UnsafeRawPointer, range: Range<Int>, line: Int) {
        base = buffer
        rowRange = range
        self.line = line
    }

    /// Calls `body` with the value of a column, unescaped and without surrounding spaces; empty
    /// when the column is absent, `nil` only for a JSON string whose escapes are malformed.
    ///
    /// The span is valid only inside `body`.
    @inline(__always)
    package func withValue<Result: ~Copyable, Failure: Error>(
        _ column: Column, _ body: (Span<UInt8>?) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let field = fields[column.rawValue] else {
            return try body(Span())
        }
        return try withValue(of: field, body)
    }

    /// Calls `body` with the value of a field beyond the canonical columns, as
    /// `withValue(_:_:)` does for a column.
    @inline(__always)
    package func withValue<Result: ~Copyable, Failure: Error>(
        _ extra: ExtraField, _ body: (Span<UInt8>?) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let field = extraFields[extra.rawValue] else {
            return try body(Span())
        }
        return try withValue(of: field, body)
    }

    /// Calls `body` with the value of a field of the row, unescaped and without surrounding
    /// spaces; `nil` only for a JSON string whose escapes are malformed.
    @inline(__always)
    package func withValue<Result: ~Copyable, Failure: Error>(
        of field: FieldRef, _ body: (Span<UInt8>?) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let value = unescaped(field) else { return try body(nil) }
        return try body(value.trimmingSpaces().span)
    }

    /// The bytes of a field, unescaped (in the scratch) when it is escaped; `nil` when its
    /// escapes are malformed.
    @inline(__always)
    private func unescaped(_ field: FieldRef) -> UnsafeBufferPointer<UInt8>? {
        let raw = UnsafeBufferPointer(
            start: base.assumingMemoryBound(to: UInt8.self) + field.start,
            count: field.end - field.start)
        switch field.escape {
        case .none: return raw
        case .doubledQuotes: return scratch.unescapeDoubledQuotes(raw)
        case .json: return scratch.unescapeJSON(raw)
        case .derived: return scratch.derived(field)
        }
    }

    /// The value of a column as a `String`; empty when absent or malformed. Allocates: for
    /// whole records and messages, not the aggregation's hot path.
    package func text(_ column: Column) -> String {
        withValue(column) { bytes in
            guard let bytes else { return "" }
            return String(decodingUTF8: bytes)
        }
    }

    /// The value of a field as a `String`; empty when malformed.
    package func text(of field: FieldRef) -> String {
        withValue(of: field) { bytes in
            guard let bytes else { return "" }
            return String(decodingUTF8: bytes)
        }
    }

    /// The value of a field as a `String`, unescaped, its spaces kept (a header's names);
    /// empty when malformed.
    package func untrimmedText(of field: FieldRef) -> String {
        guard let value = unescaped(field) else { return "" }
        return String(decoding: value, as: UTF8.self)
    }

    /// The row as it was written in the input, without its line end.
    package var rawText: String {
        var text = String(decoding: row, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// A copy of the row's bytes as written in the input, its line end included.
    package var rawBytes: [UInt8] { Array(row) }

    /// The row's bytes in the buffer.
    private var row: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(
            start: base.assumingMemoryBound(to: UInt8.self) + rowRange.lowerBound,
            count: rowRange.count)
    }
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

/// Memory that unescaped and derived field values are written to while one row is handled.
///
/// A class because its memory is a resource with one owner. A value written stays where it is
/// until the next ``reset()``: when the memory is outgrown, a bigger block takes over and the
/// old one is kept until then, so a span of an earlier value of the row never dangles.
package final class UnescapeScratch {
    @exclusivity(unchecked) private var memory: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var used = 0
    /// Blocks outgrown while handling the current row, freed by the next ``reset()``.
    @exclusivity(unchecked) private var outgrown: [UnsafeMutableRawPointer] = []

    /// Values a layout translator derives for the row, back to back; fields refer to them by
    /// offset, which stays valid when the area grows.
    @exclusivity(unchecked) private var derivedMemory: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var derivedUsed = 0
    @exclusivity(unchecked) private var derivedCapacity = 4_096

    package init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        memory = .allocate(byteCount: capacity, alignment: 8)
        derivedMemory = .allocate(byteCount: derivedCapacity, alignment: 8)
    }

    deinit {
        memory.deallocate()
        derivedMemory.deallocate()
        for block in outgrown { block.deallocate() }
    }

    /// Forgets the unescaped values of the previous row.
    @inline(__always)
    package func reset() {
        used = 0
        if !outgrown.isEmpty {
            for block in outgrown { block.deallocate() }
            outgrown.removeAll(keepingCapacity: true)
        }
    }

    /// Forgets the derived values of the previous row.
    package func resetDerived() {
        derivedUsed = 0
    }

    /// Stores a derived value for the current row and returns where it lies.
    package func derive(_ text: String) -> FieldRef {
        var text = text
        return text.withUTF8 { derive(UnsafeRawBufferPointer($0)) }
    }

    /// Stores derived bytes for the current row and returns where they lie.
    package func derive(_ bytes: [UInt8]) -> FieldRef {
        bytes.withUnsafeBytes { derive($0) }
    }

    /// Stores a whole number's decimal digits for the current row and returns where they lie.
    package func derive(number: Int) -> FieldRef {
        derive(String(number))
    }

    private func derive(_ bytes: UnsafeRawBufferPointer) -> FieldRef {
        if derivedUsed + bytes.count > derivedCapacity {
            let capacity = Swift.max(derivedCapacity * 2, derivedUsed + bytes.count)
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
            bigger.copyMemory(from: derivedMemory, byteCount: derivedUsed)
            outgrown.append(derivedMemory)
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

    /// The bytes of a derived field.
    fileprivate func derived(_ field: FieldRef) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(
            start: derivedMemory.assumingMemoryBound(to: UInt8.self) + field.start,
            count: field.end - field.start)
    }

    /// Room for `count` more bytes, taken.
    @inline(__always)
    private func take(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity - used {
            outgrown.append(memory)
            capacity = Swift.max(capacity * 2, count)
            memory = .allocate(byteCount: capacity, alignment: 8)
            used = 0
        }
        let start = (memory + used).assumingMemoryBound(to: UInt8.self)
        used += count
        return start
    }

    /// Copies a CSV field, collapsing each doubled quote to one.
    fileprivate func unescapeDoubledQuotes(
        _ field: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        let out = take(field.count)
        var n = 0
        var i = 0
        while i < field.count {
            let byte = field[i]
            out[n] = byte
            n += 1
            i += byte == UInt8(ascii: "\"") && i + 1 < field.count && field[i + 1] == byte ? 2 : 1
        }
        return UnsafeBufferPointer(start: out, count: n)
    }

    /// Copies a JSON string body, decoding its escapes; `nil` when an escape is malformed.
    fileprivate func unescapeJSON(
        _ field: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8>? {
        // No escape decodes to more bytes than it takes (`\uXXXX` is 6 bytes for at most 3,
        // a surrogate pair 12 for 4).
        let out = take(field.count)
        var n = 0
        var i = 0
        func put(_ byte: UInt8) {
            out[n] = byte
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
        return UnsafeBufferPointer(start: out, count: n)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing ASCII spaces and tabs.
    @inline(__always)
    fileprivate func trimmingSpaces() -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = count
        while lower < upper, self[lower] == 0x20 || self[lower] == 0x09 { lower += 1 }
        while upper > lower, self[upper - 1] == 0x20 || self[upper - 1] == 0x09 { upper -= 1 }
        if lower == 0 && upper == count { return self }
        return UnsafeBufferPointer(rebasing: self[lower..<upper])
    }
}

extension String {
    /// The text of UTF-8 bytes, with invalid sequences replaced as `String(decoding:as:)` does.
    package init(decodingUTF8 bytes: Span<UInt8>) {
        self = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}
