import TallyCore

/// The places Tally recognises along the Central Asian borders: provinces and the border
/// districts, towns, villages and posts in them, with the spellings news use. A district resolves
/// to its province.
enum Gazetteer {
    /// Where a name lies.
    struct Place: Equatable, Sendable {
        var country: Country
        /// The province; empty when only the country is known.
        var region: String
    }

    /// A place named in a sentence.
    struct Mention: Equatable, Sendable {
        var place: Place
        var position: Int
        var length: Int
        /// "from Afghanistan's Kunduz", "a hospital in Kulob": where people came from or went,
        /// not where it happened.
        var isIncidental: Bool

        /// The name as the sentence writes it ("Shamsiddin-Shohin").
        func name(in sentence: Sentence) -> String {
            let first = sentence[position]
            let last = sentence[position + length - 1]
            let bytes = sentence.text.utf8
            guard first.start < last.end, last.end <= bytes.count else { return "" }
            var name = String(
                decoding: bytes.dropFirst(first.start).prefix(last.end - first.start),
                as: UTF8.self)
            // "Faryab's Qaysar district": the province's name, not its possessive.
            for suffix in ["'s", "’s"] where name.hasSuffix(suffix) {
                name.removeLast(suffix.count)
            }
            return name
        }

        /// Whether it names a town inside its province, away from the border ("Maimana").
        func isInterior(in sentence: Sentence) -> Bool {
            let name = String(name(in: sentence).lowercased().map { $0 == "-" ? " " : $0 })
            // ("Qala-i-Naw" is the table's "qala e naw".)
            let linked = name.split(separator: " ").map {
                Gazetteer.linkingVowels.contains(String($0)) ? "e" : String($0)
            }.joined(separator: " ")
            return Provinces.interiorPlaces.contains(linked)
                || Gazetteer.foldedInterior.contains(
                    linked.split(separator: " ").map { Gazetteer.folded(String($0)) }
                        .joined(separator: " "))
        }

        /// Whether it names a place within its province (a district, town, village or post),
        /// not the province itself ("Khatlon", "GBAO", "Batken region").
        func isWithinProvince(in sentence: Sentence) -> Bool {
            let spaced = { (text: String) in
                String(text.lowercased().map { $0 == "-" ? " " : $0 })
            }
            let name = spaced(self.name(in: sentence))
            let province = spaced(place.region)
            return !place.region.isEmpty && name != province
                && !Gazetteer.provinceNames.contains(name)
                && !["province", "region", "oblast"].contains(sentence.word(position + length))
        }
    }

    /// Names that stand for a whole province ("GBAO", "Sogd"), besides the province's own name.
    static let provinceNames: WordSet = [
        "gbao", "mountainous badakhshan", "gorno badakhshan", "sogd", "soghd", "sughd", "khatlon",
        "batken", "osh region", "osh province", "osh oblast", "jalal abad", "kunduz", "qunduz",
        "kundoz", "takhar", "balkh", "jowzjan", "jawzjan", "jauzjan", "faryab", "badghis",
        "herat province", "badakhshan", "districts of republican subordination", "surxondaryo",
        "surkhandarya", "fergana", "namangan", "andijan", "mary", "lebap",
    ]

    /// The Persian linking vowel of a name ("Dasht-e Qala", "Qala-i-Zal", "Chah-ye Ab").
    static let linkingVowels: WordSet = ["e", "i", "ye", "yi", "y"]

    /// The border places of each province (TallyCore's ``Provinces/borderPlaces``).
    static let entries: [(Country, String, String)] = Provinces.borderPlaces.map {
        (Country(rawValue: $0.country)!, $0.province, $0.names)
    }

    /// Names by first word: each name's words and its place.
    static let index: [String: [(words: [String], place: Place)]] = {
        var index: [String: [(words: [String], place: Place)]] = [:]
        for (country, region, names) in entries {
            for name in names.split(separator: "|") {
                let words = name.split(separator: " ").map(String.init)
                index[words[0], default: []].append(
                    (words, Place(country: country, region: region)))
            }
        }
        for key in index.keys { index[key]!.sort { $0.words.count > $1.words.count } }
        return index
    }()

    /// ``Provinces/interiorPlaces``, each word folded.
    static let foldedInterior = Set(
        Provinces.interiorPlaces.map {
            $0.split(separator: " ").map { folded(String($0)) }.joined(separator: " ")
        })

    /// The same names by their first word's ``folded(_:)`` spelling, each word folded: for a
    /// capitalised word the table does not spell ("Bala-Morghab", "Shahr-e-Bozorg").
    static let foldedIndex: [String: [(words: [String], place: Place)]] = {
        var folded: [String: [(words: [String], place: Place)]] = [:]
        for candidates in index.values {
            for candidate in candidates {
                let words = candidate.words.map(Self.folded)
                folded[words[0], default: []].append((words, candidate.place))
            }
        }
        for key in folded.keys { folded[key]!.sort { $0.words.count > $1.words.count } }
        return folded
    }()

    /// A name's spelling with the vowels and letters transliterations trade folded together:
    /// "o" as "u", "e" as "i", "q" as "k", "w" as "v", a doubled letter as one ("Morghab" and
    /// "Murghab", "Bozorg" and "Buzurg", "Qaisar" and "Kaisar", "Hissar" and "Hisar").
    static func folded(_ word: String) -> String {
        var result = ""
        var last: Character?
        for character in word {
            let letter: Character =
                switch character {
                case "o": "u"
                case "e": "i"
                case "q": "k"
                case "w": "v"
                default: character
                }
            if letter == last { continue }
            result.append(letter)
            last = letter
        }
        return result
    }

    /// Every place a sentence names, in order.
    static func mentions(in sentence: Sentence) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < sentence.tokens.count {
            let token = sentence[index]
            let exact = token.isWord ? self.index[token.text] : nil
            let isFolded = exact == nil && token.isWord && token.isCapitalized
            guard
                let candidates = exact
                    ?? (isFolded ? self.foldedIndex[Self.folded(token.text)] : nil)
            else {
                if token.text == "badakhshan", !sentence.word(index - 1).hasPrefix("gorno") {
                    // "Badakhshan" alone: Tajikistan's Gorno-Badakhshan beside "Tajik" or
                    // "Mountainous", or in a sentence that names Tajikistan and neither
                    // Afghanistan, the Taliban nor a border ("Tajik government troops fought ...
                    // in Badakhshan, a remote province"); otherwise Afghanistan's province.
                    let before = sentence.word(index - 1)
                    let countries = Set(sentence.tokens.compactMap(\.entry.country))
                    let tajik =
                        before == "tajik" || before == "mountainous" || before == "tajikistan"
                        || (countries.contains(.tajikistan) && !countries.contains(.afghanistan)
                            && !sentence.contains([
                                "taliban", "border", "borders", "frontier", "across", "bank",
                            ]))
                    found.append(
                        Mention(
                            place: Place(
                                country: tajik ? .tajikistan : .afghanistan,
                                region: tajik ? "Gorno-Badakhshan" : "Badakhshan"),
                            position: index, length: 1,
                            isIncidental: isIncidental(sentence, index, 1)))
                }
                index += 1
                continue
            }
            var matched = false
            for candidate in candidates {
                // Hyphenated and spaced spellings match alike ("Kok-Tash", "Kok Tash"), and the
                // Persian linking vowel in any of its spellings ("Qala-e-Zal", "Qala-i-Zal").
                var ok = true
                for (offset, word) in candidate.words.enumerated() where offset > 0 {
                    let next = sentence[index + offset]
                    let linking =
                        Self.linkingVowels.contains(word)
                        && Self.linkingVowels.contains(next.text)
                    let same =
                        next.text == word
                        || (next.isWord
                            && Self.folded(next.text) == (isFolded ? word : Self.folded(word)))
                    if !same && !linking || next.isPunctuation { ok = false; break }
                }
                guard ok else { continue }
                let length = candidate.words.count
                // "Shohin-SM", a company's name: a place word joined to another word.
                if sentence[index + length].isHyphenated {
                    continue
                }
                // "Panj River", "the Pyanj valley": a river, not the district.
                let next = sentence.word(index + length)
                if ["river", "valley", "basin"].contains(next) {
                    index += length
                    matched = true
                    break
                }
                // "Osh" alone is a city; "Mary" alone is a name: the table spells them.
                found.append(
                    Mention(
                        place: candidate.place, position: index, length: length,
                        isIncidental: isIncidental(sentence, index, length)))
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// The ways into a place, before its "to": "the entrances to Sheberghan".
    static let approachWords: WordSet = [
        "entrance", "entrances", "gates", "gate", "outskirts", "approaches", "edge",
    ]

    /// Whether the place at `index` is where people came from or were taken, not where the
    /// event happened.
    static func isIncidental(_ sentence: Sentence, _ index: Int, _ length: Int) -> Bool {
        // "the governor of Kohsan district said": a district's own officials tell of it.
        if sentence.word(index - 1) == "of", sentence.word(index + length) == "district",
            (2...3).contains(where: {
                ["governor", "chief", "police", "head", "officials", "spokesman"].contains(
                    sentence.word(index - $0))
            })
        {
            return false
        }
        // "the district of Qala-i-Zal, which borders the Jaihun, Dusti and Qubodiyon districts
        // of Tajikistan's Khatlon province": what the place borders, however long the list.
        for back in 1...20 {
            let word = sentence.word(index - back)
            if word == "bordering" || word == "adjoining"
                || (["borders", "adjoins"].contains(word)
                    && ["which", "that"].contains(sentence.word(index - back - 1)))
            {
                return true
            }
            if [".", ";", ":", ""].contains(word)
                || sentence[index - back].entry.has([.killVerb, .dieVerb, .reporting])
                || sentence[index - back].entry.incident != nil
            {
                break
            }
        }
        // "from the village of Ruzvayak in Afghanistan's Badakhshan province": where they came
        // from, however far the "from" stands; "into", "at", "near" name where it happened.
        // (Only "from" reaches past eight words: "who had come from the village of Ruzvayak in
        // the Mohi May district of Badakhshan province".)
        for back in 1...12 {
            let token = sentence[index - back]
            let word = token.text
            // ("fighting between troops and rebels in Khorog": where they fought, after "in".)
            let foughtIn = word == "between" && sentence.word(index - 1) == "in"
            // ("battling the Taliban at the entrances to Sheberghan": where they fought.)
            if word == "to", Self.approachWords.contains(sentence.word(index - back - 1)) {
                return false
            }
            if word == "from"
                || (back <= 8 && !foughtIn
                    && ["to", "toward", "towards", "across", "between", "linking", "connecting"]
                        .contains(word))
            {
                return true
            }
            // ("attacked police posts in Qaisar district": the posts are where it happened.)
            let policePlace =
                word == "police"
                && [
                    "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints",
                    "station", "stations", "headquarters", "command", "compound", "compounds",
                ].contains(sentence.word(index - back + 1))
            if back <= 8,
                [
                    "hospital", "hospitals", "capital", "morgue", "clinic", "buried", "funeral",
                    "taken", "flown", "evacuated", "transferred", "authorities", "officials",
                    "governor", "spokesman", "spokesperson", "police",
                ].contains(word), !policePlace
            {
                return true
            }
            // ("an attack from Afghanistan on a camp in Darvoz": the attack's target is where
            // it happened.)
            if ["into", "at", "near", "inside", "outside", "on", "against"].contains(word) {
                return false
            }
            // ("the border between Jalal-Abad, Kyrgyzstan, and Namangan, Uzbekistan": a
            // place's country in commas is part of the place before it.)
            let placeCountry =
                word == ","
                && (sentence[index - back - 1].entry.isCountryName
                    && sentence.word(index - back - 2) == ","
                    || sentence[index - back + 1].entry.isCountryName
                        && sentence.word(index - back + 2) == ",")
            if token.isPunctuation && !placeCountry
                || token.entry.has([.killVerb, .dieVerb, .auxiliary, .reporting])
                || token.entry.incident != nil
            {
                break
            }
        }
        return false
    }

    /// The countries a sentence names as places where something happens ("in Tajikistan",
    /// "Tajik border guards", "on the Afghan side"), not as an origin ("from Afghanistan").
    /// The nouns after which a country's adjective places an event ("Tajik border guards").
    static let placingNouns: WordSet = [
        "border", "guards", "guard", "troops", "forces", "police", "soldiers", "soldier",
        "servicemen", "serviceman", "army", "military", "village", "villages", "district",
        "side", "soil", "territory", "town", "post", "outpost", "posts", "outposts",
        "officials", "authorities", "government", "security", "frontier", "president",
        "defence", "defense", "ministry",
    ]

    static func countries(in sentence: Sentence) -> [(country: Country, position: Int)] {
        var found: [(Country, Int)] = []
        for index in sentence.tokens.indices {
            guard let country = sentence[index].entry.country else { continue }
            if isOrigin(sentence, index) { continue }
            // An adjective places an event only with the state's forces or its ground ("Tajik
            // border guards", "an Afghan village"); "armed Afghans" says who, not where.
            if !sentence[index].entry.isCountryName {
                let nouns = placingNouns
                let next = sentence.word(index + 1)
                let after = sentence.word(index + 2)
                guard
                    nouns.contains(next)
                        || (sentence[index + 1].isCapitalized && nouns.contains(after))
                else { continue }
            }
            found.append((country, index))
        }
        return found
    }

    /// Whether the country word at `index` names where something came from or a border line:
    /// "from Afghanistan", "into Tajikistan", "Afghan territory", "the Afghan frontier".
    static func isOrigin(_ sentence: Sentence, _ index: Int) -> Bool {
        let before = sentence.word(index - 1)
        // "crossed into Uzbek territory": where it happened.
        if ["into", "onto"].contains(before),
            ["territory", "soil", "side", "land"].contains(sentence.word(index + 1))
        {
            return false
        }
        // "China handed over two border outposts to Tajikistan": the state that received
        // them, where they stand.
        if before == "to",
            (2...8).contains(where: {
                ["handed", "transferred", "donated", "gave", "given", "presented"].contains(
                    sentence.word(index - $0))
            })
        {
            return false
        }
        if ["from", "with", "into", "toward", "towards", "to", "across", "and", "between"].contains(
            before)
        {
            return true
        }
        if ["the", "an"].contains(before)
            && ["from", "into", "with"].contains(sentence.word(index - 2))
        {
            return true
        }
        let after = sentence.word(index + 1)
        // "Tajikistan - A short while ago, ...": a dateline names where the story is told.
        if index == 0 && sentence[index].entry.isCountryName && ["-", "—", "–"].contains(after) {
            return false
        }
        if after == "-" || sentence[index + 1].isHyphenated { return true }
        let guards = [
            "guards", "guard", "troops", "service", "units", "forces", "police", "officials",
            "patrol", "force", "post", "outpost",
        ]
        if after == "border" && guards.contains(sentence.word(index + 2)) { return false }
        return [
            "territory", "frontier", "border", "side", "soil", "bank", "government", "officials",
            "ministry", "authorities", "foreign",
        ].contains(after)
            && !["on", "in", "inside"].contains(before)
            && !(before == "the" && ["on", "in", "inside"].contains(sentence.word(index - 2)))
    }
}
