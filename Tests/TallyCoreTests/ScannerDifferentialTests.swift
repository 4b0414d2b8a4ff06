import PropertyBased
import Testing

@testable import TallyCore

/// The word-at-a-time row scanner against the byte-at-a-time scanner it replaced, kept here as
/// the reference: the same outcome, fields, line feeds and quote problems on any bytes.
struct ScannerDifferentialTests {
    /// The byte-at-a-time scanner, as it was before the word-at-a-time search.
    struct ReferenceScanner {
        var fields: [FieldRef] = []
        var fieldCount = 0
        var lineFeeds = 0
        var lineFeedsBeforeOpenQuote = 0
        var fieldWithTextAfterQuote: Int?
        var hasNonASCII = false
        var quotedFirst = false

        mutating func append(_ start: Int, _ end: Int, _ escape: FieldRef.Escape) {
            fields.append(FieldRef(start: start, end: end, escape: escape))
            fieldCount += 1
        }

        mutating func scan(
            _ base: UnsafeRawPointer, from: Int, to end: Int, atEOF: Bool
        ) -> CSVRowScanner.Outcome {
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"),
                cr = UInt8(ascii: "\r")
            var p = from
            var highBits: UInt8 = 0
            fieldCount = 0
            fields = []
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
                        while q < end && bytes[q] != quote {
                            highBits |= bytes[q]
                            if bytes[q] == lf { lineFeeds += 1 }
                            q += 1
                        }
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
                        if fieldWithTextAfterQuote == nil {
                            fieldWithTextAfterQuote = fieldCount - 1
                        }
                        while p < end && bytes[p] != comma && bytes[p] != lf {
                            highBits |= bytes[p]
                            p += 1
                        }
                        if p >= end && !atEOF { return .incomplete }
                    }
                } else {
                    var q = p
                    while q < end {
                        let byte = bytes[q]
                        if byte == comma || byte == lf { break }
                        highBits |= byte
                        q += 1
                    }
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

    @Test func `the word-at-a-time scanner finds what the byte-at-a-time one finds`() async {
        let alphabet: [UInt8] = Array("a,\"\n\r,b\"x ".utf8) + [0xC3, 0xA9, 0xFF]
        await propertyCheck(
            count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...80), Gen.bool
        ) { seed, length, atEOF in
            var random = SplitMix64(seed: UInt64(seed))
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
            var reference = ReferenceScanner()
            var real = CSVRowScanner()
            bytes.withUnsafeBytes { buffer in
                let base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!
                var from = 0
                while true {
                    let expected = reference.scan(base, from: from, to: bytes.count, atEOF: atEOF)
                    let found = real.scan(base, from: from, to: bytes.count, atEOF: atEOF)
                    #expect(found == expected, "\(bytes) from \(from)")
                    if found == .unterminatedQuote && expected == .unterminatedQuote {
                        #expect(real.lineFeedsBeforeOpenQuote == reference.lineFeedsBeforeOpenQuote)
                    }
                    guard case .row(let next) = found, found == expected else { return }
                    #expect(real.fieldCount == reference.fieldCount)
                    for (a, b) in zip(real.fields.prefix(real.fieldCount), reference.fields) {
                        #expect(a.start == b.start && a.end == b.end && a.escape == b.escape)
                    }
                    #expect(real.lineFeeds == reference.lineFeeds)
                    #expect(real.fieldWithTextAfterQuote == reference.fieldWithTextAfterQuote)
                    #expect(
                        real.isBlankLine
                            == (reference.fieldCount == 1
                                && reference.fields[0].start == reference.fields[0].end
                                && reference.fields[0].escape == .none && !reference.quotedFirst))
                    // Non-ASCII may be over-reported (it only costs a UTF-8 check), never missed.
                    #expect(!reference.hasNonASCII || real.hasNonASCII)
                    if next == from || next >= bytes.count { return }
                    from = next
                }
            }
        }
    }

    @Test func `the row skipper ends a row where the scanner does`() async {
        let alphabet: [UInt8] = Array("a,\"\n\r,b\"x ".utf8)
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...60)) {
            seed, length in
            var random = SplitMix64(seed: UInt64(seed))
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
            var scanner = CSVRowScanner()
            var skipper = RowSkipper(delimiter: UInt8(ascii: ","))
            bytes.withUnsafeBytes { buffer in
                let base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!
                let outcome = scanner.scan(base, from: 0, to: bytes.count, atEOF: true)
                let skipped = skipper.consume(buffer)
                switch outcome {
                case .row(let next) where next > 0 && bytes[next - 1] == 0x0A:
                    #expect(skipped == next, "\(bytes)")
                    #expect(skipper.lineFeeds == scanner.lineFeeds, "\(bytes)")
                case .unterminatedQuote:
                    #expect(skipped == nil && skipper.isInsideQuotes, "\(bytes)")
                    #expect(skipper.lineFeedsBeforeOpenQuote == scanner.lineFeedsBeforeOpenQuote)
                default:
                    #expect(skipped == nil && !skipper.isInsideQuotes, "\(bytes)")
                }
            }
        }
    }

    @Test func `a row with more fields than the scanner first makes room for is scanned whole`() {
        let row = Array(((0..<150).map { "f\($0)" }.joined(separator: ",") + "\n").utf8)
        var reference = ReferenceScanner()
        var real = CSVRowScanner()
        row.withUnsafeBytes { buffer in
            let expected = reference.scan(buffer.baseAddress!, from: 0, to: row.count, atEOF: true)
            #expect(real.scan(buffer.baseAddress!, from: 0, to: row.count, atEOF: true) == expected)
        }
        #expect(real.fieldCount == 150)
        #expect(real.fields.prefix(150).map(\.end) == reference.fields.map(\.end))
    }

    @Test func `the word-at-a-time UTF-8 check agrees with the standard library`() async {
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("é".utf8), Array("😀".utf8), [0xFF], [0xC3], [0xE2, 0x82],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array(" ".utf8),
        ]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix64(seed: UInt64(seed))
            let bytes = (0..<Int.random(in: 0...12, using: &random)).flatMap { _ in
                pieces.randomElement(using: &random)!
            }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            let offset = bytes.withUnsafeBytes { $0.firstInvalidUTF8Offset }
            #expect((offset == nil) == valid, "\(bytes)")
            if let offset {
                // Everything before the reported byte is valid; the byte starts the problem.
                #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)")
            }
        }
    }
}

/// The whole-number parser on strings of digits of every length: the value, or too large.
struct WholeNumberTests {
    @Test func `digit strings of any length read as their value up to the maximum`() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...13)) {
            seed, length in
            var random = SplitMix64(seed: UInt64(seed))
            let digits = String(
                (0..<length).map { _ in "0123456789".randomElement(using: &random)! })
            let parsed = FieldParsing.wholeNumber(ContiguousArray(digits.utf8).span)
            let value = Int(digits)!
            if value <= FieldParsing.maximumFigure {
                #expect(parsed == .success(value), "\(digits)")
            } else {
                #expect(parsed == .failure(.tooLarge), "\(digits)")
            }
        }
    }
}

/// The snake_case check, byte by byte against its definition.
struct SnakeCaseTests {
    @Test func `every byte is allowed after the first letter exactly when it is a-z, 0-9 or _`() {
        for byte in UInt8.min...UInt8.max {
            let expected =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_")
            let word: ContiguousArray<UInt8> = [UInt8(ascii: "a"), byte, UInt8(ascii: "b")]
            #expect(word.span.isSnakeCase == expected, "byte \(byte)")
            let first: ContiguousArray<UInt8> = [byte, UInt8(ascii: "a")]
            #expect(
                first.span.isSnakeCase
                    == (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte), "first byte \(byte)")
        }
    }
}

/// The word-at-a-time searches with words assembled byte by byte, the fallback compiled for
/// big-endian machines, against the single loads this machine uses: the same words, the same
/// rows, the same stops. The fallback is checked here, where it is not compiled in.
struct WordOrderTests {
    static let alphabet: [UInt8] = Array("a,\"\n\r,b\"x \\".utf8) + [0x01, 0x1F, 0xC3, 0xA9, 0xFF]

    @Test func `words read by the machine have their first byte lowest, as assembled ones do`()
        async
    {
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix64(seed: UInt64(seed))
            let bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &random) }
            bytes.withUnsafeBytes { buffer in
                for offset in 0...16 {
                    let machine = MachineWords.word(buffer.baseAddress!, at: offset)
                    #expect(machine == AssembledWords.word(buffer.baseAddress!, at: offset))
                    #expect(UInt8(truncatingIfNeeded: machine) == bytes[offset])
                }
            }
        }
    }

    @Test func `the row scanner finds the same rows with words assembled byte by byte`() async {
        await propertyCheck(
            count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...80), Gen.bool
        ) { seed, length, atEOF in
            var random = SplitMix64(seed: UInt64(seed))
            let bytes = (0..<length).map { _ in Self.alphabet.randomElement(using: &random)! }
            var machine = CSVRowScanner()
            var assembled = CSVRowScanner()
            bytes.withUnsafeBytes { buffer in
                let base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!
                var from = 0
                while true {
                    let expected = machine.scan(base, from: from, to: bytes.count, atEOF: atEOF)
                    let found = assembled.scan(
                        base, from: from, to: bytes.count, atEOF: atEOF,
                        words: AssembledWords.self)
                    #expect(found == expected, "\(bytes) from \(from)")
                    #expect(assembled.fieldCount == machine.fieldCount)
                    for (a, b) in zip(
                        assembled.fields.prefix(assembled.fieldCount),
                        machine.fields.prefix(machine.fieldCount))
                    {
                        #expect(a.start == b.start && a.end == b.end && a.escape == b.escape)
                    }
                    #expect(assembled.lineFeeds == machine.lineFeeds)
                    #expect(assembled.lineFeedsBeforeOpenQuote == machine.lineFeedsBeforeOpenQuote)
                    #expect(assembled.fieldWithTextAfterQuote == machine.fieldWithTextAfterQuote)
                    #expect(assembled.hasNonASCII == machine.hasNonASCII)
                    guard case .row(let next) = found, found == expected, next > from,
                        next < bytes.count
                    else { return }
                    from = next
                }
            }
        }
    }

    @Test func `quotes and JSON string stops are found at the same bytes with assembled words`()
        async
    {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...80)) {
            seed, length in
            var random = SplitMix64(seed: UInt64(seed))
            let bytes = (0..<length).map { _ in Self.alphabet.randomElement(using: &random)! }
            bytes.withUnsafeBytes { buffer in
                let base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!
                for from in 0...bytes.count {
                    var machineFeeds = 0
                    var assembledFeeds = 0
                    var machineHigh: UInt64 = 0
                    var assembledHigh: UInt64 = 0
                    let quote = ByteSearch.quote(
                        base, from: from, to: bytes.count, lineFeeds: &machineFeeds,
                        high: &machineHigh)
                    #expect(
                        ByteSearch.quote(
                            base, from: from, to: bytes.count, lineFeeds: &assembledFeeds,
                            high: &assembledHigh, words: AssembledWords.self) == quote)
                    #expect(assembledFeeds == machineFeeds && assembledHigh == machineHigh)
                    // Both against the definition: the first quote, the line feeds before it.
                    let first = bytes[from...].firstIndex(of: 0x22) ?? bytes.count
                    #expect(quote == first)
                    #expect(machineFeeds == bytes[from..<first].filter { $0 == 0x0A }.count)
                    let stop = ByteSearch.jsonStringStop(base, from: from, to: bytes.count)
                    #expect(
                        ByteSearch.jsonStringStop(
                            base, from: from, to: bytes.count, words: AssembledWords.self) == stop)
                    #expect(
                        stop
                            == bytes[from...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
                            ?? bytes.count)
                }
            }
        }
    }
}
