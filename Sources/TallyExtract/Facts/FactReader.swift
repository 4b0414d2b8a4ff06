internal import TallyCore

/// Reads the typed facts of a sentence: incident mentions, tolls with their side, party and
/// qualifier, measures with their status, times, places and the context that sets a sentence
/// aside (background, statistics, disasters, plans, denials).
struct FactReader {
    /// Words that open a clause of their own: a time after one of them is that clause's.
    static let clauseWords: WordSet = [
        "and", "but", "while", "when", "after", "before", "since", "which", "who", "as", "that",
        "whereas", "until", "amid",
    ]

    /// Where a sentence names a place or people outside the covered borders ("in Kunduz, and
    /// four police in Farah"); not "Moscow-friendly", nor a dateline ("MOSCOW - Over 40 ...",
    /// "Kabul: ...", "KABUL (Reuters) - ...").
    static func elsewhere(in sentence: Sentence) -> [Int] {
        sentence.tokens.indices.filter { index in
            (sentence[index].entry.has(.elsewhere) && sentence[index].isCapitalized
                && !sentence[index].isHyphenated && !sentence[index + 1].isHyphenated
                && !(index == 0 && ["-", ",", "–", "—", ":", "("].contains(sentence.word(1)))
                // "According to NATO, a firefight followed": who tells, not where.
                && !sentence.matches("according to", at: index - 2)
                && !(sentence.word(index + 1) == "said" || sentence.word(index + 1) == "says")
                // "as Russia, an ally of both, called for de-escalation": who acts, not where.
                && !Self.actsAfter(sentence, index)
                // "Islamic State (banned in Russia)": a Russian outlet's legal notice.
                && !(["banned", "outlawed", "prohibited", "proscribed"].contains(
                    sentence.word(index - 2)) && sentence.word(index - 1) == "in")
                // "as quoted by Russia's RIA Novosti news agency": whose agency, not where.
                && !(sentence[index].isPossessive
                    && (1...4).contains { offset in
                        [
                            "agency", "news", "media", "ministry", "embassy", "president",
                            "government", "officials", "television", "newspaper", "channel",
                            "foreign", "defence", "defense", "envoy", "ambassador",
                        ].contains(sentence.word(index + offset))
                    })
                // "the Russian news agency Interfax reported", "Iranian state media": the
                // outlet's country, not where it happened.
                && !(1...3).contains { offset in
                    Self.outletWords.contains(sentence.word(index + offset))
                        && (1..<offset).allSatisfy { sentence[index + $0].isWord }
                })
                // "a roadside bomb killed five civilians in eastern Afghanistan".
                || (sentence[index + 1].entry.country == .afghanistan
                    && sentence[index + 1].entry.isCountryName
                    && ["eastern", "southern", "southeastern", "central"].contains(
                        sentence.word(index))
                    // ("north-eastern Afghanistan" is Takhar and Badakhshan, on the border.)
                    && !(sentence[index].isHyphenated && sentence.word(index - 1) == "north"))
        }
    }

    /// Whether the name at `index` is the subject of a verb of speaking or urging, right after
    /// it or after an apposition: "Russia urged", "Moscow, an ally of both, called for calm".
    static func actsAfter(_ sentence: Sentence, _ index: Int) -> Bool {
        if Self.urgingVerbs.contains(sentence.word(index + 1)) { return true }
        guard sentence.word(index + 1) == ",",
            let close = (index + 2..<Swift.min(index + 10, sentence.tokens.count)).first(where: {
                sentence.word($0) == ","
            })
        else { return false }
        return Self.urgingVerbs.contains(sentence.word(close + 1))
    }

    static let urgingVerbs: WordSet = [
        "called", "calls", "urged", "urges", "offered", "offers", "appealed", "appeals", "warned",
        "warns", "proposed", "proposes", "expressed", "expresses",
    ]

    /// Plurals that count incidents: "22 skirmishes this year".
    static let incidentPlurals: WordSet = [
        "incidents", "incursions", "attacks", "clashes", "skirmishes", "cases", "violations",
    ]

    /// Words of news outlets: "the Russian news agency Interfax", "Iranian state television".
    static let outletWords: WordSet = [
        "agency", "media", "newspaper", "newspapers", "television", "tv", "channel", "outlet",
        "outlets", "website", "daily", "broadcaster", "radio", "press", "publication", "wire",
    ]

    /// Adjectives of the countries outside the covered borders, among the `.elsewhere` words.
    static let nationalities: WordSet = [
        "pakistani", "iranian", "russian", "ukrainian", "syrian", "iraqi", "israeli", "indian",
    ]

    var published: CivilDate
    /// The news window: events before it are background.
    var window: NewsWindow
    /// After the Taliban took power (15 August 2021) their forces count as a state's.
    var talibanAreState: Bool

    init(published: CivilDate) {
        self.published = published
        window = NewsWindow(published: published)
        talibanAreState = published >= CivilDate(year: 2021, month: 8, day: 15)!
    }

    func read(_ sentence: Sentence) -> SentenceFacts {
        var facts = SentenceFacts(sentence: sentence)
        (facts.times, facts.statementTimes) = TimeExpression.scan(
            in: sentence, published: published)
        // "the clearing operation, which got under way on Friday night": when an operation
        // began, not the day of what the sentence tells (its toll is the operation's to date).
        facts.times.removeAll { time in
            let at = time.position
            let began = (1...5).contains { back in
                ["began", "started", "launched", "underway"].contains(sentence.word(at - back))
                    || sentence.matches("under way", at: at - back)
                    || sentence.matches("got going", at: at - back)
            }
            let relative = (1...8).contains { ["which", "that"].contains(sentence.word(at - $0)) }
            return began && relative
        }
        // "After a ceasefire was agreed on Friday, both sides said 81 had died": the day of the
        // truce, not of the deaths.
        facts.times.removeAll { time in
            (1...5).contains { back in
                ["ceasefire", "truce", "armistice"].contains(sentence.word(time.position - back))
                    && (1..<back).contains { between in
                        [
                            "agreed", "reached", "declared", "signed", "announced", "brokered",
                        ].contains(sentence.word(time.position - between))
                    }
            }
        }
        // "one of the two sadly died in hospital on January 17": the day a wounded man died,
        // not the day he was shot.
        facts.times.removeAll { time in
            (2...5).contains { back in
                ["died", "succumbed"].contains(sentence.word(time.position - back))
                    && (1..<back).contains { between in
                        ["hospital", "wounds", "injuries", "clinic"].contains(
                            sentence.word(time.position - between))
                    }
            }
        }
        facts.places = Gazetteer.mentions(in: sentence)
        // "the governor for the province of Faryab was killed ... in the province's Dawlat
        // district": the province named for the title is where it happened.
        if sentence.tokens.indices.contains(where: { at in
            sentence.word(at) == "province" && sentence[at].isPossessive
                && sentence.word(at - 1) == "the"
                && (1...3).contains { sentence.word(at + $0) == "district" }
        }) {
            for index in facts.places.indices where !facts.places[index].place.region.isEmpty {
                facts.places[index].isIncidental = false
            }
        }
        facts.countries = Gazetteer.countries(in: sentence).map(\.country)
        facts.speaker = speaker(in: sentence, places: facts.places)
        for (index, token) in sentence.tokens.enumerated() where token.isWord {
            if let side = token.entry.side {
                if side == .security { facts.namesSecurity = true }
                if side == .militants { facts.namesMilitants = true }
            }
            // (Not "security checkpoints", "police outposts", "the militiamen's checkpoint":
            // the war's posts anywhere, not the border's.)
            if token.entry.has(.border),
                !(Self.postWords.contains(token.text)
                    && (Self.inlandPostOwners.contains(sentence.word(index - 1))
                        || (index > 0 && sentence[index - 1].isPossessive
                            && sentence[index - 1].entry.side != nil)))
            {
                let inPassing =
                    Self.postWords.contains(token.text)
                    || Self.describesProvince(sentence, borderAt: index)
                if !facts.namesBorder { facts.namesBorderOnlyInPassing = true }
                if !inPassing { facts.namesBorderOnlyInPassing = false }
                facts.namesBorder = true
            }
        }
        if sentence.contains(["border guard*", "border troops", "border service", "border forces"])
        {
            facts.namesBorder = true
            facts.namesBorderOnlyInPassing = false
        }
        // "three Chinese had been killed in an attack from Afghanistan", told of Tajikistan:
        // violence that came across from another of the five countries crossed a border.
        // (The country it came from is an origin, not among the sentence's countries.)
        if sentence.tokens.indices.contains(where: { index in
            guard sentence.word(index) == "from" else { return false }
            var at = index + 1
            if sentence.matches("the territory of", at: at) { at += 3 }
            guard let origin = sentence[at].entry.country,
                sentence[at].entry.isCountryName
                    || ["territory", "soil", "side"].contains(sentence.word(at + 1))
            else { return false }
            return facts.countries.contains { $0 != origin }
        }) {
            facts.namesBorder = true
            facts.namesBorderOnlyInPassing = false
        }
        // "the second breakthrough", "a third round of shooting": which of the cases told in
        // turn this one is.
        if let index = sentence.tokens.indices.first(where: { index in
            ["second", "other", "third", "fourth"].contains(sentence.word(index))
                && ["the", "a"].contains(sentence.word(index - 1))
                && (sentence[index + 1].entry.incident != nil
                    || ["case", "incident", "attempt", "breakthrough", "round"].contains(
                        sentence.word(index + 1)))
        }) {
            facts.ordinal =
                ["second": 2, "other": 2, "third": 3, "fourth": 4][sentence.word(index)]
        }
        // "Two more workers died four days after the first attack": the second, dated from it.
        if let index = sentence.tokens.indices.first(where: { index in
            sentence.matches("after the first", at: index)
                && sentence[index + 3].entry.incident != nil
        }) {
            facts.ordinal = 2
            if let reading = Numbers.read(sentence, at: index - 2),
                ["days", "day"].contains(sentence.word(index - 1))
            {
                facts.daysAfterFirst = reading.value
            }
        }
        facts.saysSeparateEvent = sentence.contains([
            "in a separate incident", "in a separate attack", "in a separate clash",
            "in a separate development", "in a separate operation", "in a separate raid",
            "in another incident", "in another attack", "in another clash",
            // "At the same time, in a similar incident, a gardener was wounded".
            "in a similar incident", "in a similar attack", "in a comparable incident",
        ])
        // ("A military official separately told AFP", "an army officer told AFP separately": a
        // teller apart, not an event apart.)
        let separately = sentence.tokens.indices.contains { at in
            sentence.word(at) == "separately"
                && !sentence[at + 1].entry.has(.reporting)
                && !(1...2).contains { sentence[at - $0].entry.has(.reporting) }
        }
        facts.startsNewEvent =
            facts.saysSeparateEvent || separately
            || sentence.contains([
                "elsewhere", "in a second attack", "in a second incident",
                "a second time",
                "for a second time",
                // "officials reported earlier this week that a shootout had left one dead".
                "earlier this week", "earlier this month", "earlier in the week",
                "earlier in the month",
            ])
            // "In Jawzjan province, meanwhile, the Taliban closed in on Khamyab": another place's
            // events.
            || ((1...6).contains(where: { sentence.word($0) == "meanwhile" })
                && facts.places.contains { !$0.isIncidental })
            // "Also on Saturday in Kunduz, militants set off a bomb": another of the day's
            // incidents, in a roundup.
            || ((sentence.matches("also on", at: 0) || sentence.matches("also in", at: 0)
                || sentence.matches("also that", at: 0))
                && (!facts.times.isEmpty || facts.places.contains { !$0.isIncidental }))
            // "The next day, gunmen attacked ..."; "fighting broke out again the following day"
            // goes on with the same episode.
            || (sentence.contains([
                "a day later", "the next day", "the following day", "later that day",
            ])
                && !sentence.contains(["again", "continued", "resumed", "renewed"])
                // "The following day they were tracked down": the people told, followed on.
                && !Self.followsThemUp(sentence))
            // "One of the two cases ...; the guards stopped the second breakthrough": each case
            // told in turn after a lead that counts them.
            || facts.ordinal != nil
            // "opened fire on each other again, this time on the territory of ...": elsewhere.
            || sentence.contains(["this time on", "this time in", "this time at", "this time near"])
            || (["earlier", "previously", "before", "meanwhile"].contains(sentence.word(0))
                // "Earlier, in December, ..."; not "Earlier reports said ...".
                && [",", "this", "in", "on", "that", "today", "last"].contains(sentence.word(1))
                // "Earlier in the day, gunfire broke out": the same day's news, told back.
                && !sentence.matches("earlier in the day", at: 0)
                && !sentence.matches("earlier that day", at: 0)
                && !sentence.matches("earlier today", at: 0)
                // "Earlier, Uzbekistan's committee had said that its guards ...": an earlier
                // telling, of the same event or not.
                && !(sentence.word(1) == ","
                    && (2...9).contains(where: { sentence[$0].entry.has(.reporting) }))
                // "Meanwhile, a second unit fired on a tower": the same night's fight, unless
                // it has a time or a place of its own.
                && (sentence.word(0) != "meanwhile" || !facts.times.isEmpty
                    || facts.places.contains { !$0.isIncidental }))
        facts.mentions = mentions(in: sentence, times: facts.times, places: facts.places)
        // "scores had died since the fighting broke out last Thursday": the fight told, from its
        // start; its day is when it began, not another event's.
        for index in facts.mentions.indices
        where sentence.word(facts.mentions[index].position - 2) == "since"
            && sentence.word(facts.mentions[index].position - 1) == "the"
        {
            facts.mentions[index].isDefinite = true
            facts.mentions[index].isReferenceOnly = true
            let at = facts.mentions[index].position
            facts.times.removeAll { $0.position > at && $0.position <= at + 6 }
        }
        // "A few days before the Shuroabad incident, ...", "Several weeks before the shootout
        // of February 26, the guards killed ...": another event than the one it is told from,
        // whose word is no mention of its own.
        if let anchor = sentence.tokens.indices.first(where: { index in
            ["days", "weeks", "months"].contains(sentence.word(index))
                && ["before", "after"].contains(sentence.word(index + 1))
                && ["the", "that", "this"].contains(sentence.word(index + 2))
                // At the start of its clause: "..., that three days before that, guards ...".
                && (index <= 4 || ["that", ","].contains(sentence.word(index - 2)))
        }) {
            // "three days before that": so many days from the event just told.
            if sentence.word(anchor) == "days", sentence.word(anchor + 2) == "that",
                let reading = Numbers.read(sentence, at: anchor - 1)
            {
                facts.daysFromCurrent =
                    sentence.word(anchor + 1) == "before" ? -reading.value : reading.value
            }
            facts.isAnotherEvent = true
            facts.startsNewEvent = true
            facts.mentions.removeAll { $0.position > anchor && $0.position <= anchor + 5 }
            // "the shootout of February 26": the anchor's day, not this event's.
            let end =
                (anchor..<sentence.tokens.count).first { sentence.word($0) == "," }
                ?? sentence.tokens.count
            facts.times.removeAll { $0.position > anchor && $0.position < end }
        }
        // "The incident came less than three weeks after a comparable skirmish ... left one
        // Kyrgyz border guard dead": the skirmish is another, earlier event, and the toll after
        // it is its own; "the incident" before it is the event told, no mention here.
        if let anchor = Self.earlierEventAnchor(in: sentence) {
            // "followed an incident on Sunday in which ...": the incident told by its noun.
            if !facts.mentions.contains(where: { $0.position > anchor }),
                let noun = (1...3).first(where: {
                    ["incident", "episode"].contains(sentence.word(anchor + $0))
                })
            {
                facts.mentions.append(
                    IncidentMention(
                        type: .attack, position: anchor + noun, count: 1, isDefinite: false,
                        isNew: true, word: sentence.word(anchor + noun)))
            }
            facts.recallsEarlierEvent = facts.mentions.contains {
                $0.position > anchor && $0.position <= anchor + 12
            }
            if facts.recallsEarlierEvent {
                facts.isAnotherEvent = true
                facts.startsNewEvent = true
                facts.mentions.removeAll {
                    $0.position < anchor && ($0.isReferenceOnly || $0.isDefinite)
                }
                for index in facts.mentions.indices where facts.mentions[index].position > anchor {
                    facts.mentions[index].isNew = true
                    // "revenge for the previous day's incident": the incident is the event.
                    facts.mentions[index].isReferenceOnly = false
                }
            }
        }
        facts.tolls = tolls(in: sentence, facts: &facts)
        if facts.speaker != nil, Self.isToldByPress(sentence) {
            for index in facts.tolls.indices { facts.tolls[index].isToldByPress = true }
        }
        // "'Rumours' were circulating that the police chief had lost his life": hearsay, no
        // toll, unless confirmed.
        if sentence.contains(["rumours", "rumors", "rumoured", "rumored", "rumour", "rumor"]),
            !sentence.contains(["confirmed", "confirms", "confirming"])
        {
            facts.tolls = []
        }
        // "quarrels that have sparked violence", "after years of violence": violence in
        // general is no event; with a toll or a day of its own it is ("violence left two dead").
        if facts.tolls.isEmpty, !facts.times.contains(where: { $0.precision <= .week }) {
            for index in facts.mentions.indices
            where ["violence", "hostilities", "unrest"].contains(facts.mentions[index].word) {
                facts.mentions[index].isReferenceOnly = true
            }
        }
        // "the farthest north they have got in years of fighting": how long a war has lasted,
        // no event; the sentence's own event stands.
        if facts.tolls.isEmpty {
            let mentions = facts.mentions
            facts.mentions.removeAll { mention in
                ["years", "decades"].contains(sentence.word(mention.position - 2))
                    && sentence.word(mention.position - 1) == "of"
                    && mentions.contains { $0.position != mention.position }
            }
        }
        if sentence.contains([
            "opposition", "whereas", "however", "contradict*", "differ*", "disputed",
            "other sources", "unofficial", "activists", "different account", "another account",
            "different figure", "different toll", "version",
            // "Afghan media put the toll at five": a second count of the dead told.
            "put the toll", "puts the toll", "put the death toll", "puts the death toll",
            "put the number of", "puts the number of", "put the figure", "puts the figure",
            // "a statement putting the toll of the attack at 35 killed".
            "putting the toll", "putting the death toll", "putting the number of",
            "putting the figure",
            "higher toll", "lower toll", "higher figure", "lower figure",
        ])
            // "By the Uzbek account, the pair did not stop"; not "taken into account".
            || sentence.tokens.indices.contains(where: { index in
                sentence.word(index) == "account"
                    && (["by", "in", "on"].contains(sentence.word(index - 2))
                        || (["by", "in", "on"].contains(sentence.word(index - 3))
                            && sentence.word(index - 2) == "the"))
                    && sentence[index - 1].entry.country != nil
                    || (sentence.word(index) == "account" && sentence.word(index - 1) == "own"
                        && ["its", "their", "his", "her"].contains(sentence.word(index - 2)))
            })
        {
            facts.markOtherAccount()
        }
        // "Kyrgyzstan said 59 of its citizens were killed, while Tajikistan said 35 of its own
        // had died": a figure after a second teller's own verb is that teller's. (So after a
        // semicolon or a comma: "...; Kyrgyzstan said it lost one serviceman"; and after "and":
        // "Tajikistan saying that 35 had been killed and Kyrgyzstan reporting 46 dead".)
        for index in facts.tolls.indices {
            let position = facts.tolls[index].position
            for at in stride(from: position - 1, through: Swift.max(1, position - 6), by: -1)
            where sentence[at].entry.has(.reporting) && sentence.word(at) != "according" {
                if let teller = (1...3).map({ at - $0 }).first(where: {
                    $0 >= 0 && sentence[$0].entry.country != nil
                }),
                    let country = sentence[teller].entry.country,
                    (1...2).contains(where: { back in
                        ["while", "whereas", "but", ";", ","].contains(sentence.word(teller - back))
                            // (Not "Kyrgyzstan and Tajikistan said": one statement of two.)
                            || (sentence.word(teller - back) == "and"
                                && sentence[teller - back - 1].entry.country == nil
                                && (0..<teller - back).contains {
                                    sentence[$0].entry.has(.reporting)
                                })
                    })
                {
                    facts.tolls[index].speaker = country
                }
                break
            }
        }
        // "Two soldiers were killed on each side", "each side lost two men": as many dead of
        // both, twice the figure.
        for index in facts.tolls.indices {
            let position = facts.tolls[index].position
            let clauseEnd =
                (position..<sentence.tokens.count).first {
                    [";", ".", ":"].contains(sentence.word($0))
                } ?? sentence.tokens.count
            // (Not "on either side of the frontier", a place; nor "killed two guards and
            // wounded several people on each side", the wounded's.)
            let after =
                sentence.firstIndex(
                    of: ["on each side", "from each side", "for each side"],
                    in: position..<clauseEnd
                ).map { at in
                    sentence.word(at + 3) != "of"
                        && !sentence.tokens[position..<at].contains {
                            $0.entry.has(.injury) || $0.text == "and"
                        }
                } ?? false
            let before = (1...3).contains {
                sentence.matches("each side", at: position - $0 - 1)
                    || sentence.matches("each country", at: position - $0 - 1)
            }
            if after || before { facts.tolls[index].value *= 2 }
        }
        // "reported 13 more deaths, on top of an earlier figure of 46": the toll is now 59.
        // "12 more people had died ..., which brings to 36 the number of Kyrgyz killed": 36.
        for index in facts.tolls.indices where facts.tolls[index].qualifier == .additional {
            let position = facts.tolls[index].position
            if let brings = (position + 1..<Swift.min(position + 16, sentence.tokens.count)).first(
                where: {
                    ["brings", "bringing", "brought", "takes", "taking", "took"].contains(
                        sentence.word($0)) && sentence.word($0 + 1) == "to"
                }),
                let total = Numbers.read(sentence, at: brings + 2), !total.isVague,
                total.value > facts.tolls[index].value,
                sentence.word(brings + 2 + total.length) == "the",
                ["number", "toll", "total", "death"].contains(
                    sentence.word(brings + 3 + total.length))
            {
                facts.tolls[index].value = total.value
                facts.tolls[index].qualifier = .revised
                continue
            }
            guard
                let top = (position + 1..<Swift.min(position + 14, sentence.tokens.count)).first(
                    where: { sentence.matches("on top of", at: $0) }),
                let of = (top + 3..<Swift.min(top + 9, sentence.tokens.count)).first(where: {
                    sentence.word($0) == "of"
                }),
                (top + 3..<of).contains(where: {
                    ["figure", "toll", "total", "count", "tally"].contains(sentence.word($0))
                }),
                let earlier = Numbers.read(sentence, at: of + 1), !earlier.isVague
            else { continue }
            facts.tolls[index].value += earlier.value
            facts.tolls[index].qualifier = .revised
        }
        // "In Kyrgyzstan, 13 people died"; "on its territory 7 people were killed": whose dead.
        for index in facts.tolls.indices
        where facts.tolls[index].party == nil && facts.tolls[index].side != .militants {
            let position = facts.tolls[index].position
            for back in 1...10 {
                let at = position - back
                guard at >= 0 else { break }
                if sentence.word(at) == ";" { break }
                // ("In Tajikistan 41 people have lost their lives": a sentence that opens so.)
                if let country = sentence[at].entry.country, sentence[at].entry.isCountryName,
                    ["in", "inside"].contains(sentence.word(at - 1)),
                    sentence.word(at + 1) == "," || (at == 1 && at + 1 == position)
                {
                    facts.tolls[index].party = country
                    break
                }
                if sentence.matches("on its territory", at: at)
                    || sentence.matches("on their territory", at: at)
                    || sentence.matches("on its side", at: at)
                {
                    facts.tolls[index].party = facts.speaker
                    break
                }
                // "on the Kyrgyz side, seven died"; not "a crossing from the Afghan side has left
                // five dead".
                if sentence.word(at) == "side", sentence.word(at - 2) == "the",
                    sentence.word(at - 3) == "on",
                    let country = sentence[at - 1].entry.country
                {
                    facts.tolls[index].party = country
                    break
                }
            }
            // "reported seven dead on the Tajik side": the side named right after the dead;
            // "at least 59 people have been killed on the Kyrgyz side", after their verb, or
            // after the wounded told with them ("killed and 164 wounded on the Kyrgyz side").
            if facts.tolls[index].party == nil {
                for ahead in 1...12 {
                    let at = position + ahead
                    guard at + 3 < sentence.tokens.count, !sentence[at].isPunctuation else { break }
                    if sentence.matches("on the", at: at), sentence.word(at + 3) == "side",
                        let country = sentence[at + 2].entry.country
                    {
                        facts.tolls[index].party = country
                        break
                    }
                }
            }
            // "at least 59 people have died in Kyrgyzstan", "13 people, a child among them,
            // have been killed in Kyrgyzstan": where they died, a state's own dead.
            if facts.tolls[index].party == nil {
                for at in position + 1..<Swift.min(position + 16, sentence.tokens.count) {
                    if [";", ".", ":"].contains(sentence.word(at)) { break }
                    if sentence.word(at) == "in", sentence[at + 1].entry.isCountryName,
                        let country = sentence[at + 1].entry.country,
                        sentence[at - 1].entry.has([.killVerb, .dieVerb])
                            || ["dead", "lives"].contains(sentence.word(at - 1))
                    {
                        facts.tolls[index].party = country
                        break
                    }
                }
            }
        }
        // "since last year's confrontations, in which dozens were killed": a toll goes with the
        // time told before it in its sentence.
        facts.tolls.removeAll { toll in
            // "a clash of the same kind left dozens dead last year", "dozens of people were
            // killed in clashes on their disputed border last year": the time that ends its
            // clause, no comma or clause word between.
            if let after = facts.times.first(where: {
                $0.position > toll.position && $0.position <= toll.position + 14
            }), window.isBefore(after), !after.isSpan,
                !sentence.tokens[toll.position..<after.position].contains(where: \.isPunctuation),
                after.position <= toll.position + 6
                    || !(toll.position..<after.position).contains(where: { at in
                        Self.clauseWords.contains(sentence.word(at))
                    })
            {
                return true
            }
            guard let time = facts.times.last(where: { $0.position < toll.position }) else {
                return false
            }
            // "the deadliest since 2021, when around fifty people lost their lives": the
            // clause after a span's start tells of that time.
            let toldWhen = (time.position + 1..<toll.position).contains { index in
                sentence.word(index) == "when" && sentence.word(index - 1) == ","
                    && index - time.position <= 5
            }
            return window.isBefore(time) && (!time.isSpan || toldWhen)
        }
        // "15 soldiers were killed in Kunduz, and four police in Farah": a toll goes with the
        // place nearest to it.
        let elsewhere = Self.elsewhere(in: sentence)
        if !elsewhere.isEmpty {
            let covered = facts.places.filter { !$0.isIncidental }.map(\.position)
            facts.tolls.removeAll { toll in
                // "an aircraft, either Tajik or Russian, ...": a nationality names the people
                // it stands by ("four Pakistani soldiers"), not where the sentence happens.
                let nearestElsewhere = elsewhere.map { position in
                    let distance = abs(position - toll.position)
                    let nationality = Self.nationalities.contains(sentence.word(position))
                    return nationality && distance > 3 ? Int.max : distance
                }.min()!
                let nearestCovered = covered.map { abs($0 - toll.position) }.min() ?? Int.max
                return nearestElsewhere < nearestCovered
            }
            if facts.tolls.isEmpty && covered.isEmpty && !facts.namesBorder {
                facts.toldElsewhere = facts.mentions.map(\.word)
                facts.mentions.removeAll()
            }
        }
        // "when the Taliban attacked in Gulran district, close to the Iranian border": a
        // covered province's border with a state outside the five.
        if sentence.tokens.indices.contains(where: { at in
            ["border", "frontier"].contains(sentence.word(at))
                && sentence[at - 1].entry.has(.elsewhere) && sentence.word(at - 2) == "the"
                && ["near", "to", "on", "along", "by", "at"].contains(sentence.word(at - 3))
        }) {
            facts.toldElsewhere = facts.mentions.map(\.word)
            facts.mentions.removeAll()
            facts.tolls.removeAll()
        }
        facts.measures = measures(in: sentence)
        facts.setAside = setAside(facts)
        // A denial of what was told: by whom, to weigh against the events of their country.
        if sentence.contains([
            "no such incident", "no such clash", "no such attack", "did not happen",
            "did not take place",
            "never happened", "nothing to do with reality", "dismissed claims",
            "dismissed the claims",
            "rejected the claim", "rejected the claims", "denied the claim", "denied the claims",
            "denied the reports", "denied reports", "was denied", "were denied", "denied that",
            "denied them", "called the reports", "dismissed the reports", "rejected the reports",
            "refuted the reports", "dismissed the assertion", "rejected the assertion",
            // "the ministry said the information being spread is untrue".
            "is untrue", "are untrue", "was untrue", "is false", "are false", "was false",
            "is groundless", "are groundless", "is baseless", "are baseless",
            "false and groundless", "rejected the publications",
            "rejected the account", "denied the account", "nothing in common with reality",
            // "The reports that shots were fired ... do not match the facts", as reports
            // translated from Russian and Turkmen word a denial.
            "do not match the facts", "does not match the facts", "did not match the facts",
            "do not correspond to reality", "does not correspond to reality",
            "did not correspond to reality", "do not correspond to the facts",
            "does not correspond to the facts", "do not reflect the truth",
            "does not reflect the truth", "do not reflect reality", "does not reflect reality",
            "no clashes had been recorded", "no clashes were recorded",
            "no clashes have been recorded", "no incidents had been recorded",
            "no incidents were recorded", "no incidents have been recorded",
            "a rebuttal", "rebuttal of", "a refutation", "refutation of", "rejected a report",
            "denied a report", "rejected a claim", "denied a claim", "dismissed a report",
            // "Luckily there was no gunfire, and Tajik border guards now control the area".
            "there was no gunfire", "there was no shooting", "there was no shootout",
            "there was no exchange of fire", "there was no clash", "there were no clashes",
            // "dismissed as a rumour any talk of rockets being fired".
            "dismissed as a rumour", "dismissed as rumour", "dismissed as a rumor",
            "dismissed as rumor", "dismissed as fake", "dismissed as false",
            "dismissed as baseless", "dismissed as groundless",
        ]), !sentence.contains(["involvement", "responsibility", "involved"]) {
            // Whoever denies: the country named nearest before the denial ("local Taliban
            // officials denied"); a denial beside a confirmation denies nothing.
            // "Turkmenistan's embassy called the reports unreliable, and Afghanistan's foreign
            // ministry also denied them": each denial, its own denier.
            let anchors = sentence.tokens.indices.filter { index in
                [
                    "denied", "dismissed", "rejected", "no such", "did not", "never",
                    "nothing to do", "called the reports", "refuted", "untrue", "false",
                    "groundless", "baseless", "nothing in common", "no clashes", "no incidents",
                    "do not match", "does not match", "did not match", "do not correspond",
                    "does not correspond", "did not correspond", "do not reflect",
                    "does not reflect",
                    "rebuttal", "refutation", "there was no", "there were no",
                ].contains { sentence.matches($0, at: index) }
            }
            if !sentence.contains(["confirmed", "confirming", "confirms"]) {
                for at in anchors {
                    // "denied that their fighters had looted the facilities": a denial of what
                    // the clause after it tells, which here is no incident and no death.
                    if sentence.word(at + 1) == "that",
                        !facts.mentions.contains(where: { $0.position > at }),
                        !facts.tolls.contains(where: { $0.position > at }),
                        !((at + 2)..<sentence.tokens.count).contains(where: {
                            sentence[$0].entry.has([.killVerb, .dieVerb])
                        })
                    {
                        continue
                    }
                    let country = { (position: Int) -> Country? in
                        sentence.word(position) == "taliban"
                            ? .afghanistan : sentence[position].entry.country
                    }
                    let nearest = (Swift.max(0, at - 8)..<at).reversed().first {
                        country($0) != nil
                    }
                    if let denier =
                        nearest.flatMap(country) ?? facts.speaker
                        ?? sentence.tokens.lazy.compactMap({ $0.entry.country }).first
                    {
                        facts.deniers.insert(denier)
                        // "Officials in both Uzbekistan and Afghanistan have dismissed the
                        // assertion": each country of the pair denies.
                        if let nearest, sentence.word(nearest - 1) == "and",
                            let other = country(nearest - 2)
                        {
                            facts.deniers.insert(other)
                        }
                    } else {
                        facts.deniesUnnamed = true
                    }
                }
            }
        }
        // An exercise's scenario describes no incident, but the exercise was held.
        if facts.setAside == .scenario && !facts.measures.isEmpty {
            facts.setAside = nil
            facts.mentions = []
            facts.tolls = []
        }
        return facts
    }

    // MARK: - Context

    /// Whether a country's press tells the sentence ("Reports in Tajikistan's local press
    /// claimed", "Kyrgyz media reported"); a ministry's "press service" is the government's.
    static func isToldByPress(_ sentence: Sentence) -> Bool {
        sentence.tokens.indices.contains { position in
            sentence[position].entry.country != nil
                && (1...3).contains(where: {
                    Self.pressWords.contains(sentence.word(position + $0))
                        && !Self.pressOfficeWords.contains(sentence.word(position + $0 + 1))
                })
        }
    }
    static let pressWords: WordSet = [
        "press", "media", "outlets", "outlet", "newspapers", "newspaper", "journalists",
        "bloggers", "websites",
    ]
    static let pressOfficeWords: WordSet = [
        "service", "centre", "center", "office", "secretary", "department",
    ]

    /// The country of whoever tells: "Kyrgyzstan said", "according to Tajik border troops".
    func speaker(in sentence: Sentence, places: [Gazetteer.Mention] = []) -> Country? {
        for index in sentence.tokens.indices where sentence[index].entry.has(.reporting) {
            // "according to the Tajik border service", "Kyrgyz officials said"; "Sputnik was
            // told on Saturday by the Kyrgyz health ministry".
            let by = (index + 1..<Swift.min(index + 6, sentence.tokens.count)).first {
                sentence.word($0) == "by"
            }
            let passive = ["was", "were", "been"].contains(sentence.word(index - 1))
            // "'... three Afghans were killed,' the statement says": the teller stands after
            // the quotation, never inside it.
            let quoteEnd = (Swift.max(0, index - 20)..<index).last { sentence.word($0) == "\"" }
            // "The government of Tajikistan has given figures: according to it, ...": the
            // teller named before the pronoun.
            let accordingToPronoun =
                sentence.word(index) == "according" && sentence.word(index + 1) == "to"
                && ["it", "them", "him", "her"].contains(sentence.word(index + 2))
            // ("according to a statement put out by the press service of Sughd region, 19
            // died": the teller's words run to the comma.)
            let accordingEnd =
                (index + 1..<Swift.min(index + 14, sentence.tokens.count)).first {
                    sentence[$0].isPunctuation
                } ?? Swift.min(index + 8, sentence.tokens.count)
            let range =
                sentence.word(index) == "according" && !accordingToPronoun
                ? (index + 1)..<Swift.max(index + 1, accordingEnd)
                : passive && by != nil
                    ? (by! + 1)..<Swift.min(by! + 8, sentence.tokens.count)
                    : Swift.max(0, quoteEnd.map { $0 + 1 } ?? index - 20)..<index
            // The teller named nearest to the verb: "..., eight of them Afghan citizens,"
            // Buriyev, spokesman for Tajikistan's Security Ministry, said".
            // "one of the dead was a militant from Uzbekistan, he said": a teller named before.
            if ["he", "she", "they", "it", "we"].contains(sentence.word(index - 1)),
                sentence.word(index) != "according"
            {
                continue
            }
            // "'...,' said the Tajik border service": the teller after the verb.
            let inverted = quoteEnd == index - 1 && sentence.word(index) != "according"
            let order =
                inverted
                ? Array((index + 1)..<Swift.min(index + 8, sentence.tokens.count))
                : (sentence.word(index) == "according" && !accordingToPronoun)
                    || (passive && by != nil)
                    ? Array(range) : range.reversed()
            for position in order {
                // "Badghis officials say": a province's officials are its country's.
                if let place = places.first(where: { $0.position == position }) {
                    return place.place.country
                }
                // "on the Kyrgyz-Tajik border, local media said", "on its border with
                // Tajikistan, Radio Liberty reported": where, not who.
                let token = sentence[position]
                if token.entry.country != nil,
                    token.isHyphenated || sentence[position + 1].isHyphenated
                        || (sentence.word(position - 1) == "with"
                            && ["border", "frontier", "borders"].contains(
                                sentence.word(position - 2)))
                        || (["border", "frontier"].contains(sentence.word(position + 1))
                            && ![
                                "guard", "guards", "service", "troops", "forces", "agency",
                                "committee", "department", "police", "officials", "authorities",
                                "representative", "representatives", "detachment", "units",
                            ].contains(sentence.word(position + 2)))
                {
                    continue
                }
                // ("an armed group that had come over from Afghanistan in a clash on the
                // frontier, the agency reported": where they came from, not who tells.)
                if token.entry.country != nil, !inverted, Gazetteer.isOrigin(sentence, position),
                    ["from", "across"].contains(sentence.word(position - 1))
                {
                    continue
                }
                // ("on the border between the republics of Tajikistan and Kyrgyzstan, DPA
                // reported": the states the place lies between.)
                if token.entry.country != nil, !inverted,
                    let between = (1...12).first(where: {
                        sentence.word(position - $0) == "between"
                            || sentence[position - $0].isPunctuation
                    }),
                    sentence.word(position - between) == "between"
                {
                    continue
                }
                // ("Kyrgyzstan and Tajikistan said": both tell it, neither alone.)
                if token.entry.country != nil, token.entry.isCountryName,
                    sentence.word(position - 1) == "and",
                    sentence[position - 2].entry.isCountryName
                {
                    return nil
                }
                if let country = token.entry.country { return country }
                if sentence.word(position) == "taliban" { return .afghanistan }
            }
        }
        // "Kyrgyzstan has given a toll of 59 dead", "Tajikistan put the figure at 41": a state
        // that gives a count tells it.
        for index in sentence.tokens.indices
        where ["toll", "figure", "figures", "count", "tally"].contains(sentence.word(index)) {
            guard
                let verb = (1...4).first(where: {
                    [
                        "given", "gave", "gives", "give", "put", "puts", "released", "published",
                        "issued",
                    ].contains(sentence.word(index - $0))
                }),
                // ("Official Kyrgyz figures put the toll at 59": the nationality of the figures.)
                let subject = (Swift.max(0, index - verb - 4)..<(index - verb)).reversed().first(
                    where: {
                        sentence[$0].entry.isCountryName
                            || (sentence[$0].entry.country != nil
                                && ["figures", "data", "statistics", "officials", "authorities"]
                                    .contains(sentence.word($0 + 1)))
                    }),
                let country = sentence[subject].entry.country
            else { continue }
            return country
        }
        return nil
    }

    /// "Attacks that killed five Chinese nationals over the past week", "the clashes, which
    /// began on 28 April and left close to 50 dead": violence of the last days told as a whole,
    /// which ``setAside(_:)`` takes for a sum of many. When an article tells nothing else, it is
    /// the article's news. Never a year's or a month's statistics, a war's over many provinces,
    /// or a time more than two weeks back.
    func isRecentEpisode(_ facts: SentenceFacts) -> Bool {
        let sentence = facts.sentence
        guard !facts.mentions.isEmpty, facts.measures.isEmpty,
            !sentence.contains(Self.longPeriodWords),
            // Told by its dead or by its days, not a state of things.
            facts.tolls.contains(where: { $0.value > 0 }) || !facts.times.isEmpty
        else { return false }
        return facts.times.allSatisfy { time in
            (time.precision == .day || time.precision == .week) && window.admits(time)
                && time.date.advanced(by: 14) >= window.published
        }
    }

    /// Words of a period longer than an episode's, or of a sum over a country.
    static let longPeriodWords: [String] = [
        "year", "years", "month", "months", "annual", "annually", "statistics", "since january",
        "since the beginning", "since the start", "nationwide", "across the country",
        "provinces", "regions", "decade", "decades",
        // "killed in the jamoat of Farobi alone", "as a rule": a share of a sum, a habit.
        "alone", "as a rule", "more often than", "tend to", "tends to", "repeatedly",
        "again and again", "time and again", "time after time",
    ]

    func setAside(_ facts: SentenceFacts) -> SetAside? {
        let sentence = facts.sentence
        // "For how long can we watch our leaders being killed?": asked, not told.
        if sentence.tokens.reversed().prefix(while: \.isPunctuation).contains(where: {
            $0.text == "?"
        }) {
            return .question
        }
        if sentence.contains([
            "practised", "practiced", "practising", "simulated", "simulating", "rehearsed",
            "scenario", "mock",
            // "were set combat training tasks, among them fending off attacks by enemy
            // aircraft", "a notional enemy".
            "training tasks", "combat training", "notional enemy", "conditional enemy",
            "imaginary enemy",
        ])
            || (!facts.mentions.isEmpty && facts.tolls.isEmpty
                && sentence.tokens.contains { $0.entry.measure == .exercise })
        {
            return .scenario
        }
        // Statistics: "22 skirmishes this year", "since January", "in total in 2024".
        let countsMany =
            facts.mentions.contains { $0.count > 1 }
            || sentence.tokens.contains {
                $0.entry.has(.notPeople) && Self.incidentPlurals.contains($0.text)
            }
        // ", the second incident of the kind this year": context set after the news, in an
        // apposition of its own; the news before it stands.
        // "in one of the biggest armed confrontations since the 1992-1997 civil war": a
        // comparison, after the news.
        let context =
            sentence.tokens.indices.first { index in
                sentence.word(index) == "," && sentence.word(index + 1) == "the"
                    && ["second", "third", "fourth", "fifth", "latest", "first"].contains(
                        sentence.word(index + 2))
            }
            ?? sentence.tokens.indices.first { index in
                sentence.word(index) == "since"
                    && (Swift.max(0, index - 8)..<index).contains {
                        [
                            "biggest", "largest", "deadliest", "worst", "heaviest", "bloodiest",
                            "fiercest", "most", "first",
                        ].contains(sentence.word($0))
                    }
            }
            // "which makes it the deadliest clash this year", "the worst fighting for years": a
            // comparison with the years.
            ?? sentence.tokens.indices.first { index in
                ["biggest", "largest", "deadliest", "worst", "heaviest", "bloodiest", "fiercest"]
                    .contains(sentence.word(index))
                    && sentence.contains(
                        [
                            "this year", "so far", "in years", "of the year", "in a decade",
                            "in decades", "in recent years", "for years", "for decades",
                        ], in: (index + 1)..<Swift.min(index + 6, sentence.tokens.count))
            }
        let newsPart = 0..<(context ?? sentence.tokens.count)
        // "Already on 21 June the Taliban, who carried out a series of attacks, seized Imam
        // Sahib district": a relative clause set off by commas tells who they are; the
        // sentence's news is outside it.
        var newsParts: [Range<Int>] = []
        var from = newsPart.lowerBound
        for index in newsPart
        where index >= from && sentence[index].isPunctuation && sentence.word(index) == "," {
            guard ["who", "which"].contains(sentence.word(index + 1)),
                let close = (index + 2..<newsPart.upperBound).first(where: {
                    sentence.word($0) == ","
                })
            else { continue }
            newsParts.append(from..<index)
            from = close + 1
        }
        newsParts.append(from..<Swift.max(from, newsPart.upperBound))
        let cumulativeWords =
            newsParts.contains { part in
                // ("killed in heavy fighting over the past few hours": the hours of one event.)
                var from = part.lowerBound
                while let at = sentence.firstIndex(
                    of: Self.cumulativePhrases, in: from..<part.upperBound)
                {
                    if !Self.isSpanOfHours(sentence, at: at)
                        && !Self.isAgeOfWar(sentence, at: at, facts: facts)
                    {
                        return true
                    }
                    from = at + 1
                }
                return false
            }
            // "27 incidents were recorded", "a record number"; but "an incident involving the
            // use of weapons has been recorded" is one.
            || (sentence.contains(in: newsPart, ["record", "recorded", "registered"])
                && !sentence.contains(
                    in: newsPart,
                    [
                        "an incident", "an armed incident", "a case", "a shooting", "an attack",
                        "an exchange", "a clash", "a shootout", "an explosion",
                    ]))
            // "in all", "a total of": of people or incidents, not "over seven kilograms in all".
            || sentence.tokens.indices.contains { index in
                guard newsPart.contains(index),
                    ["in all", "in total", "a total of", "altogether"].contains(where: {
                        sentence.matches($0, at: index)
                    })
                else { return false }
                // ("bringing the dead on both sides to a total of 100": the parties' sum.)
                if sentence.contains(
                    ["both sides", "the two sides", "both countries", "the two countries"],
                    in: Swift.max(0, index - 6)..<index)
                {
                    return false
                }
                let near = Swift.max(0, index - 4)..<Swift.min(index + 6, sentence.tokens.count)
                return !near.contains { position in
                    [
                        "kilograms", "kilogram", "kg", "grams", "tonnes", "tons", "litres",
                        "liters", "dollars", "rounds", "cartridges", "packages", "somoni",
                    ].contains(sentence.word(position))
                }
            }
            // "Eleven people were killed in the jamoat of Farobi alone", "this year alone": a
            // place's or a period's share of a larger sum.
            || sentence.tokens.indices.contains { index in
                newsPart.contains(index) && sentence.word(index) == "alone"
                    && (sentence[index - 1].isCapitalized
                        || Self.shareOfSumWords.contains(sentence.word(index - 1)))
            }
            // "the second such attack this month", "the third time since May"; not "the second
            // guard died", nor "in the second assault, in Imam Sahib".
            || sentence.tokens.indices.contains { index in
                newsPart.contains(index) && sentence.word(index) == "the"
                    && ["second", "third", "fourth", "fifth"].contains(sentence.word(index + 1))
                    && sentence[index + 2].entry.side == nil
                    && (["such", "time"].contains(sentence.word(index + 2))
                        || sentence.contains(
                            [
                                "this year", "this month", "this week", "since", "of the year",
                                "of the month", "in a week", "in a month", "in recent",
                            ], in: (index + 2)..<Swift.min(index + 14, sentence.tokens.count)))
            }
        // "in two months of fighting", "over the past three years".
        let overPeriod = sentence.tokens.indices.contains { index in
            guard ["in", "over", "within", "during", "for"].contains(sentence.word(index)) else {
                return false
            }
            var at = index + 1
            while ["the", "past", "last", "first", "almost", "nearly", "about", "some"].contains(
                sentence.word(at))
            {
                at += 1
            }
            guard let reading = Numbers.read(sentence, at: at), reading.value > 1 else {
                return false
            }
            // ("The fighting went on for two days", "over three days from the 5th": one
            // episode over consecutive days, not a sum; "over the past three days" and "three
            // dead over the two days of clashes" stay a period's sum.)
            let unit = sentence.word(at + reading.length)
            if unit == "days" && reading.value <= 3
                && !(index + 1..<at).contains(where: {
                    ["past", "last", "the"].contains(sentence.word($0))
                })
            {
                return false
            }
            return ["days", "weeks", "months", "years"].contains(unit)
        }
        // "in government offensives across 25 provinces", "nationwide": a country's sum, not
        // one border event.
        let acrossMany =
            sentence.contains([
                "nationwide", "across the country", "around the country", "throughout the country",
                "all over the country",
                // "with Taliban attacks rising in various parts of the country".
                "various parts of the country", "different parts of the country",
                "many parts of the country", "several parts of the country",
            ])
            || sentence.tokens.indices.contains { index in
                ["across", "in"].contains(sentence.word(index))
                    && Numbers.read(sentence, at: index + 1).map {
                        $0.value > 2
                            && ["provinces", "regions", "districts"].contains(
                                sentence.word(index + 1 + $0.length))
                    } ?? false
            }
        // "operations against the Taliban in the provinces of Paktia, Helmand, Ghazni and
        // Takhar": provinces listed by name, a country's war, not one border event.
        // ("in Paktia, Helmand, Ghazni and Takhar provinces": the list before the noun.)
        let listedProvinces =
            facts.measures.isEmpty
            && sentence.tokens.indices.contains { index in
                guard ["provinces", "regions"].contains(sentence.word(index)) else { return false }
                let list =
                    sentence.word(index + 1) == "of"
                    ? (index + 2)..<min(index + 14, sentence.tokens.count)
                    : max(0, index - 12)..<index
                return list.filter {
                    sentence.word($0) == "," || sentence.word($0) == "and"
                }.count >= 2
            }
        if (acrossMany || listedProvinces)
            && (!facts.tolls.isEmpty || countsMany || listedProvinces)
        {
            return .cumulative
        }
        // "All through the past winter there was fighting in the Afghan provinces that border
        // Turkmenistan", "every one of the border provinces has seen fighting": a war's state
        // over a region, no event of its own.
        let warOverProvinces =
            facts.tolls.isEmpty && facts.measures.isEmpty && !facts.mentions.isEmpty
            && facts.mentions.allSatisfy {
                Self.warWords.contains($0.word)
            }
            && sentence.contains(in: newsPart, ["provinces", "regions"])
            && !facts.times.contains { $0.precision == .day || $0.precision == .week }
        if warOverProvinces { return .cumulative }
        // "heavy fighting in eight of its 34 provinces, in which 244 Taliban fighters were
        // killed": a tally of the war over many provinces, whatever its figure.
        let tallyOverProvinces =
            !facts.mentions.isEmpty && facts.mentions.allSatisfy { Self.warWords.contains($0.word) }
            && sentence.tokens.indices.contains { index in
                ["provinces", "regions"].contains(sentence.word(index))
                    && ((Numbers.read(sentence, at: index - 1).map { $0.value > 1 } ?? false)
                        || ["several", "many", "various", "multiple"].contains(
                            sentence.word(index - 1)))
            }
        if tallyOverProvinces { return .cumulative }
        // "Border guards and Tajik citizens were among those killed in earlier attacks this
        // month and last month": attacks told before the news as a set, none of them on its
        // own, with no figure.
        let earlierSet =
            facts.measures.isEmpty && !facts.mentions.isEmpty
            && facts.mentions.allSatisfy { mention in
                mention.count == 1 && mention.word.hasSuffix("s") && !mention.isDefinite
                    && ["earlier", "previous", "prior", "past", "recent", "former"].contains(
                        sentence.word(mention.position - 1))
            }
            && facts.tolls.allSatisfy { [.unnumbered, .vague].contains($0.qualifier) }
        if earlierSet { return .background }
        // "The Taliban have taken over many districts since US troops began withdrawing on
        // May 1": a run of events since then, not one.
        let sinceMany =
            sentence.contains(["have", "has"]) && sentence.contains(["since"])
            && sentence.contains(["many", "several", "dozens", "scores", "numerous", "a string of"])
        if sinceMany && (!facts.mentions.isEmpty || !facts.tolls.isEmpty) { return .cumulative }
        // "Dawlatyar is the 12th district to have fallen to the Taliban since foreign troops
        // began withdrawing": the last of a run counted since then.
        let nthSince =
            sentence.contains(["since"])
            && sentence.tokens.indices.contains { at in
                sentence.word(at) == "the" && Self.isOrdinal(sentence.word(at + 1))
                    && (2...4).contains { ahead in
                        ["to have", "to fall", "to be"].contains {
                            sentence.matches($0, at: at + ahead)
                        }
                    }
            }
        if nthSince && !facts.mentions.isEmpty { return .cumulative }
        // "have been fighting government troops ever since the pull-out began in May": a war
        // going on, not an event.
        let ongoing =
            facts.tolls.isEmpty
            && facts.mentions.contains { mention in
                sentence.word(mention.position).hasSuffix("ing")
                    && sentence.word(mention.position - 1) == "been"
            }
            && sentence.contains(["since", "for months", "for weeks", "for years", "for days"])
        // "Deadly fighting and terrorist attacks keep tearing at Afghanistan": what goes on
        // and on, no event.
        let habitual =
            facts.tolls.isEmpty && !facts.mentions.isEmpty
            && facts.mentions.allSatisfy { mention in
                (1...4).contains { ahead in
                    ["keep", "keeps"].contains(sentence.word(mention.position + ahead))
                        && sentence.word(mention.position + ahead + 1).hasSuffix("ing")
                        && (1..<ahead).allSatisfy { sentence[mention.position + $0].isWord }
                }
            }
        if ongoing || habitual { return .cumulative }
        // "alleged that Tajik border guards have started killing innocent Afghans": killings
        // told as a practice begun, none of them an event.
        let practice =
            facts.mentions.isEmpty && !facts.tolls.isEmpty
            && sentence.contains([
                "started killing", "begun killing", "began killing", "keep killing",
                "keeps killing", "continue killing", "continues killing", "continue to kill",
                "continues to kill",
            ])
        if practice { return .cumulative }
        // "the number of armed clashes has increased", "the number of incidents on the border
        // fell": a trend, no event of its own.
        let trend =
            !facts.mentions.isEmpty
            && facts.mentions.allSatisfy { mention in
                (1...3).contains {
                    sentence.matches("the number of", at: mention.position - $0 - 2)
                }
                    && (mention.position
                        + 1..<Swift.min(mention.position + 9, sentence.tokens.count))
                        .prefix(while: { !sentence[$0].isPunctuation })
                        .contains {
                            [
                                "increased", "grown", "risen", "rose", "grew", "decreased",
                                "fallen", "fell", "declined", "doubled", "tripled", "dropped",
                            ].contains(sentence.word($0))
                        }
            }
        if trend && facts.tolls.isEmpty { return .cumulative }
        // "There are clashes involving the Taliban": a state of things, in the present, with no
        // time or toll of its own.
        if facts.tolls.isEmpty, facts.times.isEmpty, !facts.mentions.isEmpty,
            facts.mentions.allSatisfy({ $0.word.hasSuffix("s") && !$0.isDefinite }),
            ["there are", "there is"].contains(where: { phrase in
                (0...2).contains { sentence.matches(phrase, at: $0) }
            })
        {
            return .cumulative
        }
        // "1,500 fighters were killed in government offensives this week": the week's sum of
        // many operations, not one event.
        let manyOperations = sentence.contains([
            "offensives", "operations", "airstrikes", "air strikes", "raids",
        ])
        if manyOperations && !facts.tolls.isEmpty
            && sentence.contains(["this week", "this month", "last week", "past week", "in recent"])
        {
            return .cumulative
        }
        // "In the past few weeks, Taliban fighters seized the centre of Zebak district": one
        // event, told with no day, not a sum.
        let oneRecentEvent =
            sentence.contains(
                in: newsPart,
                [
                    "in the past few weeks", "in the past few days", "in recent weeks",
                    "in recent days", "over the past few days", "over the past few weeks",
                    "in the past weeks", "in the past days", "over the past weeks",
                ])
            && facts.tolls.isEmpty && !countsMany && facts.measures.isEmpty
            && facts.mentions.count == 1
            && facts.mentions.allSatisfy { $0.count == 1 && !$0.word.hasSuffix("s") }
            && !sentence.contains([
                "repeatedly", "again and again", "time and again", "several", "many", "a series of",
                "a string of", "a spate of", "each", "every",
            ])
        // "since the fighting began on 14 September at least 59 people have been killed": the
        // toll so far of the fighting told, not a sum of events.
        // ("The fighting has left close to a hundred dead since it began flaring up": "it" is
        // the fighting the sentence is about.)
        let sinceItBegan = sentence.tokens.indices.contains { index in
            guard sentence.word(index) == "since" else { return false }
            if sentence.word(index + 1) == "the" {
                return Self.episodeWords.contains(sentence.word(index + 2))
                    && Self.beginningWords.contains(sentence.word(index + 3))
            }
            return ["it", "they"].contains(sentence.word(index + 1))
                && Self.beginningWords.contains(sentence.word(index + 2))
                && (0..<index).contains { Self.episodeWords.contains(sentence.word($0)) }
        }
        // "So far 36 bodies have been registered, the health ministry said": the toll to date
        // of the fighting told, not a year's sum.
        let tollSoFar =
            !countsMany && !facts.tolls.isEmpty && sentence.contains(["so far", "to date"])
            && !sentence.contains([
                "this year", "since", "in the past", "over the past", "in recent", "in total",
                "in all", "altogether", "annual", "statistics", "year", "years", "months",
            ])
        // "Altogether 190 Kyrgyzstanis were hurt in the border conflict and 36 people were
        // killed": the whole toll of the conflict told, not a sum of many.
        // ("a total of 59 have died as a result of the armed clashes": "the clashes" are the
        // conflict told, no count of many.)
        let countsManyBesidesTheConflict =
            facts.mentions.contains { $0.count > 1 }
            || sentence.tokens.indices.contains { index in
                sentence[index].entry.has(.notPeople)
                    && Self.incidentPlurals.contains(sentence.word(index))
                    && !["the", "armed", "border", "recent", "latest"].contains(
                        sentence.word(index - 1))
            }
        let totalOfTheConflict =
            !countsManyBesidesTheConflict && !facts.tolls.isEmpty
            && sentence.contains(in: newsPart, ["altogether", "in all", "in total", "a total of"])
            && sentence.tokens.indices.contains { index in
                // ("have died as a result of the armed clashes", "during the fighting".)
                guard
                    let opener = ["in the", "as a result of the", "during the", "because of the"]
                        .first(where: { sentence.matches($0, at: index) })
                else { return false }
                var at = index + opener.split(separator: " ").count
                while ["border", "armed", "recent", "latest", "two-day", "three-day"].contains(
                    sentence.word(at))
                {
                    at += 1
                }
                return ["conflict", "clashes", "clash", "fighting", "hostilities", "escalation"]
                    .contains(sentence.word(at))
            }
            && !sentence.contains([
                "this year", "since", "in the past", "over the past", "in recent", "annual",
                "statistics", "years", "months", "conflicts",
            ])
        // "Over the past week more than 11 Taliban members have been killed": the week's sum,
        // with no event of its own ("in the last week of March" is a time).
        let pastPeriodSum =
            !facts.tolls.isEmpty
            && facts.mentions.allSatisfy { $0.word.hasSuffix("s") || $0.count > 1 }
            && sentence.tokens.indices.contains { index in
                newsPart.contains(index)
                    && ["over", "in", "during"].contains(sentence.word(index))
                    && sentence.word(index + 1) == "the"
                    && ["past", "last"].contains(sentence.word(index + 2))
                    && ["week", "month"].contains(sentence.word(index + 3))
                    && sentence.word(index + 4) != "of"
            }
        // (Its own time is the week itself, so no day of an event.)
        if pastPeriodSum && !sinceItBegan && !tollSoFar && !totalOfTheConflict {
            return .cumulative
        }
        if (cumulativeWords || overPeriod) && !oneRecentEvent && !sinceItBegan && !tollSoFar
            && !totalOfTheConflict
            && (countsMany || !facts.tolls.isEmpty || !facts.mentions.isEmpty
                || facts.measures.contains { $0.count > 1 })
        {
            // "this year" beside an event's own day ("on 5 March this year") stays news, and
            // so does the sum of one day's news ("altogether, 24 posts ... that day").
            let ownDay = facts.times.contains { $0.precision == .day || $0.precision == .week }
            let sameDay = sentence.contains(["that day", "the same day", "on the day"])
            if (!ownDay || countsMany) && !sameDay { return .cumulative }
        }
        if facts.times.contains(where: {
            $0.isSpan && $0.precision != .day && newsPart.contains($0.position)
        })
            && (countsMany || !facts.tolls.isEmpty)
        {
            return .cumulative
        }
        // Background: every time the sentence gives lies before the window. "After the 2022
        // conflict" dates the conflict, not the sentence's news, unless the news is that noun.
        let dated = facts.times.filter { time in
            guard !time.isSpan else { return false }
            guard time.precision == .year,
                ["the", "a", "an", "its", "their"].contains(sentence.word(time.position - 1)),
                sentence[time.position + 1].isWord
            else { return true }
            return facts.mentions.contains { $0.position == time.position + 1 }
                || facts.measures.contains { $0.position == time.position + 1 }
        }
        if !dated.isEmpty && dated.allSatisfy(window.isBefore) { return .background }
        // "In July the presidents met ... Earlier in that same month, a citizen died when
        // communities fought in Vorukh": a time before one told already, so before the news.
        if !facts.tolls.isEmpty || !facts.mentions.isEmpty,
            [
                "earlier that month", "earlier in that month", "earlier that same month",
                "earlier in that same month", "earlier in the same month", "earlier that year",
                "earlier in that year", "earlier that same year", "earlier in that same year",
            ].contains(where: { phrase in
                (0...3).contains { sentence.matches(phrase, at: $0) }
            })
        {
            return .background
        }
        // "Today is the day of remembrance for the soldiers who died in the Batken events": the
        // dead remembered, of years before.
        if !facts.tolls.isEmpty,
            // ("1-2 May were declared days of national mourning for those killed".)
            sentence.contains(Self.remembranceWords + ["mourning"])
        {
            return .background
        }
        // "Earlier, two guards and several Chinese citizens were killed by shots fired from
        // Afghanistan", closing a report of another clash: an earlier event's dead, recalled
        // with no time of their own (not "Earlier, the committee said ...": a telling).
        if !facts.tolls.isEmpty, facts.mentions.isEmpty, facts.times.isEmpty,
            ["earlier", "previously"].contains(sentence.word(0)), sentence.word(1) == ",",
            !(2...9).contains(where: { sentence[$0].entry.has(.reporting) })
        {
            return .background
        }
        // "The Uzbeks have quarrelled over these islands before, when smugglers were killed":
        // "before" standing alone, with no time of its own, tells of earlier times.
        let beforeAlone = sentence.tokens.indices.contains { index in
            sentence.word(index) == "before"
                && [",", ".", "when", ";", "and", "but"].contains(sentence.word(index + 1))
                && sentence.tokens[Swift.max(0, index - 8)..<index].contains {
                    ["have", "has", "had"].contains($0.text)
                }
        }
        if beforeAlone && dated.isEmpty { return .background }
        // "The children's mother died when Suhrob was two years old": a death of a life story,
        // told by someone's age then.
        let inChildhood = sentence.tokens.indices.contains { index in
            sentence.word(index) == "when"
                && (2...4).contains { ahead in
                    let verb = index + ahead
                    return ["was", "were"].contains(sentence.word(verb))
                        && ((Numbers.read(sentence, at: verb + 1).map { reading in
                            ["years", "year", "months"].contains(
                                sentence.word(verb + 1 + reading.length))
                        } ?? false)
                            || ["a child", "a boy", "a girl", "a baby", "an infant", "little"]
                                .contains { sentence.matches($0, at: verb + 1) })
                }
        }
        // ("She was widowed early: her husband died at the age of 40.")
        let lifeStory = inChildhood || sentence.contains(["died at the age of", "passed away"])
        if lifeStory && !facts.tolls.isEmpty && facts.mentions.isEmpty { return .background }
        // "In the past few weeks, the Taliban seized ...": recent, not history.
        let recentPast = sentence.contains([
            "in the past few", "in the past week", "in the past weeks", "in the past days",
            "in the past month",
        ])
        if (sentence.contains([
            "last year", "a year ago", "years ago", "previously", "in previous",
            "the previous year", "decades", "a similar", "similar incident", "similar incidents",
            "similar clash", "similar attack", "history", "historically", "the civil war",
            "during the war",
        ]) || (sentence.contains(["in the past"]) && !recentPast)
            // "its harsh rule of the 1990s, when punishments included stoning": a decade over
            // before the news.
            || sentence.tokens.contains(where: { token in
                token.isWord && token.text.utf8.count == 5 && token.text.hasSuffix("0s")
                    && Int(token.text.dropLast()).map { $0 + 10 <= published.components.year }
                        == true
            }))
            && !dated.contains(where: { !window.isBefore($0) && $0.precision != .year })
            && !Self.isRecentEarlierEvent(sentence)
            // "At the same time, in a similar incident, a gardener was wounded": the day of
            // the event told, not history.
            && !sentence.contains([
                "at the same time", "the same day", "that same day", "the same night",
                "the same morning", "the same evening", "later that day",
            ])
        {
            return .background
        }
        if sentence.contains([
            "deny", "denied", "denies", "refuted", "refutes", "dismissed", "rejected", "rejects",
            "rejecting", "dismissing", "denying",
            "false", "fake", "untrue", "baseless",
        ]),
            sentence.contains([
                "report", "reports", "claim", "claims", "claiming", "claimed", "posts", "videos",
                "assertion", "assertions", "allegation",
                "information", "allegations", "rumours", "rumors", "took place", "happened",
                "occurred", "no such",
            ]),
            !sentence.contains(["involvement", "responsibility", "involved"]),
            // "rejecting reports that it apologized for the shooting death of an Uzbek guard":
            // the apology denied, not the death.
            !sentence.contains([
                "apologized", "apologised", "apology", "apologies", "apologize", "apologise",
                "to blame", "blamed", "at fault",
            ])
        {
            return .denied
        }
        // Deaths without violence, and violence elsewhere.
        let disaster =
            sentence.tokens.contains { $0.entry.has(.disaster) }
            || sentence.contains(["heart attack"])
            // "a border troops vehicle ran into a taxi, killing two": a road crash.
            || (sentence.contains([
                "ran into", "ran over", "drove into", "crashed into", "ploughed into",
                "plowed into", "collided", "collision", "overturned", "ran off the road",
            ])
                && sentence.contains([
                    "vehicle", "car", "truck", "lorry", "taxi", "minivan", "bus", "van", "jeep",
                    "tractor", "minibus",
                ]))
            // "the refugees had fled the Taliban, and two infants had died on the way": a
            // flight's toll, not violence (but "the wounded guard died on the way to hospital").
            || (sentence.contains(["refugees", "migrants", "fled", "fleeing"])
                && sentence.contains([
                    "died on the way", "died en route", "died during the journey",
                    "died on the journey", "died during the crossing", "died while crossing",
                    "died crossing", "died during the flight", "died in the crossing",
                ])
                && !sentence.contains(["hospital", "wounded", "injured", "wounds"]))
        if disaster && facts.mentions.isEmpty { return .disaster }
        // "Charges were brought under Article 212 of the Penal Code, which covers the negligent
        // death of two or more people": a case in law, not an event's toll.
        if facts.mentions.isEmpty,
            sentence.contains([
                "penal code", "criminal code", "criminal charges", "charged with", "sentenced",
                "convicted", "went on trial", "stood trial", "court",
            ])
        {
            return .legal
        }
        let elsewhere = Self.elsewhere(in: sentence)
        if !elsewhere.isEmpty && facts.places.allSatisfy(\.isIncidental) && !facts.namesBorder {
            return .elsewhere
        }
        // "19 members of the security forces lost their lives in Kunduz and in the neighbouring
        // provinces of Takhar and Baghlan": one toll over several provinces, a day's sum.
        let provinces = Set(facts.places.filter { !$0.isIncidental }.map(\.place.region))
        if !facts.tolls.isEmpty, Set(facts.tolls.map(\.statement)).count == 1,
            provinces.count + (elsewhere.isEmpty ? 0 : 1) >= 2,
            sentence.contains(["provinces"]) || provinces.count >= 3,
            // "in two provinces: in Kunduz, where 15 soldiers lost their lives, and in Farah,
            // where ...": each province's own toll, not one over them all.
            !sentence.tokens.indices.contains(where: {
                sentence.word($0) == "where" && sentence.word($0 - 1) == ","
            })
        {
            return .cumulative
        }
        // "Parts of Faryab, among them the city of Maimana, saw heavy fighting", "fighting
        // near provincial capitals": a border province's interior, not its border.
        let placed = facts.places.filter { !$0.isIncidental }
        // "on their way back to the provincial capital": where they went, not where it happened.
        let capitals = sentence.tokens.indices.filter { index in
            sentence.word(index) == "provincial"
                && ["capital", "capitals"].contains(sentence.word(index + 1))
                && !(1...3).contains {
                    ["to", "from", "toward", "towards", "for"].contains(sentence.word(index - $0))
                }
        }
        // ("battling the Taliban at the entrances to Sheberghan": where the fighting was.)
        let interior =
            placed.contains { place in
                place.isInterior(in: sentence)
                    && !(1...6).contains {
                        ["to", "from", "toward", "towards"].contains(
                            sentence.word(place.position - $0))
                            && !Gazetteer.approachWords.contains(
                                sentence.word(place.position - $0 - 1))
                    }
            } || !capitals.isEmpty
        // ("routed the army ... and forced units to fall back towards Turkmenistan": toward
        // the neighbour across the border.)
        let towardNeighbour = placed.contains { place in
            place.isInterior(in: sentence)
                && sentence.tokens.indices.contains { index in
                    guard let country = sentence[index].entry.country,
                        country != place.place.country
                    else { return false }
                    return ["towards", "toward", "into", "onto", "across"].contains(
                        sentence.word(index - 1))
                }
        }
        if interior && (!facts.namesBorder || facts.namesBorderOnlyInPassing) && !towardNeighbour,
            !placed.contains(where: {
                !$0.isInterior(in: sentence) && $0.isWithinProvince(in: sentence)
            }),
            !facts.mentions.isEmpty || !facts.tolls.isEmpty
        {
            return .elsewhere
        }
        // "skirmishes with the forces of Iran and of Pakistan": a fight with a neighbour
        // outside the covered borders, unless one of the four is named.
        if elsewhere.contains(where: { position in
            (1...5).contains { sentence.word(position - $0) == "with" }
        }), facts.places.allSatisfy(\.isIncidental),
            !sentence.tokens.contains(where: {
                $0.entry.country.map { $0 != .afghanistan } ?? false
            })
        {
            return .elsewhere
        }
        return nil
    }

    /// Whether a sentence that opens a day after the one told goes on with the people of the
    /// event told ("The following day they were tracked down", "They were tracked down the
    /// following day"), by a pronoun as the subject of its first clause.
    static func followsThemUp(_ sentence: Sentence) -> Bool {
        // "They were tracked down on Tajik soil the following day."
        if sentence.word(0) == "they" { return true }
        guard
            let opening = (0..<min(sentence.tokens.count, 6)).first(where: {
                ["day", "later"].contains(sentence.word($0))
            })
        else { return false }
        return (1...3).contains { sentence.word(opening + $0) == "they" }
    }

    /// Where "after" stands when the event after it is an earlier one than the event told:
    /// "came three weeks after a similar skirmish", "the ambush came shortly after officials
    /// had declared an end to a military operation".
    static func earlierEventAnchor(in sentence: Sentence) -> Int? {
        sentence.tokens.indices.first { index in
            // "The raid followed an incident on Sunday": the incident is the earlier.
            if sentence.word(index) == "followed", ["a", "an"].contains(sentence.word(index + 1)),
                ["the", "this", "it"].contains(sentence.word(0))
            {
                return true
            }
            // "taking revenge for the previous day's incident", "in retaliation for the
            // attack", "to pay back the Sunday-night attack", "to avenge the killing": what is
            // paid back is another, earlier event.
            if ["revenge", "retaliation", "reprisal"].contains(sentence.word(index - 1)),
                sentence.word(index) == "for"
            {
                return true
            }
            if (sentence.word(index - 1) == "pay" && sentence.word(index) == "back")
                || sentence.word(index) == "avenge"
            {
                return true
            }
            guard sentence.word(index) == "after" else { return false }
            let counted =
                ["days", "weeks", "months"].contains(sentence.word(index - 1))
                && ["a", "an"].contains(sentence.word(index + 1))
            // "came (shortly) after", "followed soon after": the event told, then an earlier.
            let told = (1...3).contains { back in
                ["came", "happened", "occurred", "followed"].contains(sentence.word(index - back))
                    && sentence.tokens[(index - back + 1)..<index].allSatisfy {
                        [
                            "shortly", "soon", "just", "only", "days", "weeks", "a", "few", "two",
                            "three", "less", "than",
                        ].contains($0.text)
                    }
            }
            guard counted || told else { return false }
            // The earlier event is told indefinitely: "a military operation", "an attack".
            return (1...10).contains { ahead in
                ["a", "an"].contains(sentence.word(index + ahead))
            }
        }
    }

    /// Whether the sentence tells an earlier event inside the news window: "two weeks after a
    /// similar skirmish", "shortly after an operation", not "months after": a recap of recent
    /// news, not history.
    static func isRecentEarlierEvent(_ sentence: Sentence) -> Bool {
        guard let anchor = earlierEventAnchor(in: sentence) else { return false }
        let units = ["days", "weeks", "months", "years"]
        // "shortly after", "soon after": recent.
        guard let back = (1...3).first(where: { units.contains(sentence.word(anchor - $0)) })
        else { return true }
        let unit = sentence.word(anchor - back)
        let amount =
            Numbers.read(sentence, at: anchor - back - 1)?.value ?? (unit == "months" ? 2 : 1)
        switch unit {
        case "days": return amount <= 60
        case "weeks": return amount <= 8
        default: return false
        }
    }

    /// "Late last month the Taliban took Zebak, the farthest north they have got in years of
    /// fighting": how long a war has gone on, said of an event with its own time; no sum.
    /// ("Thousands have died in years of fighting" is one.)
    static func isAgeOfWar(_ sentence: Sentence, at position: Int, facts: SentenceFacts) -> Bool {
        guard ["years", "decades"].contains(sentence.word(position)),
            sentence.word(position + 1) == "of", facts.tolls.isEmpty,
            ["fighting", "war", "conflict", "violence", "unrest", "insurgency"].contains(
                sentence.word(position + 2)),
            facts.times.contains(where: { !$0.isSpan }),
            facts.mentions.contains(where: { $0.position != position + 2 })
        else { return false }
        return true
    }

    /// "over the past few hours", "in the last 24 hours": the hours of one event's news, no
    /// period's sum.
    static func isSpanOfHours(_ sentence: Sentence, at position: Int) -> Bool {
        guard ["over", "in"].contains(sentence.word(position)),
            sentence.word(position + 1) == "the",
            ["past", "last"].contains(sentence.word(position + 2))
        else { return false }
        var at = position + 3
        if let figure = Numbers.read(sentence, at: at) {
            at += figure.length
        } else {
            while ["few", "several", "couple", "of"].contains(sentence.word(at)) { at += 1 }
        }
        return sentence.word(at) == "hours"
    }

    /// The fighting an episode's toll so far is told of: "since the clashes began".
    static let episodeWords: WordSet = [
        "fighting", "clashes", "clash", "hostilities", "conflict", "shelling", "shootout",
        "skirmishes", "escalation",
    ]
    static let beginningWords: WordSet = ["began", "started", "erupted", "broke", "flared"]

    /// The words of a post: a border's only when nothing says it is the war's.
    static let postWords: WordSet = ["outpost", "outposts", "checkpoint", "checkpoints"]

    /// Whether the border word at `index` tells where a province lies, not where anything
    /// happened: "Takhar, which borders Tajikistan", "provinces bordering Turkmenistan",
    /// "Kunduz, a province on the Tajik border".
    static func describesProvince(_ sentence: Sentence, borderAt index: Int) -> Bool {
        let word = sentence.word(index)
        if word == "bordering"
            || word == "borders" && ["which", "that"].contains(sentence.word(index - 1))
        {
            return true
        }
        guard ["border", "frontier"].contains(word) else { return false }
        for back in 1...6 {
            let before = sentence.word(index - back)
            if ["province", "provinces", "region"].contains(before) {
                // ("Kunduz, a northern province on the border": an apposition.)
                return (1...2).contains { [",", "a"].contains(sentence.word(index - back - $0)) }
            }
            if sentence[index - back].entry.incident != nil
                || sentence[index - back].entry.has([.killVerb, .dieVerb])
                || [".", ";", ""].contains(before)
            {
                return false
            }
        }
        return false
    }

    static let inlandPostOwners: WordSet = ["security", "police", "army", "militia", "checkpoint"]

    /// "second", "12th", "21st": a place in a run.
    static func isOrdinal(_ word: String) -> Bool {
        if Self.ordinalWords.contains(word) { return true }
        let digits = word.prefix { $0.isNumber }
        return !digits.isEmpty
            && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
    }

    static let ordinalWords: WordSet = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]

    /// Phrases of a sum, a period or a habit: a sentence with one in its news part tells
    /// statistics, not an event ("this year", "since January", "a series of", "repeatedly").
    static let cumulativePhrases: [String] = [
        // "As a rule, Kyrgyz die on the border more often than Uzbeks do".
        "as a rule", "more often than", "tend to", "tends to",
        // "fighting was under way in 60 percent of the areas".
        "percent of", "per cent of",
        "so far this year", "this year", "earlier in the year",
        // "nobody was killed in clashes in the year now ending": a year's review.
        "year now ending", "outgoing year", "the past year", "year that is ending",
        "since the beginning",
        "since the start",
        "to date",
        "so far", "in the first", "during the year", "over the year",
        "over the past",
        "in the past", "annual", "statistics", "per year", "a year", "every year",
        "each year",
        "in recent years", "in recent months", "in recent weeks", "over the last",
        "over recent years", "over recent months", "over the years",
        "in past years",
        "in the last",
        "since 19*", "since 20*", "since january", "since february", "since march",
        "since april", "since may", "since june", "since july", "since august",
        "since september", "since october", "since november", "since december",
        "since then",
        "since the taliban", "throughout", "figures show",
        // "after the Islamic Emirate came to power they once saw artillery fire",
        // "not long ago we saw": a period's recollection, no day of its own.
        "came to power", "took power", "seized power", "since the takeover",
        "after the takeover", "not long ago",
        "statistics",
        "data show", "official data",
        "over the period", "in the period", "during the period",
        "in the same period",
        "over the same period", "during the same period", "in less than a week",
        "in less than a month", "within a week",
        "in the six months", "in the first half", "first half", "january-june",
        "again and again", "time and again", "time after time", "repeatedly",
        "since soviet times", "since the soviet", "since independence",
        "years of", "decades of", "for years", "for decades",
        "within the past", "in the past month", "the latest in", "a series of",
        "a spate of", "a string of",
        "in recent days", "over recent weeks", "over recent months",
        "over the past few",
        // Not "shot into the air several times": shots, not incidents.
        "at least twice", "more than once", "on several occasions",
        "on multiple occasions", "a number of times",
    ]

    static let usualWords: WordSet = [
        "frequent", "common", "commonplace", "rare", "uncommon", "routine", "often", "frequently",
        "regularly", "rarely", "seldom", "occasionally", "sporadic", "sometimes", "periodically",
    ]
    static let usualVerbs: WordSet = [
        "are", "is", "were", "remain", "remains", "happen", "occur", "have", "has",
    ]

    /// How a charge against a person is put: "accusing him of", "charged with".
    static let chargePhrases: [String] = [
        "accusing him of", "accusing her of", "accusing them of", "accused him of",
        "accused her of", "accused them of", "is accused of", "was accused of",
        "are accused of", "were accused of", "charged with", "suspected of", "on charges of",
        "on suspicion of", "convicted of",
    ]

    /// Words of a war's fighting as a whole, and the verbs of its course: "as the fighting grows".
    static let warWords: WordSet = [
        "fighting", "clashes", "violence", "hostilities", "battles",
    ]
    static let growthVerbs: WordSet = [
        "grows", "grew", "grow", "growing", "intensifies", "intensified", "intensify",
        "intensifying", "escalates", "escalated", "escalating", "spreads", "spread", "spreading",
        "rages", "raged", "raging", "mounts", "mounted", "mounting", "worsens", "worsened",
        "worsening", "continues", "continued", "continue", "continuing",
    ]

    /// Verbs of flight before what was fled: "escaping a Taliban assault".
    static let fleeingWords: WordSet = [
        "escaping", "fleeing", "fled", "flee", "flees", "escaped", "escape",
    ]

    /// Whether the word at `index` is hedged: "could attack", "plans to build", "the threat of
    /// attacks", "to prevent incursions".
    func isHypothetical(_ sentence: Sentence, _ index: Int) -> Bool {
        // "fears that a major armed conflict could erupt": a modal right after the word.
        if (1...3).contains(where: {
            ["could", "might", "may", "would"].contains(sentence.word(index + $0))
                && !sentence[index + $0].isCapitalized
        }) {
            return true
        }
        // "a second attack, if there is one, will be on a larger scale": a condition.
        if (1...2).contains(where: {
            sentence.matches("if there is", at: index + $0)
                || sentence.matches("if there are", at: index + $0)
                || sentence.matches("if any", at: index + $0)
        }) {
            return true
        }
        // "Armed clashes are frequent on the border", "such incidents happen often": what is
        // usual there, not an event.
        if (1...3).contains(where: { Self.usualWords.contains(sentence.word(index + $0)) }),
            (1...2).contains(where: { Self.usualVerbs.contains(sentence.word(index + $0)) })
        {
            return true
        }
        // "Guards are told that armed incursions are the danger", "attacks remain a threat": a
        // kind of event named as what is feared, not an event.
        if sentence.word(index).hasSuffix("s"), !sentence[index - 1].entry.has(.determiner),
            sentence[index - 1].kind != .number,
            ["are", "remain"].contains(sentence.word(index + 1)),
            ["the", "a", "an"].contains(sentence.word(index + 2)),
            ["danger", "threat", "risk", "concern", "worry", "fear", "problem", "challenge"]
                .contains(sentence.word(index + 3))
                || ["main", "biggest", "greatest", "chief", "real", "major", "key"].contains(
                    sentence.word(index + 3))
        {
            return true
        }
        // "Attacks and battles are now routine in the Afghan provinces".
        if let verb = (1...4).first(where: { Self.usualVerbs.contains(sentence.word(index + $0)) }),
            (1...2).contains(where: { Self.usualWords.contains(sentence.word(index + verb + $0)) })
        {
            return true
        }
        // "Exchanges of fire between the guards happen from time to time, and people are
        // sometimes killed"; "More often, shootings on the border involve smugglers": what
        // happens there as a rule, in the present tense.
        let habitual =
            sentence.contains([
                "from time to time", "now and then", "sometimes", "occasionally", "often",
                "frequently", "regularly", "usually", "typically", "routinely",
            ])
        if habitual,
            sentence.contains([
                "happen", "happens", "occur", "occurs", "take place", "takes place", "erupt",
                "erupts", "break out", "breaks out", "flare up", "flares up", "involve",
                "involves",
            ])
        {
            return true
        }
        if ["more", "most"].contains(sentence.word(0)), Self.usualWords.contains(sentence.word(1)) {
            return true
        }
        // "The Taliban win battle after battle", "attack after attack": one after another, no
        // event of its own.
        if sentence.word(index + 1) == "after" && sentence.word(index + 2) == sentence.word(index)
            || sentence.word(index - 1) == "after"
                && sentence.word(index - 2) == sentence.word(index)
        {
            return true
        }
        // "the sound of shooting every night", "shelling night after night": what recurs, not
        // an event.
        if sentence.contains(
            in: Swift.max(0, index - 4)..<Swift.min(sentence.tokens.count, index + 5),
            [
                "every night", "every evening", "every morning", "every day", "each night",
                "each evening", "each morning", "each day", "nightly", "night after night",
            ])
            // "Clashes break out on the frontier almost every month": anywhere in the sentence.
            // ("Every year" is a sum's, in ``cumulativePhrases``.)
            || sentence.contains(["every week", "every month", "each week", "each month"])
        {
            return true
        }
        // "where a number of attacks on Turkmen border outposts have taken place": a state of
        // things told in passing, no event, when nobody died in it.
        if ["a number of", "numerous", "a series of", "a string of", "a spate of", "a host of"]
            .contains(where: { phrase in
                (2...4).contains { sentence.matches(phrase, at: index - $0) }
                    || sentence.matches(phrase, at: index - 1)
            }),
            sentence.contains([
                "have taken place", "have occurred", "have been reported", "have been recorded",
                "have happened", "had taken place", "had occurred",
            ]),
            !sentence.tokens.contains(where: { $0.entry.has([.killVerb, .dieVerb, .injury]) })
        {
            return true
        }
        // "the Taliban attacking more often", "attacks increasingly": how often, no event.
        if Self.usualWords.contains(sentence.word(index + 1))
            || sentence.word(index + 1) == "increasingly"
            || (sentence.word(index + 1) == "more"
                && Self.usualWords.contains(sentence.word(index + 2)))
        {
            return true
        }
        // "Violence breaks out now and then on the frontiers", "from time to time": what
        // happens there.
        if (1...4).contains(where: {
            sentence.matches("now and then", at: index + $0)
                || sentence.matches("from time to time", at: index + $0)
                || sentence.matches("every so often", at: index + $0)
        }) {
            return true
        }
        // "Frictions there have led to clashes between residents and the border guards": what a
        // dispute has brought over time, a bare plural with no figure of its own.
        if sentence.word(index).hasSuffix("s"), ["to", "in"].contains(sentence.word(index - 1)),
            ["led", "resulted", "contributed"].contains(sentence.word(index - 2)),
            (3...4).contains(where: { ["have", "has"].contains(sentence.word(index - $0)) }),
            !sentence.tokens.contains(where: { $0.kind == .number })
        {
            return true
        }
        // "displaced by fighting elsewhere in the country": not here, and no event of its own.
        if sentence.word(index + 1) == "elsewhere" { return true }
        // "people trained to carry out suicide attacks", "able to stage raids": what someone can
        // do, told as a bare plural, no event.
        if sentence.word(index).hasSuffix("s"),
            let to = (2...4).first(where: { sentence.word(index - $0) == "to" }),
            ["carry", "conduct", "stage", "launch", "mount", "commit", "perform"].contains(
                sentence.word(index - to + 1)),
            ["trained", "able", "capable", "ready", "prepared", "willing", "taught", "train"]
                .contains(sentence.word(index - to - 1)),
            ((index - to + 2)..<index).allSatisfy({
                sentence[$0].isWord && sentence[$0].kind != .number
                    && !sentence[$0].entry.has(.determiner)
            })
        {
            return true
        }
        // "clashing accounts", "conflicting versions": of the accounts, not a clash.
        if [
            "accounts", "account", "versions", "version", "narratives",
            "statements", "views", "interests", "positions", "stories",
        ].contains(
            sentence.word(index + 1))
        {
            return true
        }
        // "similar attacks happen"; but "a similar attack had taken place on November 26" was.
        if (1...3).contains(where: { sentence.word(index - $0) == "similar" }),
            !Self.isRecentEarlierEvent(sentence),
            !((1...4).contains(where: {
                ["place", "happened", "occurred"].contains(sentence.word(index + $0))
            }) && sentence.word(index - 2) == "a")
        {
            return true
        }
        // "in connection with the fighting in neighbouring Afghanistan": a country's war as a
        // whole, no event of its own.
        if ["fighting", "war", "violence", "conflict", "instability", "unrest"].contains(
            sentence.word(index)),
            let at = (1...2).first(where: { sentence.word(index + $0) == "in" }),
            // "in war-torn Afghanistan": a hyphenated epithet before the name.
            let country = (1...3).lazy.map({ sentence[index + at + $0] }).first(where: {
                $0.entry.isCountryName
            }), country.entry.country != nil,
            sentence.tokens.filter({ $0.entry.isCountryName || $0.entry.country != nil }).count
                <= 3,
            Gazetteer.mentions(in: sentence).allSatisfy(\.isIncidental)
        {
            return true
        }
        // "after fighting between government forces and the Taliban escalated in the north of
        // Afghanistan": a war's course, told without a toll or a place of its own.
        if ["fighting", "violence", "clashes", "hostilities"].contains(sentence.word(index)),
            (1...10).contains(where: {
                [
                    "escalated", "escalating", "intensified", "intensifying", "spread", "spreading",
                    "raged", "raging", "worsened", "worsening",
                ].contains(sentence.word(index + $0))
            }),
            !sentence.tokens.contains(where: { $0.entry.has([.killVerb, .dieVerb, .injury]) }),
            Gazetteer.mentions(in: sentence).allSatisfy({
                $0.isIncidental || $0.place.region.isEmpty
            })
        {
            return true
        }
        // "fighting broke out in the Afghan provinces of Faryab, Jowzjan, Badghis and Herat": a
        // war across a region, told without a toll, no event of its own.
        if ["fighting", "violence", "unrest", "instability"].contains(sentence.word(index)),
            (1...6).contains(where: {
                ["provinces", "regions"].contains(sentence.word(index + $0))
            }),
            Set(Gazetteer.mentions(in: sentence).map(\.place.region).filter { !$0.isEmpty }).count
                >= 3,
            !sentence.tokens.contains(where: { $0.entry.has([.killVerb, .dieVerb, .injury]) })
        {
            return true
        }
        // "the militants have now changed tactics, shooting at security forces at local
        // checkpoints": how they fight, no event.
        if (1...8).contains(where: { ["tactics", "tactic"].contains(sentence.word(index - $0)) }) {
            return true
        }
        // "have laid thousands of roadside bombs", "dozens of attacks": counts of a war, no
        // event of their own.
        if (2...4).contains(where: {
            ["thousands", "hundreds", "dozens", "scores", "countless", "numerous"].contains(
                sentence.word(index - $0)) && sentence.word(index - $0 + 1) == "of"
        }) || ["countless", "numerous"].contains(sentence.word(index - 1)) {
            return true
        }
        // "news outlets have covered this, including clashes along the border": what the press
        // has told over time, no event of its own.
        if (1...10).contains(where: {
            ["covered", "covering", "coverage"].contains(sentence.word(index - $0))
        }) {
            return true
        }
        // "had no choice but to shoot at their tyres": what was done.
        let noChoice = ["choice", "option", "alternative"].contains { noun in
            (3...5).contains { sentence.matches("no \(noun) but", at: index - $0) }
        }
        // "who had planned to carry out a suicide attack": the plan stands before the verb
        // that carries the attack out.
        let carriedOut = sentence.contains(
            in: Swift.max(0, index - 6)..<index,
            ["to carry out", "to stage", "to launch", "to commit", "to conduct", "to mount"])
        for back in 1...(carriedOut ? 8 : 5) {
            let token = sentence[index - back]
            if token.isPunctuation && token.text != "-" { break }
            if noChoice && token.text == "no" { continue }
            // "five were killed in one such attack": one of the kind, told.
            if token.text == "such", ["one", "another"].contains(sentence.word(index - back - 1)) {
                continue
            }
            // "reliable sources point to fighting in the province": a sign of a war, told as
            // evidence, not an event told.
            if ["point", "points", "pointing"].contains(token.text),
                sentence.word(index - back + 1) == "to"
            {
                return true
            }
            // "you could hear fighting", "shots could be heard": perceived, not possible.
            let perceived =
                (token.text == "could" || token.text == "can")
                && (sentence.word(index - back + 1) == "hear"
                    || sentence.word(index - back + 1) == "see"
                    || (sentence.word(index - back + 1) == "be"
                        && (sentence.word(index - back + 2) == "heard"
                            || sentence.word(index - back + 2) == "seen")))
            if token.entry.has(.irrealis) && !perceived
                && !(token.text == "may"
                    && (token.isCapitalized || sentence[index - back + 1].kind == .number))
            {
                return true
            }
            if [
                "threat", "threats", "risk", "risks", "fear", "fears", "prevent", "preventing",
                "avoid",
                "possible", "potential", "against", "counter", "combat", "combating", "combatting",
                "fight", "try", "tried", "attempt", "attempted", "tries", "trying", "capable",
                "ready",
                "repel", "repelling", "possibility", "likelihood", "danger", "case", "rule",
                "ruled",
                "deny", "denied", "denies", "no", "without", "rumours", "rumors", "alleged",
                "response", "retaliation", "avenge", "blamed", "accused",
                "accuse",
                "responsibility", "involvement", "condemned", "condemn", "investigate",
                "investigation", "investigating", "probe", "behind", "repeated", "frequent", "than",
                "like", "supposed", "purported", "possible", "often", "frequently",
                "usually", "regularly", "sometimes", "routinely", "constantly",
                "regular", "periodic", "occasional", "sporadic", "such", "any", "future",
                // "Turkmenistan preparing for an attack from Afghanistan".
                "preparing", "prepares", "prepare",
            ].contains(token.text) {
                return true
            }
        }
        return false
    }

    // MARK: - Incident mentions

    /// Word lists every token is looked up in: a set each, hashed once per token rather than
    /// compared word by word.
    static let drivingWords: WordSet = ["drove", "driven", "drive", "pushed", "forced"]
    static let takingWords: WordSet = [
        "won", "win", "wins", "winning", "took", "taken", "take", "takes", "taking",
    ]
    static let trainingPlaces: WordSet = [
        "centre", "center", "centres", "centers", "field", "fields", "ground", "grounds", "range",
        "ranges", "facility", "facilities", "school", "complex", "camp",
    ]
    static let postBuildings: WordSet = [
        "complex", "compound", "headquarters", "base", "barracks", "buildings",
    ]

    /// Posts being built: "under construction", "work has begun on new border posts".
    static let buildingPhrases = [
        "under construction", "being built", "construction began", "began construction",
        "started construction", "is building", "are building", "work has begun", "work began",
        "work has started", "work started", "works began", "works have begun",
        "construction has started", "construction started", "construction has begun",
        "building work",
        // "Russia was taking part in building a new border outpost".
        "part in building", "help in building", "helping to build", "helping build",
    ]
    /// Posts to come: planned, promised, their building told but not under way.
    static let plannedPhrases = [
        "being constructed", "construction of", "laid the foundation", "foundation stone",
        "will be built", "to be built", "to build", "will build", "plans to", "planned",
        "building of", "to construct", "setting up", "putting up", "have been building",
        "has been building", "work on", "works on",
        // "China is to set up outposts on Tajikistan's border": to come.
        "to set up", "will set up", "to establish", "will establish", "will open", "is to open",
        "are to open",
    ]

    static let listedPlaceNouns: WordSet = [
        "districts", "villages", "posts", "outposts", "checkpoints", "provinces", "towns",
        "bases", "checkposts", "settlements",
    ]

    /// How many places a list names before its plural noun: "the Qarghan and Qaramqul
    /// districts" two, "the Hohon, Shekay and Nusay districts" three; nil when no such list.
    static func placesListed(in sentence: Sentence, from start: Int) -> Int? {
        guard start < sentence.tokens.count,
            let end = (start..<Swift.min(start + 14, sentence.tokens.count)).first(where: {
                Self.listedPlaceNouns.contains(sentence.word($0))
            })
        else { return nil }
        let list = sentence.tokens[start..<end]
        // Names and their joints only ("attacks on border guards and by reports ... in the
        // border districts" is no list).
        guard list.filter({ $0.text == "and" }).count == 1,
            list.allSatisfy({ ["the", ",", "and"].contains($0.text) || $0.isCapitalized })
        else { return nil }
        return 2 + list.filter { $0.text == "," }.count
    }

    /// How many places a figure counts right after a capture's "control of": "6 districts" and
    /// "two border posts" are six and two; nil for no figure, a vague one ("several districts",
    /// a war's gains in sum) or one past 20.
    static func placesCounted(in sentence: Sentence, from start: Int) -> Int? {
        guard let reading = Numbers.read(sentence, at: start), !reading.isVague,
            (2...20).contains(reading.value)
        else { return nil }
        var noun = start + reading.length
        // "two more border posts", "twelve security checkposts".
        if ["border", "frontier", "more", "other", "security", "police", "army", "military"]
            .contains(sentence.word(noun))
        {
            noun += 1
        }
        return Self.listedPlaceNouns.contains(sentence.word(noun)) ? reading.value : nil
    }

    /// How many places a capture takes besides "control of" (read apart): "captured the districts
    /// of Khwahan and Shighnan" two, "overran the Khwahan, Shighnan and Yawan districts" three,
    /// "seized Islam Qala and Torghundi, two border towns" two, "took two border posts" two; and
    /// the places that fell: "Six districts of Badakhshan fell to the Taliban" six. Nil when the
    /// capture names one place or counts none.
    static func placesTaken(
        in sentence: Sentence, by index: Int, places: [Gazetteer.Mention]
    ) -> Int? {
        let word = sentence.word(index)
        if ["fell", "fallen"].contains(word) || sentence.word(index - 1) == "were" {
            // The places are the subject: a figure and its noun before the verb, in its clause.
            var back = index - 1
            while back >= 0, index - back <= 8 {
                let text = sentence.word(back)
                if text == "." || text == ";" || text == "which" || text == "that" { break }
                if let counted = Self.placesCounted(in: sentence, from: back) { return counted }
                back -= 1
            }
            return nil
        }
        var object = index + 1
        if ["over", "back"].contains(sentence.word(object)) { object += 1 }
        // "attacked the settlements of Hohon, Shikay and Nusay and seized them": the places
        // named before, in the same sentence.
        if sentence.word(object) == "them" {
            for the in stride(from: index - 3, through: 0, by: -1)
            where sentence.word(the) == "the"
                && Self.listedPlaceNouns.contains(sentence.word(the + 1))
                && sentence.word(the + 2) == "of"
            {
                return Self.namesListed(in: sentence, from: the + 3).map(\.count)
            }
            return nil
        }
        if sentence.word(object) == "the" {
            // "the districts of Khwahan and Shighnan".
            if Self.listedPlaceNouns.contains(sentence.word(object + 1)),
                sentence.word(object + 2) == "of",
                let named = Self.namesListed(in: sentence, from: object + 3)
            {
                return named.count
            }
            if let counted = Self.placesCounted(in: sentence, from: object + 1) { return counted }
        }
        if let counted = Self.placesListed(in: sentence, from: object)
            ?? Self.placesCounted(in: sentence, from: object)
        {
            return counted
        }
        // Names alone: places the gazetteer knows, or named so by the words after them ("Islam
        // Qala and Torghundi, two border towns"); "seized Hakimov and Rahimov" names people.
        guard let named = Self.namesListed(in: sentence, from: object) else { return nil }
        let known = places.contains { $0.position == object && $0.isWithinProvince(in: sentence) }
        let apposition =
            sentence.word(named.end) == ","
            && (Self.placesCounted(in: sentence, from: named.end + 1) == named.count
                || (sentence.word(named.end + 1) == "both"
                    && Self.listedPlaceNouns.contains(sentence.word(named.end + 2))))
        return known || apposition ? named.count : nil
    }

    /// Names joined into one list, "Khwahan, Shighnan and Yawan": how many, and where the list
    /// ends; nil unless it is capitalized names, commas and one "and", ending the clause or before
    /// a comma or a small word ("Islam Qala and Torghundi on Friday").
    static func namesListed(in sentence: Sentence, from start: Int) -> (count: Int, end: Int)? {
        var end = start
        var joints = 0
        var ands = 0
        while end < sentence.tokens.count {
            let token = sentence[end]
            if token.text == "and" {
                ands += 1
            } else if token.text == "," {
                joints += 1
            } else if !token.isCapitalized || token.entry.side != nil
                || token.entry.country != nil || token.entry.month != nil
            {
                break
            }
            end += 1
        }
        // A comma before the end belongs to what follows ("X and Y, two border towns").
        while end > start, sentence.word(end - 1) == "," {
            end -= 1
            joints -= 1
        }
        guard ands == 1, end > start, sentence[end - 1].isCapitalized,
            sentence[start].isCapitalized
        else { return nil }
        let next = sentence.word(end)
        guard
            end == sentence.tokens.count || [",", ".", ";", ":"].contains(next)
                || sentence[end].entry.has(.phraseEnd)
                || ["in", "on", "near", "along", "after", "from", "to"].contains(next)
        else { return nil }
        return (2 + joints, end)
    }

    /// Words that name weapons: they tell of an incident only when something was fired, hit or
    /// went off ("mortar rounds landed"), not when seized or listed.
    static let weaponWords: WordSet = [
        "mortar", "mortars", "artillery", "rocket", "rockets", "shell", "grenade", "drone",
        "drones",
        "bomb", "bombs", "ied", "ieds", "landmine", "landmines", "grad", "mlrs",
    ]
    /// Units of time: "six days of clashes" tells how long, not how many.
    static let durationUnits: WordSet = [
        "hours", "days", "nights", "weeks", "months", "years",
    ]
    static let impactWords = [
        "fired", "fire", "firing", "landed", "landing", "hit", "hits", "struck", "exploded",
        "explosion",
        "went", "detonated", "launched", "thrown", "threw", "dropped", "stepped", "attack",
        "attacks",
        "strike", "strikes", "shelled", "shelling", "blast", "rounds",
    ]

    // Words the trigger chain tests on every token, built once.
    static let stoningWords: WordSet = ["stoning", "stoned"]
    static let throwWords: WordSet = ["hurling", "threw", "throwing"]
    static let peltWords: WordSet = ["pelt", "pelting"]
    static let brawlWords: WordSet = [
        "brawl", "brawls", "brawled", "scuffle", "scuffles", "scuffled", "fistfight", "melee",
    ]
    static let fightWords: WordSet = ["fight", "fights", "fighting"]
    static let blastingThings: WordSet = [
        "device", "devices", "shell", "shells", "grenade", "grenades", "bomb", "bombs", "munition",
        "munitions", "ordnance", "mine", "mines", "landmine", "charge", "projectile", "round",
    ]
    static let downingWords: WordSet = ["shot", "brought", "shoot", "shooting"]
    static let aircraftWords: WordSet = [
        "aircraft", "plane", "planes", "helicopter", "helicopters", "jet", "jets", "drone",
        "drones",
    ]
    /// What air defences do to an aircraft that crosses: "fired on", "hit", "targeted".
    static let airDefenceActions: WordSet = ["fired", "hit", "targeted"]
    static let strikeWords: WordSet = [
        "destroyed", "destroy", "destroying", "raided", "stormed", "targeted",
    ]
    /// The verbs that take people hostage: "took 16 citizens hostage", "seized as hostages".
    static let hostageTakingWords: WordSet = [
        "took", "take", "taking", "taken", "seized", "grabbed", "holding", "held", "hold", "seize",
    ]
    static let carryWords: WordSet = ["carried", "took", "taken", "led", "dragged", "spirited"]

    static let shareOfSumWords: WordSet = [
        "year", "month", "week", "region", "district", "province", "village", "jamoat", "area",
        "oblast", "sector",
    ]
    static let selfHarmWords: WordSet = ["shot", "shoot", "shoots", "killed", "kill", "kills"]
    static let capturedPlaceWords: WordSet = [
        "post", "outpost", "posts", "outposts", "village", "villages", "territory",
        "district", "positions", "checkpoint", "checkpoints", "base", "height",
        "heights", "crossing", "crossings", "port", "ports", "town", "centre",
        "center", "headquarters", "districts", "towns", "bases", "centres", "centers",
        "county", "counties",
    ]

    func mentions(
        in sentence: Sentence, times: [TimeExpression], places: [Gazetteer.Mention] = []
    ) -> [IncidentMention] {
        var found: [IncidentMention] = []
        let hasImpact = sentence.contains(Self.impactWords)
        let hasDeathOrInjury = sentence.tokens.contains {
            $0.entry.has([.killVerb, .dieVerb, .injury])
                || ($0.entry.has(.deathNoun) && $0.text != "toll")
        }
        // "Armed forces" are a state's soldiers, not armed men.
        let armed =
            sentence.contains([
                "gunmen", "militants", "insurgents", "terrorists", "fighters", "intruders",
                "infiltrators", "attackers", "rebels", "weapons", "taliban", "guerrillas",
                // "three members of a terrorist organisation crossed the border".
                "of a terrorist", "of an extremist",
            ])
            || sentence.tokens.indices.contains {
                sentence.word($0) == "armed" && sentence.word($0 + 1) != "forces"
            }
        // "the third incident, be it an armed attack, a terror act or an illegal crossing, that
        // cost lives": kinds of event listed, none of them told.
        let kinds = sentence.firstIndex(of: ["be it"]).map { start in
            start..<((start + 2..<sentence.tokens.count).first {
                ["that", "which", ";"].contains(sentence.word($0))
            } ?? sentence.tokens.count)
        }
        var index = 0
        while index < sentence.tokens.count {
            defer { index += 1 }
            let token = sentence[index]
            guard token.isWord, !(kinds?.contains(index) ?? false) else { continue }
            // "A border guard has shot himself": a suicide, no incident ("blew himself up" is
            // a bomber's attack, and stays one).
            if Self.selfHarmWords.contains(token.text),
                ["himself", "herself", "themselves"].contains(sentence.word(index + 1))
            {
                continue
            }
            // "soldiers pulled back from fighting with the Taliban and fled into Tajikistan",
            // "families fleeing the fighting": the fighting they left, told as the cause of their
            // flight, not an event of its own.
            if ["fighting", "clashes", "hostilities", "battles"].contains(token.text) {
                // "the continuing fighting", "armed clashes": words of the fighting's kind
                // between it and what it is told after.
                var before = index - 1
                while ["the", "continuing", "ongoing", "heavy", "fierce", "armed", "renewed"]
                    .contains(sentence.word(before))
                {
                    before -= 1
                }
                let fled =
                    Self.fleeingWords.contains(sentence.word(before))
                    || (sentence.word(before) == "from"
                        && (1...3).contains(where: {
                            Self.fleeingWords.contains(sentence.word(before - $0))
                                || sentence.matches("pulled back", at: before - $0 - 1)
                        }))
                    // "escaped into Tajikistan to save themselves after armed clashes with the
                    // Taliban": the fighting before their flight.
                    || (sentence.word(before) == "after"
                        && (1...12).contains(where: {
                            Self.fleeingWords.contains(sentence.word(before - $0))
                        }))
                // "Because of the continuing fighting, soldiers ... have crossed the border":
                // the fighting told as the cause of what followed, no event of its own.
                let cause =
                    sentence.matches("because of", at: before - 1)
                    || sentence.matches("due to", at: before - 1)
                    || sentence.matches("owing to", at: before - 1)
                if fled || cause { continue }
            }
            var type: IncidentType? = token.entry.incident
            var length = 1
            // The first words of the rarer phrases below, looked up once: most tokens are
            // none of them.
            let heads = Self.phraseHeads.contains(token.text)
            // "The device went off as the children handled it", "a shell blew up": a blast.
            if (sentence.matches("went off", at: index) || sentence.matches("blew up", at: index)
                || sentence.matches("goes off", at: index)),
                (1...4).contains(where: {
                    Self.blastingThings.contains(sentence.word(index - $0))
                })
                    // "a tractor driver was blown up by a mine", "a landmine blew up a tractor".
                    || (heads && (token.text == "blown" || token.text == "blew")
                        && (sentence.matches("up by", at: index + 1)
                            || sentence.matches("up a", at: index + 1))
                        && (1...5).contains(where: {
                            Self.blastingThings.contains(sentence.word(index + $0))
                                || Self.blastingThings.contains(sentence.word(index - $0))
                        }))
            {
                type = .explosion
                length = 2
            }
            // "drove the Taliban out of Warduj district": a place taken back by force.
            if Self.drivingWords.contains(token.text),
                (1...5).contains(where: { sentence.matches("out of", at: index + $0) })
            {
                type = .capture
            }
            // "won back Bangi and Khwaja Ghar", "took back the district": taken back.
            // (A place named: "won back two districts from the Taliban" is a war's tally.)
            if Self.takingWords.contains(token.text), sentence.word(index + 1) == "back",
                (2...4).contains(where: {
                    sentence[index + $0].isCapitalized && sentence.word(index + $0) != "taliban"
                })
            {
                type = .capture
                length = 2
            }
            // Phrases of fire.
            if sentence.matches("exchange of fire", at: index)
                || sentence.matches("exchanges of fire", at: index)
                || sentence.matches("exchanged fire", at: index)
                || sentence.matches("traded fire", at: index)
                || sentence.matches("trading fire", at: index)
                || sentence.matches("exchanging fire", at: index)
                || sentence.matches("gun battle", at: index)
                || sentence.matches("armed confrontation", at: index)
                || sentence.matches("armed confrontations", at: index)
                || sentence.matches("shoot out", at: index)
                || sentence.matches("fire fight", at: index)
                || sentence.matches("hostilities", at: index)
                || sentence.matches("armed conflict", at: index)
                || sentence.matches("exchanged shots", at: index)
                || sentence.matches("exchange of shots", at: index)
                || sentence.matches("exchange of gunfire", at: index)
                || (token.text == "shots"
                    && (sentence.matches("have been exchanged", at: index + 1)
                        || sentence.matches("were exchanged", at: index + 1)
                        || sentence.matches("had been exchanged", at: index + 1)))
                || (token.text == "conflict"
                    && (1...6).contains {
                        ["took", "broke", "erupted", "occurred", "flared"].contains(
                            sentence.word(index + $0))
                    })
                || sentence.matches("armed incident", at: index)
                || (heads && token.text == "armed"
                    && (sentence.matches("armed fight", at: index)
                        || sentence.matches("armed resistance", at: index)))
                // "an exchange of automatic fire", "exchanged heavy machine-gun fire".
                || (heads
                    && ((token.text == "exchange" || token.text == "exchanges")
                        && sentence.word(index + 1) == "of"
                        || token.text == "exchanged" || token.text == "traded")
                    && (2...4).contains { ahead in
                        sentence.word(index + ahead) == "fire"
                            && (1..<ahead).allSatisfy {
                                sentence[index + $0].isWord
                                    && !["on", "at", "in", "with", "and", "a", "the"].contains(
                                        sentence.word(index + $0))
                            }
                    })
                || (heads && (token.text == "came" || token.text == "come")
                    && sentence.matches("to blows", at: index + 1))
                || (heads && token.text == "launched"
                    && (sentence.matches("an offensive", at: index + 1)
                        || sentence.matches("a counteroffensive", at: index + 1)))
                // "border guards fought off dozens of Taliban fighters".
                || (heads && (token.text == "fought" || token.text == "fighting")
                    && sentence.word(index + 1) == "off")
                // "resisted fiercely, using the weapons they carried".
                || (heads && (token.text == "resisted" || token.text == "resisting")
                    && sentence.contains([
                        "weapons", "firearms", "arms", "armed", "fire", "rifles", "guns",
                    ]))
                // "300 security personnel have been surrounded by the Taliban".
                || (heads && (token.text == "surrounded" || token.text == "besieged")
                    && sentence.word(index + 1) == "by"
                    && (2...4).contains {
                        ["taliban", "militants", "insurgents", "fighters", "rebels"].contains(
                            sentence.word(index + $0))
                    })
                // "have died in the Kyrgyz-Tajik border conflict": a conflict people died or
                // were hurt in was fought.
                || (heads && token.text == "conflict"
                    && (2...5).contains { back in
                        sentence.word(index - back) == "in"
                            && ["the", "this", "that"].contains(sentence.word(index - back + 1))
                            && [
                                "died", "killed", "dead", "perished", "wounded", "injured",
                                "hurt",
                            ].contains(sentence.word(index - back - 1))
                            && (index - back + 2..<index).allSatisfy {
                                sentence[$0].isWord && !sentence[$0].entry.has(.phraseEnd)
                            }
                    })
                // "an anti-terrorist operation was carried out in Rushan district".
                || ["terrorist", "terror", "terrorism", "counterterrorism", "military"].contains(
                    token.text) && sentence.word(index + 1) == "operation"
                    && (token.text == "military" || token.text == "counterterrorism"
                        || ["anti", "counter"].contains(sentence.word(index - 1)))
            {
                type = .armedClash
                // (A conflict the sentence ends on, or a comma: the one word.)
                length = token.text == "conflict" && !sentence[index + 1].isWord ? 1 : 2
            } else if sentence.matches("opened fire", at: index)
                || sentence.matches("open fire", at: index)
                || sentence.matches("opening fire", at: index)
                // "opened aimed fire", "opened heavy machine-gun fire".
                || (heads
                    && (token.text == "opened" || token.text == "open" || token.text == "opening")
                    && (2...3).contains { ahead in
                        sentence.word(index + ahead) == "fire"
                            && (1..<ahead).allSatisfy {
                                sentence[index + $0].isWord
                                    && !["on", "at", "in", "with", "and", "to", "a", "the"]
                                        .contains(sentence.word(index + $0))
                            }
                    })
                // "was wounded by an unknown person", "was wounded in the leg by Kyrgyz": a
                // wounding someone did.
                || (heads && (token.text == "wounded" || token.text == "injured")
                    && ["was", "were", "been"].contains(sentence.word(index - 1))
                    && (1...4).contains { ahead in
                        sentence.word(index + ahead) == "by"
                            && (1..<ahead).allSatisfy { sentence[index + $0].isWord }
                    })
                // "died of gunshot wounds", "suffered bullet wounds", "killed by a stray
                // bullet": a shooting told by its wound.
                || (heads && (token.text == "gunshot" || token.text == "bullet")
                    && ["wound", "wounds", "injury", "injuries"].contains(sentence.word(index + 1)))
                || (heads && token.text == "bullet"
                    && (sentence.matches("by a stray", at: index - 3)
                        || sentence.matches("by a", at: index - 2)))
                // "shots from the Afghan bank wounded a fisherman", "a sniper killed a guard":
                // a shooting told by what the shots did.
                || (heads
                    && ["shots", "bullets", "bullet", "sniper", "snipers", "gunshots"].contains(
                        token.text)
                    && (1...8).contains { ahead in
                        sentence[index + ahead].entry.has([.injury, .killVerb])
                            && !["was", "were", "been"].contains(sentence.word(index + ahead - 1))
                            && (1..<ahead).allSatisfy { sentence[index + $0].isWord }
                    })
                // "sprayed the car with bullets".
                || (heads && token.text == "sprayed"
                    && sentence.contains(["bullets", "gunfire", "automatic fire"]))
                // "set fire to the house of a resident": arson.
                || (heads && (token.text == "set" || token.text == "setting")
                    && sentence.matches("fire to", at: index + 1))
                || sentence.matches("firearms were used", at: index)
                || sentence.matches("weapons were used", at: index)
                // "several shots were fired by unknown people", not "fired into the air".
                || ((sentence.matches("shots were fired", at: index)
                    || sentence.matches("shots had been fired", at: index)
                    || sentence.matches("shots have been fired", at: index))
                    && sentence.word(index - 1) != "warning"
                    && !(3...8).contains(where: {
                        ["air", "upwards", "upward", "skyward", "skywards"].contains(
                            sentence.word(index + $0))
                    }))
                || sentence.matches("used weapons", at: index)
                || sentence.matches("used firearms", at: index)
                // "border guards used their weapons against three citizens".
                || (token.text == "used"
                    && ["their", "its", "his", "service"].contains(sentence.word(index + 1))
                    && ["weapons", "firearms", "arms", "guns"].contains(sentence.word(index + 2)))
                || sentence.matches("throwing stones", at: index)
                || sentence.matches("threw stones", at: index)
                || sentence.matches("hurled stones", at: index)
                || (Self.throwWords.contains(token.text)
                    && (sentence.matches("hurling stones", at: index)
                        || sentence.matches("threw rocks", at: index)
                        || sentence.matches("throwing rocks", at: index)))
                || (Self.stoningWords.contains(token.text) && sentence[index + 1].isWord)
                || sentence.matches("pelted", at: index)
                || (Self.peltWords.contains(token.text)
                    && (1...4).contains { ["stones", "rocks"].contains(sentence.word(index + $0)) })
                // "residents smashed the excavator's window with a stone".
                || (token.text == "with"
                    && (sentence.matches("with a stone", at: index)
                        || sentence.matches("with stones", at: index)
                        || sentence.matches("with rocks", at: index))
                    && (1...8).contains {
                        [
                            "smashed", "hit", "struck", "broke", "damaged", "attacked", "beat",
                            "beaten", "injured", "wounded",
                        ].contains(sentence.word(index - $0))
                    })
                || sentence.matches("stone throwing", at: index)
                || sentence.matches("gunfire", at: index)
                || sentence.matches("resorted to", at: index)
                    && ["weapons", "firearms", "arms"].contains(sentence.word(index + 3))
                // ("is repeatedly firing on vehicles", "fires at the post": the same shooting.)
                || (["fired", "firing", "fires"].contains(token.text)
                    // "fired three shots into the air", "fired warning shots upwards": a warning,
                    // not a shooting; stones or a fight beside it are told by their own words.
                    && !(1...6).contains(where: {
                        ["air", "upwards", "upward", "skyward", "skywards", "warning"].contains(
                            sentence.word(index + $0))
                    })
                    && ([
                        "shots", "warning", "two", "three", "several", "a", "bullets", "at", "on",
                        "into", "an", "toward", "towards", "upon",
                    ].contains(sentence.word(index + 1))
                        // "fired seven or eight shots", "fired 12 rounds".
                        || (Numbers.read(sentence, at: index + 1) != nil
                            && (2...5).contains(where: {
                                ["shots", "bullets", "rounds"].contains(sentence.word(index + $0))
                            })))
                    && !sentence.contains(["rocket", "rockets", "mortar", "shells", "artillery"]))
                || sentence.matches("came under fire", at: index)
                // "a shot rang out from the territory of Tajikistan".
                || (["shot", "shots", "gunfire", "gunshots"].contains(token.text)
                    && sentence.matches("rang out", at: index + 1))
                // "two residents were killed by fire from the neighbouring territory", "two
                // people have been killed in renewed fire from Afghanistan".
                || ((sentence.matches("by fire from", at: index)
                    || (token.text == "fire" && sentence.word(index + 1) == "from"
                        && ["in", "renewed", "new", "fresh", "further", "heavy", "cross-border"]
                            .contains(sentence.word(index - 1))))
                    && sentence.tokens.contains { $0.entry.has([.killVerb, .injury]) })
                || sentence.matches("fired on", at: index)
                || sentence.matches("fired at", at: index)
                // "the patrol was compelled to fire at their vehicles".
                || ((sentence.matches("fire at", at: index)
                    || sentence.matches("fire on", at: index))
                    && sentence.word(index - 1) == "to"
                    && [
                        "compelled", "forced", "obliged", "had", "have", "has", "made", "but",
                    ].contains(sentence.word(index - 2)))
                // "the guards had to shoot at their tyres", "the use of weapons".
                || sentence.matches("shoot at", at: index)
                || sentence.matches("shot at", at: index)
                || sentence.matches("shooting at", at: index)
                || sentence.matches("use of weapons", at: index)
                || sentence.matches("use of firearms", at: index)
                || sentence.matches("fired upon", at: index)
                || sentence.matches("shot dead", at: index)
                || sentence.matches("shot and killed", at: index)
                || sentence.matches("gunned down", at: index)
                || sentence.matches("turned their weapons on", at: index)
                || sentence.matches("turned weapons on", at: index)
                || sentence.matches("turned their guns on", at: index)
                || (token.text == "shot" && !sentence.matches("shot down", at: index)
                    && sentence.word(index - 1) != "a")
                || (["shoot", "shoots"].contains(token.text)
                    && (2...6).contains { sentence.word(index + $0) == "dead" })
                // "residents set upon Kyrgyz border guards" (a brawl among villagers is told
                // by its own words).
                || (sentence.matches("set upon", at: index)
                    && (2...5).contains(where: { sentence[index + $0].entry.side == .security }))
                || sentence.matches("beat up", at: index)
                || sentence.matches("beaten up", at: index)
                || sentence.matches("beat", at: index) && sentence[index + 1].entry.side != nil
            {
                type =
                    sentence.contains([
                        "returned fire", "exchange", "exchanged", "fire back", "fired back",
                    ]) ? .armedClash : .attack
                length = 2
            } else if Self.brawlWords.contains(token.text)
                || (Self.fightWords.contains(token.text)
                    && (sentence.word(index + 1) == "between"
                        || sentence.matches("broke out", at: index + 1)
                        || sentence.matches("turned into a", at: index - 3)
                        || sentence.matches("escalated into a", at: index - 3)))
            {
                // "the row turned into a fight between the Uzbek troops and the villagers", "a
                // mass brawl": a fight of two sides at the border.
                type = .armedClash
                length = 1
            } else if Self.downingWords.contains(token.text),
                sentence.word(index + 1) == "down"
                    // "the air defence system had brought it down".
                    || (sentence.word(index + 2) == "down"
                        && ["it", "them"].contains(sentence.word(index + 1))),
                (2...8).contains(where: { Self.aircraftWords.contains(sentence.word(index + $0)) })
                    || (0..<index).contains(where: {
                        Self.aircraftWords.contains(sentence.word($0))
                    })
            {
                // "air defences shot down an Afghan military aircraft", "a jet crashed when it
                // was shot down": fire on an intruder.
                type = .attack
                length = 2
            } else if token.text == "downed" || Self.airDefenceActions.contains(token.text),
                (1...5).contains(where: { Self.aircraftWords.contains(sentence.word(index + $0)) })
                    || (token.text != "downed"
                        && (0..<index).contains(where: {
                            Self.aircraftWords.contains(sentence.word($0))
                        })),
                token.text == "downed"
                    || sentence.contains([
                        "air defence", "air defences", "air defense", "air defenses",
                    ])
            {
                // "our air defence downed an aircraft", "Uzbek air defences fired on an Afghan
                // military aircraft", "the aircraft came down after being hit by air-defence
                // fire": an intruder in the air fired on.
                type = .attack
            } else if Self.strikeWords.contains(token.text),
                (1...4).contains(where: {
                    [
                        "hideout", "hideouts", "hideaway", "cell", "cells", "den", "base", "bases",
                        "camp", "camps", "positions", "position", "stronghold", "strongholds",
                    ].contains(sentence.word(index + $0))
                })
            {
                // "special forces destroyed a Daesh hideout": an operation against armed men.
                type = .attack
                length = 1
            } else if Self.carryWords.contains(token.text),
                let away = (1...4).first(where: {
                    ["off", "away"].contains(sentence.word(index + $0))
                }),
                (1..<away).allSatisfy({ !sentence[index + $0].isPunctuation }),
                (2...away + 5).contains(where: {
                    sentence[index + $0].entry.side != nil
                        && !["wounded", "injured", "dead", "bodies", "body"].contains(
                            sentence.word(index + $0))
                        && !["wounded", "injured", "dead"].contains(sentence.word(index + $0 - 1))
                        || ["him", "her", "them"].contains(sentence.word(index + $0))
                })
            {
                // "crossed the river and carried off a shepherd", "took the cows away together
                // with two herders": people taken by force.
                type = .abduction
                length = away + 1
            } else if token.text == "shooting"
                && [
                    "range", "ranges", "ground", "club", "practice", "training", "exercise",
                    "exercises", "competition",
                ].contains(sentence.word(index + 1))
            {
                continue
            } else if ["assault", "attack"].contains(token.text)
                && [
                    "course", "rifle", "rifles", "weapons", "team", "teams", "helicopter",
                    "helicopters", "aircraft", "boat", "boats", "vehicle", "vehicles", "group",
                ].contains(sentence.word(index + 1))
            {
                continue
            } else if token.text == "heart" && sentence.word(index + 1) == "attack" {
                index += 1
                continue
            }
            // "It happened last night in the Zhaka-Oruk area": the event told, dated.
            if type == nil, index == 0, ["it", "this"].contains(token.text),
                ["happened", "occurred"].contains(sentence.word(1))
                    || sentence.matches("took place", at: 1)
            {
                found.append(
                    IncidentMention(
                        type: .attack, position: index, count: 1, isDefinite: true, isNew: false,
                        word: token.text, isReferenceOnly: true))
                continue
            }
            // "in the clearing operation": the operation told.
            if type == nil, token.text == "operation",
                sentence.word(index - 1) == "the"
                    || (sentence.word(index - 2) == "the"
                        && ["clearing", "military", "security", "special", "joint", "search"]
                            .contains(sentence.word(index - 1)))
            {
                found.append(
                    IncidentMention(
                        type: .armedClash, position: index, count: 1, isDefinite: true,
                        isNew: false, word: token.text, isReferenceOnly: true))
                continue
            }
            if type == nil,
                ["incident", "episode", "confrontation", "skirmishing", "conflict"].contains(
                    token.text),
                [
                    "the", "this", "that", "saturday", "sunday", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "latest",
                ].contains(sentence.word(index - 1))
                    || sentence[index - 1].isPossessive
            {
                found.append(
                    IncidentMention(
                        type: .attack, position: index, count: 1, isDefinite: true, isNew: false,
                        word: token.text, isReferenceOnly: true))
                continue
            }
            // "shots were fired in two incidents": how many events the sentence tells.
            if type == nil, ["incidents", "episodes", "cases"].contains(token.text),
                let reading = Numbers.read(sentence, at: index - 1), reading.value > 1,
                reading.value < 10, sentence.word(index - 2) == "in"
            {
                found.append(
                    IncidentMention(
                        type: .attack, position: index, count: reading.value, isDefinite: false,
                        isNew: false, word: token.text, isReferenceOnly: true))
                continue
            }
            guard var kind = type else { continue }
            // "Nobody is startled by the sound of shooting", "told of the noise of fighting":
            // what is heard, with no time of its own, is no event told.
            // "Residents also heard gunfire and blasts": the same.
            if times.isEmpty,
                ["the sound of", "the sounds of", "the noise of", "the noises of"].contains(
                    where: { sentence.matches($0, at: index - 3) })
                    || (!hasDeathOrInjury
                        && (1...3).contains {
                            ["heard", "hear"].contains(sentence.word(index - $0))
                        })
            {
                continue
            }
            // "Explosions were heard from Afghanistan", "shooting could be heard on the other
            // side of the border": what is heard from across the border, with no one hurt, is the
            // other country's, not an event on it. ("Heard from the Afghan bank" is the border.)
            if !hasDeathOrInjury,
                let heard = (1...5).first(where: { sentence.word(index + $0) == "heard" }),
                ["was", "were", "be", "been"].contains(sentence.word(index + heard - 1)),
                sentence.word(index + heard + 1) == "from"
                    && (sentence[index + heard + 2].entry.isCountryName
                        || ["across", "inside", "deep"].contains(sentence.word(index + heard + 2)))
                    || sentence.matches("on the other side", at: index + heard + 1)
                    || sentence.matches("on the afghan side", at: index + heard + 1)
                    || sentence.matches("on afghan territory", at: index + heard + 1)
                    || sentence.matches("across the border", at: index + heard + 1)
            {
                continue
            }
            // "ground-attack aircraft", "anti-drone": a word inside a compound names a thing.
            if token.isHyphenated && length == 1 && kind != .armedClash { continue }
            // "A mine went off"; a gold mine, mine workers or mines laid in 1999 are not blasts.
            // "A police vehicle hit a roadside mine", "killed by a mine" are blasts too.
            if (token.text == "mine" || token.text == "mines")
                && !sentence.contains([
                    "stepped on", "went off", "exploded", "detonated", "blew up", "blast",
                    "explosion", "roadside mine", "hit a mine", "struck a mine", "by a mine",
                    "ran over a mine", "drove over a mine", "hit a landmine",
                ]) && !(hasDeathOrInjury && sentence.contains(["killed by", "kills", "killed in"]))
            {
                continue
            }
            // "Turkmen soldiers shoved them into the river", "died of a beating": violence by
            // hand, when the state's forces do it or someone died of it.
            if ["beating", "beaten", "shoved"].contains(token.text) {
                let byForces = sentence.tokens.contains { $0.entry.side == .security }
                guard byForces || hasDeathOrInjury else { continue }
            }
            // Weapons tell of an incident when used; a seizure lists them.
            if Self.weaponWords.contains(token.text) && length == 1 {
                guard hasImpact || hasDeathOrInjury else { continue }
                if sentence.contains([
                    "seized", "confiscated", "found", "recovered", "discovered", "cache",
                    "smuggling", "smuggled",
                ])
                    && !hasDeathOrInjury
                {
                    continue
                }
            }
            switch kind {
            case .infiltration:
                // An armed crossing; migrants, traders, lost guards, refugees and soldiers
                // fleeing across are not incidents.
                guard armed else { continue }
                if sentence.contains([
                    "fleeing", "fled", "flee", "refugees", "deserted", "sought refuge",
                    "seeking refuge", "asylum", "asked for help", "asking for help",
                    "sought help", "seeking help",
                ]) {
                    continue
                }
                let subjectArmed = (1...6).contains { back in
                    let word = sentence[index - back]
                    if word.text == "armed" && sentence.word(index - back + 1) == "forces" {
                        return false
                    }
                    return [
                        "armed", "gunmen", "militants", "insurgents", "terrorists", "fighters",
                        "intruders", "infiltrators", "attackers", "group", "rebels", "taliban",
                        "guerrillas", "terrorist", "extremist",
                    ].contains(word.text)
                }
                // "53 servicemen of Afghanistan's border troops, together with members of
                // local armed groups, crossed into Uzbekistan": a state's soldiers crossing.
                // (Not "guards said armed men had crossed": the soldiers' own verb only.)
                let soldiersCross =
                    (0..<index).first(where: { sentence[$0].entry.side != nil }).map { first in
                        sentence[first].entry.side == .security
                            && !sentence.tokens[first..<index].contains(where: {
                                $0.entry.has(.reporting)
                                    || [
                                        "that", "saw", "spotted", "detected", "noticed", "when",
                                        "after", "as", "while", "where", "who",
                                    ].contains($0.text)
                            })
                    } ?? false
                if ["entered", "crossed", "slipped", "sneaked"].contains(token.text)
                    && (!subjectArmed || soldiersCross)
                {
                    continue
                }
                if token.text == "crossed"
                    && !sentence.contains(["border", "frontier", "river", "into", "from"])
                {
                    continue
                }
            case .capture:
                // "parading through captured towns and villages", "the seized posts": places
                // described by what befell them, no capture told.
                // ("occupied combat positions": troops took up positions, no capture.)
                if token.text == "occupied",
                    (1...2).contains(where: { sentence.word(index + $0) == "positions" })
                {
                    continue
                }
                if ["captured", "seized", "overrun", "occupied"].contains(token.text),
                    Self.capturedPlaceWords.contains(sentence.word(index + 1)),
                    sentence[index - 1].entry.has(.determiner)
                        || ["through", "in", "of", "into", "from", "across", "to"].contains(
                            sentence.word(index - 1))
                {
                    continue
                }
                // "captured a post"; "captured two smugglers" is an arrest; people "seized by armed
                // men" are abducted.
                // "a checkpoint close to the frontier was overrun by insurgents": the place
                // before a passive.
                let passive =
                    ["was", "were", "been"].contains(sentence.word(index - 1))
                    && (2...12).contains {
                        Self.capturedPlaceWords.contains(sentence.word(index - $0))
                    }
                // ("won back Bangi and Khwaja Ghar, two districts": a little further.)
                // "have taken Torghundi, a place on the border": a border place named (not a
                // province, nor a town inside it: "captured Mazar-e Sharif").
                // ("staff seized at the border crossing point": where people were taken.)
                let located = ["at", "near", "in", "inside"].contains(sentence.word(index + 1))
                let object =
                    passive
                    || (!located
                        && (1...(sentence.word(index + 1) == "back" ? 9 : 6)).contains {
                            Self.capturedPlaceWords.contains(sentence.word(index + $0))
                        })
                    // ("took over the Ai Khanum area": one word further.)
                    || places.contains {
                        $0.position > index
                            && $0.position <= index + (sentence.word(index + 1) == "over" ? 3 : 2)
                            && $0.isWithinProvince(in: sentence) && !$0.isInterior(in: sentence)
                    }
                    // ("seized Islam Qala and Torghundi, two border towns": places named and counted.)
                    || Self.placesTaken(in: sentence, by: index, places: places) != nil
                // "the district fell to the Taliban a month ago": a capture, its subject the place.
                // "Torghundi passed into Taliban hands": the same.
                if token.text == "passed" {
                    guard sentence.word(index + 1) == "into",
                        (2...4).contains(where: {
                            ["hands", "control"].contains(sentence.word(index + $0))
                        }),
                        (2...3).contains(where: {
                            ["taliban", "militants", "insurgents", "rebels"].contains(
                                sentence.word(index + $0))
                        })
                    else { continue }
                    break
                }
                // "The district has been freed from the Taliban's control": taken back. (Not
                // hostages freed.)
                if token.text == "freed" {
                    guard sentence.word(index + 1) == "from",
                        (2...6).contains(where: { sentence.word(index + $0) == "control" })
                    else { continue }
                    break
                }
                if token.text == "fell" || token.text == "fallen" || token.text == "falls" {
                    let toArmed =
                        (sentence.word(index + 1) == "to"
                            || sentence.matches("into the hands of", at: index + 1))
                        && (2...6).contains {
                            ["taliban", "militants", "insurgents", "fighters", "rebels"].contains(
                                sentence.word(index + $0))
                        }
                    guard toArmed else { continue }
                    break
                }
                // "have taken two border crossings", "took control of the district", "seized
                // complete control of six districts".
                let takesControl =
                    sentence.matches("control of", at: index + 1)
                    || (["complete", "full", "total", "effective"].contains(
                        sentence.word(index + 1)) && sentence.matches("control of", at: index + 2))
                    || (sentence.word(index + 1) == "over"
                        && (1...8).contains {
                            ["district", "county"].contains(sentence.word(index + $0))
                        })
                // "an operation to retake control of Afghanistan": a war for a whole country, no
                // event.
                if takesControl,
                    let of = (index + 1...index + 3).first(where: {
                        sentence.matches("control of", at: $0)
                    }),
                    sentence[of + 2].entry.isCountryName
                        || (sentence.word(of + 2) == "the" && sentence[of + 3].entry.isCountryName)
                {
                    continue
                }
                // "took control of much of the border", "have taken control of wide areas of the
                // country": a war's gains in sum, no event.
                if (1...4).contains(where: { ahead in
                    ["much", "most", "parts", "swathes", "large"].contains(
                        sentence.word(index + ahead))
                        && sentence.word(index + ahead + 1) == "of"
                        || ["wide", "vast", "large", "huge", "big"].contains(
                            sentence.word(index + ahead))
                            && ["areas", "parts", "swathes", "tracts", "territories", "stretches"]
                                .contains(sentence.word(index + ahead + 1))
                }) {
                    continue
                }
                if ["taken", "took", "take"].contains(token.text) {
                    let control = takesControl || object
                    let armedAgent = sentence.contains([
                        "taliban", "militants", "insurgents", "fighters", "gunmen",
                    ])
                    guard control && armedAgent,
                        !sentence.contains([
                            "hostage", "hostages", "custody", "prisoner", "prisoners", "hospital",
                            "part",
                            // "soldiers fleeing the Taliban have taken refuge in Tajikistan".
                            "taken refuge", "took refuge", "taken shelter", "took shelter",
                        ])
                    else {
                        continue
                    }
                }
                if !object && !takesControl {
                    // "seized by four armed men", "by the Taliban", "by unknown gunmen".
                    let byArmed =
                        sentence.word(index + 1) == "by"
                        && (2...4).contains {
                            [
                                "armed", "gunmen", "militants", "taliban", "unknown", "kidnappers",
                                "smugglers", "traffickers", "criminals", "bandits", "insurgents",
                            ].contains(sentence.word(index + $0))
                        }
                    guard byArmed else { continue }
                    kind = .abduction
                }
            case .abduction:
                // "beat two servicemen and took them captive"; not "guards held captive by the
                // Taliban have been freed", a captivity told.
                if token.text == "captive",
                    !(1...4).contains(where: {
                        ["took", "taken", "take", "taking", "takes"].contains(
                            sentence.word(index - $0))
                    })
                {
                    continue
                }
                if token.text.hasPrefix("hostage") {
                    // "took 16 citizens of Tajikistan hostage", "seized four villagers as hostages".
                    let taken = (1...9).contains { back in
                        Self.hostageTakingWords.contains(sentence.word(index - back))
                    }
                    guard taken || sentence.contains(["hostage-taking", "hostage taking"]) else {
                        continue
                    }
                    // "hostages were released": a release; "30 were seized as hostages; all were
                    // freed the next day": a seizure, its release told after it.
                    let clauseEnd =
                        (index..<sentence.tokens.count).first { sentence.word($0) == ";" }
                        ?? sentence.tokens.count
                    if sentence.contains(
                        ["released", "freed", "exchange", "swap", "handed over"],
                        in: 0..<clauseEnd)
                    {
                        continue
                    }
                }
            case .armedClash:
                if token.text == "fighting",
                    [
                        "terrorism", "drug", "drugs", "trafficking", "crime", "extremism",
                        "corruption", "smuggling", "poverty",
                        // "other fighting units beat the threat back": units that fight.
                        "units", "unit", "vehicles", "vehicle", "capability", "capabilities",
                        "readiness", "spirit", "qualities", "skills", "force", "strength",
                    ].contains(sentence.word(index + 1))
                        || sentence.word(index + 1) == "against"
                        // "natives of Central Asia fighting in their ranks": who fights, not a
                        // fight.
                        || sentence.matches("in their ranks", at: index + 1)
                        || sentence.matches("in the ranks", at: index + 1)
                        || sentence.matches("on the side of", at: index + 1)
                        || ["alongside", "for"].contains(sentence.word(index + 1))
                        // "members of a militia fighting the Taliban": who they are.
                        || (sentence[index - 1].entry.side != nil
                            || ["militia", "militias", "groups", "units"].contains(
                                sentence.word(index - 1)))
                            && !sentence[index - 1].isPunctuation
                {
                    continue
                }
                // "brought to an end a confrontation over a contested stretch of the frontier",
                // "political confrontation": a dispute, not a fight; "the border confrontation"
                // told after it is that dispute.
                if token.text.hasPrefix("confrontation"),
                    sentence.word(index + 1) == "over"
                        || ["political", "diplomatic", "verbal", "economic"].contains(
                            sentence.word(index - 1))
                        || !sentence.tokens.contains(where: {
                            $0.entry.has([.killVerb, .dieVerb, .injury])
                                || [
                                    "armed", "fire", "fired", "firing", "shots", "shot",
                                    "shooting", "weapons", "stones", "gunfight", "wounded",
                                    "broke", "flared", "erupted", "turned", "dead",
                                ].contains($0.text)
                        })
                {
                    continue
                }
            case .attack:
                if token.text == "attack" || token.text == "attacks",
                    ["threat", "plot", "plan", "plans"].contains(sentence.word(index + 1))
                {
                    continue
                }
            default:
                break
            }
            if isHypothetical(sentence, index) { continue }
            // "Police have detained a 23-year-old, accusing him of attacking the governor": the
            // charge against a man held, no event told.
            if let charge = sentence.firstIndex(of: Self.chargePhrases), charge < index,
                sentence.contains(["detained", "arrested", "custody", "detain", "arrest"])
            {
                continue
            }
            // "Taliban attacks are growing stronger by the day": attacks as a whole, with no
            // number, and their course.
            if ["attacks", "raids", "incursions"].contains(token.text), !hasDeathOrInjury,
                sentence[index - 1].kind != .number, !sentence[index - 1].entry.has(.determiner),
                (1...3).contains(where: { Self.growthVerbs.contains(sentence.word(index + $0)) }),
                !times.contains(where: { $0.precision == .day || $0.precision == .week })
            {
                continue
            }
            // "As the fighting waged by the Taliban grows, Turkmenistan has moved weapons to the
            // border": a war's course, told with no day, place or toll of its own.
            if Self.warWords.contains(token.text), !hasDeathOrInjury,
                let clauseEnd = (index + 1..<Swift.min(index + 16, sentence.tokens.count)).first(
                    where: { [",", ";", "."].contains(sentence.word($0)) }),
                (index + 1..<clauseEnd).contains(where: {
                    Self.growthVerbs.contains(sentence.word($0))
                }),
                !times.contains(where: { $0.precision == .day || $0.precision == .week })
            {
                continue
            }
            // "soldiers escaping a Taliban assault", "fleeing Taliban attacks": why people fled,
            // told with no detail of its own.
            if !(index + 1 < sentence.tokens.count
                && ["on", "in", "at", "near", "against"].contains(sentence.word(index + 1))),
                let verb = (1...4).first(where: {
                    Self.fleeingWords.contains(sentence.word(index - $0))
                }),
                ((index - verb + 1)..<index).allSatisfy({
                    sentence[$0].isWord
                        && (sentence[$0].entry.has(.determiner) || sentence[$0].isCapitalized
                            || sentence[$0].entry.country != nil
                            || sentence[$0].entry.side == .militants
                            || sentence[$0].entry.has(.modifier))
                })
            {
                continue
            }
            if kind == .infiltration
                && sentence.contains([
                    "clash", "exchange of fire", "firefight", "shootout", "killed",
                ])
            {
                kind = .armedClash
            }
            // "two attacks", "a series of three clashes"; "taken two border crossings".
            var count = 1
            if kind == .capture, let reading = Numbers.read(sentence, at: index + 1),
                reading.value > 1,
                reading.value < 20, !reading.isVague
            {
                count = reading.value
            }
            // Incidents counted, not shots or weapons.
            // ("two exchanges of fire": the phrase's head in the plural.)
            let plural =
                token.text.hasSuffix("s")
                && (length == 1 && token.entry.incident != nil || token.text == "exchanges")
                && !["crossed", "fighting", "hostilities"].contains(token.text)
            // "both were cross-border attacks": the two told already, as "both attacks" is.
            var bothBefore = false
            // ("four of the projectiles came down in the river": shells, not incidents.)
            if plural && !Self.weaponWords.contains(token.text) && token.text != "projectiles" {
                for back in 1...5 {
                    let word = sentence[index - back]
                    if let reading = Numbers.read(sentence, at: index - back),
                        index - back + reading.length <= index,
                        reading.value > 1, reading.value < 100, !reading.isVague
                    {
                        bothBefore = word.text == "both"
                        count = reading.value
                        break
                    }
                    if word.isPunctuation || word.entry.side != nil || word.entry.has(.phraseEnd) {
                        break
                    }
                    // "on January 28 after border clashes": a day, not a count.
                    if sentence[index - back - 1].entry.month != nil { break }
                    // "six days of violent border clashes": how long, not how many (fighting
                    // on consecutive days is one event, CODING.md).
                    if word.text == "of",
                        Self.durationUnits.contains(sentence.word(index - back - 1))
                    {
                        break
                    }
                }
            }
            // "three districts ..., all three of which fell to the Taliban": one capture each.
            if token.text == "fell", sentence.word(index - 1) == "which",
                sentence.word(index - 2) == "of",
                let reading = Numbers.read(sentence, at: index - 3)
                    ?? Numbers.read(sentence, at: index - 4),
                reading.value > 1, reading.value < 20
            {
                count = reading.value
            }
            // "attacks on the Qarghan and Qaramqul districts": one on each place named. "seized
            // control of the Hohon, Shekay and Nusay districts": one capture of each.
            if count == 1, token.text.hasSuffix("s"), sentence.word(index + 1) == "on",
                let listed = Self.placesListed(in: sentence, from: index + 2)
            {
                count = listed
            }
            if count == 1, kind == .capture,
                let of = (index + 1...index + 3).first(where: {
                    sentence.matches("control of", at: $0)
                }),
                let listed = Self.placesListed(in: sentence, from: of + 2)
                    ?? Self.placesCounted(in: sentence, from: of + 2)
            {
                count = listed
            }
            if count == 1, kind == .capture,
                let taken = Self.placesTaken(in: sentence, by: index, places: places)
            {
                count = taken
            }
            // "exchanges of fire that broke out at three separate sections of the border": one
            // at each.
            if count == 1, token.text.hasSuffix("s"),
                let at = (index + 1..<Swift.min(index + 12, sentence.tokens.count)).first(where: {
                    ["at", "in", "on"].contains(sentence.word($0))
                        && Numbers.read(sentence, at: $0 + 1) != nil
                }),
                let reading = Numbers.read(sentence, at: at + 1), !reading.isVague,
                (2...20).contains(reading.value)
            {
                var noun = at + 1 + reading.length
                if ["separate", "different", "distinct"].contains(sentence.word(noun)) {
                    noun += 1
                }
                if [
                    "sections", "places", "locations", "points", "sites", "areas", "spots",
                    "stretches", "segments", "sectors", "parts",
                ].contains(sentence.word(noun)) {
                    count = reading.value
                }
            }
            let before = sentence.word(index - 1)
            let before2 = sentence.word(index - 2)
            let isDefinite =
                [
                    "the", "this", "that", "these", "those", "saturday", "sunday", "monday",
                    "tuesday", "wednesday", "thursday", "friday", "yesterday", "its", "latest",
                    "both",
                ].contains(before)
                || bothBefore
                // "the two attacks", "both the attacks".
                || (["the", "these", "those"].contains(before2)
                    && Numbers.read(sentence, at: index - 1) != nil)
                || (sentence[index - 1].isPossessive)
                || (["the", "this"].contains(before2)
                    && (sentence[index - 1].entry.modifier
                        || sentence[index - 1].entry.incident != nil
                        || sentence[index - 1].entry.country != nil
                        || sentence[index - 1].text == "armed"
                        || sentence[index - 1].text == "border"
                        || sentence[index - 1].text == "deadly"))
                // "The guard who was shot dead has been identified as": told of someone the
                // story has already named.
                || (1...3).contains { back in
                    ["who", "that"].contains(sentence.word(index - back))
                        && ((index - back + 1)..<index).allSatisfy {
                            ["was", "were", "had", "has", "have", "been"].contains(
                                sentence.word($0))
                        }
                        && sentence.word(index - back - 2) == "the"
                        && sentence[index - back - 1].entry.side != nil
                }
            let isNew =
                // Not "further clashes": fighting over days with one toll is one event.
                ["another", "second", "separate", "new", "fresh", "third"].contains(before)
                || ["another", "second", "separate", "new", "fresh"].contains(before2)
                // "another cluster munition exploded": another thing did it, another event.
                || (3...4).contains { back in
                    sentence.word(index - back) == "another"
                        && ((index - back + 1)..<index).allSatisfy {
                            sentence[$0].isWord && !sentence[$0].isCapitalized
                                && sentence[$0].entry.side == nil
                                && sentence[$0].entry.classes.isEmpty
                        }
                }
                // "two earlier cross-border attacks had killed five".
                || (!isDefinite
                    && (1...4).contains { back in
                        ["earlier", "previous"].contains(sentence.word(index - back))
                            && ((index - back + 1)..<index).allSatisfy { position in
                                [
                                    "cross", "-", "border", "armed", "deadly", "similar",
                                    "frontier", "taliban", "militant", "insurgent",
                                ].contains(sentence.word(position))
                                    || sentence[position].isHyphenated
                            }
                    })
            // "The strike ... was the second fatal attack on Chinese staff in a year": what the
            // subject was, told by comparison; no new event.
            let ordinalAt =
                ["second", "third"].contains(before)
                ? index - 1 : ["second", "third"].contains(before2) ? index - 2 : nil
            // "this was the day's second clash": the same, with whose ordinal between.
            let predicative =
                ordinalAt.map { ordinal in
                    (2...4).contains { back in
                        ["was", "is", "marks", "marked", "became", "becomes", "been"].contains(
                            sentence.word(ordinal - back))
                            && sentence.word(ordinal - back + 1) == "the"
                            && ((ordinal - back + 2)..<ordinal).allSatisfy {
                                sentence[$0].isPossessive
                            }
                    }
                } ?? false
            // "Shots were exchanged three times on Wednesday": three exchanges of fire.
            if kind == .armedClash, count == 1 {
                let end = index + length
                for at in end..<Swift.min(end + 3, sentence.tokens.count) {
                    if sentence.word(at) == "twice" {
                        count = 2
                        break
                    }
                    if sentence.word(at + 1) == "times",
                        let reading = Numbers.read(sentence, at: at),
                        reading.length == 1, (2...10).contains(reading.value)
                    {
                        count = reading.value
                        break
                    }
                    if sentence[at].isPunctuation { break }
                }
            }
            var mention = IncidentMention(
                type: kind, position: index, count: count, isDefinite: isDefinite,
                isNew: isNew && !predicative,
                word: sentence.tokens[index..<Swift.min(index + length, sentence.tokens.count)]
                    .map(\.text).joined(separator: " "))
            if predicative { mention.isReferenceOnly = true }
            found.append(mention)
            index += length - 1
        }
        // "The shooting came only weeks after guards traded fire on March 10": what came
        // before, told with a date of its own, is an event of its own.
        if let after = sentence.tokens.indices.first(where: { at in
            sentence.word(at) == "after"
                && (1...4).contains { ["came", "comes", "come"].contains(sentence.word(at - $0)) }
        }),
            times.contains(where: { $0.position > after && $0.precision == .day })
        {
            for number in found.indices where found[number].position > after {
                found[number].isNew = true
                found[number].isDefinite = false
            }
        }
        return found
    }

    // MARK: - Measures

    /// Verbs that move armour ("bringing tanks ... into Serhetabat, on its border").
    static let movingWords: WordSet = [
        "bringing", "brought", "brings", "moving", "moved", "moves", "sending", "sent", "sends",
        "transferring", "transferred", "transfers", "deploying", "deploys",
    ]
    /// Armour a state moves to its border.
    static let armourWords: WordSet = [
        "tanks", "artillery", "armour", "armor", "armoured", "armored", "howitzers",
    ]
    /// What follows "heavy" or "military" in armour moved ("heavy weapons", "military hardware").
    static let heavyWeapons: WordSet = [
        "weapons", "weaponry", "armour", "armor", "hardware", "equipment", "vehicles",
    ]
    /// The first words of the rarer phrases of fire, fighting and wounding the incident
    /// mentions are read from ("opened aimed fire", "came to blows"): one lookup tells most
    /// tokens are none of them.
    static let phraseHeads: WordSet = [
        "armed", "exchange", "exchanges", "exchanged", "traded", "came", "come", "launched",
        "fought", "fighting", "resisted", "resisting", "surrounded", "besieged", "conflict",
        "opened", "open", "opening", "wounded", "injured", "gunshot", "bullet", "sprayed", "set",
        "setting", "blown", "blew", "shots", "bullets", "sniper", "snipers", "gunshots",
    ]
    /// Words of remembering the dead ("the day of remembrance", "the anniversary of"): the
    /// dead of years before.
    static let remembranceWords = [
        "remembrance", "remembered", "commemorate", "commemorated", "commemorating",
        "commemoration", "in memory of", "memorial", "anniversary",
    ]
    /// Verbs that send or move forces ("sent", "moved").
    static let sendingWords: WordSet = [
        "sent", "dispatched", "stationed", "sending", "dispatching", "moved", "moving",
    ]
    /// Forces a verb of sending can send ("sent in more units").
    static let deployedForces: WordSet = [
        "units", "troops", "reinforcements", "battalion", "battalions", "forces",
        "soldiers", "guards", "servicemen", "personnel",
    ]

    /// Whether the subject of the clause before `position` is an armed group: "the militants
    /// had put up posts", "the insurgents set up checkpoints" (the Taliban once they rule are a
    /// state's forces). "To stop the militants, Tajikistan opened two posts" is not.
    func isArmedGroupsWork(_ sentence: Sentence, before position: Int) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 10 {
            let token = sentence[index]
            if token.isPunctuation { return false }
            if let side = token.entry.side {
                guard side == .militants, !(token.text == "taliban" && talibanAreState) else {
                    return false
                }
                let before = sentence.word(index - 1)
                return index == 0 || sentence[index - 1].entry.has(.determiner)
                    || sentence[index - 1].isPunctuation
                    || (sentence[index - 1].entry.has(.modifier) && before != "against")
            }
            index -= 1
        }
        return false
    }

    func measures(in sentence: Sentence) -> [MeasureFact] {
        var found: [MeasureFact] = []
        for index in sentence.tokens.indices {
            let token = sentence[index]
            guard token.isWord else { continue }
            var type = token.entry.measure
            var nounIndex = index
            // "border post", "frontier posts", "guard post", "two security posts".
            if type == nil, ["post", "posts"].contains(token.text),
                [
                    "border", "frontier", "guard", "new", "outpost", "police", "security",
                    "military", "army", "further", "additional",
                ].contains(sentence.word(index - 1))
            {
                type = .outpost
            }
            if type == nil, Self.trainingPlaces.contains(token.text),
                sentence.word(index - 1) == "training" || sentence.word(index - 2) == "training"
                    || sentence.word(index - 1) == "firing"
            {
                type = .trainingFacility
            }
            // "a new complex of buildings for the Takhtabazar border detachment", "the new base
            // of a border unit" opened: a post of the border troops.
            if type == nil, Self.postBuildings.contains(token.text),
                sentence.word(index - 1) == "new" || sentence.word(index - 2) == "new"
                    || sentence.word(index - 3) == "new",
                (1...7).contains(where: {
                    ["detachment", "unit", "outpost", "commandant's", "frontier"].contains(
                        sentence.word(index + $0))
                        && sentence.tokens[(index + 1)..<(index + $0)].contains {
                            $0.text == "border"
                        }
                })
                    // "a new complex of buildings at one of the frontier outposts".
                    || (1...9).contains(where: {
                        ["outpost", "outposts"].contains(sentence.word(index + $0))
                            && ["frontier", "border"].contains(sentence.word(index + $0 - 1))
                    })
            {
                type = .outpost
            }
            if type == nil, token.text == "crossing" || token.text == "checkpoint",
                ["border"].contains(sentence.word(index - 1)),
                sentence.word(index + 1) == "point" || token.text == "checkpoint"
            {
                type = .checkpoint
            }
            // "sent in more police units", "dispatched dozens of armed border guards", "have
            // stationed soldiers and armoured vehicles close to the border": a deployment; but
            // not "the guards stationed at the post", where the verb tells who they are.
            let forces = FactReader.deployedForces
            // "dispatching border guards and other combat-ready units to its frontier": forces
            // sent to the border itself, however many.
            let toBorder = {
                (1...12).contains(where: { ahead in
                    sentence.word(index + ahead) == "to"
                        && (1...4).contains(where: {
                            ["border", "frontier", "borders", "frontiers"].contains(
                                sentence.word(index + ahead + $0))
                        })
                })
            }
            if type == nil,
                Self.sendingWords.contains(token.text),
                (1...5).contains(where: { forces.contains(sentence.word(index + $0)) }),
                token.text == "stationed"
                    ? !forces.contains(sentence.word(index - 1))
                        && ["have", "has", "had"].contains(sentence.word(index - 1))
                    : (1...3).contains(where: {
                        ["more", "extra", "additional", "in", "further", "dozens", "hundreds"]
                            .contains(sentence.word(index + $0))
                            || sentence[index + $0].kind == .number
                    }) || toBorder()
                        // "sent police and military units into Sokh": into a place named.
                        || (1...7).contains(where: {
                            sentence.word(index + $0) == "into"
                                && sentence[index + $0 + 1].isCapitalized
                        })
            {
                type = .deployment
            }
            // "New troops have been sent to our border": the forces before a passive verb.
            if type == nil, ["sent", "dispatched"].contains(token.text),
                ["been", "were", "was", "are", "is"].contains(sentence.word(index - 1)),
                (2...5).contains(where: { forces.contains(sentence.word(index - $0)) }),
                toBorder()
            {
                type = .deployment
            }
            // "was bringing tanks, artillery and armoured personnel carriers into the town of
            // Serhetabat, on its border", "moves heavy weapons to its Afghan border": armour
            // moved to the border.
            if type == nil, Self.movingWords.contains(token.text),
                (1...4).contains(where: {
                    Self.armourWords.contains(sentence.word(index + $0))
                        || (["heavy", "military"].contains(sentence.word(index + $0))
                            && Self.heavyWeapons.contains(sentence.word(index + $0 + 1)))
                }),
                toBorder()
                    || (1...12).contains(where: { into in
                        sentence.word(index + into) == "into"
                            && (1...10).contains(where: { ahead in
                                ["border", "frontier"].contains(
                                    sentence.word(index + into + ahead))
                            })
                    })
            {
                type = .deployment
            }
            guard let measure = type else { continue }
            nounIndex = index
            if measure == .deployment
                && ![
                    "deployed", "redeployed", "deployment", "deployments", "reinforcements", "sent",
                    "dispatched", "stationed", "sending", "dispatching",
                ]
                .contains(token.text) && !Self.movingWords.contains(token.text)
            {
                continue
            }
            let clause = clauseRange(sentence, around: index)
            let hypothetical =
                sentence.tokens[clause].contains {
                    $0.entry.has(.irrealis) && !($0.text == "may" && $0.isCapitalized)
                }
                || isHypothetical(sentence, index)
            let status: MeasureFact.Status
            // "opened fire on the outpost", "attacked a border post": the post is a target. A
            // deployment is told by its verb ("has taken steps, dispatching guards"), no target.
            let targeted =
                measure != .deployment
                && (1...6).contains { back in
                    let word = sentence[index - back]
                    return word.entry.incident != nil
                        || [
                            "fire", "attack", "attacked", "assaulted", "stormed", "near", "close",
                            "at",
                            "through", "via", "across", "past", "from",
                        ].contains(word.text)
                }
            if targeted { continue }
            let opening =
                sentence.tokens[clause].indices.contains { position in
                    let token = sentence[position]
                    // "set up a new police post", "established a post": opened too.
                    let setUp =
                        (token.text == "set" && sentence.word(position + 1) == "up")
                        || token.text == "established"
                    // (Not "launched an attack at midday on border police post No. 5".)
                    // (Nor "an attack was launched on the Ishkobod border outpost": the attack
                    // is what was launched.)
                    let launchedIncident =
                        ["was", "were", "been"].contains(sentence.word(position - 1))
                        && (2...3).contains { sentence[position - $0].entry.incident != nil }
                    return (token.entry.has(.opening) || setUp) && token.text != "open"
                        && !launchedIncident
                        && sentence.word(position + 1) != "fire"
                        && sentence[position + 1].entry.incident == nil
                        && sentence[position + 2].entry.incident == nil
                        && abs(position - index) <= 14
                }
                // "put four border posts ... into operation", "were brought into service".
                || (sentence.contains(["put", "brought", "placed"], in: clause)
                    && sentence.contains(
                        ["into operation", "into service", "into use"], in: clause))
                || sentence.contains(
                    [
                        "handed over", "put into operation", "put into service",
                        "came into operation", "began operating", "started operating", "were built",
                        // "The post officially went into operation after a ribbon was cut".
                        "went into operation", "went into service", "entered service",
                        "entered into service",
                        "was built", "has built", "have built", "built a", "built two",
                        "built three", "built four", "built five", "erected", "were constructed",
                        "was constructed", "new outposts", "new outpost", "new border",
                        // "has put up two new frontier posts"; "putting up" is still building.
                        "has put up", "have put up", "had put up",
                    ], in: clause)
            let reopened = sentence.contains(
                ["reopened", "reopen", "reopening", "resumed"], in: clause)
            switch measure {
            case .outpost, .checkpoint, .trainingFacility:
                // "Tajik servicemen had attempted to set up a border post": tried, in the other
                // side's account, not opened.
                if sentence.contains(
                    [
                        "attempted to", "tried to", "attempting to", "trying to", "attempt to",
                        "sought to", "seeking to",
                    ], in: clause)
                {
                    continue
                } else if sentence.contains(Self.buildingPhrases, in: clause)
                    || sentence.contains(Self.plannedPhrases, in: clause)
                    // "Russia is to help its ally Tajikistan build a new outpost": help to come.
                    || clause.contains(where: { at in
                        ["build", "construct", "erect"].contains(sentence.word(at))
                            && (1...5).contains {
                                ["help", "helps", "helping"].contains(sentence.word(at - $0))
                            }
                    })
                {
                    status =
                        sentence.contains(Self.buildingPhrases, in: clause)
                        ? .underConstruction : .planned
                } else if sentence.tokens[clause].contains(where: { $0.entry.has(.repair) }) {
                    status = .repaired
                } else if hypothetical
                    && !sentence.contains(
                        ["were opened", "was opened", "inaugurated", "handed over"], in: clause)
                {
                    status = .planned
                } else if sentence.contains(
                    [
                        "financed", "funded", "funding", "finance", "allocated", "grant", "cost",
                        "costs", "donated", "pledged",
                    ], in: clause) && !opening
                {
                    status = .financed
                } else if opening && !reopened {
                    status = .done
                } else {
                    continue
                }
            case .exercise:
                let finished = sentence.contains(
                    [
                        "came to an end", "wrapped up", "wraps up", "concluded", "were staged",
                        "was staged", "were held", "was held", "took part", "ended", "completed",
                    ], in: clause)
                if hypothetical && !finished {
                    status = .planned
                } else if finished {
                    status = .done
                } else if sentence.tokens[clause].contains(where: {
                    $0.entry.has(.held) || $0.entry.has(.opening)
                })
                    || sentence.contains(
                        [
                            "are holding", "is holding", "took part", "take part", "taking part",
                            "participated", "under way", "underway", "involved", "involving",
                        ], in: clause)
                {
                    status = .done
                } else {
                    continue
                }
            case .deployment:
                // "agreed to pull their forces back to where they had been deployed before",
                // "withdrew to their places of deployment": forces leaving, not sent.
                if sentence.tokens[clause].contains(where: {
                    $0.text.hasPrefix("withdr")
                        || (["pull", "pulled", "pulling", "pulls"].contains($0.text)
                            && sentence.contains(["back"], in: clause))
                }) {
                    continue
                }
                if hypothetical { status = .planned } else { status = .done }
            case .fortification:
                guard
                    opening
                        || sentence.tokens[clause].contains(where: { $0.entry.has(.repair) })
                            && sentence.contains(["completed", "handed", "finished"], in: clause)
                else { continue }
                status = hypothetical ? .planned : .done
            }
            // How many: "four new border outposts", "two outposts", "an outpost".
            var count = 1
            var isDefinite = false
            var back = nounIndex - 1
            while back >= Swift.max(0, nounIndex - 5) {
                let word = sentence[back]
                if word.isPunctuation && word.text != "-" { break }
                if let reading = Numbers.read(sentence, at: back, article: true),
                    back + reading.length <= nounIndex
                {
                    count = Swift.max(1, reading.value)
                    break
                }
                if ["the", "these", "those", "this", "that", "its", "their"].contains(word.text) {
                    isDefinite = true
                    break
                }
                if !(word.entry.modifier
                    || [
                        "new", "border", "frontier", "modern", "guard", "military", "training",
                        "tank", "firing", "joint", "additional", "more", "security", "further",
                        "army", "police",
                    ].contains(word.text) || word.entry.country != nil || word.isCapitalized
                    || word.kind == .number)
                {
                    break
                }
                back -= 1
            }
            if count == 1 && !isDefinite && token.text.hasSuffix("s") && measure == .outpost {
                // "outposts named X, Y and Z were handed over": the names count.
                count = Swift.max(1, namedCount(sentence, after: nounIndex))
            }
            // "The militants had put up their own military posts on the highway": an armed
            // group's posts, no security measure.
            if [.outpost, .checkpoint].contains(measure),
                isArmedGroupsWork(sentence, before: nounIndex)
            {
                continue
            }
            found.append(
                MeasureFact(
                    type: measure, count: count,
                    status: isDefinite && status == .done && !opening ? .reference : status,
                    position: nounIndex, isDefinite: isDefinite, word: token.text))
        }
        // One measure a type per sentence: the first word of it carries the count.
        var seen = Set<Int>()
        return found.filter { seen.insert($0.type.rawValue).inserted }
    }

    /// Names listed after a plural measure noun ("outposts Istiqlol, Vatan and Sarhad").
    func namedCount(_ sentence: Sentence, after index: Int) -> Int {
        var names = 0
        var position = index + 1
        var inName = false
        if ["named", "called"].contains(sentence.word(position)) { position += 1 }
        while position < Swift.min(index + 20, sentence.tokens.count) {
            let token = sentence[position]
            if token.isCapitalized && token.isWord {
                if !inName { names += 1 }
                inName = true
            } else if token.text == "," || token.text == "and" || token.text == "\"" {
                if token.text != "\"" { inName = false }
            } else {
                break
            }
            position += 1
        }
        return names
    }

    /// The tokens of the clause around `index`: up to a semicolon, or a comma followed by a
    /// conjunction, on either side.
    func clauseRange(_ sentence: Sentence, around index: Int) -> Range<Int> {
        var start = index
        while start > 0 {
            let word = sentence.word(start - 1)
            if word == ";"
                || (word == ","
                    && ["while", "but", "whereas", "although"].contains(sentence.word(start)))
            {
                break
            }
            if ["while", "but", "whereas", "although"].contains(word) { break }
            start -= 1
        }
        var end = index
        while end < sentence.tokens.count {
            let word = sentence.word(end)
            if word == ";" || ["while", "but", "whereas", "although"].contains(word) { break }
            end += 1
        }
        return start..<end
    }
}

extension Lexicon.Entry {
    var modifier: Bool { classes.contains(.modifier) }
}
