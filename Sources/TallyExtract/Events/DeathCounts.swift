internal import TallyCore

/// Reads who died from a sentence: numbers tied to death words, by side; injuries, event counts,
/// distances and years are not deaths.
///
/// Rules (ACLED's and careful coders'): "at least N" and "more than N" give N; several 3, a dozen
/// or dozens 12, hundreds 100; a toll that conflicts with the sides gives the lowest figure; a
/// revised toll ("rose to 36, up from 24") counts once, as the latest; "including two soldiers"
/// attributes part of a total instead of adding to it.
enum DeathCounts {
    static func read(_ words: Words) -> Fatalities? {
        var sided = Fatalities()
        var sawDeath = false
        var tolls: [Int] = []
        let revised = words.contains([
            "rose to", "risen to", "climbed to", "increased to", "reached", "rises to", "up from",
        ])
        var index = 0
        while index < words.count {
            // "a border guard", "one Kyrgyz serviceman", "a third person", "a member of the security forces".
            let reach = words[index + 1] == "member" ? 6 : 3
            let allowArticle = (1...reach).contains {
                sideAt(words, index + $0) != nil
                    || ["person", "people"].contains(words[index + $0])
            }
            // "a woman and her 14-year-old son": one more person, named by kin.
            let kin =
                words[index - 1] == "and" && ["her", "his"].contains(words[index])
                && (1...2).contains { sideAt(words, index + $0) == .civilians }
            guard
                let number = kin
                    ? (1, 1) : Numbers.read(words, at: index, allowArticle: allowArticle)
            else {
                index += 1
                continue
            }
            defer { index += number.length }
            let after = index + number.length
            if Vocabulary.notDeathNouns.contains(words[after]) { continue }
            // Days of dates: "December 2", "2 December".
            if DateExpressions.month(words[index - 1]) != nil
                || DateExpressions.month(words[after]) != nil
            {
                continue
            }
            if Vocabulary.incidentTypes.contains(where: {
                $0.phrases.contains { words.matches($0, at: after) }
            }) {
                continue
            }
            // "up from 24": the earlier figure of a revised toll; "initially reported three".
            if words[index - 1] == "from" && revised { continue }
            if words.items[Swift.max(0, index - 3)..<index].contains(where: {
                ["initially", "earlier", "first"].contains($0)
            }) {
                continue
            }
            // "a border guard, a young conscript, was killed": the second is the same person.
            if ["a", "an"].contains(words[index]) && index > 0 && words.endsClause[index - 1]
                && sideAt(words, index - 1) != nil
            {
                continue
            }
            // "10 people, including two soldiers": part of a total already read.
            // "two officers were among the dead, along with a civilian": the same verdict.
            let alongWith =
                (words.matches("along with", at: index - 2)
                    || words.matches("as well as", at: index - 3))
                && words.items[0..<index].contains { Vocabulary.death.contains($0) }
            let partOfTotal =
                (words[index - 1] == "including"
                    || (words[index - 1] == "them" && words[index - 2] == "of"))
                && sided.unknown > 0
            guard
                partOfTotal || alongWith || diesOrIsHurt(words, number: index, after: after) == true
            else {
                continue
            }
            sawDeath = true
            var side = self.side(of: index, after: after, in: words)
            // "the death toll among border soldiers has risen to five".
            if side == .unknown, let among = words.items.firstIndex(of: "among"), among < index {
                for scan in among + 1..<Swift.min(among + 6, index) {
                    if let found = sideAt(words, scan) {
                        side = found
                        break
                    }
                }
            }
            // "put the toll at five", "the number of people killed … has risen to seven".
            if ["at", "to"].contains(words[index - 1]) && mentionsToll(words, before: index) {
                if side == .unknown {
                    tolls.append(number.value)
                } else {
                    add(number.value, to: side, in: &sided)
                }
                continue
            }
            if partOfTotal {
                let moved = Swift.min(number.value, sided.unknown)
                sided.unknown -= moved
                add(moved, to: side, in: &sided)
                continue
            }
            add(number.value, to: side, in: &sided)
        }
        if let toll = revised ? tolls.last : tolls.min() {
            if sided.total == 0 {
                sided.unknown = toll
            } else if toll > sided.total {
                // The sides the source gives are what is known of the total.
                sided.unknown += toll - sided.total
            }
            sawDeath = true
        }
        return sawDeath ? sided : nil
    }

    /// The side of the dead counted by the number at `index`.
    static func side(of index: Int, after: Int, in words: Words) -> Vocabulary.Side {
        // "Six of the dead were border police": the side comes after "were".
        if words.matches("of the dead were", at: after)
            || words.matches("of those killed were", at: after)
        {
            for scan in after + 4..<Swift.min(after + 8, words.count) {
                if let found = sideAt(words, scan) { return found }
            }
        }
        // "killing three of them": the side named before in the sentence.
        if words.matches("of them", at: after) {
            for back in stride(from: index - 1, through: 0, by: -1) {
                if let found = sideAt(words, back) { return found }
            }
        }
        // The side noun among the next few words ("two Islamic Emirate border soldiers",
        // "a member of the security forces").
        let reach =
            words.matches("member of", at: after) || words.matches("members of", at: after) ? 7 : 4
        for scan in after..<Swift.min(after + reach, words.count) {
            if let found = sideAt(words, scan) { return found }
            if Vocabulary.death.contains(words[scan]) || Vocabulary.injury.contains(words[scan])
                || Numbers.read(words, at: scan) != nil || words.endsClause[scan]
            {
                break
            }
        }
        return .unknown
    }

    /// Whether a toll is spoken of before `index`: "toll", "the number of people killed".
    static func mentionsToll(_ words: Words, before index: Int) -> Bool {
        let before = words.items[0..<Swift.min(index, words.count)]
        return before.contains("toll")
            || zip(before, before.dropFirst()).contains { $0 == "number" && $1 == "of" }
    }

    static func add(_ value: Int, to side: Vocabulary.Side, in fatalities: inout Fatalities) {
        switch side {
        case .militants: fatalities.militants += value
        case .security: fatalities.security += value
        case .civilians: fatalities.civilians += value
        case .unknown: fatalities.unknown += value
        }
    }

    /// The side a noun at `index` names ("border guards", "insurgent").
    static func sideAt(_ words: Words, _ index: Int) -> Vocabulary.Side? {
        for (side, phrases) in Vocabulary.sides
        where phrases.contains(where: { words.matches($0, at: index) }) {
            return side
        }
        return nil
    }

    /// Whether the number at `number` counts deaths (`true`), injuries (`false`) or neither (`nil`):
    /// a death or injury verb just before it ("killing two"), else the first one after it within
    /// the clause.
    static func diesOrIsHurt(_ words: Words, number: Int, after: Int) -> Bool? {
        // "killing two", "killed the two": the verb just before the number.
        for back in 1...2 {
            let word = words[number - back]
            if Vocabulary.death.contains(word) && word != "toll" && word != "death" { return true }
            if Vocabulary.injury.contains(word) { return false }
            if back == 1 && !["the", "all", "another", "of"].contains(word) { break }
        }
        // "death toll at five", "the toll … has risen to 36".
        if ["at", "to"].contains(words[number - 1]) && words.items[0..<number].contains("toll") {
            return true
        }
        var index = after
        var clauses = 0
        while index < Swift.min(after + 16, words.count) {
            let word = words[index]
            if Vocabulary.injury.contains(word) { return false }
            if Vocabulary.death.contains(word) {
                // "killed or injured": deaths and injuries in one figure are not a count of deaths.
                return !(words[index + 1] == "or" && Vocabulary.injury.contains(words[index + 2]))
            }
            // "A Taliban spokesman said three guards were killed": what is said is another clause.
            if ["said", "says", "told", "reported", "stated", "added", "according"].contains(word) {
                return nil
            }
            // "three insurgent and two border guard deaths": an enumerated number shares the verdict of the next.
            if index > after, let next = Numbers.read(words, at: index),
                ["and", "or"].contains(words[index - 1]) || words.endsClause[index - 1]
            {
                return diesOrIsHurt(words, number: index, after: index + next.length)
            }
            if words.endsClause[index] {
                clauses += 1
                // An aside ("one border guard, a sergeant, was killed") may stand between.
                if clauses > 2 { break }
            }
            index += 1
        }
        return nil
    }
}
