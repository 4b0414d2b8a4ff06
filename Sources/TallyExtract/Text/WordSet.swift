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
    }

    func contains(_ word: String) -> Bool {
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
