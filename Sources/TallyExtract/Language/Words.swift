/// A sentence as lowercase words, with the spans needed to quote them back.
struct Words {
    /// Lowercase words without surrounding punctuation; hyphenated words stay whole.
    let items: [String]
    /// Whether a word ended a clause (a comma, semicolon or dash followed it).
    let endsClause: [Bool]

    init(_ sentence: String) {
        var items: [String] = []
        var ends: [Bool] = []
        for raw in sentence.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = String(raw).lowercased()
            word = word.replacingApostrophes()
            let clause =
                word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":") || word == "—"
                || word == "–"
            word = word.trimmingCharacters(".,;:!?\"“”()[]—–")
            if word.hasSuffix("'s") { word = String(word.dropLast(2)) }
            guard !word.isEmpty else {
                if clause, !ends.isEmpty { ends[ends.count - 1] = true }
                continue
            }
            items.append(word)
            ends.append(clause)
        }
        self.items = items
        endsClause = ends
    }

    var count: Int { items.count }

    subscript(index: Int) -> String { index >= 0 && index < items.count ? items[index] : "" }

    /// Whether the words at `index` spell `phrase` (space-separated).
    func matches(_ phrase: String, at index: Int) -> Bool {
        let parts = phrase.split(separator: " ")
        guard index >= 0, index + parts.count <= items.count else { return false }
        for (offset, part) in parts.enumerated() {
            let word = items[index + offset]
            if part.hasSuffix("*") {
                guard word.hasPrefix(part.dropLast()) else { return false }
            } else if word != part {
                return false
            }
        }
        return true
    }

    /// The first index where one of the phrases starts, if any.
    func firstIndex(ofAny phrases: [String]) -> Int? {
        for index in items.indices where phrases.contains(where: { matches($0, at: index) }) {
            return index
        }
        return nil
    }

    /// Whether any of the phrases occurs.
    func contains(_ phrases: [String]) -> Bool {
        firstIndex(ofAny: phrases) != nil
    }
}

extension String {
    func replacingApostrophes() -> String {
        String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }
}
