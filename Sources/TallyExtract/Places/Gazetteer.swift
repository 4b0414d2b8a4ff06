/// The places Tally recognises along the Central Asian borders: countries, their provinces, and
/// the border districts and towns, with the spellings news use. A district resolves to its province.
struct Gazetteer {
    /// A place a name stands for.
    struct Place: Equatable {
        var country: String
        /// The province; empty for a country.
        var region: String
    }

    /// Country names and the adjectives that place an event there ("Tajik border guards").
    static let countries: [(country: String, names: [String], adjectives: [String])] = [
        ("Tajikistan", ["tajikistan"], ["tajik", "tajikistani"]),
        ("Afghanistan", ["afghanistan"], ["afghan"]),
        ("Kyrgyzstan", ["kyrgyzstan", "kyrgyz republic"], ["kyrgyz"]),
        ("Uzbekistan", ["uzbekistan"], ["uzbek"]),
        ("Turkmenistan", ["turkmenistan"], ["turkmen"]),
    ]

    /// Province and district names (lowercase, spelling variants) and where they lie.
    static let places: [(names: [String], place: Place)] = {
        func entries(
            _ country: String, _ region: String, _ names: [String]
        ) -> (names: [String], place: Place) {
            (names, Place(country: country, region: region))
        }
        return [
            // Tajikistan
            entries(
                "Tajikistan", "Khatlon",
                [
                    "khatlon", "panj", "pyanj", "pianj", "shamsiddin shohin", "shamsiddin shokhin",
                    "shokhin", "shohin",
                    "shuroobod", "farkhor",
                    "hamadoni", "hamadani", "jaloliddin balkhi", "jaloliddini balkhi", "qubodiyon",
                    "kabodiyon", "qabodiyon",
                    "shahritus", "shahritous", "kulob", "kulyab", "dusti", "jayhun",
                    "nosiri khusrav", "vose", "muminobod",
                ]),
            entries(
                "Tajikistan", "Gorno-Badakhshan",
                [
                    "gorno-badakhshan", "gbao", "mountainous badakhshan", "darvoz", "darvaz",
                    "vanj", "rushon", "rushan",
                    "shughnon", "shugnan", "ishkoshim", "murghob", "murgab", "khorugh", "khorog",
                    "roshtqal'a",
                ]),
            entries(
                "Tajikistan", "Sughd",
                [
                    "sughd", "sogd", "isfara", "khujand", "konibodom", "kanibadam", "vorukh",
                    "b. gafurov",
                ]),
            entries(
                "Tajikistan", "Districts of Republican Subordination",
                [
                    "districts of republican subordination", "rasht", "tavildara", "tajikabad",
                    "lakhsh",
                ]),
            // Afghanistan
            entries(
                "Afghanistan", "Badakhshan",
                [
                    "khwahan", "khawahan", "shighnan", "darwaz-e bala", "darwaz", "wakhan",
                    "faizabad", "ishkashim", "kohistan",
                ]),
            entries(
                "Afghanistan", "Takhar",
                ["takhar", "darqad", "yangi qala", "chah ab", "dasht-e qala", "taloqan"]),
            entries(
                "Afghanistan", "Kunduz",
                [
                    "kunduz", "imam sahib", "qala-e zal", "shir khan bandar", "sher khan bandar",
                    "dasht-e archi",
                ]),
            entries(
                "Afghanistan", "Balkh",
                ["balkh", "hairatan", "hayratan", "kaldar", "mazar-i-sharif", "mazar-e sharif"]),
            entries(
                "Afghanistan", "Jowzjan", ["jowzjan", "jawzjan", "aqina", "qarqin", "khamyab"]),
            // Kyrgyzstan
            entries(
                "Kyrgyzstan", "Batken",
                [
                    "batken", "leilek", "leylek", "kadamjay", "isfana", "kok-tash", "ak-sai",
                    "ak-say", "kulundu",
                ]),
            entries("Kyrgyzstan", "Osh", ["osh", "chong-alai", "chong alai", "nookat", "alay"]),
            entries("Kyrgyzstan", "Jalal-Abad", ["jalal-abad", "jalalabad", "ala-buka", "aksy"]),
            // Uzbekistan
            entries(
                "Uzbekistan", "Surxondaryo",
                [
                    "surxondaryo", "surkhandarya", "surkhondaryo", "termez", "termiz", "sariosiyo",
                    "sariasia", "uzun",
                ]),
            entries("Uzbekistan", "Fergana", ["fergana", "ferghana", "sokh", "rishton"]),
            // Turkmenistan
            entries(
                "Turkmenistan", "Lebap", ["lebap", "kerki", "turkmenabat", "khojambaz", "atamurat"]),
            entries(
                "Turkmenistan", "Mary", ["mary province", "mary region", "serhetabat", "kushka"]),
        ]
    }()

    /// "Badakhshan" alone is ambiguous: Afghanistan's province, or Tajikistan's Gorno-Badakhshan.
    static let badakhshan = "badakhshan"

    /// The most specific place a sentence names for an event, given the country the sentence
    /// places it in (which decides "Badakhshan").
    static func place(in words: Words, country: String?) -> Place? {
        for index in 0..<words.count {
            for entry in places {
                // "Mary" alone is a name, so the gazetteer lists "Mary province" and "Mary region".
                // "from Afghanistan's Jowzjan province into Khojambaz": where they came from is not where it happened.
                let fromHere =
                    words[index - 1] == "from" || words[index - 2] == "from"
                    // "the Panj River" is a river, not Panj district.
                    || ["river", "valley"].contains(words[index + 1])
                for name in entry.names where words.matches(name, at: index) && !fromHere {
                    return entry.place
                }
            }
            if words[index] == badakhshan && words[index - 1] != "gorno-badakhshan" {
                let tajik =
                    country == "Tajikistan" || words[index - 1] == "tajik"
                    || words[index - 1] == "mountainous"
                return Place(
                    country: tajik ? "Tajikistan" : "Afghanistan",
                    region: tajik ? "Gorno-Badakhshan" : "Badakhshan")
            }
        }
        return nil
    }

    /// The country a sentence places the event in: "in Tajikistan", "Tajik border guards",
    /// "on the Afghan side" — not an origin ("from Afghanistan", "Afghan territory", "the
    /// Afghanistan frontier"), which says where attackers came from.
    static func locationCountry(in words: Words) -> String? {
        for index in 0..<words.count {
            for entry in countries {
                let isName = entry.names.contains { words.matches($0, at: index) }
                let isAdjective = entry.adjectives.contains(words[index])
                guard isName || isAdjective else { continue }
                if isOrigin(words, at: index) { continue }
                return entry.country
            }
        }
        return nil
    }

    /// Whether the country word at `index` names where something came from or a border line:
    /// "from Afghanistan", "into Tajikistan", "Afghanistan territory", "the Afghan frontier".
    static func isOrigin(_ words: Words, at index: Int) -> Bool {
        let before = words[index - 1]
        if ["from", "with", "into", "toward", "towards", "to", "across"].contains(before) {
            return true
        }
        if ["the", "an"].contains(before) && words[index - 2] == "from" { return true }
        let after = words[index + 1]
        // "Tajik border guards" are Tajik: the border word belongs to who guards it.
        let guards = [
            "guards", "guard", "troops", "service", "units", "forces", "police", "officials",
            "patrol", "force",
        ]
        if after == "border" && guards.contains(words[index + 2]) { return false }
        return ["territory", "frontier", "border", "side"].contains(after)
            && !["on", "in", "inside"].contains(before)
            && !(before == "the" && ["on", "in", "inside"].contains(words[index - 2]))
    }
}
