/// Numbers as analysts read them in news: digits, words up to the thousands, and the fixed
/// values of vague words (ACLED's convention: several 3, a dozen or dozens 12, hundreds 100).
enum Numbers {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    ]
    static let vague: [String: Int] = [
        "several": 3, "dozen": 12, "dozens": 12, "hundreds": 100, "a few": 3, "few": 3,
    ]

    /// The number starting at `index`, and how many words it takes; `a`/`an` count only when
    /// `allowArticle` (they are numbers in "an attack" but not in "a border guard's death").
    static func read(
        _ words: Words, at index: Int, allowArticle: Bool = false
    ) -> (value: Int, length: Int)? {
        var start = index
        // "at least N", "more than N", "over N", "some N", "around N", "up to N".
        for lead in [
            "at least", "more than", "over", "some", "around", "about", "nearly", "up to",
            "as many as",
        ]
        where words.matches(lead, at: start) {
            let length = lead.split(separator: " ").count
            if let number = read(words, at: start + length) {
                return (number.value, number.length + length)
            }
        }
        let word = words[start]
        if word == "a" && words[start + 1] == "dozen" { return (12, 2) }
        if let vague = vague[word] { return (vague, 1) }
        if (word == "a" || word == "an") && !allowArticle { return nil }
        if let value = Int(word.filter { $0 != "," }), !word.isEmpty, word.first!.isNumber {
            // Years are not counts.
            if (1900...2100).contains(value) && word.count == 4 { return nil }
            return (value, 1)
        }
        // Words: "three", "twenty-four", "two hundred and five", "three thousand".
        func part(_ text: String) -> Int? {
            if text == "a" || text == "an" { return allowArticle ? 1 : nil }
            if let unit = units[text] { return unit }
            if let ten = tens[text] { return ten }
            let pieces = text.split(separator: "-")
            if pieces.count == 2, let ten = tens[String(pieces[0])],
                let unit = units[String(pieces[1])], unit < 10
            {
                return ten + unit
            }
            return nil
        }
        guard var value = part(words[start]) else { return nil }
        var length = 1
        start += 1
        if words[start] == "hundred" {
            value *= 100
            length += 1
            start += 1
            if words[start] == "and", let rest = part(words[start + 1]) {
                value += rest
                length += 2
                start += 2
            }
        }
        if words[start] == "thousand" {
            value *= 1000
            length += 1
        }
        return (value, length)
    }
}
