/// Reading tolls: phrases naming people, the predicates that say what befell them (killed,
/// died, deaths; wounded, detained), and which phrase belongs to which predicate.
extension FactReader {
    /// Verbs of an attack on people: "attacked Afghan security forces, killing 13".
    static let attackingVerbs: WordSet = [
        "attacked", "ambushed", "targeted", "stormed", "raided", "assaulted",
    ]

    /// A phrase naming people: "three Tajik border guards", "a driver", "two of the intruders".
    struct PersonPhrase {
        var start: Int
        var end: Int
        var count: Int
        var side: Lexicon.Side
        var party: Country?
        /// A figure was written ("three", "at least 20"), not implied by "a" or a plural.
        var hasNumber: Bool
        var isAdditional: Bool
        /// Told by a vague word: "dozens", "several".
        var isVague = false
        /// No head noun: "three were killed", "killing five".
        var isBare: Bool
        /// "the intruders", "these men": people already told, of no new count.
        var isAnaphoric = false
        /// After "of": part of another noun phrase ("a soldier of the border troops").
        var isComplement = false
        /// "including two guards", "two of them": part of a total in the same statement.
        var isPart = false
        /// Inside an apposition or relative clause, or an age: not more people.
        var isApposition = false
        /// The noun that names them ("smugglers"), for an anaphor to find them again.
        var head = ""
        /// "its citizens", "their own soldiers": the speaker's own people.
        var isOwn = false
        /// "three others", "three other people": people besides those named with them.
        var isBesides = false
        /// "six of the dead were border police": a death stated by the phrase itself.
        var isAmongDead = false
        /// Taliban whose side the publication date decided (militants before 15 August 2021,
        /// the state's forces after).
        var sideByTalibanRule = false
    }

    /// Verbs that take lives: "claimed the lives of", "cost the life of".
    static let lifeTakingWords: WordSet = [
        "claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking", "taken",
        "cost", "costs", "costing", "ended", "ending", "lost", "sacrificed", "gave",
    ]

    /// Words that may stand before the head of a phrase naming people: "border", "armed",
    /// "Taliban", "25 security force members", "a senior Taliban leader".
    static let qualifyingWords: WordSet = [
        "border",
        "armed",
        // "20 armed illegal intruders".
        "illegal",
        "taliban",
        "security",
        "military",
        "police",
        "civilian",
        "civil",
        "army",
        "chinese",
        "russian",
        "foreign",
        "drug",
        "afghan",
        "islamic",
        "emirate",
        "government",
        "state",
        "frontier",
        // "one border service soldier".
        "service",
        "young",
        "old",
        "elderly",
        "unarmed",
        "mounted",
        "female",
        "male",
        "ethnic",
        "suspected",
        "unidentified",
        "masked",
        "own",
        "its",
        "their",
        "his",
        "her",
        "pakistani",
        "iranian",
        "american",
        "turkish",
        "contract",
        "local",
        // "the district police chief", "the province's deputy governor".
        "district",
        "provincial",
        "province",
        "regional",
        "deputy",
        "village",
        "road",
        "mine",
        "construction",
        "truck",
        "ambulance",
        "taxi",
        "bus",
        "farm",
        "canal",
        "railway",
        "power",
        "factory",
        "unit",
        "detachment",
        "outpost",
        "post",
        "battalion",
        "company",
        "squad",
        "platoon",
        "brigade",
        "regiment",
        // "25 security force members", "border force personnel".
        "force",
        // "two law enforcement officers".
        "law",
        "enforcement",
        // "dozens of key commanders", "a senior Taliban leader".
        "key",
        "senior",
        "top",
        "prominent",
        "notorious",
        "high-ranking",
        "field",
    ]

    /// "a second guard", "the third person": people told in turn.
    static let ordinals: WordSet = ["second", "third", "fourth", "fifth", "sixth"]

    /// Whether the death verb at `position` is an infinitive or a gerund after a wish, a fear
    /// or an avoidance ("did not want civilians to be killed", "to avoid soldiers being
    /// killed").
    static func isDeathAvoided(_ sentence: Sentence, at position: Int) -> Bool {
        let infinitive =
            (sentence.word(position - 1) == "be" && sentence.word(position - 2) == "to")
            || sentence.word(position - 1) == "to" || sentence.word(position - 1) == "being"
        guard infinitive else { return false }
        return (2...12).contains { Self.avoidingWords.contains(sentence.word(position - $0)) }
    }

    static let avoidingWords: WordSet = [
        "want", "wanted", "wants", "wish", "wished", "avoid", "avoided", "avoiding", "prevent",
        "prevented", "preventing", "afraid", "lest",
    ]

    /// What a death is told with after "with" ("with two of its soldiers killed").
    static let withDeathWords: WordSet = [
        "killed", "dead", "slain", "neutralised", "neutralized", "eliminated", "liquidated",
    ]

    /// Verbs that name what someone is ("called him a hero").
    static let callingWords: WordSet = [
        "called", "calls", "call", "hailed", "named", "dubbed", "declared", "deemed",
    ]

    /// Where the dead lived, said of them ("lived in", "natives of the village of").
    static let residencePhrases = [
        "lived in", "were residents of", "was a resident of", "a resident of", "residents of the",
        "were natives of", "was a native of", "a native of", "natives of the",
        "were from the village of", "was from the village of", "inhabitants of", "an inhabitant of",
    ]

    static let bandWords: WordSet = ["group", "gang", "band", "cell"]

    static let lawlessWords: WordSet = [
        "armed", "criminal", "terrorist", "extremist", "militant",
    ]

    static let militiaWords: WordSet = ["uprising", "arbaki", "arbakai", "militia", "militias"]

    static let rankWords: WordSet = [
        "commander", "commanders", "chief", "chiefs", "leader", "leaders", "governor",
        "governors",
    ]

    /// The names of a state's forces whose staff are its forces ("an employee of the border
    /// service").
    static let forcesNames = [
        "interior ministry", "internal affairs", "ministry of the interior", "border service",
        "border troops", "border guard", "security committee", "police",
    ]

    /// Countries outside the five whose people, named by nationality alone, are civilians.
    static let foreignCountries: WordSet = [
        "china", "russia", "pakistan", "iran", "india", "turkey", "germany", "france", "japan",
        "britain", "korea", "prc",
    ]

    func personPhrase(_ sentence: Sentence, at start: Int) -> PersonPhrase? {
        var index = start
        var count: Int?
        var hasNumber = false
        var isAdditional = false
        var isBesides = false
        var isVague = false
        var isDefinite = false
        var ownPeople = false
        var isOrdinal = false
        var party: Country?
        let token = sentence[start]
        guard token.isWord || token.kind == .number else { return nil }
        // "Twelve of the dead were Tajik soldiers and the other 30 were armed rebels": the rest
        // of the dead, of the side they are said to be.
        if token.text == "the", ["other", "remaining"].contains(sentence.word(start + 1)),
            let reading = Numbers.read(sentence, at: start + 2), reading.value > 0,
            ["were", "are"].contains(sentence.word(start + 2 + reading.length)),
            sentence.contains(["of the dead", "of those killed", "of the victims"]),
            let side = (1...3).lazy.compactMap({
                sentence[start + 2 + reading.length + $0].entry.side
            }).first(where: { $0 != .unknown })
        {
            return PersonPhrase(
                start: start, end: start + 2 + reading.length, count: reading.value, side: side,
                party: nil, hasNumber: true, isAdditional: false, isBare: true, isPart: true,
                isAmongDead: true)
        }
        if token.text == "nobody" || token.text == "none"
            || (token.text == "no" && sentence.word(start + 1) == "one")
        {
            return PersonPhrase(
                start: start, end: start + (token.text == "no" ? 2 : 1), count: 0, side: .unknown,
                party: nil, hasNumber: true, isAdditional: false, isBare: true)
        }
        // "turned his rifle on an officer and shot him dead": the person just told ("her" only
        // where no noun follows: "her son" is someone else).
        if token.text == "him"
            || (token.text == "her"
                && [",", ".", ";", "dead", "and", "in", "on", "at", "with", "near", "while"]
                    .contains(sentence.word(start + 1)))
        {
            return PersonPhrase(
                start: start, end: start + 1, count: 1, side: .unknown, party: nil,
                hasNumber: false, isAdditional: false, isBare: false, isAnaphoric: true,
                head: "him")
        }
        // "Three armed men crossed ... They opened fire and were killed": the people counted
        // just before; resolved with the event's figures, or no figure at all.
        if token.text == "they" {
            guard !sentence[start + 1].entry.has(.reporting),
                !(sentence.word(start + 1) == "also" && sentence[start + 2].entry.has(.reporting))
            else { return nil }
            return PersonPhrase(
                start: start, end: start + 1, count: 2, side: .unknown, party: nil,
                hasNumber: false, isAdditional: false, isBare: false, isAnaphoric: true,
                head: "they")
        }
        if token.text == "he" || token.text == "she" {
            // "He said the forces killed ...": the teller, no victim.
            if sentence[start + 1].entry.has(.reporting)
                || (sentence.word(start + 1) == "also" && sentence[start + 2].entry.has(.reporting))
            {
                return nil
            }
            return PersonPhrase(
                start: start, end: start + 1, count: 1, side: .unknown, party: nil,
                hasNumber: false, isAdditional: false, isBare: false, isAnaphoric: true,
                head: token.text)
        }
        // "a 37-year-old citizen", "14-year-old boys": an age, not a count.
        let ageAt = ["a", "an"].contains(token.text) ? start + 1 : start
        // "along with a number of security force members": a plural with no figure, its phrase
        // from "a".
        if sentence.matches("a number of", at: start) {
            index = start + 3
        } else if sentence.matches("a group of", at: start),
            sentence[start + 3].entry.side.map({ $0 != .unknown }) ?? false
        {
            // "fired on a group of fishermen, leaving one of them dead": the people the group
            // is of, in the plural with no figure.
            index = start + 3
        } else if sentence[ageAt].kind == .number, sentence.word(ageAt + 1) == "year",
            sentence[ageAt + 1].isHyphenated
        {
            if ageAt > start { count = 1 }
            index = ageAt + 2
            if sentence.word(index) == "old" { index += 1 }
        } else if token.text == "another"
            || (token.text == "a" && Self.ordinals.contains(sentence.word(start + 1)))
            // "the second guard, who had been badly hurt, died": one more.
            // (Not "the second person killed in the attack was identified as": one of the dead.)
            || (token.text == "the" && Self.ordinals.contains(sentence.word(start + 1))
                && sentence[start + 2].entry.side != nil
                && !["killed", "slain", "dead", "who", "to"].contains(sentence.word(start + 3)))
        {
            // "another guard", "a third person": one more.
            count = 1
            hasNumber = true
            isAdditional = true
            index += token.text == "another" ? 1 : 2
            // "Azarkhon and a second member of the group were killed": the one named first, by
            // name alone, and one more of the same people, two in all.
            // (Names that open the sentence: "their leader Karimov and ..." is counted by its
            // noun.)
            if sentence.word(start - 1) == "and", token.text != "the", (2...4).contains(start),
                (0..<(start - 1)).allSatisfy({ Self.isBareName(sentence[$0]) }),
                let verb = (index..<Swift.min(index + 16, sentence.tokens.count)).first(where: {
                    ["was", "were"].contains(sentence.word($0))
                }), sentence.word(verb) == "were"
            {
                count = 2
                isAdditional = false
            }
        } else if let reading = Numbers.read(sentence, at: index, article: true) {
            count = reading.value
            // "a soldier" is one person named; "a dozen policemen" a figure.
            hasNumber = !["a", "an"].contains(token.text) || reading.length > 1
            isVague = reading.isVague
            index += reading.length
            if ["more", "additional", "further"].contains(sentence.word(index)) {
                // "two more guards died": more dead; "capturing 150 soldiers and killing 50
                // more": more of the same people, counted once.
                isAdditional =
                    sentence.word(index - 2) != "killing" && sentence.word(index - 2) != "killed"
                index += 1
            } else if ["other", "others"].contains(sentence.word(index)) {
                // "a commander and three others were killed", "along with three other people":
                // people besides the ones named with them.
                isBesides = true
            }
        } else if token.entry.has(.determiner) {
            isDefinite = !["a", "an"].contains(token.text)
            index += 1
            // "the second person killed": an ordinal of the dead told in turn.
            if token.text == "the", Self.ordinals.contains(sentence.word(index)) {
                index += 1
                isOrdinal = true
            }
            // "the three intruders", "its two soldiers": a figure after the determiner ("her
            // 14-year-old son" is an age).
            if sentence[index].kind == .number && sentence.word(index + 1) == "year"
                && sentence[index + 1].isHyphenated
            {
                index += sentence.word(index + 2) == "old" ? 3 : 2
            } else if let reading = Numbers.read(sentence, at: index), reading.value > 0 {
                count = reading.value
                hasNumber = true
                index += reading.length
                // "said that 10 more people had died": more dead, after the "that".
                if token.text == "that",
                    ["more", "additional", "further"].contains(sentence.word(index))
                {
                    isAdditional = true
                    index += 1
                }
            }
        }
        // "six of the dead were border police": part of the toll, of that side.
        // "six of those who died were Taliban fighters" too.
        if let count, hasNumber,
            let length = [
                "of the dead", "of the victims", "of those killed", "of those who died",
                "of those who perished", "of those who were killed", "of the people killed",
            ].first(where: { sentence.matches($0, at: index) }).map({
                $0.split(separator: " ").count
            })
        {
            var look = index + length
            if ["were", "included", "are", "was"].contains(sentence.word(look)) { look += 1 }
            while look < Swift.min(index + length + 6, sentence.tokens.count) {
                if let side = sentence[look].entry.side, side != .unknown {
                    return PersonPhrase(
                        start: start, end: index + length, count: count, side: side, party: nil,
                        hasNumber: true, isAdditional: false, isBare: true, isPart: true,
                        isAmongDead: true)
                }
                if sentence[look].isPunctuation { break }
                look += 1
            }
        }
        // "three of the intruders", "one of their own officers", "two of them".
        if count != nil, hasNumber || sentence.word(start) == "one", sentence.word(index) == "of" {
            let next = sentence.word(index + 1)
            if ["them", "whom", "those", "these"].contains(next) {
                return PersonPhrase(
                    start: start, end: index + 2, count: count!, side: .unknown, party: nil,
                    hasNumber: true, isAdditional: isAdditional, isBare: true, isPart: true,
                    head: "them")
            }
            index += 1
            // "lost more than 50 of the country's 370 districts": a share of things (not "one
            // of the posts' local guards": whose the people are).
            if let thing = (index..<Swift.max(index, Swift.min(index + 5, sentence.tokens.count)))
                .first(where: {
                    sentence[$0].isPunctuation || sentence[$0].entry.side != nil
                        || sentence[$0].entry.has([.notPeople, .deathNoun])
                }), sentence[thing].entry.has(.notPeople), !sentence[thing].isPossessive
            {
                return nil
            }
            // "the attackers withdrew, abandoning five of their dead", "to neutralise the group
            // one of its members was eliminated": the people "their" or "its" stands for, told
            // last before it in the sentence (an armed group's are militants).
            if ["their", "its"].contains(sentence.word(index)),
                ["dead", "bodies", "members"].contains(sentence.word(index + 1)),
                let owner = (Swift.max(0, start - 12)..<start).reversed().prefix(while: {
                    ![".", ";"].contains(sentence.word($0))
                }).first(where: {
                    sentence[$0].entry.side.map { $0 != .unknown }
                        ?? Self.bandWords.contains(
                            sentence.word($0))
                }),
                let side = sentence[owner].entry.side
                    ?? (Self.bandWords.contains(sentence.word(owner)) ? .militants : nil)
            {
                return PersonPhrase(
                    start: start, end: index + 2, count: count!, side: side, party: nil,
                    hasNumber: true, isAdditional: isAdditional, isBare: false)
            }
            if sentence[index].entry.has(.determiner) { index += 1 }
            if sentence.word(index) == "own" { index += 1 }
            // "59 of the country's citizens": the teller's own people.
            // (Not "three of that country's border guards": another's.)
            if sentence[index].isPossessive, sentence.word(index - 1) == "the",
                ["country", "nation", "republic"].contains(sentence.word(index))
            {
                ownPeople = true
                index += 1
            }
            // "one of the posts' local guards": whose guards (a plural's possessive only; a
            // singular one is not read through here).
            if sentence[index].isPossessive, sentence.word(index).hasSuffix("s"),
                sentence[index].entry.side == nil
            {
                index += 1
            }
            // "killed five of the group's members", in a sentence that names the militant group;
            // "15 of the armed criminal group's members", a group its own words call armed.
            let modifiers = (0...3).first(where: {
                ["group", "gang", "band", "cell"].contains(sentence.word(index + $0))
                    && sentence[index + $0].isPossessive
                    && (index..<index + $0).allSatisfy { at in
                        sentence[at].isWord && sentence[at].entry.side == nil
                            && sentence[at].kind != .number
                    }
            })
            if let modifiers,
                ["members", "fighters", "militants", "commanders"].contains(
                    sentence.word(index + modifiers + 1)),
                (index..<index + modifiers).contains(where: {
                    Self.lawlessWords.contains(sentence.word($0))
                })
                    || sentence.tokens.contains(where: {
                        $0.entry.side == .militants
                            || ["iskp", "isis", "isil", "daesh", "taliban"].contains($0.text)
                    })
            {
                return PersonPhrase(
                    start: start, end: index + modifiers + 2, count: count!, side: .militants,
                    party: nil, hasNumber: true, isAdditional: isAdditional, isBare: false)
            }
            // "one of the three": part of a group already counted.
            if let rest = Numbers.read(sentence, at: index),
                sentence[index + rest.length].entry.side == nil
            {
                return PersonPhrase(
                    start: start, end: index + rest.length, count: count!, side: .unknown,
                    party: nil,
                    hasNumber: true, isAdditional: isAdditional, isBare: true, isPart: true)
            }
        }
        var taliban = false
        var armed = false
        var civilian = false
        var military = false
        var foreign = false
        // "a member of the interior ministry staff": the state's, whatever the last word.
        var ofState = false
        var pluralMembers = false
        var headIndex: Int?
        var scan = index
        while scan < Swift.min(index + 6, sentence.tokens.count) {
            let word = sentence[scan]
            // 'killed fifteen "unidentified armed people in masks"': the quotation marks doubt
            // the words, not who the people were.
            if scan == index, scan > start, ["\"", "“", "«"].contains(word.text) {
                scan += 1
                continue
            }
            if word.isPunctuation { break }
            if word.text == "member" || word.text == "members" || word.text == "hero"
                || word.text == "heroes"
            {
                // "members of the armed group", "a member of the Tajik border troops", "one hero
                // of the Afghan National Army".
                headIndex = scan
                // ("members of a terrorist organisation" are more than one, whatever the word
                // after "of".)
                pluralMembers = word.text == "members" || word.text == "heroes"
                var look = scan + 1
                while look < Swift.min(scan + 8, sentence.tokens.count) {
                    let next = sentence[look]
                    if let side = next.entry.side, side != .unknown {
                        headIndex = look
                        if military && side == .civilians { ofState = true }
                        break
                    }
                    if next.text == "taliban" { taliban = true; break }
                    // "four members of one family": a household's people.
                    if ["family", "families", "household"].contains(next.text) {
                        civilian = true; break
                    }
                    if ["group", "gang", "band", "cell", "organisation", "organization"].contains(
                        next.text)
                    {
                        armed = true; break
                    }
                    // "members of the security forces": on to the people word, if there is one.
                    if ["unit", "service", "army", "forces", "force"].contains(next.text) {
                        military = true; break
                    }
                    if ["directorate", "security", "police", "troops", "committee", "ministry"]
                        .contains(next.text)
                    {
                        military = true
                    }
                    // 'members of a "terrorist organisation"': the quotation marks doubt the
                    // name, not who they were.
                    if next.isPunctuation, ["\"", "“", "”", "'", "‘", "’"].contains(next.text) {
                        look += 1
                        continue
                    }
                    // "a council member said 12 security personnel ...": the member ends there.
                    if next.isPunctuation
                        || next.entry.has([.killVerb, .dieVerb, .auxiliary, .reporting])
                        || next.kind == .number
                    {
                        break
                    }
                    if let country = next.entry.country { party = country }
                    if next.text == "armed" || next.text == "terrorist" || next.text == "criminal" {
                        armed = true
                    }
                    look += 1
                }
                break
            }
            // "the National Army", "National Security": a name, not a national.
            // "the Taliban's shadow governor", "the group's military chief": the possessor
            // qualifies the person after it.
            if word.entry.side != nil || word.text == "group", word.isPossessive,
                let later = (1...3).first(where: { ahead in
                    sentence[scan + ahead].entry.side != nil
                        && (1...ahead).allSatisfy { sentence[scan + $0].isWord }
                })
            {
                if word.text == "taliban" { taliban = true }
                if word.text == "group" || word.entry.side == .militants { armed = true }
                headIndex = scan + later
                break
            }
            if word.entry.side != nil,
                !(["national", "nationals"].contains(word.text) && sentence[scan + 1].isCapitalized)
            {
                headIndex = scan
                // "border guard" + "deaths": the head is the last person word ("police officers").
                if let next = Optional(sentence[scan + 1]), next.entry.side != nil, next.isWord,
                    !next.entry.has(.phraseEnd), next.text != "member"
                {
                    // "two Taliban commanders": the Taliban's, whatever the word.
                    if word.text == "taliban" { taliban = true }
                    headIndex = scan + 1
                } else if sentence[scan + 1].isWord, sentence[scan + 2].entry.side != nil,
                    sentence[scan + 2].isWord,
                    // "cost the Taliban four men": a figure starts other people.
                    sentence[scan + 1].entry.number == nil,
                    !sentence[scan + 1].entry.has([
                        .phraseEnd, .auxiliary, .killVerb, .dieVerb, .injury, .detention,
                        .determiner,
                    ]),
                    !["and", "or", "who", "that"].contains(sentence.word(scan + 1))
                {
                    // "a civilian truck driver": one person.
                    headIndex = scan + 2
                }
                break
            }
            // "two Chinese were killed", "killed three Chinese": a foreign nationality that
            // names people, who are the foreign workers of these borders.
            if Self.foreignPeople.contains(word.text), scan > start,
                !sentence[scan + 1].isWord
                    || sentence[scan + 1].entry.has([
                        .phraseEnd, .auxiliary, .killVerb, .dieVerb, .injury,
                    ])
                    || ["who", "that", "were", "was", "had", "have", "has"].contains(
                        sentence.word(scan + 1))
            {
                headIndex = scan
                foreign = true
                break
            }
            if let country = word.entry.country {
                party = country
                // "the three Kyrgyzstanis", "two Afghans": a nationality in the plural is people.
                if !word.entry.isCountryName, word.text.hasSuffix("s"),
                    scan > start
                        || sentence[scan].isCapitalized
                {
                    headIndex = scan
                    break
                }
                // "shot dead an Afghan", "two Tajiks were killed": the nationality names people.
                let next = sentence[scan + 1]
                // "between Tajik and Kyrgyz guards": two nationalities of the guards.
                let coordinated =
                    ["and", "or"].contains(next.text)
                    && sentence[scan + 2].entry.country != nil
                    && !sentence[scan + 2].entry.isCountryName
                    && !sentence[scan + 2].text.hasSuffix("s")
                // ("the Afghan hostage-takers": a compound noun follows, not a verb.)
                if !word.entry.isCountryName, !coordinated,
                    !next.isWord
                        || (next.entry.has([
                            .phraseEnd, .auxiliary, .killVerb, .dieVerb, .injury, .detention,
                        ]) && !sentence[scan + 2].isHyphenated)
                        || ["who", "that", "and", "or"].contains(next.text)
                {
                    headIndex = scan
                    break
                }
            }
            switch word.text {
            case "taliban": taliban = true
            // ("a militant commander", "a rebel leader": ranks of the armed.)
            case "armed", "gang", "criminal", "terrorist", "militant", "rebel", "insurgent",
                "extremist":
                armed = true
            case "civilian", "civil": civilian = true
            case "military", "army", "security", "border", "police": military = true
            case "chinese", "russian", "pakistani", "iranian", "indian", "foreign", "american",
                "turkish", "british", "german", "french", "japanese":
                foreign = true
            default: break
            }
            // "all three of the attacking Afghan gunmen", "the retreating militants": a
            // participle after the determiner, before the people it describes.
            let participle =
                word.text.hasSuffix("ing") && scan > start
                && sentence[scan - 1].entry.has(.determiner)
                && (1...2).contains(where: { ahead in
                    sentence[scan + ahead].entry.side.map { $0 != .unknown } ?? false
                        && (1...ahead).allSatisfy { sentence[scan + $0].isWord }
                })
            // Before the head only what qualifies people: "armed", "Tajik", "border", names.
            let qualifies =
                word.entry.has(.modifier) || word.entry.country != nil || word.isCapitalized
                || word.isHyphenated || sentence[scan + 1].isHyphenated
                || Self.qualifyingWords.contains(word.text) || word.kind == .number && scan == index
            let stops =
                !participle
                && (!qualifies
                    || word.entry.has([
                        .killVerb, .dieVerb, .injury, .detention, .auxiliary, .reporting,
                        .deathNoun, .phraseEnd, .notPeople, .irrealis,
                    ])
                    || word.entry.incident != nil || word.kind == .number
                    || word.entry.number != nil
                    // (Not the "and" of "two rank-and-file soldiers": a word of one compound.)
                    || ([
                        "and", "or", "of", "who", "which", "that", "than", "to", "were", "was",
                        "had", "have", "has",
                    ].contains(word.text)
                        && !(word.isHyphenated && sentence[scan + 1].isHyphenated)))
            // "the wounded man died in hospital": who he was, not what befell him here.
            let woundedBefore =
                ["wounded", "injured"].contains(word.text) && scan == index && isDefinite
                && sentence[scan + 1].entry.side != nil
            if stops && word.text != "taliban" && word.text != "armed" && !woundedBefore { break }
            scan += 1
        }
        guard let head = headIndex else {
            // "three were killed", "killing five": a figure alone.
            guard let count, hasNumber else { return nil }
            let next = sentence[index]
            if next.entry.has(.notPeople) || next.entry.month != nil || next.isHyphenated {
                return nil
            }
            // "10 hand grenades", "three assault rifles": a thing named by two words.
            if next.isWord, next.entry.side == nil,
                !next.entry.has([.killVerb, .dieVerb, .injury, .auxiliary, .phraseEnd]),
                sentence[index + 1].entry.has(.notPeople)
            {
                return nil
            }
            // "were 31 and 37 years old": ages.
            if (0..<5).contains(where: {
                sentence.matches("years old", at: index + $0)
                    || sentence.matches("years of age", at: index + $0)
            })
                || sentence.word(start - 1) == "aged"
            {
                return nil
            }
            // "Tajik government troops ... losing nine killed and 25 wounded": the losers' own
            // dead, of the side named before.
            var side = Lexicon.Side.unknown
            if sentence.word(start - 1).hasPrefix("los"),
                ["losing", "lost", "lose", "loses"].contains(sentence.word(start - 1)),
                ["killed", "dead"].contains(sentence.word(index)),
                let loser = (0..<Swift.max(0, start - 1)).reversed().first(where: {
                    (sentence[$0].entry.side ?? .unknown) != .unknown
                })
            {
                side = sentence[loser].entry.side ?? .unknown
            }
            var phrase = PersonPhrase(
                start: start, end: index, count: count, side: side, party: nil, hasNumber: true,
                isAdditional: isAdditional, isVague: isVague, isBare: true)
            phrase.isBesides = isBesides
            return phrase
        }
        let headToken = sentence[head]
        // "11 criminals who refused the border guards' demand were killed": the guards own the
        // demand; they are not among the people the sentence counts ("the insurgents' bodies"
        // are).
        if headToken.isPossessive, !hasNumber,
            !["bodies", "body", "remains", "corpses", "deaths", "death", "lives"].contains(
                sentence.word(head + 1))
        {
            return nil
        }
        var side = headToken.entry.side ?? .unknown
        // "two fighters of the public uprising forces", "uprising fighters", "arbaki": the
        // government's militias, counted with its forces.
        // ("14 members of a pro-government militia" too.)
        if Self.militiaWords.contains(sentence.word(head - 1))
            || (sentence.word(head + 1) == "of"
                && (2...5).contains(where: { offset in
                    Self.militiaWords.contains(sentence.word(head + offset))
                        && (2..<offset).allSatisfy { sentence[head + $0].isWord }
                }))
        {
            side = .security
        }
        let own =
            ownPeople
            || sentence.tokens[start..<head].contains {
                ["its", "their", "our", "own"].contains($0.text)
            }
        var sideByTalibanRule = false
        // "the Taliban's shadow district chief", "a shadow governor": the Taliban's officials.
        if (Swift.max(0, Swift.min(start, head - 4))..<head).contains(where: { at in
            ((sentence[at].text == "taliban" && sentence[at].isPossessive)
                || sentence[at].text == "shadow")
                && ((at + 1)..<head).allSatisfy {
                    sentence[$0].isWord && sentence[$0].kind != .number
                        && !sentence[$0].entry.has([
                            .killVerb, .dieVerb, .auxiliary, .injury, .reporting,
                        ])
                }
        }) {
            taliban = true
        }
        // "the Taliban's shadow governor, the group's military chief and dozens of key
        // commanders": ranks of the armed group the sentence names as owner, when it names no
        // guard, soldier or policeman.
        if Self.rankWords.contains(headToken.text), !taliban, !armed,
            sentence.tokens.contains(where: {
                $0.isPossessive && ($0.text == "taliban" || $0.text == "group")
            }),
            !sentence.tokens.contains(where: {
                $0.entry.side == .security && !Self.rankWords.contains($0.text)
            })
        {
            if sentence.tokens.contains(where: { $0.text == "taliban" }) {
                taliban = true
            } else {
                armed = true
            }
        }
        // "the commander of the militants", "a leader of the gang": a rank of those it leads.
        if Self.rankWords.contains(headToken.text), sentence.word(head + 1) == "of",
            let led = (2...4).first(where: { offset in
                sentence[head + offset].entry.side == .militants
                    || ["taliban", "gang", "gangs"].contains(sentence.word(head + offset))
            }),
            (2..<led).allSatisfy({
                sentence[head + $0].isWord && sentence[head + $0].entry.side == nil
            })
        {
            if sentence.word(head + led) == "taliban" { taliban = true } else { armed = true }
        }
        // "28 Taliban fighters, one of their commanders among them": a rank of the people the
        // possessive stands for, the last named before it.
        if Self.rankWords.contains(headToken.text),
            sentence.tokens[start..<head].contains(where: { ["their", "its"].contains($0.text) }),
            let owner = (0..<start).reversed().first(where: {
                ((sentence[$0].entry.side ?? .unknown) != .unknown
                    && !Self.rankWords.contains(sentence.word($0)))
                    || sentence.word($0) == "taliban"
            }), sentence[owner].entry.side == .militants || sentence.word(owner) == "taliban"
        {
            if sentence.word(owner) == "taliban" || sentence.word(owner - 1) == "taliban" {
                taliban = true
            } else {
                armed = true
            }
        }
        if Self.rankWords.contains(headToken.text) && armed && !taliban { side = .militants }
        if headToken.text == "taliban" || taliban {
            side = talibanAreState ? .security : .militants
            sideByTalibanRule = true
        }
        if side == .unknown {
            if armed {
                side = .militants
            } else if civilian {
                side = .civilians
            } else if military && !["violator", "violators"].contains(headToken.text) {
                // (Not "two border violators": a label for those who crossed, of no side.)
                side = .security
            } else if foreign {
                side = .civilians
            } else if ["citizen", "citizens", "national", "nationals"].contains(headToken.text),
                sentence.word(head + 1) == "of",
                Self.foreignCountries.contains(sentence.word(head + 2))
                    // "three citizens of the PRC".
                    || (sentence.word(head + 2) == "the"
                        && Self.foreignCountries.contains(sentence.word(head + 3)))
            {
                // "Three citizens of China have died": people of a country outside the five.
                side = .civilians
            }
        }
        if side == .security && armed && headToken.text == "men" { side = .militants }
        // "five Chinese personnel lost their lives": the staff of a foreign company, not a
        // state's forces, unless the sentence names them as such ("Chinese military personnel").
        if side == .security, foreign, !military, headToken.text == "personnel" {
            side = .civilians
        }
        if ofState { side = .security }
        // "an employee of Tajikistan's Interior Ministry", "one border service employee": the
        // staff of the state's forces.
        if side == .civilians,
            ["employee", "employees", "staff", "staffer", "staffers"].contains(headToken.text),
            sentence.word(head + 1) == "of"
                && sentence.contains(
                    Self.forcesNames,
                    in: (head + 1)..<Swift.min(head + 8, sentence.tokens.count))
                || sentence.contains(Self.forcesNames, in: Swift.max(0, head - 3)..<head)
        {
            side = .security
        }
        // "the Tajik citizens who were grazing the animals": people named by what they did.
        if side == .unknown, ["who", "that"].contains(sentence.word(head + 1)),
            (2...5).contains(where: {
                [
                    "grazing", "herding", "tending", "farming", "fishing", "collecting",
                    "gathering", "picking", "harvesting", "ploughing", "plowing", "irrigating",
                    "trading", "selling", "driving", "working", "cutting", "shepherding",
                    // "a man who was attempting to escape into Tajikistan": a refugee.
                    "escape", "flee", "fleeing",
                ].contains(sentence.word(head + $0))
            })
        {
            side = .civilians
        }
        // "14 Afghan force members", "army members": the state's forces; so are "a member of
        // the border battalion", "two members of the army".
        if side == .unknown, ["member", "members"].contains(headToken.text),
            ["force", "forces", "army", "military", "police", "security"].contains(
                sentence.word(head - 1))
                || (sentence.word(head + 1) == "of"
                    && (2...4).contains(where: { unit in
                        [
                            "battalion", "battalions", "army", "forces", "brigade", "regiment",
                            "detachment", "police",
                        ].contains(sentence.word(head + unit))
                            && (2..<unit).allSatisfy({ at in
                                sentence.word(head + at) != "taliban"
                                    && (["the", "a", "border", "security"].contains(
                                        sentence.word(head + at))
                                        || sentence[head + at].entry.country != nil)
                            })
                    }))
        {
            side = .security
        }
        // "Two Afghans suspected of running drugs": couriers.
        if side == .unknown, ["suspected", "accused", "alleged"].contains(sentence.word(head + 1)),
            (2...5).contains(where: {
                ["drugs", "drug", "smuggling", "trafficking", "narcotics", "heroin", "contraband"]
                    .contains(sentence.word(head + $0))
            })
        {
            side = .militants
        }
        // "the leader of a criminal Afghan drug gang": whose leader. ("Two members of Jamaat
        // Ansarullah", "of the Islamic Movement of Uzbekistan": of an armed movement.)
        if side == .unknown, sentence.word(head + 1) == "of",
            (2...6).contains(where: {
                ([
                    "gang", "group", "cell", "band", "ring", "network", "cartel", "ansarullah",
                    "ansarallah", "jundallah", "isis", "isil", "daesh", "qaeda", "iskp",
                ].contains(sentence.word(head + $0))
                    || (sentence.word(head + $0) == "movement"
                        && sentence.word(head + $0 - 1) == "islamic"))
                    && !sentence.tokens[(head + 1)..<(head + $0)].contains(where: \.isPunctuation)
            })
        {
            side = .militants
        }
        // "three people linked to ISIS", "two men belonging to a criminal gang", "three ISIS
        // members": the armed group they are of.
        var linkedEnd: Int?
        if side == .unknown,
            [
                "linked to", "belonging to", "affiliated with", "associated with", "loyal to",
                "tied to", "connected to", "connected with",
            ].contains(where: { sentence.matches($0, at: head + 1) }),
            let offset = (3...6).first(where: { offset in
                let word = sentence[head + offset]
                return
                    (word.entry.side == .militants && word.text != "taliban"
                    || ["gang", "group", "cell", "network", "cartel"].contains(word.text))
                    && !sentence.tokens[(head + 1)..<(head + offset)].contains(
                        where: \.isPunctuation)
            })
        {
            side = .militants
            linkedEnd = head + offset + 1
        }
        if side == .unknown, ["isis", "isil", "daesh", "iskp"].contains(sentence.word(head - 1)),
            ["members", "member", "people", "men", "operatives"].contains(headToken.text)
        {
            side = .militants
        }
        if headToken.text.hasPrefix("fighter") && (taliban || talibanContext(sentence)) {
            side = talibanAreState ? .security : .militants
            sideByTalibanRule = true
        }
        // A figure, "a" or a singular: so many; a plural without a figure, two; "the intruders",
        // people already told.
        // "three border guards from Turkmenistan": whose.
        if party == nil, ["from", "of"].contains(sentence.word(head + 1)),
            let country = sentence[head + 2].entry.country
        {
            party = country
        }
        // "on the attackers' side two soldiers were killed": the side is whose, the people
        // after it are who died.
        if (start..<head).contains(where: { ["side", "sides"].contains(sentence.word($0)) }) {
            return nil
        }
        let isPlural = headToken.entry.isPlural || pluralMembers
        var value = count ?? (isPlural ? 2 : 1)
        // "Like the man who was killed, he served ...": someone told before, named by his death.
        let toldByDeath =
            !isPlural && sentence.word(start) == "the"
            && ["who", "that"].contains(sentence.word(head + 1))
            && (2...4).contains(where: { sentence[head + $0].entry.has([.killVerb, .dieVerb]) })
            // ("The man who died was a driver": so too.)
            && (["was", "had", "has"].contains(sentence.word(head + 2))
                || sentence[head + 2].entry.has(.dieVerb))
        let anaphoric = count == nil && isDefinite && (isPlural || toldByDeath)
        if count == nil && isDefinite && !isPlural { value = 1 }
        var phrase = PersonPhrase(
            start: start, end: linkedEnd ?? head + 1, count: value, side: side, party: party,
            hasNumber: hasNumber, isAdditional: isAdditional, isVague: isVague, isBare: false,
            isAnaphoric: anaphoric, head: headToken.text, isOwn: own)
        phrase.sideByTalibanRule = sideByTalibanRule
        phrase.isBesides = isBesides
        // "The second person killed in the attack was identified as a private": one of the dead
        // told in turn.
        if isOrdinal, ["killed", "slain", "dead"].contains(sentence.word(head + 1)) {
            phrase.isPart = true
        }
        return phrase
    }

    /// Whether the sentence speaks of the Taliban ("Taliban ... the fighters").
    func talibanContext(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { $0.text == "taliban" }
    }

    /// A predicate that takes people: a death, an injury, an arrest.
    struct Predicate {
        enum Kind { case death, other }
        enum Voice { case active, passive, nominalBefore, nominalAfter }
        var position: Int
        var kind: Kind
        var voice: Voice
        var isNegated: Bool
        /// "the bodies of seven": a partial count of the dead.
        var isPartial = false
    }

    func predicates(_ sentence: Sentence) -> [Predicate] {
        var found: [Predicate] = []
        for index in sentence.tokens.indices {
            let token = sentence[index]
            guard token.isWord else { continue }
            let entry = token.entry
            var kind: Predicate.Kind?
            var voice = Predicate.Voice.passive
            var partial = false
            var position = index
            let word = token.text
            if entry.has(.killVerb)
                || Self.killingsOfFighters.contains(word)
            {
                kind = .death
                voice = isPassive(sentence, index) ? .passive : .active
                if ["killing", "kills", "kill"].contains(word) { voice = .active }
                // "Killed were two officers": the verb put first, its people after it.
                if index == 0 || (index == 1 && sentence.word(0) == "also"),
                    ["were", "was"].contains(sentence.word(index + 1))
                {
                    voice = .nominalAfter
                }
                // "killed or captured", "killed or wounded": no deaths; nor "three members
                // were killed and wounded", one figure of casualties.
                if sentence.word(index + 1) == "or" || sentence.word(index - 1) == "or"
                    || (sentence.word(index + 1) == "and"
                        && ["wounded", "injured"].contains(sentence.word(index + 2)))
                    || (sentence.word(index - 1) == "and"
                        && ["wounded", "injured"].contains(sentence.word(index - 2))
                        && ["were", "was", "been"].contains(sentence.word(index - 3)))
                {
                    kind = .other
                }
            } else if word == "lost", ["was", "were"].contains(sentence.word(index - 1)),
                ["in", "during", "on", ",", "."].contains(sentence.word(index + 1)),
                !sentence.contains(["contact", "control", "communication", "track", "sight"])
            {
                // "one hero of the army, who fought bravely, was lost in these clashes": a
                // death.
                kind = .death
                voice = .passive
            } else if word == "lost",
                sentence.word(index + 1) != "their" || sentence.word(index + 2) != "lives",
                // (Not "every family that lost a member was handed an allowance": whoever did.)
                !(1...4).contains(where: { ["every", "each"].contains(sentence.word(index - $0)) })
            {
                // "lost one of their officers", "lost two soldiers".
                guard let phrase = personPhrase(sentence, at: index + 1),
                    !phrase.isBare || phrase.isPart
                else { continue }
                kind = .death
                voice = .active
            } else if ["cost", "costs"].contains(word),
                let owner = personPhrase(sentence, at: index + 1), !owner.isBare,
                let victims = personPhrase(sentence, at: owner.end), victims.hasNumber
            {
                // "the fighting also cost the Taliban four men": their dead.
                kind = .death
                voice = .active
            } else if (["shot", "wounded", "injured", "stabbed"].contains(word)
                && ["fatally", "mortally"].contains(sentence.word(index - 1)))
                || (["stabbed", "beaten", "beat"].contains(word)
                    && sentence.matches("to death", at: index + 1))
            {
                // "was fatally shot by border guards", "was beaten to death": a killing.
                kind = .death
                voice = isPassive(sentence, index) ? .passive : .active
            } else if word == "shot" || word == "gunned" || word == "shoot" || word == "shoots" {
                // ("air defence forces shot down an Afghan military plane", "shot down from the
                // ground a Kyrgyz drone": an aircraft brought down, no one killed.)
                let aircraft =
                    sentence.word(index + 1) == "down"
                    && (2...8).lazy.prefix(while: { !sentence[index + $0].isPunctuation })
                        .contains(where: {
                            Self.aircraftWords.contains(sentence.word(index + $0))
                        })
                if aircraft {
                    kind = .other
                    voice = .active
                } else if ["dead", "down"].contains(sentence.word(index + 1)) {
                    kind = .death
                    // "shot dead an armed fighter": the object follows "dead".
                    voice =
                        isPassive(sentence, index) && isPassive(sentence, index + 1)
                        ? .passive : .active
                } else if (2...4).contains(where: { sentence.word(index + $0) == "dead" }) {
                    kind = .death
                    voice = .active
                } else {
                    kind = .other
                    voice = isPassive(sentence, index) ? .passive : .active
                }
            } else if entry.has(.dieVerb)
                || (word == "bled" && sentence.matches("to death", at: index + 1))
            {
                kind = .death
                voice = .passive
            } else if entry.has(.deathNoun) {
                if word == "toll" { continue }
                // "He did not give a figure for rebel dead": no figure told.
                if (2...4).contains(where: {
                    ["figure", "figures", "number", "numbers", "count"].contains(
                        sentence.word(index - $0))
                }),
                    sentence.contains([
                        "did not give", "did not say", "gave no", "would not give",
                        "declined to give", "refused to give", "no figure", "not give",
                    ])
                {
                    continue
                }
                // "went to the spot to check reports of two deaths": a report being checked,
                // no death told.
                if let of = (2...4).first(where: { sentence.word(index - $0) == "of" }),
                    ["reports", "report", "rumours", "rumors", "claims"].contains(
                        sentence.word(index - of - 1)),
                    (2...4).contains(where: {
                        [
                            "check", "checking", "verify", "verifying", "investigate",
                            "investigating", "confirm", "confirming",
                        ].contains(sentence.word(index - of - $0))
                    })
                {
                    continue
                }
                // "shielded her mother and sister with her body": a living body.
                if ["body", "bodies"].contains(word),
                    ["his", "her", "their", "its", "my", "our", "own"].contains(
                        sentence.word(index - 1)),
                    ["with", "by", "using"].contains(sentence.word(index - 2))
                        || sentence.word(index - 1) == "own"
                {
                    continue
                }
                kind = .death
                // "a large body of Taliban fighters overran the posts", "the main body of the
                // forces moved up": a force, not a corpse.
                if word == "body", sentence.word(index + 1) == "of",
                    [
                        "large", "big", "sizeable", "sizable", "small", "strong", "substantial",
                        "main",
                    ]
                    .contains(sentence.word(index - 1))
                        || (sentence.word(index - 1) == "a"
                            && (2...4).contains(where: {
                                let after = sentence[index + $0]
                                return after.entry.side != nil && after.entry.isPlural
                                    && (2..<$0).allSatisfy { sentence[index + $0].isWord }
                            }))
                {
                    continue
                }
                if word == "body" || word == "bodies" {
                    // "law enforcement bodies of both countries", "a governing body": institutions.
                    if [
                        "enforcement", "government", "governing", "state", "security", "official",
                        "executive", "judicial", "local", "power", "relevant", "competent",
                        "authorized", "authorised", "international", "advisory", "coordinating",
                        "regional", "public", "supervisory", "investigative", "military",
                        "border", "legislative", "electoral", "oversight", "interagency",
                        "federal", "national", "municipal", "governmental", "central",
                        // "the 70-member body".
                        "member",
                        // "the republic's internal affairs bodies", "customs bodies": the organs
                        // of the state, as Russian reports call them.
                        "affairs", "interior", "police", "customs", "prosecution", "tax",
                        "administrative", "control", "self-government", "law-enforcement",
                    ].contains(sentence.word(index - 1)) {
                        continue
                    }
                    voice = sentence.word(index + 1) == "of" ? .nominalAfter : .nominalBefore
                    partial = true
                } else if word == "lives" || word == "life" {
                    if ["their", "his", "her"].contains(sentence.word(index - 1)) {
                        // ("gave their lives", "laid down their lives", "sacrificed his life":
                        // the same, told as an honour.)
                        guard
                            [
                                "lost", "lose", "losing", "loses", "gave", "give", "giving",
                                "sacrificed", "sacrificing",
                            ].contains(sentence.word(index - 2))
                                || (sentence.word(index - 2) == "down"
                                    && ["laid", "lay", "laying"].contains(
                                        sentence.word(index - 3)))
                        else { continue }
                        voice = .passive
                        // The people are those before the verb, which ends no clause here.
                        if !["lost", "lose", "losing", "loses"].contains(sentence.word(index - 2)) {
                            position = sentence.word(index - 2) == "down" ? index - 3 : index - 2
                        }
                    } else if sentence.word(index + 1) == "of" {
                        // "claimed the lives of two guards", "the lives of five soldiers were
                        // lost"; not "looked into the lives of local residents".
                        guard
                            (1...4).contains(where: {
                                Self.lifeTakingWords.contains(sentence.word(index - $0))
                            })
                                || sentence.contains(["were lost", "was lost", "been lost"])
                        else { continue }
                        voice = .nominalAfter
                    } else if sentence[index - 1].kind == .number
                        || Numbers.read(sentence, at: index - 1) != nil,
                        (2...5).contains(where: {
                            ["cost", "costs", "claimed", "claims", "took", "taken"].contains(
                                sentence.word(index - $0))
                        })
                    {
                        // "has now cost at least 108 lives", "claimed 13 lives": as many deaths.
                        voice = .nominalBefore
                    } else {
                        continue
                    }
                } else if word == "dead" && ["the", "among"].contains(sentence.word(index - 1)) {
                    voice = .nominalAfter
                } else if word == "dead"
                    && ["shot", "found", "left", "lay", "declared", "pronounced"].contains(
                        sentence.word(index - 1))
                {
                    if sentence.word(index - 1) == "found" || sentence.word(index - 1) == "declared"
                        || sentence.word(index - 1) == "pronounced"
                    {
                        voice = .passive
                    } else {
                        continue
                    }
                } else if word == "dead" && sentence[index + 1].entry.side != nil {
                    // "the dead trespasser": people already told.
                    continue
                } else if sentence.word(index + 1) == "or" || sentence.word(index - 1) == "or" {
                    // "dead or injured": casualties, not deaths.
                    continue
                } else {
                    voice = sentence.word(index + 1) == "of" ? .nominalAfter : .nominalBefore
                }
            } else if entry.has(.injury) || entry.has(.detention) {
                // "the wounded man": an adjective.
                if ["the", "a", "an"].contains(sentence.word(index - 1)),
                    sentence[index + 1].entry.side != nil
                {
                    continue
                }
                // "died of gunshot wounds", "died from their injuries": what the dead died of,
                // told with the death; no one hurt besides.
                if ["injuries", "injury", "wounds", "wound"].contains(word),
                    (1...3).contains(where: { back in
                        ["of", "from"].contains(sentence.word(index - back))
                            && ["died", "die", "dies", "dying"].contains(
                                sentence.word(index - back - 1))
                            && (index - back + 1..<index).allSatisfy {
                                sentence[$0].isWord && sentence[$0].entry.side == nil
                            }
                    })
                {
                    continue
                }
                kind = .other
                if ["injuries", "injury", "wounds"].contains(word) {
                    voice = .nominalBefore
                } else if word.hasSuffix("ing") {
                    voice = .active
                } else {
                    voice = isPassive(sentence, index) ? .passive : .active
                }
                // "was mortally wounded", "received fatal gunshot wounds", "wounds that were
                // incompatible with life": wounds that killed.
                let fatal =
                    ["mortally", "fatally"].contains(sentence.word(index - 1))
                    || ((1...2).contains {
                        ["fatal", "mortal"].contains(sentence.word(index - $0))
                    }
                        && ["wounds", "wound", "injuries", "injury"].contains(word))
                    || (0...3).contains {
                        sentence.matches("incompatible with life", at: index + 1 + $0)
                    }
                if fatal, entry.has(.injury) { kind = .death }
            }
            guard let kind else { continue }
            var negated = false
            for back in 1...4 {
                let before = sentence[index - back]
                if before.isPunctuation { break }
                if before.entry.has(.negation)
                    && !(before.text == "no"
                        && ["fewer", "less"].contains(sentence.word(index - back + 1)))
                {
                    negated = true
                }
            }
            var isIrrealis = false
            for back in 1...3 {
                let before = sentence[index - back]
                if before.isPunctuation { break }
                // ("managed to kill fifteen of the attackers": done, not meant.)
                let infinitive =
                    before.text == "to" && back == 1 && voice != .nominalBefore
                    && voice != .nominalAfter
                    && !["managed", "able", "succeeded"].contains(sentence.word(index - 2))
                // (Not "on 21 May killed two": the month, not the modal.)
                let month =
                    before.text == "may"
                    && (before.isCapitalized || sentence[index - back - 1].kind == .number)
                if (before.entry.has(.irrealis) && !month) || infinitive
                    || ["tried", "attempted", "threatening"].contains(before.text)
                {
                    isIrrealis = true
                }
            }
            if isIrrealis && kind == .death { continue }
            // "had gone to the area to learn more about the deaths of two citizens": deaths
            // someone went to ask about, told of no event here.
            if kind == .death, voice == .nominalAfter || voice == .nominalBefore,
                ["about", "into"].contains(sentence.word(index - 1))
                    || (["about", "into"].contains(sentence.word(index - 2))
                        && sentence[index - 1].entry.has(.determiner)),
                (3...8).contains(where: { back in
                    sentence.word(index - back) == "to"
                        && [
                            "learn", "find", "ask", "inquire", "enquire", "clarify", "look",
                            "check", "hear",
                        ].contains(sentence.word(index - back + 1))
                })
            {
                continue
            }
            found.append(
                Predicate(
                    position: position, kind: kind, voice: voice, isNegated: negated,
                    isPartial: partial))
        }
        return found
    }

    /// "The three were loggers", "both were shepherds": a sentence that opens by saying who the
    /// people just counted were. The position it starts at.
    static func victimsWere(_ sentence: Sentence) -> Int? {
        var position = 0
        if ["the", "all", "both"].contains(sentence.word(position)) { position += 1 }
        if sentence.word(position) == "of" && sentence.word(position + 1) == "them" {
            position += 2
        } else if Numbers.read(sentence, at: position) != nil {
            position += 1
        } else if sentence.word(0) != "both" {
            return nil
        }
        // "were loggers", "were all shepherds", "were border guards"; not "were hit and died
        // even though the guards ...".
        guard ["were", "are"].contains(sentence.word(position)),
            (1...3).contains(where: { sentence[position + $0].entry.side != nil }),
            !(1...3).contains(where: {
                sentence[position + $0].entry.has([.killVerb, .dieVerb, .injury])
                    || Self.isFiniteVerb(sentence[position + $0])
            })
        else { return nil }
        return 0
    }

    /// "Those killed, and four of the wounded, were civilians": where "were" begins, past the
    /// aside between commas.
    static func victimsWereAfterAside(_ sentence: Sentence) -> Int? {
        for opener in ["those killed", "the dead", "the victims"]
        where sentence.matches(opener, at: 0) {
            let after = opener.split(separator: " ").count
            guard sentence.word(after) == ",",
                let close = (after + 1..<Swift.min(after + 10, sentence.tokens.count)).first(
                    where: { sentence.word($0) == "," }),
                sentence.word(close + 1) == "were"
            else { continue }
            return close + 1
        }
        return nil
    }

    /// Whether the verb at `index` is passive or intransitive: an auxiliary before it, or no
    /// people after it ("three militants killed in the clash").
    func isPassive(_ sentence: Sentence, _ index: Int) -> Bool {
        var back = 1
        while back <= 5 {
            let word = sentence[index - back]
            if word.entry.has(.auxiliary) { return true }
            // "were encircled and neutralized": a passive shared by two verbs.
            if word.text == "and" && sentence.word(index - back - 1).hasSuffix("ed") {
                back += 2
                continue
            }
            if word.isPunctuation
                || ![
                    "reportedly", "also", "later", "allegedly", "all", "both", "subsequently",
                    "then", "each", "not", "been", "had", "have", "has", "was", "were",
                    "immediately", "instantly", "fatally", "mortally", "seriously", "badly",
                ].contains(word.text)
            {
                break
            }
            back += 1
        }
        // Active when people follow at once: "killed two guards", "killed an armed fighter".
        var position = index + 1
        while ["also", "reportedly", "instantly", "immediately"].contains(sentence.word(position)) {
            position += 1
        }
        if personPhrase(sentence, at: position) != nil { return false }
        // "Uzbek border guards killed Tokoman Akmataliev": a person named after the verb is its
        // object (not in a headline whose every word is capitalised).
        if Self.isBareName(sentence[position]), !Self.isTitleCased(sentence) { return false }
        // "killed all of the attackers", "killed both men": people after a quantifier.
        if ["all", "both", "each", "most"].contains(sentence.word(position)) {
            position += sentence.word(position + 1) == "of" ? 2 : 1
            if personPhrase(sentence, at: position) != nil { return false }
        }
        return true
    }

    /// Words that are verbs of a clause of their own: a past tense or a common irregular one.
    static func isFiniteVerb(_ token: Token) -> Bool {
        guard token.isWord, token.entry.side == nil,
            !token.entry.has([.modifier, .determiner, .phraseEnd])
        else {
            return false
        }
        if [
            "fought", "came", "went", "ran", "took", "gave", "got", "made", "brought", "began",
            "fled", "said", "told", "saw", "left", "struck", "threw", "hit", "put", "sent", "led",
            // "189 people sought medical help, and 36 died": a clause of its own.
            "sought", "caught", "held", "kept", "met", "stood", "spent", "won", "thought",
        ].contains(token.text) {
            return true
        }
        return token.text.hasSuffix("ed") && token.text.count > 4
            && ![
                "armed", "wounded", "injured", "unidentified", "masked", "detained", "suspected",
                "alleged", "reported", "unarmed", "mounted", "based", "related", "united", "red",
            ].contains(token.text)
            && !token.entry.has([.killVerb, .dieVerb, .injury, .detention, .auxiliary])
    }

    /// Whether the masked token at `position` lies in a relative clause (", who ...,").
    static func inRelativeClause(_ position: Int, _ mask: [Bool], _ sentence: Sentence) -> Bool {
        var start = position
        while start > 0 && mask[start - 1] { start -= 1 }
        // The mask opens with its comma: the word after it opens the clause.
        let opener = sentence.word(start) == "," ? sentence.word(start + 1) : sentence.word(start)
        return ["who", "which", "whose", "where"].contains(opener)
    }

    /// Whether the comma at `comma` opens who some of the people before it were: ", among them
    /// the deputy governor,", ", including two officers,".
    static func opensParts(_ sentence: Sentence, after comma: Int) -> Bool {
        (sentence.word(comma + 1) == "among"
            && ["them", "whom"].contains(sentence.word(comma + 2)))
            || sentence.word(comma + 1) == "including"
    }

    /// Which tokens are inside a parenthesis, a relative clause or an apposition set off by
    /// commas (", who served at the post,", ", 20,"): they do not separate a subject from its verb.
    func parentheticals(_ sentence: Sentence) -> [Bool] {
        var mask = Array(repeating: false, count: sentence.tokens.count)
        var depth = 0
        for index in sentence.tokens.indices {
            let word = sentence.word(index)
            if word == "(" { depth += 1 }
            if depth > 0 { mask[index] = true }
            if word == ")" { depth = Swift.max(0, depth - 1) }
        }
        for index in sentence.tokens.indices where sentence.word(index) == "," {
            let next = sentence[index + 1]
            // ", eight of them Afghan citizens,": who some of them were.
            let someOfThem =
                Numbers.read(sentence, at: index + 1).map {
                    sentence.matches("of them", at: index + 1 + $0.length)
                        || sentence.matches("of whom", at: index + 1 + $0.length)
                } ?? false
            let opens =
                ["who", "which", "whose", "where", "aged", "a", "an"].contains(next.text)
                || Self.opensParts(sentence, after: index)
                || (next.kind == .number && sentence.word(index + 2) == ",") || someOfThem
                || next.isCapitalized && next.entry.side != nil
            guard opens else { continue }
            var end = index + 1
            while end < sentence.tokens.count, sentence.word(end) != ",", sentence.word(end) != ";"
            {
                end += 1
            }
            guard end < sentence.tokens.count, sentence.word(end) == "," else { continue }
            // A relative clause with a death in it is not set aside, nor a clause of its own
            // (", a source said that the guard, ...").
            if sentence.tokens[(index + 1)..<end].contains(where: {
                $0.entry.has([.killVerb, .dieVerb, .reporting])
            }) {
                continue
            }
            for position in index...end { mask[position] = true }
        }
        return mask
    }

    static let hurtWords: WordSet = ["injured", "wounded", "hurt", "injury", "injuries"]

    /// What "the number of people who ..." says of the dead: "who died", "who were killed".
    static let diedWords: WordSet = ["died", "killed", "dead", "perished", "lost", "die"]

    func tolls(in sentence: Sentence, facts: inout SentenceFacts) -> [TollFact] {
        let predicates = predicates(sentence)
        var result: [TollFact] = []
        // A revision word tells of the toll beside it: "the toll rose to 13", not "a ceasefire
        // reached that same day".
        let revisionWords = sentence.tokens.indices.filter { sentence[$0].entry.has(.revision) }
        let revisedNear = { (position: Int) in
            revisionWords.contains { abs($0 - position) <= 8 }
        }
        let revised =
            sentence.contains([
                "now stands", "later said", "has risen", "had risen", "updated", "latest toll",
                "latest figure*", "latest count", "latest data", "latest information",
                "new toll", "revised",
                // "The number of citizens killed ... has gone up to 37".
                "has gone up to", "have gone up to", "had gone up to", "went up to",
                "has grown to", "has increased to",
                // "10 more had died, bringing the total death toll to 46".
                "bringing the toll", "bringing the total", "bringing the death toll",
                "bringing the number", "taking the toll", "taking the death toll",
                "raising the toll", "raising the death toll",
            ])
        // "the death toll rose to 21", "a toll of 15", "the number of dead reached 20": the
        // first figure after a linking word, up to the end of the clause; "an earlier toll of 3"
        // is replaced.
        for index in sentence.tokens.indices
        where sentence.word(index) == "toll"
            // ("raised its count of dead to 36".)
            || (["number", "count"].contains(sentence.word(index))
                && (sentence.matches("of dead", at: index + 1)
                    || sentence.matches("of the dead", at: index + 1)
                    || sentence.matches("of deaths", at: index + 1)))
            || (sentence.word(index) == "number" && sentence.word(index + 1) == "of"
                // "the number of Tajik dead at 39": a nationality stands for the side.
                && ((2...4).contains {
                    sentence[index + $0].entry.side != nil
                        || sentence[index + $0].entry.country != nil
                })
                // ("the number of people who died", not "the number of people who had sought
                // medical help": the hurt.)
                && ((3...5).contains { at in
                    ["killed", "dead"].contains(sentence.word(index + at))
                        || (sentence.word(index + at) == "who"
                            && (1...4).contains { after in
                                Self.diedWords.contains(sentence.word(index + at + after))
                            })
                }))
            // "information on those killed ..., saying their number is more than 60".
            || (sentence.word(index) == "number" && sentence.word(index - 1) == "their"
                && (2...12).contains {
                    ["killed", "dead", "died"].contains(sentence.word(index - $0))
                })
        {
            // "Toll of Kyrgyz injured rises to 198", "the injury toll": the hurt, not the dead.
            if Self.hurtWords.contains(sentence.word(index - 1))
                || (sentence.word(index + 1) == "of"
                    && (2...4).contains(where: {
                        Self.hurtWords.contains(sentence.word(index + $0))
                    })
                    && !(2...4).contains(where: {
                        ["dead", "killed", "deaths"].contains(sentence.word(index + $0))
                    }))
            {
                continue
            }
            // ("The toll reported earlier was 24": told after the noun.)
            let earlier =
                (1...3).contains {
                    ["earlier", "initial", "previous", "first", "preliminary", "old"].contains(
                        sentence.word(index - $0))
                }
                || ["reported earlier", "given earlier", "announced earlier", "given before"]
                    .contains { sentence.matches($0, at: index + 1) }
            // "the number of dead intruders at five", "the insurgent death toll": their figure.
            let among =
                sentence.word(index + 1) == "among"
                ? (2...6).lazy.compactMap { sentence[index + $0].entry.side }.first {
                    $0 != .unknown
                } : nil
            // "the Kyrgyz death toll", "the number of Kyrgyz citizens killed": whose dead.
            // (Not "Fighting between Kyrgyzstan and Tajikistan: toll reaches 100".)
            let party =
                sentence.word(index) == "number"
                ? (2...3).lazy.compactMap { sentence[index + $0].entry.country }.first
                : (1...3).lazy.prefix { !sentence[index - $0].isPunctuation }.compactMap {
                    sentence[index - $0].entry.country
                }.first
            let named =
                sentence.word(index) == "number"
                ? (2...4).lazy.compactMap { sentence[index + $0].entry.side }.first
                : among
                    ?? (1...3).lazy.compactMap { sentence[index - $0].entry.side }.first {
                        $0 != .unknown
                    }
            var position = index + 1
            while position < Swift.min(index + 36, sentence.tokens.count) {
                let word = sentence[position]
                if word.text == ";" || word.text == "." { break }
                if let reading = Numbers.read(sentence, at: position), reading.value > 0,
                    [
                        "to", "at", "of", "reached", "reaches", "hit", "hits", "is", "was", "be",
                        "are", "were", "stood", "stands", "stand", "now", "from", "climbed", "rose",
                        "put", "numbered",
                    ].contains(sentence.word(position - 1)),
                    !sentence[position + reading.length].entry.has(.notPeople)
                {
                    let up = sentence.matches("up from", at: position - 2)
                    // "the number of people killed on the Kyrgyz side in the fighting ... has
                    // climbed to 36": whose dead.
                    let sideOf = (index + 1..<position).lazy.compactMap { at -> Country? in
                        sentence.word(at + 1) == "side" && sentence.matches("on the", at: at - 2)
                            ? sentence[at].entry.country : nil
                    }.first
                    // "the toll rose to four guards": the people the figure counts.
                    let counted = sentence[position + reading.length].entry.side.flatMap {
                        $0 == .unknown ? nil : $0
                    }
                    result.append(
                        TollFact(
                            value: reading.value, side: named ?? counted ?? .unknown,
                            party: party ?? sideOf,
                            qualifier: up || earlier
                                ? .superseded
                                : revised || revisedNear(position) || revisedNear(index)
                                    ? .revised : .plain,
                            isPart: false,
                            statement: sentence.index * 10_000 + 5_000 + position,
                            speaker: facts.speaker,
                            position: position))
                    facts.mentionsDeath = true
                    position += reading.length
                    // "rose to 21, up from 14" and "had gone up from 31 to 33" read on; anything
                    // else stops at the figure.
                    if sentence.matches("up from", at: position)
                        || sentence.matches(", up from", at: position)
                        || (up && sentence.word(position) == "to")
                    {
                        continue
                    }
                    break
                }
                position += 1
            }
        }
        // "The toll is 14 dead: ten militants, two of whom were commanders, and four
        // policemen": the list after the colon divides the toll told before it by side.
        var listed: Range<Int>?
        if let colon = sentence.tokens.indices.first(where: { sentence.word($0) == ":" }),
            ["dead", "killed"].contains(sentence.word(colon - 1)),
            let figure = [colon - 2, colon - 3].first(where: { at in
                Numbers.read(sentence, at: at).map { at + $0.length == colon - 1 } ?? false
                    || (sentence.word(colon - 2) == "people"
                        && Numbers.read(sentence, at: at).map { at + $0.length == colon - 2 }
                            ?? false)
            })
        {
            var parts: [TollFact] = []
            var position = colon + 1
            while position < sentence.tokens.count {
                guard [":", ",", "and"].contains(sentence.word(position - 1)),
                    let phrase = personPhrase(sentence, at: position), phrase.end > position
                else {
                    position += 1
                    continue
                }
                // "two of whom were commanders": some of those just listed.
                if phrase.hasNumber, !phrase.isBare, phrase.side != .unknown,
                    !sentence.matches("of whom", at: phrase.start + 1)
                {
                    parts.append(
                        TollFact(
                            value: phrase.count, side: phrase.side, party: phrase.party,
                            qualifier: .plain, isPart: true,
                            statement: sentence.index * 10_000 + 5_000 + figure,
                            speaker: facts.speaker, position: phrase.start))
                }
                position = phrase.end
            }
            if parts.count >= 2 {
                result += parts
                facts.mentionsDeath = true
                listed = (colon + 1)..<sentence.tokens.count
            }
        }
        // "All of those killed were civilians", "all the dead were border guards".
        if let start = sentence.firstIndex(of: [
            "the dead were", "the dead and wounded were", "the dead and injured were",
            "those killed were", "the victims were", "the dead included",
            "all of those killed were", "all those killed were", "all the dead were",
            "all of the dead were", "all the victims were", "all of the victims were",
            "the dead were all", "all were civilians",
        ]) ?? Self.victimsWere(sentence) ?? Self.victimsWereAfterAside(sentence),
            sentence.word(start - 1) != "of",
            // "did not say whether the dead were civilians or border troops": nothing said.
            !(1...3).contains(where: { sentence.word(start - $0) == "whether" })
        {
            for position in start..<Swift.min(start + 9, sentence.tokens.count) {
                if let side = sentence[position].entry.side, side != .unknown {
                    facts.deadAreSide = side
                    break
                }
            }
        }
        // "All of the dead belonged to one family": a family is civilians.
        if facts.deadAreSide == nil,
            let start = sentence.firstIndex(of: [
                "the dead belonged to", "the dead were from", "the victims belonged to",
                "the victims were from", "those killed belonged to", "those killed were from",
                "the dead were members of", "the victims were members of",
            ]),
            (3...8).contains(where: { sentence.word(start + $0) == "family" })
        {
            facts.deadAreSide = .civilians
        }
        // "The dead man lived in the village of Kurulush", "the two dead men were natives of
        // the village of Aigyr-Zhal", "Jalol Karaev, a resident of Vorukh": where the dead lived.
        // (Not "inhabitants of Kyrgyzstan": a country's people are its citizens, of no role.)
        if let lived = sentence.firstIndex(of: Self.residencePhrases),
            !(lived..<Swift.min(lived + 6, sentence.tokens.count)).contains(where: {
                sentence[$0].entry.isCountryName
            }),
            sentence.contains(["dead", "killed", "died", "victim", "victims", "deceased", "slain"]),
            !sentence.tokens.contains(where: {
                $0.entry.side == .security || $0.entry.side == .militants
            })
        {
            facts.deadWereResidents = true
        }
        let mask = parentheticals(sentence)
        // People phrases, in order.
        var phrases: [PersonPhrase] = []
        var index = 0
        while index < sentence.tokens.count {
            guard var phrase = personPhrase(sentence, at: index), phrase.end > index else {
                index += 1
                continue
            }
            // "on the insurgent side", "Taliban positions", "in the militants' ranks": a side's
            // place or camp, not people of it.
            if !phrase.hasNumber,
                [
                    "side", "sides", "camp", "ranks", "positions", "position", "territory",
                    "lines", "stronghold", "strongholds", "hideout", "hideouts",
                ].contains(sentence.word(phrase.end))
                    || ["side", "sides"].contains(sentence.word(phrase.end - 1))
            {
                index = phrase.end
                continue
            }
            // "Three Daesh (the Arabic acronym for IS) fighters were killed": the aside inside
            // the phrase, and its noun after it, are the phrase's.
            if phrase.hasNumber, sentence.word(phrase.end) == "(",
                let close = ((phrase.end + 1)..<Swift.min(phrase.end + 12, sentence.tokens.count))
                    .first(where: { sentence.word($0) == ")" }),
                let noun = sentence[close + 1].entry.side,
                noun == phrase.side || phrase.side == .unknown,
                sentence[close + 1].entry.isPlural == (phrase.count > 1)
            {
                phrase.side = noun
                phrase.end = close + 2
            }
            // "six of the nine border policemen were killed": six, of the policemen's side;
            // the nine are how many there were.
            // (The figure may have read "six of the nine" already.)
            let ofAt =
                sentence.word(phrase.end) == "of"
                ? phrase.end
                : (phrase.start..<phrase.end).first { sentence.word($0) == "of" }
            let wholeAt = ofAt.map { sentence.word(phrase.end) == "of" ? $0 + 1 : phrase.end }
            if phrase.isBare, phrase.hasNumber, let ofAt, let wholeAt,
                ["the", "those", "these", "its", "their"].contains(sentence.word(ofAt + 1)),
                let whole = personPhrase(sentence, at: wholeAt), !whole.isBare,
                whole.side != .unknown
            {
                phrase.side = whole.side
                phrase.party = whole.party
                phrase.head = whole.head
                phrase.isBare = false
                phrase.end = whole.end
            }
            let before = sentence.word(index - 1)
            if before == "of"
                || (sentence[index - 1].entry.has(.determiner) && sentence.word(index - 2) == "of")
            {
                // "the family of a shepherd who was killed": the shepherd is the subject.
                if !phrase.hasNumber && !["who", "that"].contains(sentence.word(phrase.end)) {
                    phrase.isComplement = true
                }
            }
            // "called him a hero who gave his life", "hailed the dead man a hero": what the
            // person just named was called, not one more person.
            let calling = Self.callingWords
            if calling.contains(sentence.word(index - 2))
                && ["him", "her", "them"].contains(before)
                || phrases.last.map({ last in
                    last.end == index
                        && (calling.contains(sentence.word(last.start - 1))
                            || (sentence[last.start - 1].entry.has(.determiner)
                                && calling.contains(sentence.word(last.start - 2))))
                }) ?? false
            {
                phrase.isComplement = true
            }
            // "three Kyrgyz nationals shot by Uzbek border guards died": who shot, not who died.
            if before == "by" || sentence.matches("at the hands of", at: index - 4) {
                phrase.isComplement = true
            }
            // "a soldier hit by fire from Kyrgyz border guards bled to death": whose fire.
            if before == "from", !phrase.hasNumber,
                ["fire", "shots", "shooting", "sniper", "bullets", "bullet", "gunfire"].contains(
                    sentence.word(index - 2))
            {
                phrase.isComplement = true
            }
            // "not yet known how many members of the security forces had been killed": no
            // figure at all.
            if (1...3).contains(where: {
                sentence.word(index - $0) == "how" && sentence.word(index - $0 + 1) == "many"
            }) || (sentence.word(index) == "many" && sentence.word(index - 1) == "how") {
                phrase.isComplement = true
            }
            // "According to the general, 1,500 fighters were killed": who tells, not who died.
            if sentence.matches("according to", at: index - 2)
                || (sentence.word(index - 1) == "the"
                    && sentence.matches("according to", at: index - 3))
            {
                phrase.isComplement = true
            }
            // "a villager hurt in a clash with residents of Sokh dies": the object of "with" or
            // "against" is not the subject of the verb after it ("along with" is).
            // "was killed with at least 15 other insurgents": more dead of the same verb.
            let killedWithOthers =
                before == "with" && sentence[index - 2].entry.has([.killVerb, .dieVerb])
                && sentence.tokens[index..<phrase.end].contains {
                    ["other", "others"].contains($0.text)
                }
            // "the Tajik side paid a price too, with two of its soldiers killed", "ended with all
            // three terrorists neutralised": a figure of people and their death after "with" tell
            // the dead, not whom it was done with.
            // ("with four police officers and six soldiers killed": both of a pair.)
            let deathWords = Self.withDeathWords
            let pairedDeath =
                sentence.word(phrase.end) == "and"
                && Numbers.read(sentence, at: phrase.end + 1) != nil
                && (phrase.end + 2..<Swift.min(phrase.end + 7, sentence.tokens.count))
                    .prefix(while: { !sentence[$0].isPunctuation })
                    .contains { deathWords.contains(sentence.word($0)) }
            let withTheirDeath =
                before == "with" && phrase.hasNumber
                && (deathWords.contains(sentence.word(phrase.end)) || pairedDeath)
            // ("exchanged fire with the intruders, who were neutralised": the relative clause
            // tells what became of them, comma or none.)
            let relative =
                ["who", "that"].contains(sentence.word(phrase.end))
                || (sentence.word(phrase.end) == "," && sentence.word(phrase.end + 1) == "who")
            if ["with", "against"].contains(before), !killedWithOthers, !withTheirDeath,
                !["along", "together"].contains(sentence.word(index - 2)), !relative
            {
                phrase.isComplement = true
            }
            // "described the six people killed as drug smugglers": the side they are given.
            if phrase.side == .unknown, !phrase.isBare,
                sentence.contains([
                    "described", "identified", "named", "called", "labelled", "labeled", "listed",
                    "branded", "termed", "classified", "confirmed",
                ])
            {
                var look = phrase.end
                while look < Swift.min(phrase.end + 14, sentence.tokens.count),
                    sentence.word(look) != ";", sentence.word(look) != "."
                {
                    if sentence.word(look) == "as",
                        let side = (1...3).lazy.compactMap({ sentence[look + $0].entry.side })
                            .first(where: { $0 != .unknown })
                    {
                        phrase.side = side
                        break
                    }
                    look += 1
                }
            }
            // "the border service said one of its own men was killed": a security body's own
            // men are its servicemen.
            // ("China says an attack near the border killed one of its citizens": people.)
            if phrase.side == .unknown, phrase.isOwn,
                !["citizen", "citizens", "national", "nationals", "people"].contains(phrase.head),
                sentence.tokens[Swift.max(0, phrase.start - 12)..<phrase.start].contains(where: {
                    ["border", "army", "military", "police", "defence", "defense", "troops"]
                        .contains($0.text)
                })
            {
                phrase.side = .security
            }
            // "one Tajik national, seemingly a civilian,": a guess at who, not a side.
            if ["seemingly", "apparently", "possibly", "probably", "presumably", "allegedly"]
                .contains(before)
            {
                phrase.side = .unknown
            }
            // "the insurgent death toll": a side named as a modifier, not people.
            if !phrase.hasNumber,
                sentence.word(phrase.end) == "toll"
                    || sentence.matches("death toll", at: phrase.end)
            {
                phrase.isComplement = true
            }
            // "Private X, 20, who served ...": an age.
            if phrase.isBare && before == ","
                && (sentence.word(phrase.end) == "," || sentence.word(phrase.end) == "who")
            {
                phrase.isApposition = true
            }
            // "employees who were Chinese nationals": who they were, not more people.
            if sentence.matches("who were", at: index - 2)
                || sentence.matches("who was", at: index - 2)
            {
                phrase.isApposition = true
            }
            // "Colonel X, the commander of the unit, ...": the same person again. ("14
            // policemen, among them Saif Rahman Dehzad, the district's police chief,": one of
            // them, however long the name.)
            if !phrase.isBare, !phrase.hasNumber, before == ",", let last = phrases.last,
                !last.isBare,
                last.end >= index - 6
                    || (Self.opensParts(sentence, after: last.end)
                        && sentence.tokens[(last.end + 3)..<(index - 1)].allSatisfy {
                            $0.isWord && $0.isCapitalized && $0.entry.side == nil
                        }),
                !predicates.contains(where: { $0.position > last.start && $0.position < index }),
                sentence.word(index - 2) != "and",
                // Not "a border guard, a police officer and 15 attackers": a list goes on.
                !(sentence.word(phrase.end) == "and"
                    && personPhrase(sentence, at: phrase.end + 1) != nil)
            {
                phrase.isApposition = true
                // "killed one man, Jaloliddin Karoev, a teacher at a school in Vorukh": the one
                // man told again, by a word that names his side.
                if last.count == 1, phrase.count == 1, last.side == .unknown,
                    phrase.side != .unknown
                {
                    phrases[phrases.count - 1].side = phrase.side
                }
            }
            // "Three workers of the company, all citizens of China, were killed": who the people
            // counted were, not more people.
            if !phrase.hasNumber, ["all", "both"].contains(before), sentence.word(index - 2) == ",",
                let last = phrases.last, last.hasNumber, !last.isBare, last.end >= index - 8,
                !predicates.contains(where: { $0.position > last.start && $0.position < index })
            {
                phrase.isApposition = true
            }
            // "Rasul Teshaev, a citizen of Tajikistan born in 1982 and a resident of Vorukh,
            // died": one named man, told twice.
            if before == "and", ["a", "an"].contains(sentence.word(index)),
                let last = phrases.last, !last.isBare, last.count == 1,
                ["a", "an"].contains(sentence.word(last.start)),
                sentence.word(last.start - 1) == ",", sentence[last.start - 2].isCapitalized,
                sentence[last.start - 2].entry.side == nil,
                !sentence.tokens[last.end..<index].contains(where: { $0.isPunctuation })
            {
                // The plainer word gives way to the one that names a side ("a resident").
                if last.side == .unknown { phrases[phrases.count - 1].side = phrase.side }
                phrase.isApposition = true
            }
            // "Over 40 gunmen and Tajik government soldiers were killed": one figure for both.
            if !phrase.isBare, !phrase.hasNumber, phrase.count == 2, before == "and",
                let last = phrases.last, last.end == index - 1, last.hasNumber, !last.isBare,
                last.side != phrase.side
            {
                phrases[phrases.count - 1].side = .unknown
                phrase.isApposition = true
            }
            // "cost the Taliban four men": the Taliban own the dead, and are none of them.
            if ["cost", "costs"].contains(before),
                let victims = personPhrase(sentence, at: phrase.end),
                victims.hasNumber
            {
                phrase.isApposition = true
            }
            if phrase.side == .unknown, let owner = phrases.last, owner.end == phrase.start,
                ["cost", "costs"].contains(sentence.word(owner.start - 1))
            {
                phrase.side = owner.side
            }
            // "the insurgents lost three men dead": their own men.
            if phrase.side == .unknown, ["lost", "lose", "loses"].contains(before),
                let owner = phrases.last(where: { !$0.isBare && $0.side != .unknown })
            {
                phrase.side = owner.side
            }
            // "The other soldier who died was 26": one of the dead already told.
            if sentence.word(phrase.start) == "the", sentence.word(phrase.start + 1) == "other" {
                phrase.isPart = true
            }
            // "capturing 150 soldiers and killing 50 more": more of the same people.
            if phrase.isBare, phrase.side == .unknown, sentence.word(phrase.end - 1) == "more",
                let last = phrases.last(where: { !$0.isBare && $0.side != .unknown })
            {
                phrase.side = last.side
            }
            // "fired on the border guards, three of whom were killed": the guards; "smugglers
            // take a villager hostage; three of them killed": people in the plural.
            // "The intruders resisted the servicemen, and three of them were eliminated": the
            // forces eliminate, neutralise or liquidate; the people it happens to are the
            // armed men named.
            if phrase.head == "them", sentence.word(phrase.end - 1) == "whom",
                sentence.word(phrase.start - 1) == ",",
                let antecedent = phrases.last(where: {
                    $0.end == phrase.start - 1 && !$0.isBare && $0.side != .unknown
                })
            {
                // "after a confrontation with Tajik border guards, two of whom lost their
                // lives": the people right before the comma.
                phrase.side = antecedent.side
                phrase.head = antecedent.head + "-whom"
            } else if phrase.head == "them",
                (phrase.end..<Swift.min(phrase.end + 4, sentence.tokens.count)).contains(where: {
                    ["eliminated", "neutralised", "neutralized", "liquidated"].contains(
                        sentence.word($0))
                }),
                let armed = phrases.last(where: { !$0.isBare && $0.side == .militants })
            {
                phrase.side = armed.side
                phrase.head = armed.head + "-whom"
            } else if phrase.head == "them", sentence.word(phrase.end - 1) == "them",
                sentence.word(phrase.start - 1) == "and", sentence.word(phrase.start - 2) == ",",
                let subject = phrases.first(where: { phrase in
                    !phrase.isBare && !phrase.isComplement
                        // (The clause's own: "villagers give a different account: three
                        // servicemen were killed, and two of them ...".)
                        && !sentence.tokens[phrase.end..<index].contains {
                            [":", ";"].contains($0.text)
                        }
                }),
                subject.count > 1
            {
                // "The smugglers put up armed resistance to the troops, and three of them died":
                // a clause of its own after the comma, its "them" the first clause's subject.
                phrase.side = subject.side
                phrase.head = subject.head + "-whom"
            } else if phrase.head == "them",
                let last = phrases.last(where: { !$0.isBare && !$0.isComplement && $0.count > 1 })
                    ?? phrases.last(where: { !$0.isBare && !$0.isComplement })
            {
                phrase.side = last.side
                phrase.head = last.head + "-whom"
            }
            // "kill no fewer than 32 soldiers and police officers": the figure counts both
            // nouns; the second is no plural of its own.
            if !phrase.hasNumber, phrase.count == 2, !phrase.isBare, before == "and",
                let last = phrases.last, last.end == index - 1, last.hasNumber, !last.isBare,
                last.count > 1
            {
                phrase.isComplement = true
                phrase.count = 0
            }
            if ["including", "among"].contains(before)
                // "Two Taliban commanders were among those killed": part of the dead told.
                || ["were among", "was among", "are among", "is among"].contains(where: {
                    sentence.matches($0, at: phrase.end)
                })
                || sentence.matches("among them", at: index - 2)
                || sentence.matches("among them", at: phrase.end)
                || sentence.matches("of whom", at: index - 2)
            {
                phrase.isPart = true
            }
            // "21 Taliban, among them the deputy shadow governor, were killed", "15 militants,
            // including a local commander,": one of the people counted, of their side.
            if let comma = (1...6).lazy.map({ index - $0 }).first(where: {
                $0 >= 0 && sentence.word($0) == ","
            }),
                Self.opensParts(sentence, after: comma),
                // ("15 fighters of the group, including two commanders,": the whole with what
                // it is of.)
                let whole = phrases.last(where: { whole in
                    whole.end == comma
                        || (sentence.word(whole.end) == "of" && comma > whole.end
                            && comma - whole.end <= 4
                            && (whole.end..<comma).allSatisfy {
                                sentence[$0].isWord && !sentence[$0].entry.has(.auxiliary)
                            })
                }), whole.hasNumber,
                !whole.isBare || whole.side != .unknown
            {
                phrase.isPart = true
                if whole.side != .unknown { phrase.side = whole.side }
            }
            // "Four people were killed: a guard and three smugglers", "Four people died, a guard
            // and three smugglers.": the dead of the total, listed after its verb by side.
            // (Not "the two men killed, the policeman and the border guard": the dead named
            // one by one, each counted already.)
            if !phrase.isPart, phrase.side != .unknown, sentence.word(phrase.start) != "the",
                let separator = (1...6).lazy.map({ index - $0 }).first(where: {
                    $0 >= 0 && [",", ":"].contains(sentence.word($0))
                }),
                !sentence.tokens[(separator + 1)..<index].contains(where: \.isPunctuation),
                let whole = phrases.last(where: { $0.end <= separator }), whole.hasNumber,
                whole.side == .unknown, !whole.isPart, (1...4).contains(separator - whole.end),
                !sentence.tokens[whole.end..<separator].contains(where: \.isPunctuation),
                sentence.tokens[whole.end..<separator].contains(where: {
                    $0.entry.has([.killVerb, .dieVerb])
                }),
                case let rest = sentence.tokens[(separator + 1)...].prefix(while: {
                    ![".", ";", ":", "!", "?"].contains($0.text)
                }),
                rest.contains(where: { $0.text == "and" }),
                !rest.contains(where: {
                    $0.entry.has([.killVerb, .dieVerb, .injury, .auxiliary])
                })
            {
                phrase.isPart = true
            }
            // "killed 9 security personnel, 6 of them army soldiers and 3 policemen,": who
            // the dead told were. After "6 of them", "army soldiers" are those six, and "3
            // policemen" the rest of the nine.
            // ("three of them regarded as terrorists": who they are said to be.)
            let linked = [
                "regarded as", "considered", "described as", "said to be", "believed to be",
                "identified as", "reportedly",
            ].first { phrase in
                guard let last = phrases.last else { return false }
                let length = phrase.split(separator: " ").count
                return last.end + length == index && sentence.matches(phrase, at: last.end)
            }
            if let last = phrases.last, last.isPart,
                last.end == index && sentence.word(index - 1) == "them"
                    || linked != nil && sentence.word(last.end - 1) == "them",
                !phrase.hasNumber
            {
                phrase.isComplement = true
                phrase.count = 0
                // "Five people died, two of them members of the border guard": the two are of
                // the side the words after them name.
                // (Not "dozens of them civilians": a vague part of a figure is no count.)
                if last.side == .unknown, phrase.side != .unknown,
                    let figure = Numbers.read(sentence, at: last.start), !figure.isVague
                {
                    phrases[phrases.count - 1].side = phrase.side
                }
            } else if phrase.hasNumber, before == "and",
                let opening = (1...8).lazy.map({ index - $0 }).first(where: {
                    $0 >= 0 && sentence.word($0) == ","
                }),
                let figure = Numbers.read(sentence, at: opening + 1),
                sentence.matches("of them", at: opening + 1 + figure.length)
            {
                phrase.isPart = true
            }
            phrases.append(phrase)
            // "one of them leaves four children", "survived by two sons": the family left
            // behind, never people an anaphor counts.
            let survivors =
                ["left", "leaves", "leaving", "leave"].contains(before)
                || sentence.matches("survived by", at: index - 2)
                || (before == "of"
                    && ["father", "mother", "parent"].contains(sentence.word(index - 2)))
            if !survivors, phrase.head != "them" {
                facts.peopleSides.append((phrase.side, phrase.start))
            }
            if !phrase.isBare, !phrase.isAnaphoric, phrase.count > 0, !survivors,
                phrase.hasNumber || phrase.count == 1
            {
                facts.groups.append(
                    (phrase.head, phrase.side, phrase.count, phrase.isVague, phrase.start))
            }
            index = phrase.end
        }
        guard !predicates.isEmpty else {
            enumerateDead(sentence, phrases: phrases, facts: facts, into: &result)
            return result
        }
        if predicates.contains(where: { $0.kind == .death }) { facts.mentionsDeath = true }
        if predicates.contains(where: { $0.kind == .death && $0.isNegated })
            || sentence.contains([
                "no casualties", "no deaths", "no fatalities", "without casualties",
                "no one was killed", "nobody was killed", "no one died", "nobody died",
                "no one was hurt", "no one was injured",
            ])
        {
            facts.deniesDeaths = true
        }
        // "The Taliban attacked Afghan security forces in Kunduz on Monday, killing at least 13
        // at a checkpoint": the dead with no noun of their own are of the people attacked.
        for index in phrases.indices
        where phrases[index].isBare && phrases[index].hasNumber && !phrases[index].isPart
            && phrases[index].side == .unknown
        {
            let start = phrases[index].start
            guard
                let killing = (1...3).lazy.map({ start - $0 }).first(where: {
                    ["killing", "killed"].contains(sentence.word($0))
                }),
                (killing + 1..<start).allSatisfy({
                    ["at", "least", "up", "to", "some", "about", "nearly", "almost", "over"]
                        .contains(sentence.word($0))
                }),
                sentence.word(killing - 1) == ",",
                let attack = (Swift.max(0, killing - 15)..<killing).last(where: {
                    Self.attackingVerbs.contains(sentence.word($0))
                }),
                let object = phrases.first(where: {
                    (attack + 1...attack + 2).contains($0.start) && $0.side != .unknown
                        && !$0.isBare
                }),
                // (No other people between: "attacked guards escorting civilians, killing
                // three" may be of either.)
                !phrases.contains(where: { $0.start > object.start && $0.start < killing }),
                !(object.start..<killing).contains(where: { at in
                    sentence[at].entry.side.map { $0 != object.side } ?? false
                })
            else { continue }
            phrases[index].side = object.side
        }
        // Each phrase to its predicate.
        var statements: [Int: [(PersonPhrase, Predicate)]] = [:]
        for phrase in phrases where !phrase.isApposition && phrase.count > 0 {
            if let listed, listed.contains(phrase.start) { continue }
            // "militants have been killed and there have been casualties among the security
            // forces": the casualties' people, dead or hurt, not more of the killed.
            if sentence.word(phrase.start - 1) == "among",
                ["casualties", "losses", "wounded", "injured", "injuries"].contains(
                    sentence.word(phrase.start - 2))
            {
                continue
            }
            let among =
                phrase.isAmongDead
                ? Predicate(position: phrase.start, kind: .death, voice: .passive, isNegated: false)
                : nil
            // "The shelling killed 34 people, 31 of them civilians", "left 34 dead on the Kyrgyz
            // side, 31 of them civilians": a part told just after the dead is of their verb,
            // wherever that verb stands.
            let partOfDead =
                phrase.isPart && sentence.word(phrase.end - 1) == "them"
                    && sentence.word(phrase.start - 1) == ","
                ? statements.values.joined().filter({ dead, verb in
                    dead.end < phrase.start && phrase.start - 1 - dead.end <= 5
                        && !predicates.contains {
                            $0.position != verb.position && $0.position >= dead.end
                                && $0.position < phrase.start
                        }
                }).max(by: { $0.0.end < $1.0.end })?.1 : nil
            guard
                let predicate = among ?? partOfDead
                    ?? predicate(
                        for: phrase, phrases: phrases, predicates: predicates, sentence: sentence,
                        mask: mask),
                predicate.kind == .death, !predicate.isNegated
            else { continue }
            // "The spokesman also denies that two of his soldiers were killed": the deaths
            // denied, not told. (Not "denied that their fighters killed two civilians": who
            // killed is denied, not the deaths; the dead stand before their verb here.)
            // ("did not confirm that two border guards had died" denies nothing: three keys of
            // the same clash count the two.)
            let denial = (1...10).first { back in
                ["denies", "denied", "deny", "denying", "rejected", "refuted", "rejects"].contains(
                    sentence.word(phrase.start - back))
            }
            if let denial, phrase.side != .unknown, phrase.start < predicate.position,
                // (The phrase may open with the "that": "denies that two of his soldiers".)
                (0..<denial).contains(where: { sentence.word(phrase.start - $0) == "that" }),
                !sentence.tokens[(phrase.start - denial)..<phrase.start].contains(where: {
                    $0.isPunctuation
                })
            {
                facts.deniedDeathSides.insert(phrase.side)
                continue
            }
            statements[predicate.position, default: []].append((phrase, predicate))
        }
        // "A third guard died in hospital": more dead; "he died in hospital": the same.
        let laterDeath =
            sentence.contains([
                "later died", "died later", "died in hospital", "died of wounds", "succumbed",
                "died on the way",
            ])
            && sentence.contains([
                "another", "a third", "a fourth", "one more", "two more", "three more", "also",
            ])
        // Where the words of an earlier report stand, if they do (looked for only in a
        // sentence that says "reported").
        let earlierReportAt =
            sentence.tokens.contains(where: { $0.text == "reported" })
            ? sentence.tokens.indices.first { position in
                [
                    "had earlier been reported", "had previously been reported",
                    "was earlier reported", "was previously reported", "had been reported earlier",
                    "earlier it was reported", "it was reported earlier",
                ].contains { sentence.matches($0, at: position) }
            } : nil
        for (position, members) in statements.sorted(by: { $0.key < $1.key }) {
            for (phrase, predicate) in members {
                var qualifier: TollFact.Qualifier =
                    revised || revisedNear(phrase.start) || revisedNear(predicate.position)
                    ? .revised : .plain
                // "initially reported three", "earlier put the toll at": a figure replaced.
                let lead = Swift.max(0, phrase.start - 4)
                let replaced = (lead..<phrase.start).contains { position in
                    let word = sentence.word(position)
                    return word == "initially"
                        || (["earlier", "previously", "first"].contains(word)
                            && (sentence[position + 1].entry.has(.reporting)
                                || ["put", "gave", "reported"].contains(sentence.word(position + 1))))
                }
                // "On Friday the figure given had been 24 dead": the figure before this one.
                let hadBeen = (Swift.max(0, phrase.start - 6)..<phrase.start).contains {
                    ["figure", "toll", "count", "number"].contains(sentence.word($0))
                        && sentence.tokens[$0..<phrase.start].contains { $0.text == "had" }
                        && ["been", "stood"].contains(sentence.word(phrase.start - 1))
                }
                // "It had earlier been reported that 31 people were hurt and 1 person died":
                // every figure after an earlier report's words.
                // "Three dead and 124 wounded had been reported earlier": the figures its
                // subject, in the clause before the words.
                let earlierReport =
                    earlierReportAt.map { at in
                        at < phrase.start
                            || (at - phrase.start <= 8
                                && !["earlier", "it"].contains(sentence.word(at))
                                && !(phrase.start..<at).contains {
                                    [",", ";", "that", "which"].contains(sentence.word($0))
                                })
                    } ?? false
                if replaced || hadBeen || earlierReport
                    || sentence.matches("up from", at: phrase.start - 2)
                {
                    qualifier = .superseded
                }
                // "so far three people had been killed": at least so many, by then.
                if qualifier == .plain,
                    (1...3).contains(where: {
                        sentence.matches("so far", at: phrase.start - $0 - 1)
                    })
                {
                    qualifier = .partial
                }
                // "the wounded man died in hospital": a death beyond those told.
                let wasWounded = sentence.tokens[phrase.start..<phrase.end].contains {
                    ["wounded", "injured"].contains($0.text)
                }
                // "the group's military chief and dozens of key commanders were also killed",
                // "also died": more dead beside those told.
                // A single person "also died" is more often one of those told, told in detail.
                // But one named by a role with "a" is another ("a shopkeeper in the bazaar had
                // also been killed by Taliban bullets", after a child killed by a shell).
                let anotherOne =
                    phrase.count == 1 && !phrase.hasNumber
                    && ["a", "an"].contains(sentence.word(phrase.start))
                    // ("Suhrob Safolov, a warrant officer, also died": the officer told.)
                    && sentence.word(phrase.start - 1) != ","
                    && !["man", "woman", "person", "one", "citizen", "individual"].contains(
                        phrase.head)
                // ("Asia-Plus also reported the death of a Tajik soldier": another report of
                // the death told, not another death.)
                let alsoDied =
                    (1...(anotherOne ? 3 : 2)).contains {
                        sentence.word(predicate.position - $0) == "also"
                            && !sentence[predicate.position - $0 + 1].entry.has(.reporting)
                    }
                    && (phrase.count > 1 || anotherOne) && !phrase.isAnaphoric
                    // "killed the three intruders, but two of their own guards also died": also
                    // beside the other side's dead of the same sentence, not more of the same.
                    && !statements.values.joined().contains { other in
                        other.0.side != phrase.side && !other.0.isBare
                    }
                if phrase.isAdditional || (laterDeath && !revised)
                    || (wasWounded && predicate.voice == .passive) || (alsoDied && !revised)
                {
                    qualifier = .additional
                }
                if predicate.isPartial && qualifier == .plain { qualifier = .partial }
                if !phrase.hasNumber && phrase.count == 2 && !phrase.isBare && qualifier == .plain {
                    qualifier = .unnumbered
                }
                // "The sons of ordinary people die young like this": a plural of no figure with
                // the plain present, what happens to such people, not deaths told.
                if qualifier == .unnumbered, sentence.word(predicate.position) == "die",
                    !["will", "to", "would", "could", "may", "might"].contains(
                        sentence.word(predicate.position - 1))
                {
                    continue
                }
                // "We did not want civilians to be killed", "to avoid soldiers being killed": a
                // death wished or kept away, not told.
                if Self.isDeathAvoided(sentence, at: predicate.position) { continue }
                if phrase.isVague && qualifier == .plain { qualifier = .vague }
                // "a citizen was killed in his home", "shot dead a man in his own courtyard": a
                // man at home is no fighter.
                // (Not "the two dead are a man killed in his courtyard and ...": his home, one
                // person's, before anyone else is named.)
                let nextPerson = Self.nextListed(after: phrase, in: phrases, sentence: sentence)
                let atHome = (phrase.end..<Swift.min(phrase.end + 12, nextPerson))
                    .prefix(while: { sentence.word($0) != ";" })
                    .contains { Self.isOwnHome(sentence, at: $0, of: phrase.count) }
                // "All three were eliminated": a state's word for the fighters it killed, so
                // people of no stated side neutralised or liquidated are the militants.
                let side =
                    phrase.side == .unknown && predicate.voice == .passive
                        && Self.killingsOfFighters.contains(sentence.word(predicate.position))
                    ? Lexicon.Side.militants
                    : phrase.side == .unknown && atHome ? .civilians : phrase.side
                // "the smugglers were killed": as many as were told before, found later.
                result.append(
                    TollFact(
                        value: phrase.isAnaphoric ? 0 : phrase.count, side: side,
                        party: phrase.party, qualifier: qualifier, isPart: phrase.isPart,
                        // ("the police chief was killed along with a number of soldiers":
                        // more of the same statement, added.)
                        statement: sentence.index * 10_000 + position
                            + (qualifier == .unnumbered
                                && !Self.isJoinedWith(sentence, before: phrase.start)
                                ? 1_000_000_000 : 0),
                        speaker: facts.speaker,
                        position: phrase.start,
                        anaphor: Self.anaphor(of: phrase, in: sentence),
                        isOwn: phrase.isOwn,
                        // ("killed together with four of his companions": besides him.)
                        isBesides: phrase.isBesides
                            || Self.isJoinedWith(sentence, before: phrase.start),
                        scope: Self.scope(of: phrase, in: sentence),
                        nationality: Self.nationality(near: phrase, in: sentence),
                        sideByTalibanRule: phrase.sideByTalibanRule,
                        refersBack: sentence.word(phrase.start) == "both"
                            || (sentence.word(phrase.start) == "the" && phrase.hasNumber),
                        isSingular: phrase.count == 1 && !phrase.hasNumber && !phrase.isBare
                            && !phrase.isAnaphoric && phrase.head != "them"
                            // "a soldier aged 26", "the Taliban leader died in an air strike".
                            && ["a", "an", "the"].contains(sentence.word(phrase.start))))
            }
        }
        enumerateDead(sentence, phrases: phrases, facts: facts, into: &result)
        namedDead(sentence, predicates: predicates, facts: &facts, into: &result)
        // "the Tajik side also has dead and wounded": a state's side with dead of no figure (a
        // plural with no figure counts two), of no stated side: its soldiers or its residents
        // (CODING.md: people of one of the five countries with no role told are `unknown`).
        for index in sentence.tokens.indices
        where sentence.word(index) == "side" && sentence.word(index - 2) == "the" {
            guard let country = sentence[index - 1].entry.country else { continue }
            // "dead and wounded among the Tajik side as well", "dead on the Kyrgyz side".
            if ["on", "among"].contains(sentence.word(index - 3)),
                let dead = (4...7).first(where: { sentence.word(index - $0) == "dead" }),
                Numbers.read(sentence, at: index - dead - 1) == nil,
                // Not "who the dead on the Afghan side were": the dead told before.
                sentence.word(index - dead - 1) != "the",
                // Not "one guard dead, 18 hurt on the Kyrgyz side": the side's hurt, counted.
                !(index - dead + 1..<index - 3).contains(where: {
                    sentence.word($0) == "," || Numbers.read(sentence, at: $0) != nil
                }),
                // Not "no dead or wounded on the Kyrgyz side": none.
                !(1...2).contains(where: { sentence[index - dead - $0].entry.has(.negation) }),
                !result.contains(where: { abs($0.position - (index - dead)) <= 2 })
            {
                result.append(
                    Self.forcesDeadOfNoFigure(
                        country, side: .unknown, in: sentence, at: index - dead,
                        statedAt: index, speaker: facts.speaker))
                facts.mentionsDeath = true
                continue
            }
            var at = index + 1
            if sentence.word(at) == "also" { at += 1 }
            guard ["has", "have", "had", "suffered"].contains(sentence.word(at)) else { continue }
            at += 1
            if sentence.word(at) == "also" { at += 1 }
            guard sentence.word(at) == "dead" else { continue }
            result.append(
                Self.forcesDeadOfNoFigure(
                    country, side: .unknown, in: sentence, at: at, statedAt: index,
                    speaker: facts.speaker))
            facts.mentionsDeath = true
        }
        // "there were also dead and wounded on the side of the Uzbek border troops", "dead
        // among the Uzbek servicemen": a state's forces with dead of no figure (two).
        for index in sentence.tokens.indices where sentence.word(index) == "dead" {
            guard Numbers.read(sentence, at: index - 1) == nil,
                !["the", "a", "no", "any"].contains(sentence.word(index - 1)),
                !(1...2).contains(where: { sentence[index - $0].entry.has(.negation) }),
                !result.contains(where: { abs($0.position - index) <= 3 })
            else { continue }
            var at = index + 1
            if sentence.word(at) == "and", Self.hurtWords.contains(sentence.word(at + 1)) {
                at += 2
            }
            if sentence.matches("on the side of the", at: at) {
                at += 5
            } else if sentence.matches("among the", at: at)
                || sentence.matches("in the ranks of", at: at)
            {
                at += sentence.word(at) == "among" ? 2 : 4
            } else {
                continue
            }
            let owners = at..<Swift.min(at + 4, sentence.tokens.count)
            guard
                let forces = owners.first(where: {
                    sentence[$0].entry.side == .security && sentence[$0].entry.isPlural
                }),
                let country = (at..<forces).lazy.compactMap({ sentence[$0].entry.country }).first
            else { continue }
            result.append(
                Self.forcesDeadOfNoFigure(
                    country, in: sentence, at: index, statedAt: index, speaker: facts.speaker))
            facts.mentionsDeath = true
        }
        // "after Turkmen guards had allegedly killed a civilian there", "sent to look into the
        // killing of a civilian": a killing before the news, told as its cause.
        for index in result.indices {
            let at = result[index].position
            if Self.isEarlierKilling(sentence, near: at, predicates: predicates) {
                result[index].isEarlierKilling = true
            }
        }
        // "Kyrgyzstan put its death toll at 36", "Tajikistan released its own casualty
        // figures, saying 35 had died": a government counting its own dead, whatever the verb.
        if let owner = ownCountOwner(sentence) {
            for index in result.indices where result[index].party == nil {
                result[index].isOwn = true
                if result[index].speaker == nil { result[index].speaker = owner }
            }
        }
        // "Three Daesh fighters were killed ..., while the Taliban lost two fighters dead": two
        // figures of one side told by one teller in one breath, each with its own verb, are two
        // groups of people, added; with a teller between them ("officials said three; the
        // Taliban said two") they are two accounts, weighed.
        for later in result.indices {
            guard result[later].qualifier == .plain, !result[later].isPart,
                result[later].side != .unknown
            else { continue }
            guard
                let earlier = result.indices.first(where: { index in
                    index < later && result[index].side == result[later].side
                        && result[index].statement != result[later].statement
                        && result[index].qualifier == .plain && !result[index].isPart
                        && result[index].position < result[later].position
                })
            else { continue }
            let between = (result[earlier].position + 1)..<result[later].position
            let told = between.contains {
                sentence[$0].entry.has(.reporting) || sentence.word($0) == "according"
            }
            if !told { result[later].statement = result[earlier].statement }
        }
        // "the clashes turned into a battle, with deaths on both sides", "there are also dead
        // and wounded on the Tajik side": deaths told with no figure and no people are a plural
        // with no figure, two in all (CODING.md).
        let thereAreDead = { (position: Int) in
            sentence.word(position) == "dead"
                && (1...3).contains { sentence.word(position - $0) == "there" }
                && (1...2).contains {
                    ["are", "were", "been"].contains(sentence.word(position - $0))
                }
        }
        if result.isEmpty, !facts.deniesDeaths,
            let noun = predicates.first(where: { predicate in
                predicate.kind == .death && !predicate.isNegated
                    && (["deaths", "fatalities"].contains(sentence.word(predicate.position))
                        || thereAreDead(predicate.position))
                    && !["of", "no", "any", "the", "their", "its", "his", "her"].contains(
                        sentence.word(predicate.position - 1))
                    // ("Information on deaths is still being verified": deaths asked about.)
                    && !["on", "about", "regarding", "concerning"].contains(
                        sentence.word(predicate.position - 1))
                    && Numbers.read(sentence, at: predicate.position - 1) == nil
                    && !sentence[predicate.position - 1].isPossessive
            })
        {
            result.append(
                TollFact(
                    value: 2, side: .unknown, party: nil, qualifier: .vague, isPart: false,
                    statement: sentence.index * 10_000 + noun.position, speaker: facts.speaker,
                    position: noun.position))
            facts.mentionsDeath = true
        }
        // "three people who attacked a border post and two Tajik soldiers were killed": people
        // of no side listed before people of a side are others, not a total that holds them
        // ("five people, among them two soldiers").
        for index in result.indices
        where result[index].side == .unknown && !result[index].isPart
            && result[index].qualifier == .plain
        {
            let fact = result[index]
            guard
                let sided = result.first(where: {
                    $0.statement == fact.statement && $0.side != .unknown
                        && $0.position > fact.position
                }),
                (fact.position..<sided.position).contains(where: { sentence.word($0) == "and" }),
                !(fact.position..<sided.position).contains(where: {
                    ["including", "among", "includes", "included", "of"].contains(
                        sentence.word($0))
                        && !(sentence.word($0) == "of" && $0 <= fact.position + 2)
                })
            else { continue }
            result[index].isBesides = true
        }
        // "Depending on the source, the figures mentioned are 4, 17, up to 27 dead": each
        // figure of the list is one account of the same dead, weighed with the others (the
        // lowest stands), never added.
        if sentence.contains(["depending on", "figures", "estimates", "vary", "varies"]) {
            for fact in result where fact.qualifier == .plain && !fact.isPart {
                var at = fact.position - 1
                var listed: [(value: Int, position: Int)] = []
                while at >= 1, [",", "or"].contains(sentence.word(at)),
                    sentence[at - 1].kind == .number,
                    let reading = Numbers.read(sentence, at: at - 1), reading.length == 1
                {
                    listed.append((reading.value, at - 1))
                    at -= 2
                }
                for (value, position) in listed {
                    var account = fact
                    account.value = value
                    account.position = position
                    account.statement = fact.statement + (fact.position - position)
                    account.isOtherAccount = true
                    result.append(account)
                }
            }
        }
        // "The human toll on the Kyrgyz side had reached 134 people, 'among them 13 dead'": the
        // dead told apart within a figure are not all of it, so the figure counts the hurt too
        // and is no toll; the dead are.
        // (Not "30 people were killed, including 10 killed in Batken": a toll of its own verb, a
        // part told of it.)
        for fact in result where fact.side == .unknown && !fact.isPart {
            guard
                (0..<fact.position).contains(where: {
                    ["toll", "casualties", "casualty", "victims", "affected"].contains(
                        sentence.word($0))
                }),
                let among =
                    (fact.position + 1..<Swift.min(fact.position + 6, sentence.tokens.count))
                    .first(where: { at in
                        ["among them", "including", "of them", "of whom"].contains {
                            sentence.matches($0, at: at)
                        }
                    }),
                case let figure = among + (sentence.word(among) == "including" ? 1 : 2),
                let reading = Numbers.read(sentence, at: figure), reading.value < fact.value,
                ["dead", "killed", "deaths", "fatalities", "died"].contains(
                    sentence.word(figure + reading.length)),
                !(fact.position..<among).contains(where: {
                    sentence[$0].entry.has([.killVerb, .dieVerb])
                })
            else { continue }
            result.removeAll { $0.statement == fact.statement && $0.value == fact.value }
            for index in result.indices
            where result[index].value == reading.value && result[index].isPart {
                result[index].isPart = false
            }
        }
        // "an armed gang was uncovered and neutralised; after a two-hour battle the smugglers
        // were forced to pull back and escape": people "neutralised" who then got away were
        // stopped, not killed; with no figure told, no deaths.
        if result.contains(where: { $0.qualifier == .unnumbered }),
            let verb = sentence.tokens.indices.first(where: {
                ["neutralised", "neutralized"].contains(sentence.word($0))
            }),
            sentence.tokens.indices.contains(where: {
                $0 > verb && Self.escapeWords.contains(sentence.word($0))
            })
        {
            result.removeAll { $0.qualifier == .unnumbered && $0.side != .security }
        }
        // "It pulled out after 15,000 of its troops had been killed": a thousand dead or more
        // is a war's or a history's total, never one border incident's (the largest the keys
        // hold, the Khorog fighting of 2012, is some two hundred).
        result.removeAll { $0.value >= Self.warTotal }
        return result
    }

    /// The least figure that is a war's total rather than an incident's toll.
    static let warTotal = 1_000

    /// Words of people getting away.
    static let escapeWords: WordSet = [
        "escape", "escaped", "fled", "flee", "withdrew", "retreated", "retreat",
    ]

    /// Whether the death told at `position` is a killing before the news, told as its cause:
    /// a pluperfect killing after "after" ("after guards had killed a civilian"), or a killing
    /// looked into ("to look into the killing of a civilian").
    static func isEarlierKilling(
        _ sentence: Sentence, near position: Int, predicates: [Predicate]
    ) -> Bool {
        let nearest = predicates.filter { $0.kind == .death }.min {
            abs($0.position - position) < abs($1.position - position)
        }
        // "The violence started in July when the general was killed in an attack": the killing
        // that began what the news tells, an event of its own before it.
        // (The person may be named at length: the verb is looked for up to 20 words on.)
        if let verb = nearest?.position, verb > position, verb - position <= 20,
            let when = (1...(verb - position + 1)).first(where: {
                sentence.word(verb - $0) == "when"
            }),
            (1...8).contains(where: {
                ["started", "began", "erupted", "flared", "broke", "escalated"].contains(
                    sentence.word(verb - when - $0))
            })
        {
            return true
        }
        guard let verb = nearest?.position, abs(verb - position) <= 6 else { return false }
        // "an assault on a former warlord accused of killing a security chief": who someone
        // is, by a killing of before (not "Uzbek forces are accused of killing a citizen", the
        // news itself).
        if ["of", "for"].contains(sentence.word(verb - 1)),
            ["accused", "suspected", "wanted", "blamed"].contains(sentence.word(verb - 2)),
            !["is", "are", "was", "were", "been", "be", "being", "stand", "stands"].contains(
                sentence.word(verb - 3)),
            !sentence[verb - 3].isPunctuation
        {
            return true
        }
        // (Past a word that doubts it: "look into the alleged death of an Afghan".)
        let doubted = ["alleged", "reported", "suspected", "apparent"].contains(
            sentence.word(verb - 1))
        let the = doubted ? verb - 2 : verb - 1
        // "into the killing of", "investigate the death of", "inquiry into the murder of".
        if ["into", "investigate", "investigating", "probe", "probing"].contains(
            sentence.word(the - 1)), sentence.word(the) == "the"
        {
            return true
        }
        // "the shooting followed the killing of a civilian", "in retaliation for the killing
        // of": a killing told as what the news came after, beside the news's own incident word.
        if sentence.word(the) == "the",
            ["followed", "follows", "avenge", "avenging", "retaliation", "revenge"].contains(
                sentence.word(the - 1))
                || sentence.matches("in response to", at: the - 3)
        {
            return true
        }
        // "had (allegedly) killed", with "after" opening its clause.
        let had =
            sentence.word(verb - 1) == "had"
            || (sentence.word(verb - 2) == "had" && sentence.word(verb - 1).hasSuffix("ly"))
        guard had else { return false }
        // "six gunmen died after they had killed two of the guards": the fight's own deaths,
        // told in one breath; only a killing with no other death beside it, by someone named
        // anew, is the cause.
        guard predicates.filter({ $0.kind == .death }).count == 1 else { return false }
        var back = verb - 1
        while back >= 0, !sentence[back].isPunctuation {
            if ["after", "following"].contains(sentence.word(back)) {
                return !["they", "he", "she", "it", "we"].contains(sentence.word(back + 1))
            }
            back -= 1
        }
        return false
    }

    static let countWords: WordSet = [
        "toll", "tolls", "casualty", "casualties", "figures", "figure", "losses", "count",
        "tally", "dead",
    ]

    /// The country that gives a count of its own dead in the sentence ("Kyrgyzstan put its
    /// death toll at 36"), when the sentence says so.
    func ownCountOwner(_ sentence: Sentence) -> Country? {
        for index in sentence.tokens.indices where ["its", "their"].contains(sentence.word(index)) {
            // "released casualty figures for its own side": the counts word before it.
            if sentence.word(index + 1) == "own",
                ["side", "citizens", "people", "nationals", "troops"].contains(
                    sentence.word(index + 2)),
                (2...4).contains(where: { Self.countWords.contains(sentence.word(index - $0)) }),
                let country = (index - 12..<index).reversed().lazy.compactMap({
                    sentence[$0].entry.country
                }).first
            {
                return country
            }
            let head = (1...3).first { Self.countWords.contains(sentence.word(index + $0)) }
            guard let head,
                (1..<head).allSatisfy({
                    ["own", "death", "casualty", "official"].contains(sentence.word(index + $0))
                })
            else { continue }
            // The government before it, in the same clause ("Kyrgyzstan, for its part, raised
            // its toll": past an aside).
            var at = index - 1
            while at >= 0, index - at <= 10 {
                if sentence[at].isPunctuation {
                    guard ["part", "turn"].contains(sentence.word(at - 1)),
                        let opening = (at - 5..<at - 1).last(where: {
                            $0 >= 0 && sentence[$0].isPunctuation
                        })
                    else { break }
                    at = opening - 1
                    continue
                }
                if let country = sentence[at].entry.country { return country }
                at -= 1
            }
        }
        return nil
    }

    /// A nationality named beside people ("the dead man, a Kyrgyz citizen", "citizens of
    /// Tajikistan"); not "on the border with Kyrgyzstan", nor "the Tajik border".
    static func nationality(near phrase: PersonPhrase, in sentence: Sentence) -> Country? {
        ((phrase.start - 6)...(phrase.end + 6)).lazy.compactMap { position -> Country? in
            let token = sentence[position]
            guard let country = token.entry.country else { return nil }
            if token.entry.isCountryName {
                return ["of", "from"].contains(sentence.word(position - 1)) ? country : nil
            }
            return ["border", "frontier", "side", "territory"].contains(
                sentence.word(position + 1)) || token.isHyphenated
                || sentence[position + 1].isHyphenated ? nil : country
        }.first
    }

    /// What a phrase refers back to, for ``TollFact/anaphor``: its noun ("the smugglers"),
    /// "them", ``TollFact/sameFigure`` for a bare figure after "all" or "the" ("all three were
    /// killed": the people of that number told before), ``TollFact/morePeople`` for a bare "two
    /// more" (more of the people told before), or nil.
    static func anaphor(of phrase: PersonPhrase, in sentence: Sentence) -> String? {
        if phrase.isAnaphoric { return phrase.head }
        if phrase.head == "them" { return "them" }
        guard phrase.isBare, phrase.side == .unknown, phrase.hasNumber else { return nil }
        if phrase.count >= 2,
            ["all", "the"].contains(sentence.word(phrase.start))
                || (["all", "the"].contains(sentence.word(phrase.start - 1))
                    && Numbers.read(sentence, at: phrase.start) != nil)
        {
            return TollFact.sameFigure
        }
        if [sentence.word(phrase.end - 1), sentence.word(phrase.end)].contains("more") {
            return TollFact.morePeople
        }
        return nil
    }

    /// A state's forces ("dead among the Uzbek servicemen") or side ("the Tajik side also has
    /// dead", of no stated side) with dead of no figure: two, as a plural with no figure counts,
    /// a statement of their own.
    static func forcesDeadOfNoFigure(
        _ country: Country, side: Lexicon.Side = .security, in sentence: Sentence,
        at position: Int, statedAt word: Int, speaker: Country?
    ) -> TollFact {
        TollFact(
            value: 2, side: side, party: country,
            // (A total of no side: a vague one, as "dozens dead" is, weighed as such.)
            qualifier: side == .unknown ? .vague : .unnumbered, isPart: false,
            statement: sentence.index * 10_000 + 1_000_000_000 + word, speaker: speaker,
            position: position)
    }

    /// "Murodbek Mahmadqulov, a 26-year-old from Dusti district, was killed": one person named
    /// by name alone at the head of the sentence, with no noun to count, is one dead; of the
    /// side a people word of the apposition names, else of none. Told as one person, so a larger
    /// toll of the event takes them in.
    func namedDead(
        _ sentence: Sentence, predicates: [Predicate], facts: inout SentenceFacts,
        into result: inout [TollFact]
    ) {
        for predicate in predicates
        where predicate.kind == .death && !predicate.isNegated
            && [.passive, .active].contains(predicate.voice)
        {
            var end = predicate.position - 1
            // "was killed", "has been killed", "was shot dead"; "died".
            if ["died", "dies"].contains(sentence.word(predicate.position)) {
                // The subject stands right before it.
            } else if predicate.voice == .passive {
                guard
                    sentence.word(end) == "was" || sentence.matches("has been", at: end - 1)
                        || sentence.matches("had been", at: end - 1)
                else { continue }
                end -= sentence.word(end) == "was" ? 1 : 2
            } else {
                continue
            }
            // "Tokoman Akmataliev, who was shot dead by Uzbek border guards, was buried": the
            // one named before the relative clause.
            var relative = false
            if sentence.word(end) == "who", sentence.word(end - 1) == "," {
                end -= 2
                relative = true
            }
            // An apposition between commas: ", a 26-year-old from Dusti district,".
            var apposition: Range<Int>?
            if !relative, sentence.word(end) == "," {
                guard
                    let open = (Swift.max(0, end - 25)..<end).reversed().first(where: {
                        sentence[$0].isPunctuation && !sentence[$0].isHyphenated
                            && sentence.word($0) != "-"
                    }), sentence.word(open) == ",", open >= 2
                else { continue }
                apposition = (open + 1)..<end
                end = open - 1
            }
            // Two or three names from the head of the sentence, none a known word or place.
            guard (1...2).contains(end), (0...end).allSatisfy({ Self.isBareName(sentence[$0]) })
            else { continue }
            // ("Akynov, who was hurt in the clash with residents of Sokh, died today": a death of
            // wounds, the clash's, told as such elsewhere.)
            if let apposition,
                apposition.contains(where: { sentence[$0].entry.has(.injury) })
            {
                continue
            }
            // Not when a people word of the apposition already made the toll.
            guard !result.contains(where: { $0.position < predicate.position }) else { continue }
            // The side of the apposition's own people word: "a border guard", "who was serving
            // with the border troops"; not of those it was with or against ("shot by Kyrgyz
            // guards").
            let side =
                apposition.flatMap { range in
                    range.lazy.filter { at in
                        !(1...3).contains { back in
                            ["by", "against", "from"].contains(sentence.word(at - back))
                        }
                    }.compactMap { sentence[$0].entry.side }.first { $0 != .unknown }
                }
                // "Obidjon Tuychiev ... died when a mortar round exploded in his courtyard": a
                // man at home.
                ?? ((predicate.position..<sentence.tokens.count).contains {
                    Self.isOwnHome(sentence, at: $0, of: 1)
                } ? .civilians : .unknown)
            result.append(
                TollFact(
                    value: 1, side: side, party: nil, qualifier: .plain, isPart: false,
                    statement: sentence.index * 10_000 + predicate.position,
                    speaker: facts.speaker, position: 0, isSingular: true, isNamed: true))
            facts.mentionsDeath = true
        }
        // "Uzbek border guards shot dead Tokoman Akmataliev, a resident of Aravan", "killed
        // Mirzo Karimov on Friday", "shot Tokoman Akmataliev dead": one person named by name
        // alone after a killing verb is one dead, of the side a people word of the apposition
        // names, else of none.
        var named: Set<Int> = []
        for predicate in predicates
        where predicate.kind == .death && !predicate.isNegated && predicate.voice == .active {
            var start = predicate.position + 1
            if ["dead", "down"].contains(sentence.word(start)) { start += 1 }
            var end = start
            while end < Swift.min(start + 3, sentence.tokens.count), Self.isBareName(sentence[end])
            {
                end += 1
            }
            guard end > start, !named.contains(start), !Self.isTitleCased(sentence) else {
                continue
            }
            var after = end
            if ["shot", "gunned"].contains(sentence.word(predicate.position)),
                ["dead", "down"].contains(sentence.word(after))
            {
                after += 1
            }
            // The name ends its clause or a preposition follows ("on Friday", "near the post").
            guard
                after >= sentence.tokens.count || sentence[after].isPunctuation
                    || Self.afterNamedObject.contains(sentence.word(after))
            else { continue }
            // An apposition after a comma: ", a smuggler,", ", a resident of Aravan".
            var apposition = after..<after
            if sentence.word(after) == "," {
                let close =
                    (after + 1..<sentence.tokens.count).first(where: {
                        [",", ";", ".", ":"].contains(sentence.word($0))
                    }) ?? sentence.tokens.count
                apposition = (after + 1)..<close
            }
            // Not when a people word of the apposition already made the toll.
            guard
                !result.contains(where: {
                    $0.position > predicate.position && $0.position < apposition.upperBound
                })
            else { continue }
            let side =
                apposition.lazy.filter { at in
                    !(1...3).contains { back in
                        ["by", "against", "from"].contains(sentence.word(at - back))
                    }
                }.compactMap { sentence[$0].entry.side }.first { $0 != .unknown } ?? .unknown
            named.insert(start)
            result.append(
                TollFact(
                    value: 1, side: side, party: nil, qualifier: .plain, isPart: false,
                    statement: sentence.index * 10_000 + predicate.position,
                    speaker: facts.speaker, position: start, isSingular: true, isNamed: true))
            facts.mentionsDeath = true
        }
    }

    /// Words that may follow a person named as the object of a killing, ending the object.
    static let afterNamedObject: WordSet = [
        "on", "in", "at", "near", "during", "while", "after", "when", "as", "and", "with", "late",
        "early", "last", "this", "yesterday", "today", "overnight", "outside", "inside", "close",
        "along", "before", "who",
    ]

    /// Whether most of the sentence's words are capitalised, as in a headline set in title case.
    static func isTitleCased(_ sentence: Sentence) -> Bool {
        let words = sentence.tokens.filter(\.isWord)
        return words.filter(\.isCapitalized).count * 2 > words.count
    }

    /// A word that can only be part of a person's name: capitalised, in no word list, no place.
    static func isBareName(_ token: Token) -> Bool {
        let entry = token.entry
        return token.isWord && token.isCapitalized && !token.isPossessive && entry.classes.isEmpty
            && entry.side == nil && entry.country == nil && entry.month == nil
            && entry.weekday == nil && entry.number == nil && entry.incident == nil
            && entry.measure == nil && Gazetteer.index[token.text] == nil
            && token.text.utf8.count > 2
    }

    /// The words a state uses only for killing the fighters it faces.
    static let killingsOfFighters: WordSet = [
        "neutralized", "neutralised", "eliminated", "liquidated",
    ]

    /// "The police chief was killed along with (together with) ...": people told after someone
    /// of the same statement.
    static func isJoinedWith(_ sentence: Sentence, before start: Int) -> Bool {
        sentence.matches("along with", at: start - 2)
            || sentence.matches("together with", at: start - 2)
    }

    /// Which people of the security side a phrase names: the police alone, or all the forces.
    static func scope(of phrase: PersonPhrase, in sentence: Sentence) -> TollFact.Scope? {
        guard phrase.side == .security else { return nil }
        let words = sentence.tokens[phrase.start..<phrase.end].map(\.text)
        if words.contains(where: { ["police", "policemen", "policeman"].contains($0) }) {
            return .police
        }
        if ["personnel", "forces", "members", "servicemen", "security"].contains(phrase.head) {
            return .all
        }
        return nil
    }

    /// "The two dead are a man born in 1986 ... and an ambulance driver": the dead counted,
    /// told one by one.
    func numberedDead(_ sentence: Sentence) -> Int? {
        sentence.tokens.indices.first { index in
            guard sentence.word(index) == "the",
                let reading = Numbers.read(sentence, at: index + 1), reading.value > 1
            else { return false }
            let noun = index + 1 + reading.length
            // "The two who died were a man ... and an ambulance driver", "the three killed
            // were ...".
            if sentence.matches("who died", at: noun)
                || sentence.matches("who were killed", at: noun)
                || sentence.word(noun) == "killed"
            {
                let verb =
                    noun
                    + (sentence.word(noun) == "killed"
                        ? 1 : sentence.word(noun + 1) == "died" ? 2 : 3)
                return ["are", "were"].contains(sentence.word(verb))
            }
            return ["dead", "victims"].contains(sentence.word(noun))
                && ["are", "were", "included"].contains(sentence.word(noun + 1))
        }
    }

    /// "the dead in the night-time attack were ten members of ...": where it starts.
    func deadInWere(_ sentence: Sentence) -> Int? {
        guard
            let start = sentence.firstIndex(of: ["the dead in", "the dead from", "the victims of"])
        else { return nil }
        let verb = (start + 3..<Swift.min(start + 12, sentence.tokens.count)).first { position in
            ["were", "included"].contains(sentence.word(position))
        }
        return verb == nil ? nil : start
    }

    /// Whether the word at `position` is the home of `count` people, told as where they were
    /// ("in his home", "at their house", "in his own courtyard"): a man at home is no fighter.
    static func isOwnHome(_ sentence: Sentence, at position: Int, of count: Int) -> Bool {
        guard homes.contains(sentence.word(position)) else { return false }
        let owner = sentence.word(position - 1) == "own" ? position - 2 : position - 1
        let whose = sentence.word(owner)
        return (count == 1 ? whose == "his" || whose == "her" : whose == "their")
            && ["in", "at", "inside", "into"].contains(sentence.word(owner - 1))
    }

    static let homes: WordSet = ["home", "house", "courtyard", "yard"]

    /// Where the next person listed after `phrase` starts: what is told between is told of
    /// it. ("a man killed by a mortar shell that Kyrgyz soldiers fired into his yard, and an
    /// ambulance driver": past those who killed him, to the next of the dead.)
    static func nextListed(
        after phrase: PersonPhrase, in phrases: [PersonPhrase], sentence: Sentence
    ) -> Int {
        phrases.first(where: {
            $0.start > phrase.end && !$0.isBare
                && [",", "and"].contains(sentence.word($0.start - 1))
        })?.start ?? sentence.tokens.count
    }

    /// Nationalities that name people by themselves ("two Chinese").
    static let foreignPeople: WordSet = ["chinese", "japanese"]

    /// "The dead were a man born in 1986 ...", "the other victim was an ambulance driver": who
    /// the dead already counted were, one by one: parts of the total, never more deaths.
    func enumerateDead(
        _ sentence: Sentence, phrases: [PersonPhrase], facts: SentenceFacts,
        into result: inout [TollFact]
    ) {
        guard
            let start = sentence.firstIndex(of: [
                "the dead were", "the dead was", "the dead included", "the victims were",
                "the victims included", "the other victim was", "the second victim was",
                "the other dead man was", "the other was", "one of the dead was",
                "another victim was", "the victim was", "one of the dead is",
                "one of the victims was",
                "one of the victims is", "one of those killed was", "one of those killed is",
                // "The dead man is X, 52, a teacher at the school in Vorukh": one person.
                "the dead man is", "the dead man was", "the dead woman is", "the dead woman was",
                "the man killed was", "the man killed is", "the deceased was", "the deceased is",
                "the victim is",
            ])
                ?? deadInWere(sentence) ?? numberedDead(sentence),
            let verb = (start..<Swift.min(start + 12, sentence.tokens.count)).first(where: {
                ["were", "was", "included", "is", "are"].contains(sentence.word($0))
            })
        else { return }
        // "One of the dead is Sultan Mohammad, a platoon commander": one of those counted,
        // whatever his side.
        let oneOfThem = ["one of", "the other", "another", "the second"].contains {
            sentence.matches($0, at: start)
        }
        // (People of a side already read after the verb, "a man killed in his own yard", are
        // among those told one by one, as the others.)
        for index in result.indices
        where result[index].position < verb || result[index].side == .unknown || oneOfThem {
            result[index].isPart = true
        }
        var told = Set(result.map(\.position))
        for phrase in phrases
        where phrase.start > verb && !phrase.isBare && !phrase.isApposition && !phrase.isComplement
        {
            // "..., while six others were hurt": another clause, other people.
            if sentence.tokens[verb..<phrase.start].contains(where: {
                [".", ";", "while", "whereas", "but", "although"].contains($0.text)
            }) {
                break
            }
            guard phrase.hasNumber || phrase.count == 1, !told.contains(phrase.start) else {
                continue
            }
            told.insert(phrase.start)
            // "a man born in 1986, killed in his own courtyard by a mortar shell": at home.
            let next = Self.nextListed(after: phrase, in: phrases, sentence: sentence)
            let atHome = (phrase.end..<next).contains {
                Self.isOwnHome(sentence, at: $0, of: phrase.count)
            }
            result.append(
                TollFact(
                    // People of a side add up ("ten members of the NDS, two soldiers and two
                    // police officers"); people of no side are among the total told.
                    value: phrase.count,
                    side: phrase.side == .unknown && atHome ? .civilians : phrase.side,
                    party: phrase.party, qualifier: .plain,
                    // (A man at home is a civilian named, one of the dead like the others.)
                    isPart: (phrase.side == .unknown && !atHome) || oneOfThem,
                    statement: sentence.index * 10_000 + verb,
                    speaker: facts.speaker, position: phrase.start,
                    sideByTalibanRule: phrase.sideByTalibanRule))
        }
    }

    /// The predicate a phrase belongs to: the active verb or "of"-noun before it ("killing two
    /// guards", "the deaths of three"), else the first predicate after it within its clause
    /// ("two guards were killed"), else the statement it is part of ("five died, including two
    /// guards"; "as were three of the intruders").
    func predicate(
        for phrase: PersonPhrase, phrases: [PersonPhrase], predicates: [Predicate],
        sentence: Sentence, mask: [Bool]
    ) -> Predicate? {
        func predicate(at position: Int) -> Predicate? {
            predicates.first { $0.position == position }
        }
        // "In the gunfight between the border troops of Tajikistan and Kyrgyzstan, a resident
        // of Khoja Aro was fatally wounded": the sides of a fight, not who befell what.
        if sentence.word(phrase.start - 1) == "between" { return nil }
        // The verb after the phrase's own auxiliary ("four more civilians were wounded"), past
        // the noun's "of" complement ("seven servicemen of the State Border Service were").
        let ownVerb: Predicate? = {
            var own = phrase.end
            if sentence.word(own) == "of" {
                var scan = own + 1
                while scan < Swift.min(own + 8, sentence.tokens.count),
                    ![",", ";", ".", ":", "(", ")"].contains(sentence.word(scan)),
                    predicate(at: scan) == nil, !sentence[scan].entry.has(.auxiliary)
                {
                    scan += 1
                }
                if scan < sentence.tokens.count, sentence[scan].entry.has(.auxiliary) {
                    own = scan
                }
            }
            let auxiliaries = own
            while own < auxiliaries + 2,
                ["were", "was", "are", "is", "been", "have", "has", "had"].contains(
                    sentence.word(own))
            {
                own += 1
            }
            return own > auxiliaries ? predicate(at: own) : nil
        }()
        // "one border guard was killed on the Kyrgyz side and three border guards on the
        // Tajik side": the verb left out after "and" is the one before.
        // ("about 100 people were killed and 140,000 more fled their homes": a verb of their
        // own, another fate.)
        if phrase.hasNumber, sentence.word(phrase.start - 1) == "and", ownVerb == nil,
            !Self.isFiniteVerb(sentence[phrase.end]),
            let previous = phrases.last(where: { $0.end < phrase.start && $0.hasNumber }),
            let told = predicates.first(where: {
                $0.kind == .death && $0.voice == .passive && $0.position > previous.end
                    && $0.position < phrase.start && $0.position <= previous.end + 3
            }),
            !sentence.tokens[(told.position + 1)..<phrase.start].contains(where: {
                $0.isPunctuation || $0.entry.has([.killVerb, .dieVerb, .injury, .detention])
            }),
            // (Not "two were killed and three were wounded", nor "and six soldiers and five
            // civilians were wounded": a verb of their own, later in the clause, past a relative
            // clause: "and that several residents who had stood up against the guards were
            // wounded".)
            // ("and 11 people, five of them civilians, wounded": past the parenthesis too.)
            !predicates.contains(where: { found in
                found.position >= phrase.end && found.position <= phrase.end + 16
                    && !(phrase.end..<found.position).contains {
                        sentence[$0].isPunctuation && !mask[$0]
                    }
            }),
            !sentence.tokens[phrase.end..<Swift.min(phrase.end + 3, sentence.tokens.count)]
                .contains(where: { $0.entry.has(.auxiliary) }),
            // ("and 31 people, two soldiers among them, had been wounded": their own verb, past
            // an aside the commas set off.)
            !predicates.contains(where: { found in
                found.position > phrase.end && found.position <= phrase.end + 16
                    && sentence[found.position - 1].entry.has(.auxiliary)
                    && !(phrase.end..<found.position).contains {
                        [";", ".", ":", "and", "but", "while"].contains(sentence.word($0))
                    }
            })
        {
            return told
        }
        /// A participle of injury or arrest right after the noun, then the noun's own death
        /// verb in the same clause: "a villager hurt in a clash with residents of Sokh dies".
        func opensReducedRelative(at position: Int) -> Bool {
            guard predicate(at: position)?.kind == .other,
                !sentence[position - 1].entry.has(.auxiliary)
            else { return false }
            return predicates.contains { found in
                found.kind == .death && found.position > position
                    && found.position <= position + 12 && found.voice != .active
                    && !(position..<found.position).contains {
                        sentence[$0].isPunctuation || sentence[$0].entry.has(.auxiliary)
                    }
            }
        }
        // "one border guard was hit by a bullet and died", "was wounded and later died": the
        // death after "and", in the phrase's own clause, is the phrase's too, before the wound
        // ("was wounded in the leg by Kyrgyz guards near Chorkuh and died").
        // ("A citizen of Tajikistan was wounded and died": past whose citizen.)
        let clause =
            sentence.word(phrase.end) == "of" && sentence[phrase.end + 1].entry.country != nil
            ? phrase.end + 2 : phrase.end
        if sentence[clause].entry.has(.auxiliary),
            let died = predicates.first(where: {
                $0.kind == .death && $0.position > clause && $0.position <= clause + 16
            }),
            sentence.word(died.position - 1) == "and"
                || (sentence.word(died.position - 2) == "and"
                    && ["later", "then", "subsequently", "soon", "eventually", "afterwards"]
                        .contains(sentence.word(died.position - 1))),
            // ("was struck by a bullet from the Turkmen troops and died": whose bullet.)
            !(clause..<died.position).contains(where: { at in
                sentence[at].isPunctuation
                    || (sentence[at].entry.side != nil
                        && !(1...3).contains { ["by", "from"].contains(sentence.word(at - $0)) })
            })
        {
            return died
        }
        // "eight Taliban dead, with six more wounded": the verb right after it is theirs;
        // "a villager hurt in the clash dies": unless it opens a reduced relative clause before
        // the noun's own verb (below).
        // ("11 people, five of them civilians, wounded": past the parenthesis.)
        var afterParenthesis = phrase.end
        while afterParenthesis < mask.count, mask[afterParenthesis] { afterParenthesis += 1 }
        if let next = predicate(at: afterParenthesis), next.kind == .other,
            next.voice == .passive, !opensReducedRelative(at: afterParenthesis)
        {
            return next
        }
        // "killed a border guard and a civilian, and four more civilians were wounded": the
        // injury after the phrase's own auxiliary is what befell it, not the killing before.
        if let ownVerb, ownVerb.kind == .other { return ownVerb }
        // Object: back over a list of people, "of", determiners, qualifiers.
        var back = phrase.start - 1
        var steps = 0
        // "the dead border guard and the wounded civilians": people told as wounded are not
        // among the dead named before them.
        let toldWounded = (phrase.start..<phrase.end).contains {
            ["wounded", "injured", "hurt"].contains(sentence.word($0))
        }
        while back >= 0 && steps < 14 {
            if let found = predicate(at: back) {
                if found.voice == .nominalAfter && found.kind == .death && toldWounded {
                    return nil
                }
                if found.voice == .active || found.voice == .nominalAfter { return found }
                break
            }
            let word = sentence[back]
            // "killing two guards, three civilians and a driver": a list goes on past commas;
            // "killing three of them, local officials said" does not.
            if word.text == ",", back == phrase.start - 1 {
                let after = sentence[phrase.end]
                guard
                    after.isPunctuation || ["and", "or"].contains(after.text)
                        || after.entry.has(.phraseEnd)
                else { break }
            }
            let inPhrase = phrases.contains { $0.start <= back && back < $0.end }
            let passable =
                inPhrase || mask[back]
                || [
                    "of", "were", "was", "are", "is", "included", "include", "including", "and",
                    ",", "dead", "at", "least", "than", "more", "about", "some", "nearly", "over",
                    "up", "to", "all", "as", "many", "also", "reportedly", "another", "them",
                    "among", "both", "along", "with", "plus",
                ].contains(word.text)
                || word.entry.has(.determiner)
                // "gunned down a Tajik shepherd": the object after the particle ("shot down"
                // is as often an aircraft).
                || (word.text == "down" && sentence.word(back - 1) == "gunned")
            if !passable { break }
            back -= 1
            // A phrase is one step however long its name: "the commander, Colonel X, and three".
            if !inPhrase { steps += 1 }
        }
        // "the lives of the commander and of three of the trespassers": the same noun again.
        if sentence.word(phrase.start - 1) == "of", sentence.word(phrase.start - 2) == "and",
            let found = predicates.last(where: {
                $0.voice == .nominalAfter && $0.position < phrase.start
                    && $0.position >= phrase.start - 30
            }),
            !sentence.tokens[found.position..<phrase.start].contains(where: {
                [".", ";", ":"].contains($0.text)
            })
        {
            return found
        }
        if phrase.isComplement { return nil }
        // A bare figure stands right by its verb: "three were killed", "20 died", "five dead".
        if phrase.isBare && !phrase.isPart {
            var position = phrase.end
            while position < Swift.min(phrase.end + 4, sentence.tokens.count) {
                if let found = predicate(at: position) {
                    return found.voice == .active || found.voice == .nominalAfter ? nil : found
                }
                let word = sentence[position]
                guard
                    word.entry.has(.auxiliary)
                        || ["reportedly", "also", "later", "all", "have", "had", "has", "people"]
                            .contains(word.text)
                else { break }
                position += 1
            }
            return nil
        }
        // "as were three of the intruders": the verb of the clause before.
        if (["were", "was", "did"].contains(sentence.word(phrase.start - 1))
            && ["as", "so"].contains(sentence.word(phrase.start - 2)))
            || Self.isJoinedWith(sentence, before: phrase.start)
            || (sentence.word(phrase.start - 1) == "with"
                && sentence[phrase.start - 2].entry.has([.killVerb, .dieVerb]))
        {
            return predicates.last { $0.position < phrase.start }
        }
        // "15 soldiers as well as the commander of these forces were killed": the verb before,
        // or, when none comes before, the one the whole subject takes after.
        if sentence.matches("as well as", at: phrase.start - 3),
            let before = predicates.last(where: { $0.position < phrase.start })
        {
            return before
        }
        // "shot at three forest rangers, two of whom died", "fired at four workers near the
        // border, two of whom died": the death is the part's, told in its own clause ("five
        // soldiers, two of whom were officers, were killed" goes on).
        if let comma = (phrase.end..<Swift.min(phrase.end + 10, sentence.tokens.count)).first(
            where: { sentence.word($0) == "," }),
            !predicates.contains(where: { $0.position >= phrase.end && $0.position < comma }),
            let partitive = (comma + 2...comma + 3).first(where: {
                sentence.matches("of whom", at: $0) || sentence.matches("of them", at: $0)
            })
        {
            let clauseEnd =
                (partitive + 2..<sentence.tokens.count).first(where: {
                    [",", ";", "."].contains(sentence.word($0))
                }) ?? sentence.tokens.count
            if predicates.contains(where: {
                $0.kind == .death && $0.position > partitive && $0.position < clauseEnd
            }) {
                return nil
            }
        }
        // "12 of their citizens injured and 3 dead": the hurt, then another figure's dead.
        if sentence[phrase.end].entry.has(.injury), sentence.word(phrase.end + 1) == "and",
            Numbers.read(sentence, at: phrase.end + 2) != nil
        {
            return nil
        }
        // Subject: the first predicate after it, within its clause.
        var position = phrase.end
        var distance = 0
        // "the leader of a criminal Afghan drug gang, X, died": whose leader is no distance.
        var complement = sentence.word(position) == "of"
        // "three members of a terrorist organisation who had illegally crossed the border in
        // Shamsiddin Shohin district, put up armed resistance and were neutralised": a
        // relative clause set off only by its closing comma is theirs; the verb after it too.
        let who = sentence.firstIndex(
            of: ["who"], in: phrase.end..<Swift.min(phrase.end + 8, sentence.tokens.count))
        let relativeEnd =
            who.flatMap { who in
                guard
                    !(phrase.end..<who).contains(where: {
                        sentence[$0].isPunctuation || predicate(at: $0) != nil
                    })
                else { return nil }
                // "three terrorists who had illegally crossed the border were neutralised",
                // "four armed men who crossed into Tajikistan have now been shot dead": a
                // clause with no commas ends where the passive of a death begins.
                func beginsDeathPassive(_ at: Int) -> Bool {
                    var verb = at + 1
                    if ["have", "has", "had"].contains(sentence.word(at)) {
                        while ["now", "also", "reportedly", "all"].contains(sentence.word(verb)) {
                            verb += 1
                        }
                        guard sentence.word(verb) == "been" else { return false }
                        verb += 1
                    } else if !["were", "was"].contains(sentence.word(at)) {
                        return false
                    }
                    return predicate(at: verb)?.kind == .death
                }
                if let passive = (who + 2..<Swift.min(who + 14, sentence.tokens.count)).first(
                    where: beginsDeathPassive),
                    !(who..<passive).contains(where: { sentence[$0].isPunctuation })
                {
                    guard let and = (who..<passive).first(where: { sentence.word($0) == "and" })
                    else { return passive - 1 }
                    // "three of the insurgents who crossed over and two soldiers were killed":
                    // the clause ends before the next people counted; the verb is both groups'.
                    if Numbers.read(sentence, at: and + 1) != nil { return and }
                }
                // Its closing comma, past any parenthesis inside it (", which borders
                // Afghanistan,").
                guard
                    var end = (who + 1..<sentence.tokens.count).first(where: {
                        sentence.word($0) == ","
                    })
                else { return nil }
                while end + 1 < sentence.tokens.count, mask[end + 1] { end += 1 }
                // The clause's own verb goes on after it ("put up armed resistance", "were");
                // ("fired at four workers, two of whom died": the main verb was inside.)
                let next = sentence[end + 1]
                guard
                    Self.isFiniteVerb(next) || next.entry.has(.auxiliary)
                        || predicate(at: end + 1) != nil
                else { return nil }
                return end
            } ?? phrase.end
        while position < sentence.tokens.count && distance <= 10 {
            if position < relativeEnd, predicate(at: position) == nil {
                position += 1
                continue
            }
            // ("A member of the provincial council said 14 soldiers died": the complement ends
            // at the telling, and the teller is no victim.)
            // ("Soldiers of the two countries clashed ... and a civilian lost his life": nor
            // past the phrase's own verb.)
            if complement
                && (sentence[position].isPunctuation || predicate(at: position) != nil
                    || sentence[position].entry.has(.reporting)
                    || (Self.isFiniteVerb(sentence[position])
                        && !(phrase.end..<position).contains(where: {
                            ["who", "that", "which"].contains(sentence.word($0))
                        })))
            {
                complement = false
            }
            if complement {
                position += 1
                continue
            }
            // "the guard, who had been badly hurt, died": the relative clause's verb is not his.
            // "suffered gunshot wounds and died": the wounds first, then the death.
            // "a villager hurt in the clash dies": a participle right after the noun opens a
            // reduced relative clause; the verb after it is the noun's own.
            let reducedRelative = position == phrase.end && opensReducedRelative(at: position)
            let woundsThenDeath =
                reducedRelative
                || (predicate(at: position)?.kind == .other
                    && predicates.contains(where: {
                        $0.kind == .death && $0.position > position && $0.position <= position + 4
                            && sentence.word($0.position - 1) == "and"
                    }))
            // "Akynov, who was hurt in the clash with residents of Sokh, died": the people of
            // a relative clause are not the subject of the verb after it.
            if mask[phrase.start] && !mask[position]
                && Self.inRelativeClause(phrase.start, mask, sentence)
            {
                return nil
            }
            if !mask[position] || mask[phrase.start], !woundsThenDeath,
                let found = predicate(at: position)
            {
                // The agent of a killing, not its victim; "the deaths of" takes what follows.
                if found.voice == .active && found.kind == .death { return nil }
                // "two officers were among the dead": the subject is among the dead.
                if found.voice == .nominalAfter && !sentence.matches("among the", at: position - 2)
                {
                    return nil
                }
                return found
            }
            let word = sentence[position]
            if !mask[position] {
                if word.text == ";" || word.text == ":" { break }
                if [
                    "while", "whereas", "but", "after", "when", "before", "because", "although",
                    "though", "since", "until",
                ].contains(word.text) {
                    break
                }
                // "were reported killed": the report is of this death.
                if word.entry.has(.reporting) && position > phrase.end
                    && !sentence[position - 1].entry.has(.auxiliary)
                {
                    break
                }
                // "four Afghans were hit, and three of them later died": their own verb first.
                if position > phrase.end, sentence[position - 1].entry.has(.auxiliary),
                    predicate(at: position) == nil,
                    [
                        "hit", "struck", "caught", "taken", "held", "hurt", "beaten", "detained",
                        "arrested", "captured", "seized", "evacuated", "hospitalised",
                        "hospitalized", "rescued", "freed", "released",
                    ].contains(word.text),
                    !["and", "or"].contains(sentence.word(position + 1))
                {
                    break
                }
                // "the hostages fought back, and the smugglers died": another verb, another clause.
                if position >= phrase.end, Self.isFiniteVerb(word),
                    !predicates.contains(where: { $0.position == position }),
                    !sentence[position - 1].entry.has(.auxiliary),
                    // "two men received fatal gunshot wounds": wounds that killed, theirs.
                    !(["received", "suffered", "sustained"].contains(word.text)
                        && predicates.contains(where: {
                            $0.kind == .death && $0.position > position
                                && $0.position <= position + 4
                        })),
                    !["and", "or"].contains(sentence.word(position + 1)),
                    // "suffered gunshot wounds and died", "had crossed the border illegally and
                    // were killed": one subject, two verbs.
                    !predicates.contains(where: { death in
                        death.kind == .death && death.voice != .active
                            && death.position > position && death.position <= position + 16
                            && (1...3).contains { sentence.word(death.position - $0) == "and" }
                            && !sentence.tokens[position..<death.position].contains {
                                [",", ";", ".", ":"].contains($0.text)
                                    || $0.entry.side != nil || $0.kind == .number
                            }
                    }),
                    // "six border policemen assigned to it were killed": a participle right
                    // after the noun, the noun's own verb after it. (Not "the guards opened
                    // fire and a smuggler was killed": after "and", another subject's; but
                    // "a commander named Haqyar and seven other insurgents had been killed".)
                    !(position == phrase.end
                        && predicates.contains(where: { found in
                            found.kind == .death && found.position > position + 1
                                && found.position <= position + 8
                                && sentence[found.position - 1].entry.has(.auxiliary)
                                && !(position..<found.position).contains {
                                    sentence[$0].isPunctuation
                                        || (sentence.word($0) == "and"
                                            && !($0..<found.position).contains {
                                                ["other", "others"].contains(sentence.word($0))
                                            })
                                }
                        }))
                {
                    break
                }
                // Another subject: the next phrase takes what follows.
                if position > phrase.end,
                    let other = phrases.first(where: {
                        $0.start == position && !$0.isApposition && !$0.isComplement
                    }),
                    !["and", ",", "including", "as", "well", "with"].contains(
                        sentence.word(position - 1)), !other.isPart
                {
                    break
                }
                // "fired on a citizen who was on Kyrgyz soil, and the man died": a clause of
                // its own, about the same man.
                if position > phrase.end, sentence.matches(", and the", at: position - 2),
                    phrases.contains(where: { $0.start == position && !$0.isBare })
                {
                    break
                }
                // A name is one step however long: "the leader, Gaffor valadi Mahmud, died".
                if !word.isCapitalized || !sentence[position - 1].isCapitalized { distance += 1 }
            }
            position += 1
        }
        // "Five people were killed, including two guards": part of the statement before.
        if phrase.isPart {
            return predicates.last { $0.position < phrase.start && $0.voice != .active }
        }
        return nil
    }
}
