/// Numbers as analysts read them in news: digits, words up to the thousands, and the fixed
/// values of vague words (several 3, a dozen or dozens 12, hundreds 100).
enum Numbers {
    /// A number read at a position, with how it was qualified.
    struct Reading: Equatable {
        var value: Int
        /// Tokens taken, qualifier included.
        var length: Int
        /// "at least", "more than": a lower bound.
        var isLowerBound = false
        /// Written as a vague word ("several", "dozens").
        var isVague = false
    }

    static let vague: [String: Int] = [
        "several": 3, "few": 3, "dozens": 12, "scores": 12, "hundreds": 100, "many": 3,
        "numerous": 3,
    ]

    /// The number starting at `index`; `a`/`an`/`one` read as 1 only when `article` allows.
    /// Words that can begin a number: qualifiers, articles, vague words.
    static let starters: WordSet = [
        "at", "more", "over", "some", "around", "about", "nearly", "almost", "up", "as",
        "approximately", "roughly", "no", "a", "an", "all", "dozen", "several", "few", "dozens",
        "scores", "hundreds", "many", "numerous", "between",
    ]

    static func read(_ sentence: Sentence, at index: Int, article: Bool = false) -> Reading? {
        guard var reading = readFigure(sentence, at: index, article: article) else { return nil }
        // "eight or more policemen", "20 or so": the figure, at least.
        let after = index + reading.length
        if sentence.matches("or more", at: after) {
            reading.length += 2
            reading.isLowerBound = true
        } else if sentence.matches("or so", at: after) {
            reading.length += 2
        } else if ["to", "or"].contains(sentence.word(after)),
            // ("went up from 31 to 33": a toll revised, not a range.)
            sentence.word(index - 1) != "from",
            let upper = readFigure(sentence, at: after + 1), !upper.isVague,
            upper.value > reading.value
        {
            // "three to six soldiers", "five or six": a range, read as its lowest (CODING.md).
            reading.length += 1 + upper.length
        }
        return reading
    }

    private static func readFigure(
        _ sentence: Sentence, at index: Int, article: Bool = false
    ) -> Reading? {
        // Most words are not numbers: decide that first, by table.
        guard index >= 0, index < sentence.tokens.count else { return nil }
        let first = sentence.tokens[index]
        guard first.kind == .number || first.entry.number != nil || starters.contains(first.text)
        else { return nil }
        // "how many died": a question, not a figure.
        if index > 0, sentence.tokens[index - 1].text == "how" { return nil }
        for (lead, isLower) in [
            ("at least", true), ("more than", true), ("over", true), ("some", false),
            ("around", false), ("about", false), ("nearly", false), ("almost", false),
            ("up to", false), ("as many as", false), ("approximately", false), ("roughly", false),
            ("no fewer than", true), ("no less than", true), ("a total of", false),
            ("an estimated", false), ("all", false), ("all of the", false), ("at most", false),
        ] where sentence.matches(lead, at: index) {
            let length = lead.split(separator: " ").count
            if var number = read(sentence, at: index + length, article: lead == "all") {
                number.length += length
                number.isLowerBound = number.isLowerBound || isLower
                return number
            }
        }
        let token = sentence[index]
        let word = token.text
        // "between one and five servicemen": a range, read as its lowest.
        if word == "between", let lower = readFigure(sentence, at: index + 1),
            sentence.word(index + 1 + lower.length) == "and",
            let upper = readFigure(sentence, at: index + 2 + lower.length),
            upper.value > lower.value
        {
            return Reading(value: lower.value, length: 2 + lower.length + upper.length)
        }
        if word == "a" || word == "an" {
            if sentence.word(index + 1) == "dozen" { return Reading(value: 12, length: 2) }
            // "close to a hundred people dead".
            if sentence.word(index + 1) == "hundred" { return Reading(value: 100, length: 2) }
            if sentence.word(index + 1) == "thousand" { return Reading(value: 1000, length: 2) }
            if sentence.word(index + 1) == "few" {
                return Reading(value: 3, length: 2, isVague: true)
            }
            if sentence.word(index + 1) == "couple" && sentence.word(index + 2) == "of" {
                return Reading(value: 2, length: 3)
            }
            return article ? Reading(value: 1, length: 1) : nil
        }
        if word == "dozen" { return Reading(value: 12, length: 1) }
        if let value = vague[word] {
            // "dozens of", "hundreds of".
            return Reading(value: value, length: 1, isVague: true)
        }
        if token.kind == .number {
            guard let value = token.value else { return nil }
            // "on April 12 has died", "12 April": a day of the month, not a count.
            if value <= 31,
                (index > 0 && sentence[index - 1].entry.month != nil
                    && sentence[index - 1].isCapitalized)
                    || (sentence[index + 1].entry.month != nil && sentence[index + 1].isCapitalized)
            {
                return nil
            }
            // A year is not a count; "20,000" followed by "hundred" is not a thing.
            if token.text.utf8.count == 4, (1900...2100).contains(value) { return nil }
            var length = 1
            var total = value
            if sentence.word(index + 1) == "thousand" {
                total *= 1000
                length += 1
            } else if sentence.word(index + 1) == "million" {
                return nil
            }
            return Reading(value: total, length: length)
        }
        guard var value = token.entry.number, token.isWord else { return nil }
        if value == 1 && !article && word == "one" {
            // "one of the guards" is one; "one" alone before a noun is too.
        }
        var length = 1
        // "twenty-one", "twenty one".
        if value >= 20, value % 10 == 0, let unit = sentence[index + 1].entry.number, unit < 10,
            unit > 0
        {
            value += unit
            length += 1
        }
        if sentence.word(index + length) == "hundred" {
            value *= 100
            length += 1
            if sentence.word(index + length) == "and",
                let rest = sentence[index + length + 1].entry.number
            {
                value += rest
                length += 2
            }
        }
        if sentence.word(index + length) == "thousand" {
            value *= 1000
            length += 1
        }
        // "two dozen people": 24.
        if value < 10, sentence.word(index + length) == "dozen" {
            value *= 12
            length += 1
        }
        return Reading(value: value, length: length)
    }
}
