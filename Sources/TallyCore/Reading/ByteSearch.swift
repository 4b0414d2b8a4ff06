/// Finds delimiters in a byte buffer eight bytes at a time.
///
/// Each word is compared with a repeated byte at once (the exact "which bytes are zero" bit trick,
/// with no false matches), so a long field costs one step per eight bytes instead of one per byte.
/// Every byte looked at is ORed into `high`, whose high bits then tell whether the row may hold non-ASCII
/// bytes (it may over-report, never under-report; over-reporting only costs a UTF-8 check).
///
/// The bit tricks need the byte at the lowest address in the lowest bits of the word (the first
/// match is the lowest set bit). `Words` says how a word is read: ``MachineWords``, chosen at
/// compile time, unless a test asks for another.
enum ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that equals `first` or `second`: the two exact
    /// zero-byte tests with their common steps shared.
    @inline(__always)
    private static func matches(_ word: UInt64, _ first: UInt8, or second: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(first))
        let y = word ^ (ones &* UInt64(second))
        return ~((((x & low7) &+ low7) | x) & (((y & low7) &+ low7) | y)) & highs
    }

    /// The high bit of each byte of `word` that equals a byte repeated in `first` or in
    /// `second` (words made with ``repeated(_:)``): the test for a delimiter known only at run
    /// time, its repetition made once per row rather than once per word.
    @inline(__always)
    private static func matches(
        _ word: UInt64, repeated first: UInt64, or second: UInt64
    )
        -> UInt64
    {
        let x = word ^ first
        let y = word ^ second
        return ~((((x & low7) &+ low7) | x) & (((y & low7) &+ low7) | y)) & highs
    }

    /// `byte` in each of a word's eight bytes.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// The high bit of each byte of `word` that equals `byte`.
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & low7) &+ low7) | x) & highs
    }

    /// Finds field delimiters (a comma, semicolon, tab or pipe) and line feeds field after
    /// field, keeping the matches of the last word looked at: a row's short fields mostly end
    /// in a word already loaded.
    struct DelimiterCursor {
        /// Where the word of `matches` starts; no word yet when far below any position.
        private var wordStart = Int.min / 2
        /// The high bit of each byte of that word that is a delimiter or a line feed.
        private var matches: UInt64 = 0
        /// The delimiter, and the delimiter and line feed repeated in a word.
        private let delimiter: UInt8
        private let repeatedDelimiter: UInt64
        private let repeatedLineFeed = ByteSearch.repeated(0x0A)

        /// A cursor for fields that `delimiter` separates.
        @inline(__always)
        init(delimiter: UInt8) {
            self.delimiter = delimiter
            repeatedDelimiter = ByteSearch.repeated(delimiter)
        }

        /// The first delimiter or line feed at or after `from`, or `end` when there is none.
        @inline(__always)
        mutating func next<Words: WordLoading>(
            _ base: UnsafeRawPointer, from: Int, to end: Int, high: inout UInt64,
            words: Words.Type = MachineWords.self
        ) -> Int {
            var q = from
            let offset = from &- wordStart
            if offset >= 0 && offset < 8 {
                let ahead = matches & (~0 << UInt64(offset * 8))
                if ahead != 0 { return wordStart + ahead.trailingZeroBitCount >> 3 }
                q = wordStart + 8
            }
            while q + 8 <= end {
                let word = Words.word(base, at: q)
                let found = ByteSearch.matches(
                    word, repeated: repeatedDelimiter, or: repeatedLineFeed)
                high |= word
                if found != 0 {
                    wordStart = q
                    matches = found
                    return q + found.trailingZeroBitCount >> 3
                }
                q += 8
            }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            while q < end {
                let byte = bytes[q]
                if byte == delimiter || byte == 0x0A { return q }
                high |= UInt64(byte)
                q += 1
            }
            return end
        }
    }

    /// The first double quote at or after `from`, or `end`; counts the line feeds passed over.
    @inline(__always)
    static func quote<Words: WordLoading>(
        _ base: UnsafeRawPointer, from: Int, to end: Int, lineFeeds: inout Int, high: inout UInt64,
        words: Words.Type = MachineWords.self
    ) -> Int {
        var q = from
        while q + 8 <= end {
            let word = Words.word(base, at: q)
            let found = matches(word, 0x22)
            let feeds = matches(word, 0x0A)
            high |= word
            if found != 0 {
                let before = found.trailingZeroBitCount
                // Line feeds in the bytes before the quote: bits below its high bit.
                let passed = feeds & ((1 << before) - 1)
                if passed != 0 { lineFeeds += passed.nonzeroBitCount }
                return q + before >> 3
            }
            if feeds != 0 { lineFeeds += feeds.nonzeroBitCount }
            q += 8
        }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        while q < end {
            let byte = bytes[q]
            if byte == 0x22 { return q }
            if byte == 0x0A { lineFeeds += 1 }
            high |= UInt64(byte)
            q += 1
        }
        return end
    }

    /// The first double quote, backslash or control byte (below 0x20) at or after `from`, or
    /// `end`: where a JSON string body stops being plain text.
    @inline(__always)
    static func jsonStringStop<Words: WordLoading>(
        _ base: UnsafeRawPointer, from: Int, to end: Int, words: Words.Type = MachineWords.self
    ) -> Int {
        var q = from
        while q + 8 <= end {
            let word = Words.word(base, at: q)
            let control = matches(word & (ones &* 0xE0), 0)
            let found = matches(word, 0x22) | matches(word, 0x5C) | control
            if found != 0 { return q + found.trailingZeroBitCount >> 3 }
            q += 8
        }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        while q < end {
            let byte = bytes[q]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return q }
            q += 1
        }
        return end
    }
}

/// How the word-at-a-time searches read eight bytes as one word: the byte at the lowest address
/// in the lowest bits, whatever the machine's byte order.
package protocol WordLoading {
    /// The eight bytes at `base + offset`, the first in the lowest bits.
    static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64
}

/// One unaligned load: the bytes in the order the searches need on a little-endian machine
/// only.
package enum LoadedWords: WordLoading {
    @inline(__always)
    package static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }
}

/// The eight bytes loaded one by one and shifted into place: the order the searches need on any
/// machine. The fallback where loads are big-endian; tests check that it finds what
/// ``LoadedWords`` finds, so the fallback is exercised on the machines that do not use it.
package enum AssembledWords: WordLoading {
    @inline(__always)
    package static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        var word: UInt64 = 0
        for index in 0..<8 {
            word |= UInt64(base.load(fromByteOffset: offset + index, as: UInt8.self)) << (index * 8)
        }
        return word
    }
}

// The byte order is checked where the code is compiled: a single load where it gives the order
// the searches need, the assembled word elsewhere.
#if _endian(little)
    /// How this machine reads words for the searches: one load (little-endian).
    package typealias MachineWords = LoadedWords
#elseif _endian(big)
    /// How this machine reads words for the searches: assembled byte by byte (big-endian).
    package typealias MachineWords = AssembledWords
#else
    #error("Tally's word-at-a-time searches know little- and big-endian machines only")
#endif
