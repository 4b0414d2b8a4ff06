/// A fixed set of lowercase words that the rules ask "is this word one of them?" of, millions of
/// times an extraction: an open-addressed table keyed by a cheap hash of the word's bytes
/// (FNV-1a), where `Set<String>` would run its seeded SipHash over the word at every question.
/// Written as an array literal, like the set it stands for.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let words: [String]
    /// Each slot holds an index into `words` plus one, or 0 when empty.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let mask: Int
    /// Bit n set when a word of n bytes is in the set (63 for longer ones), and the first bytes
    /// of the words: most words asked about fail one of them and are never hashed.
    private let lengths: UInt64
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    init(_ words: some Sequence<String>) {
        var unique: [String] = []
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted { unique.append(word) }
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        let hashes = unique.map(Self.hash)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.words = unique
        self.slots = slots
        self.hashes = hashes
        self.mask = capacity - 1
        var lengths: UInt64 = 0
        var firstBytes: [UInt64] = [0, 0, 0, 0]
        for word in unique {
            lengths |= 1 << UInt64(Swift.min(word.utf8.count, 63))
            let first = Int(word.utf8.first ?? 0)
            firstBytes[first >> 6] |= 1 << UInt64(first & 63)
        }
        self.lengths = lengths
        self.firstBytes = (firstBytes[0], firstBytes[1], firstBytes[2], firstBytes[3])
    }

    func contains(_ word: String) -> Bool {
        let bytes = word.utf8
        guard lengths & (1 << UInt64(Swift.min(bytes.count, 63))) != 0 else { return false }
        let first = Int(bytes.first ?? 0)
        let row: UInt64
        switch first >> 6 {
        case 0: row = firstBytes.0
        case 1: row = firstBytes.1
        case 2: row = firstBytes.2
        default: row = firstBytes.3
        }
        guard row & (1 << UInt64(first & 63)) != 0 else { return false }
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if hashes[entry - 1] == hash && words[entry - 1] == word { return true }
            slot = (slot + 1) & mask
        }
    }

    func makeIterator() -> IndexingIterator<[String]> {
        words.makeIterator()
    }

    private static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
