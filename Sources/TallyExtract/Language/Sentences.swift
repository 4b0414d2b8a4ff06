/// Splits paragraphs into sentences: at `.`, `!` or `?` followed by a space and a capital letter
/// or a digit, not after common abbreviations.
enum Sentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st", "no", "vs", "u.s", "approx",
    ]

    static func split(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(paragraph)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character) {
                var next = index + 1
                while next < characters.count, "\"”’)".contains(characters[next]) {
                    current.append(characters[next])
                    next += 1
                }
                let followedBySpace = next < characters.count && characters[next] == " "
                let startsNew =
                    next + 1 < characters.count
                    && (characters[next + 1].isUppercase || characters[next + 1].isNumber
                        || "\"“".contains(characters[next + 1]))
                let lastWord =
                    current.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
                let isAbbreviation =
                    character == "." && abbreviations.contains(lastWord.trimmingCharacters(".\"“"))
                if next >= characters.count || (followedBySpace && startsNew && !isAbbreviation) {
                    sentences.append(current.trimmingCharacters(" "))
                    current = ""
                    index = next
                    continue
                }
                index = next
                continue
            }
            index += 1
        }
        let rest = current.trimmingCharacters(" ")
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(_ set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
