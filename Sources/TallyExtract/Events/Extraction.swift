public import TallyCore

/// Turns English border news into canonical records, rule-based and deterministic.
///
/// The pipeline: the article's text (title, paragraphs, clutter set apart) -> sentences of
/// tokens -> typed facts per sentence (incident mentions, tolls, measures, times, places, and
/// the context that sets a sentence aside) -> events by coreference -> time anchoring against
/// the news window (the 60 days up to publication) -> relevance (border-security events of the
/// covered countries) -> tolls resolved per event and per party -> records that carry `flags`
/// and the sentences they rest on.
public enum Extraction {
    /// The rivers the Afghan border runs along: an article that names one names the border.
    static let borderRivers = ["amu darya", "amudarya", "oxus", "pyanj river", "panj river"]
    /// What to do with an event whose date the article does not give.
    public enum UndatedPolicy: String, Sendable, CaseIterable {
        /// Date it to the publication month, precision month, with a note.
        case publicationMonth = "publication-month"
        /// Leave it out.
        case skip
    }

    /// How articles are read.
    public struct Options: Sendable {
        /// The day the article was published: relative dates resolve against it (`nil`: the
        /// article's own date line gives it).
        public var published: CivilDate?
        /// The outlet written in each record's `source`.
        public var source: String?
        /// The address written in each record's `source_url`.
        public var url: String?
        /// What to do with an incident the article gives no date for.
        public var undated: UndatedPolicy
        /// Whether the same event told by several articles becomes one record.
        public var deduplicates: Bool
        /// The text is a feed item's teaser, not the whole article: every record is flagged.
        public var isTeaser = false
        /// Whether events the learned relevance model (``EventRelevance``) judges unlikely to be
        /// reported ones are left out; off, every event the rules form is recorded.
        public var weighsRelevance = true

        /// Options as given; by default an undated incident takes the publication month and the
        /// same event told by several articles becomes one record.
        public init(
            published: CivilDate? = nil, source: String? = nil, url: String? = nil,
            undated: UndatedPolicy = .publicationMonth, deduplicates: Bool = true
        ) {
            self.published = published
            self.source = source
            self.url = url
            self.undated = undated
            self.deduplicates = deduplicates
        }
    }

    /// The records of one article.
    ///
    /// - Parameter name: the article's name, for record ids (`name-1`, `name-2`...).
    /// - Throws: ``ExtractionError/noPublicationDate(_:)`` when neither the options nor the text
    ///   give the publication date.
    public static func records(
        fromArticle text: String, name: String, options: Options
    ) throws(ExtractionError) -> [Record] {
        try extract(fromArticle: text, name: name, options: options).records
    }

    /// The records of one article with the explanation of every decision taken.
    ///
    /// - Complexity: O(n) in the article's length.
    public static func extract(
        fromArticle text: String, name: String, options: Options
    ) throws(ExtractionError) -> ArticleExtraction {
        let (extraction, tellsEpisode) = try extract(
            fromArticle: text, name: name, options: options, readingEpisodes: false)
        // An article whose only violence is a recent episode told by its overall toll ("attacks
        // that killed five Chinese over the past week", "the clashes, which began on 28 April
        // and left close to 50 dead") has that episode as its news: read again, with such
        // figures taken as the episode's rather than as a sum.
        guard tellsEpisode, !extraction.records.contains(where: { $0.category == .incident })
        else { return extraction }
        let (episode, _) = try extract(
            fromArticle: text, name: name, options: options, readingEpisodes: true)
        return episode.records.contains(where: { $0.category == .incident })
            ? episode : extraction
    }

    /// One reading of an article, and whether it sets aside as a sum a figure that may be a
    /// recent episode's (``FactReader/isRecentEpisode(_:)``); `readingEpisodes` takes such
    /// figures as that episode's own.
    private static func extract(
        fromArticle text: String, name: String, options: Options, readingEpisodes: Bool
    ) throws(ExtractionError) -> (ArticleExtraction, tellsEpisode: Bool) {
        let article = Article(text: text)
        guard let published = options.published ?? article.datelineDate else {
            throw .noPublicationDate(name)
        }
        let source = options.source ?? article.footerSource ?? ""
        let reader = FactReader(published: published)
        var sentences: [Sentence] = []
        for (number, paragraph) in article.paragraphs.enumerated() {
            sentences += Tokenizer.sentences(
                of: paragraph, paragraph: number, firstIndex: sentences.count)
        }
        // The title, read last as a lead: its index follows the body's sentences.
        let title = Tokenizer.sentences(
            of: article.title, paragraph: -1, firstIndex: sentences.count)
        // A standfirst that tells of deaths is a second headline, read after the first.
        let standfirst = article.standfirst.flatMap { text in
            Tokenizer.sentences(of: text, paragraph: -1, firstIndex: sentences.count + title.count)
                .first
        }.flatMap { line in
            line.tokens.contains { $0.entry.has([.killVerb, .dieVerb]) } ? line : nil
        }
        var facts = sentences.map(reader.read)
        // "The armed action launched in GBAO on 24 July ... the so-called Badakhshan fighters":
        // in an article that places something in Tajikistan's Gorno-Badakhshan by another name
        // and nothing in Afghanistan's province, "Badakhshan" alone is the Tajik region.
        Self.placeBareBadakhshan(in: &facts)
        let episodes = facts.indices.filter {
            facts[$0].setAside == .cumulative && reader.isRecentEpisode(facts[$0])
        }
        if readingEpisodes {
            for index in episodes {
                facts[index].setAside = nil
                facts[index].isEpisode = true
            }
        }
        // "Soldiers who fell in the Batken events remembered": an article about a day of
        // remembrance tells history, paragraph after paragraph, once it has gone back in time.
        let commemorative = title.contains { $0.contains(FactReader.remembranceWords) }
        // A sentence with no time of its own goes on in the time of the one before it: after
        // background, it is background too when it stays in its paragraph or says "then".
        for index in facts.indices.dropFirst()
        where facts[index].setAside == nil && facts[index].times.isEmpty {
            let before = facts[index - 1]
            guard let reason = before.setAside, reason == .background || reason == .cumulative
            else { continue }
            let continues =
                before.sentence.paragraph == facts[index].sentence.paragraph || commemorative
                || facts[index].sentence.contains([
                    "then", "after that", "subsequently", "later", "at the time", "at that time",
                ])
                // "The last time was in April 2021, when the troops fought a battle. / It was
                // over a water source.": a pronoun goes on with what was just told, when the
                // sentence names no place of its own. (Not the "it" of "It is not known whether
                // the crowds have gone home", which stands for nothing told.)
                || (["it", "this", "they"].contains(facts[index].sentence.word(0))
                    && !(2...3).contains {
                        Self.expletivePredicates.contains(facts[index].sentence.word($0))
                    }
                    && facts[index].places.allSatisfy(\.isIncidental))
                // "those engagements left 14 trespassers dead": the ones just counted.
                || facts[index].sentence.tokens.indices.contains { position in
                    ["those", "these"].contains(facts[index].sentence.word(position))
                        && (facts[index].sentence[position + 1].entry.has(.notPeople)
                            || facts[index].sentence[position + 1].entry.incident != nil
                            || ["engagements", "incidents", "episodes", "cases", "operations"]
                                .contains(facts[index].sentence.word(position + 1)))
                }
            if continues
                && facts[index].sentence.firstIndex(of: [
                    "this week", "on saturday", "today",
                    // ("Firing earlier in the week had already killed two guards": in the news.)
                    "earlier in the week", "earlier in the day", "earlier that day",
                ]) == nil
            {
                facts[index].setAside = reason
            }
        }
        // "... came as fighting flared again between Armenia and Azerbaijan. The fighting there
        // has killed 99": an event "there", after one set aside as elsewhere, is there too.
        for index in facts.indices.dropFirst()
        where facts[index].setAside == nil && facts[index - 1].setAside == .elsewhere
            && facts[index].places.allSatisfy(\.isIncidental)
            && facts[index].mentions.contains(where: {
                facts[index].sentence.word($0.position + 1) == "there"
            })
        {
            facts[index].setAside = .elsewhere
        }
        // "On May 29, smugglers drove 80 cows across. They also abducted a herder": a day
        // told in a sentence with no event word dates the next sentence of its paragraph.
        for index in facts.indices.dropFirst()
        where facts[index].times.isEmpty && facts[index].setAside == nil
            && facts[index].mentions.contains(where: { !$0.isReferenceOnly && !$0.isDefinite })
        {
            let before = facts[index - 1]
            guard before.sentence.paragraph == facts[index].sentence.paragraph,
                before.setAside == nil, before.mentions.isEmpty, before.measures.isEmpty,
                // "At a meeting on August 28, they said that on August 15 ...": the last day.
                let day = before.times.last(where: { $0.precision == .day && !$0.isSpan })
            else { continue }
            var time = day
            time.position = 0
            facts[index].times = [time]
        }
        // "Three men crossed the border late on 23 December. The following day the guards found
        // them": the day after a day told is, when an earlier sentence already told that day
        // ("the incident took place on 24 December"), the event told, not a new one.
        for index in facts.indices.dropFirst() where facts[index].startsNewEvent {
            let sentence = facts[index].sentence
            guard
                sentence.contains(["the following day", "the next day", "a day later"])
                    && facts[index].times.isEmpty,
                let before = facts[index - 1].times.last(where: {
                    $0.precision == .day && !$0.isSpan
                })
            else { continue }
            var next = before
            next.date = before.date.advanced(by: 1)
            next.isRelative = true
            next.position = 0
            let told = facts[..<(index - 1)].contains { earlier in
                earlier.setAside == nil
                    && (!earlier.mentions.isEmpty || !earlier.tolls.isEmpty)
                    && earlier.times.contains { $0.precision == .day && $0.date == next.date }
            }
            guard told else { continue }
            facts[index].startsNewEvent = false
            facts[index].isAnotherEvent = false
            facts[index].times = [next]
        }
        // "The guards stopped the second breakthrough. Its leader died in the exchange of
        // fire": a new event announced with no word for it goes on in the next sentence.
        // ("In Jawzjan, meanwhile, the Taliban closed in on Khamyab district. / "The fighting
        // was heavy," the police chief said": the next paragraph too, when it names no place of
        // its own.)
        for index in facts.indices.dropLast()
        where facts[index].startsNewEvent && facts[index].mentions.isEmpty
            && facts[index].tolls.isEmpty
            // "By the Uzbek account, the guards opened fire": the event told, told otherwise.
            && !facts[index + 1].isOtherAccount
            && (facts[index + 1].sentence.paragraph == facts[index].sentence.paragraph
                || (facts[index].places.contains { !$0.isIncidental }
                    && facts[index + 1].places.allSatisfy(\.isIncidental)
                    && facts[index + 1].mentions.allSatisfy(\.isDefinite)))
        {
            facts[index + 1].startsNewEvent = true
            // "in the exchange of fire" there is the second case's, not the first's.
            if !facts[index + 1].mentions.isEmpty { facts[index + 1].mentions[0].isNew = true }
            // Where the announcing sentence put it, when the next names no place.
            if facts[index + 1].places.allSatisfy(\.isIncidental) {
                facts[index + 1].places += facts[index].places.filter { !$0.isIncidental }
            }
        }
        // "In the Uzbek version, ten Afghans set upon the guards on 14 March. The guards say
        // they had no choice but to open fire": the paragraph tells that account throughout.
        for index in facts.indices
        where facts[index].isOtherAccount && facts[index].sentence.word(0) == "in"
            && facts[index].sentence.contains(["version"])
        {
            var next = index + 1
            while next < facts.count,
                facts[next].sentence.paragraph == facts[index].sentence.paragraph
            {
                facts[next].markOtherAccount()
                next += 1
            }
        }
        // "A council member put the toll far higher, however. He said the Taliban killed at
        // least 25 ... He said at least eight more soldiers died": the same speaker goes on
        // with the other account.
        for index in facts.indices.dropFirst()
        where facts[index - 1].isOtherAccount && !facts[index].isOtherAccount
            && facts[index].goesOnTelling
        {
            facts[index].markOtherAccount()
        }
        // "Earlier, the Taliban had taken over two land ports on the border", opening a
        // paragraph with no time of its own: what had happened before the news. (Not "this was
        // the day's second clash. Earlier, guards had fired mortars": the same day, told on.)
        for index in facts.indices
        where facts[index].setAside == nil && !facts[index].mentions.isEmpty
            && facts[index].times.isEmpty
            && (index == 0
                || facts[index - 1].sentence.paragraph != facts[index].sentence.paragraph)
        {
            let sentence = facts[index].sentence
            guard sentence.word(0) == "earlier", sentence.word(1) == ",",
                (2..<Swift.min(12, sentence.tokens.count)).contains(where: { at in
                    sentence.word(at) == "had" && sentence.word(at + 1) != "been"
                        && (sentence.word(at + 1).hasSuffix("ed")
                            || sentence[at + 1].entry.incident != nil
                            || ["taken", "seized", "overrun"].contains(sentence.word(at + 1)))
                })
            else { continue }
            facts[index].setAside = .background
        }
        // "Before this, however, rockets had also been fired from Afghan territory": what had
        // happened before the news, wherever in the paragraph it is told.
        for index in facts.indices
        where facts[index].setAside == nil && !facts[index].mentions.isEmpty
            && facts[index].times.isEmpty
        {
            let sentence = facts[index].sentence
            guard ["before", "prior"].contains(sentence.word(0)),
                ["this", "that"].contains(sentence.word(sentence.word(0) == "prior" ? 2 : 1)),
                (2..<Swift.min(14, sentence.tokens.count)).contains(where: { at in
                    guard sentence.word(at) == "had" else { return false }
                    var verb = at + 1
                    while ["also", "already", "been"].contains(sentence.word(verb)) { verb += 1 }
                    return sentence.word(verb).hasSuffix("ed")
                        || sentence[verb].entry.incident != nil
                        || ["taken", "seized", "overrun", "shot"].contains(sentence.word(verb))
                })
            else { continue }
            facts[index].setAside = .background
        }
        // "Two Chinese citizens were killed on Sunday ... Three Chinese workers had also been
        // killed last week by a drone": an incident told in the pluperfect with a week of its
        // own, a week over before the day of the incident told above it, is another, earlier
        // event.
        for index in facts.indices.dropFirst()
        where facts[index].setAside == nil && !facts[index].mentions.isEmpty {
            let sentence = facts[index].sentence
            guard
                let week = facts[index].times.first(where: {
                    $0.precision == .week && !$0.isSpan
                }),
                sentence.tokens.indices.contains(where: { at in
                    guard sentence.word(at) == "had" else { return false }
                    var verb = at + 1
                    while ["also", "already", "been"].contains(sentence.word(verb)) { verb += 1 }
                    return sentence[verb].entry.has([.killVerb, .dieVerb])
                        || sentence[verb].entry.incident != nil
                }),
                facts[..<index].contains(where: { earlier in
                    earlier.setAside == nil && !(earlier.tolls.isEmpty && earlier.mentions.isEmpty)
                        && earlier.times.contains {
                            $0.precision == .day && $0.date > week.lastDay
                        }
                })
            else { continue }
            for mention in facts[index].mentions.indices {
                facts[index].mentions[mention].isNew = true
                facts[index].mentions[mention].isDefinite = false
            }
        }
        // "Tajikistan also gave casualty figures for its own side for the first time. Official
        // figures say 35 people ... have been killed": the figure that follows is its own count.
        for index in facts.indices.dropLast()
        where facts[index].tolls.isEmpty
            && facts[index + 1].sentence.paragraph == facts[index].sentence.paragraph
        {
            guard let owner = reader.ownCountOwner(facts[index].sentence) else { continue }
            for toll in facts[index + 1].tolls.indices
            where facts[index + 1].tolls[toll].party == nil
                && facts[index + 1].tolls[toll].speaker == nil
                && facts[index + 1].tolls[toll].side != .militants
            {
                facts[index + 1].tolls[toll].isOwn = true
                facts[index + 1].tolls[toll].speaker = owner
            }
        }
        var builder = EventBuilder(window: reader.window)
        for sentenceFacts in facts { builder.add(sentenceFacts) }
        let titleFacts = title.first.map(reader.read)
        builder.settleDefiniteCounts()
        builder.finish(title: titleFacts)
        if let standfirst { builder.finish(title: reader.read(standfirst)) }
        builder.dateFromNarrative(paragraphs: facts.map(\.sentence.paragraph))

        // The article's country: the one most named as a place, the first among equals.
        var votes: [Country: Int] = [:]
        var order: [Country] = []
        for sentence in title + sentences {
            for (country, _) in Gazetteer.countries(in: sentence) {
                votes[country, default: 0] += 1
                if !order.contains(country) { order.append(country) }
            }
        }
        let mainCountry = order.max { a, b in
            votes[a]! != votes[b]!
                ? votes[a]! < votes[b]! : order.firstIndex(of: a)! > order.firstIndex(of: b)!
        }
        // (A town inside a border province, "Shindand", names no border.)
        let articleNamesBorder =
            facts.contains { sentenceFacts in
                sentenceFacts.namesBorder
                    || sentenceFacts.places.contains {
                        !$0.isIncidental && !$0.isInterior(in: sentenceFacts.sentence)
                    }
            }
            || title.contains { sentence in sentence.tokens.contains { $0.entry.has(.border) } }
        // Whether the article names the border, the border river or a border district of
        // Afghanistan anywhere: an Afghan incident in an article that does none of them is
        // inland (below).
        // ("an island in the Amu Darya": the border river.)
        // ("A Taliban attack on a checkpoint in Herat": in Afghanistan's war a post is anywhere.)
        let namesAfghanBorder = { (sentenceFacts: SentenceFacts) in
            sentenceFacts.namesBorder && !sentenceFacts.namesBorderOnlyInPassing
        }
        let tellsAfghanBorder = { (event: Event) in
            event.sentences.contains { $0 < facts.count && namesAfghanBorder(facts[$0]) }
        }
        let articleNamesAfghanBorder =
            facts.contains(where: namesAfghanBorder)
            || title.contains { sentence in
                sentence.tokens.contains {
                    $0.entry.has(.border) && !FactReader.postWords.contains($0.text)
                }
            }
            || (title + sentences).contains { $0.contains(Self.borderRivers) }
        // The Afghan provinces whose border districts the article names: an incident placed by
        // such a province alone is taken to be there. ("The Taliban took Khamab district of
        // Jowzjan ... attacked checkpoints in Kunduz province": Khamab says nothing of Kunduz.)
        // ("Ghormach district in the northern province of Faryab": a border district the event's
        // own sentence names, whichever province the list puts it in.)
        let afghanBorderDistricts = facts.map { sentenceFacts in
            sentenceFacts.places.filter {
                $0.place.country == .afghanistan
                    && $0.isWithinProvince(in: sentenceFacts.sentence)
                    && !$0.isInterior(in: sentenceFacts.sentence)
            }.map(\.place.region)
        }
        let afghanBorderProvinces = Set(afghanBorderDistricts.joined())
        // "On the Kyrgyz-Tajik border": the first of the pair, as a report names its own side
        // first; the last resort of an article that names no country otherwise.
        let borderPair = (title + sentences).lazy.compactMap(Self.firstOfBorderPair).first
        // "The president's envoy in Batken region commented on the border quarrel ... the
        // Kyrgyz side also fired a shot into the air": the country of the first place the article
        // names where things happen, when nothing else says whose the event is.
        let placesCountry = facts.lazy.compactMap {
            $0.places.first { !$0.isIncidental }?.place.country
        }.first

        // An event with no place takes the first place named where it is told: from its first
        // sentence to the next event's.
        let starts = builder.events.map { $0.sentences.first ?? Int.max }.sorted()
        for index in builder.events.indices where builder.events[index].place == nil {
            guard let first = builder.events[index].sentences.first else { continue }
            let next = starts.first { $0 > first } ?? sentences.count
            // The lead paragraph sets the scene of the first event.
            let lead = first <= 4 ? facts.prefix { $0.sentence.paragraph == 0 }.map { $0 } : []
            let area = (lead + facts[Swift.max(0, first - 2)..<Swift.min(next, facts.count)]).filter
            { $0.setAside == nil }
            // A place of the country the event is told in, when the text says which.
            let countries = builder.events[index].countries + area.flatMap(\.countries)
            let fits = { (place: Gazetteer.Place) in
                countries.isEmpty || countries.contains(place.country)
            }
            if let place = area.lazy.compactMap({
                $0.places.first { !$0.isIncidental && fits($0.place) }?.place
            }).first {
                builder.events[index].place = place
                builder.events[index].notes.append(
                    "place \(place.region.isEmpty ? place.country.rawValue : place.region) from a sentence nearby"
                )
            } else if builder.events[index].isInSamePlace,
                let told = builder.events[..<index].last(where: { $0.place != nil })?.place
            {
                // "stormed a police post in the same district": the place of the event before.
                builder.events[index].place = told
                builder.events[index].notes.append(
                    "place \(told.region.isEmpty ? told.country.rawValue : told.region) from \"the same\" place as the event before"
                )
            }
        }

        // An undated incident takes a time told just before it, in a sentence that starts no
        // other event ("Guards stopped smugglers at the end of last week. One was killed in the
        // skirmish.").
        for index in builder.events.indices
        where builder.events[index].time == nil && builder.events[index].category == .incident {
            guard let first = builder.events[index].sentences.first else { continue }
            let lead =
                first <= 4
                ? facts.prefix { $0.sentence.paragraph == 0 && $0.sentence.index < first } : []
            let before = Array(facts[Swift.max(0, first - 2)..<first].reversed()) + lead
            if let time = before.first(where: {
                $0.setAside == nil && $0.mentions.isEmpty && !$0.times.isEmpty
            })?.times.first(where: { !$0.isSpan && $0.precision != .year }),
                !reader.window.isBefore(time)
            {
                builder.events[index].time = time
                builder.events[index].notes.append("time \(time.period) from the sentence before")
            }
        }

        // Still undated, it takes the day told just before a later sentence of its telling
        // ("the Uzbek side told them that on 15 August a patrol had come across two people.
        // According to the Uzbek side, ... fire was opened"); of several days told there, the
        // earliest: the later are when it was reported or discussed.
        let told = builder.events.map { Set($0.sentences) }
        for index in builder.events.indices
        where builder.events[index].time == nil && builder.events[index].category == .incident {
            let own = builder.events[index].sentences
            for later in own.dropFirst() where later > 0 && later - 1 < facts.count {
                let before = facts[later - 1]
                guard before.setAside == nil, before.mentions.isEmpty,
                    !told.enumerated().contains(where: {
                        $0.offset != index && $0.element.contains(later - 1)
                    }),
                    let time = before.times.filter({ !$0.isSpan && $0.precision == .day })
                        .min(by: { $0.date < $1.date }),
                    !reader.window.isBefore(time)
                else { continue }
                builder.events[index].time = time
                builder.events[index].notes.append(
                    "time \(time.period) from the sentence before S\(later + 1)")
                break
            }
        }

        // Weapons fired in an article about an exercise, with nobody hurt, are the exercise's.
        // So is a fight with an enemy the exercise makes believe ("stopped the advance of the
        // make-believe terrorists").
        if builder.events.contains(where: { $0.measure == .exercise }) {
            builder.events.removeAll { event in
                event.category == .incident && event.tolls.isEmpty
                    && (event.types.allSatisfy { $0 == .shelling || $0 == .explosion }
                        || event.sentences.contains { index in
                            index < sentences.count
                                && sentences[index].contains([
                                    "simulated", "make believe", "mock", "imaginary", "notional",
                                    "scenario", "conditional enemy", "conventional enemy",
                                ])
                        })
            }
        }

        // Claims the authorities where they would have happened deny, with no one confirming
        // them and no dead, are not events.
        let deniers = Set(
            facts.filter { $0.setAside == nil || $0.setAside == .denied }.flatMap(\.deniers))
        let deniedUnnamed = facts.contains {
            ($0.setAside == nil || $0.setAside == .denied) && $0.deniesUnnamed
        }
        var dropped: [(Int, String)] = []
        /// Removes the events `reason` gives a reason for, the reason kept for the explanation.
        func drop(_ reason: (Event) -> String?) {
            builder.events.removeAll { event in
                guard let why = reason(event) else { return false }
                dropped.append((event.sentences.first ?? 0, why + ": " + (event.notes.first ?? "")))
                return true
            }
        }
        drop { event in
            // "Reports are circulating of a shootout said to have killed servicemen": a claim,
            // told as one in every sentence of it, whatever dead it names; "according to the
            // reports, couriers had killed three soldiers ... 25 lost their lives, a reporter
            // said": every toll of it told as a claim.
            let isClaim = { (index: Int) in
                sentences.indices.contains(index)
                    && sentences[index].contains([
                        "alleged", "allegedly", "said to have", "reportedly", "social media",
                        "rumour", "rumours", "rumor", "rumors", "circulating", "unconfirmed",
                        "claimed", "claims", "according to the reports", "according to reports",
                        "according to media", "media reports", "reporter",
                        "according to the outlet", "according to the website",
                        "according to the radio", "according to the publication",
                        // "quoting its correspondent, reported accounts that ...".
                        "correspondent", "reported accounts", "accounts that",
                    ])
            }
            let onlyClaimed =
                event.sentences.allSatisfy(isClaim)
                || (!event.tolls.isEmpty && event.tolls.allSatisfy { isClaim($0.sentence) })
            guard event.category == .incident, event.tolls.isEmpty || onlyClaimed,
                let country = event.place?.country ?? event.countries.first,
                // ("has not been confirmed" confirms nothing.)
                !event.sentences.contains(where: {
                    sentences[$0].contains(["confirmed", "confirms"])
                        && !sentences[$0].contains([
                            "not been confirmed", "not confirmed", "not yet confirmed",
                            "not be confirmed", "neither confirmed",
                        ])
                })
            else { return nil }
            if deniers.contains(country) { return "denied by \(country.rawValue)" }
            guard onlyClaimed else { return nil }
            // (Or the state whose people the claim says died: "Turkmen soldiers".)
            if let party = event.tolls.lazy.compactMap(\.party).first(where: deniers.contains) {
                return "denied by \(party.rawValue)"
            }
            // (Or the state the claim says the attack came from: "rockets launched from Afghan
            // territory towards Termez", which Kabul dismissed as a rumour.)
            let origin = event.sentences.lazy.flatMap { index in
                sentences[index].tokens.indices.lazy.filter {
                    Gazetteer.isOrigin(sentences[index], $0)
                }.compactMap { sentences[index][$0].entry.country }
            }.first(where: deniers.contains)
            if let origin { return "denied by \(origin.rawValue), where it is said to come from" }
            return deniedUnnamed ? "denied" : nil
        }

        // "Thirteen police died in a Taliban attack on a post in Kunduz province. The attack
        // happened near Khanabad district": the body places the lead's incident in a district
        // inside the province, away from the border. "Taliban fighters attacked a post in
        // Khanabad district. Seven police were killed in the attack, which happened on
        // Wednesday night": the incident set aside for its inland place, told on. An incident
        // whose own sentences name no border district, no border and no border guards is then
        // inland too (a border district named anywhere in its telling keeps it).
        let inlandTellings = builder.setAside.filter { $0.reason == .elsewhere }.compactMap {
            entry -> (sentence: Int, regions: Set<String>)? in
            guard entry.sentence < facts.count, !facts[entry.sentence].mentions.isEmpty else {
                return nil
            }
            let told = facts[entry.sentence]
            let regions = Set(
                told.places.filter { !$0.isIncidental && $0.isInterior(in: told.sentence) }
                    .map(\.place.region))
            return regions.isEmpty ? nil : (entry.sentence, regions)
        }
        drop { event in
            guard event.category == .incident,
                !tellsAfghanBorder(event),
                let first = event.sentences.first, first < facts.count,
                let region = event.place?.region, !region.isEmpty,
                !event.sentences.contains(where: { index in
                    index < facts.count
                        && facts[index].places.contains {
                            !$0.isIncidental && $0.isWithinProvince(in: facts[index].sentence)
                                && !$0.isInterior(in: facts[index].sentence)
                        }
                })
            else { return nil }
            let last = event.sentences.last ?? first
            let telling = inlandTellings.first { telling in
                guard telling.regions.contains(region) else { return false }
                if telling.sentence == first - 1 {
                    return facts[first].mentions.allSatisfy { $0.isDefinite || $0.isReferenceOnly }
                }
                return telling.sentence > first && telling.sentence <= last + 1
                    && facts[telling.sentence].mentions.allSatisfy {
                        $0.isDefinite || $0.isReferenceOnly
                    }
            }
            return telling.map {
                "told in S\($0.sentence + 1) as inside \(region), away from the border"
            }
        }

        // "Border guards used their weapons in a skirmish with smugglers", then "the border
        // detail used its weapons, firing three warning shots into the air": the weapons used
        // were a warning, which Evaluation/CODING.md holds is no incident, when nobody was hurt
        // and nobody fired back.
        let warnings = sentences.filter {
            $0.contains(["warning shots", "warning shot"])
                && $0.contains(["into the air", "in the air", "upwards", "skywards"])
        }
        let warnedOnly =
            !warnings.isEmpty
            && !sentences.contains { sentence in
                sentence.tokens.contains { $0.entry.has([.killVerb, .dieVerb, .injury]) }
                    || sentence.contains([
                        "dead", "returned fire", "fired back", "exchange of fire", "exchanged fire",
                        "shootout", "stones", "opened fire on", "fired on", "fired at",
                        "fire at their", "fire at the", "fire on their", "fire on the",
                    ])
            }
        if warnedOnly {
            // (Not an event of another day than the one the warning's paragraph tells:
            // "residents clashed again" on May 23 is not the crossing of May 22 that a last
            // paragraph tells was met with a warning shot.)
            let paragraphs = Set(warnings.map(\.paragraph))
            let warnedDays = facts.indices.filter {
                sentences.indices.contains($0) && paragraphs.contains(sentences[$0].paragraph)
            }.flatMap { facts[$0].times.filter { $0.precision == .day }.map(\.date) }
            drop { event in
                let otherDay =
                    event.time.map { own in
                        own.precision == .day && warnedDays.contains { $0 != own.date }
                    } ?? false
                return event.category == .incident && event.tolls.isEmpty
                    && (event.incident == .armedClash || event.incident == .attack) && !otherDay
                    ? "warning shots into the air, no incident" : nil
            }
        }

        // "A conflict has flared up between two villages over asphalt laid on the road", with
        // police and guards sent to calm it: a dispute, with nothing violent told of it anywhere
        // in the article, is no incident. (The article is searched only when there is one.)
        let isDispute = { (event: Event) in
            event.category == .incident && event.tolls.isEmpty
                && event.sentences.allSatisfy { index in
                    index < facts.count
                        && facts[index].mentions.allSatisfy {
                            $0.word.hasPrefix("conflict") || $0.isReferenceOnly
                        }
                }
        }
        let nothingViolent = { () -> Bool in
            !sentences.contains { sentence in
                sentence.tokens.contains {
                    $0.entry.has([.killVerb, .dieVerb, .injury, .detention])
                }
                    || sentence.contains([
                        "fire", "fired", "shots", "shot", "shooting", "stones", "stone", "fight",
                        "fighting", "fought", "brawl", "scuffle", "scuffles", "beat", "beaten",
                        "clash", "clashes", "clashed", "threw", "thrown", "weapons", "burned",
                        "burnt", "set fire", "arson", "hostage", "hostages", "attack", "attacked",
                        "violence", "violent", "mass fight",
                    ])
            }
        }
        if builder.events.contains(where: isDispute), nothingViolent() {
            drop { isDispute($0) ? "a dispute with nothing violent told, no incident" : nil }
        }

        // "New clashes have broken out, killing at least one person", then each clash told in
        // turn with its dead: the lead's toll is the total of those below, not more dead.
        for index in builder.events.indices where builder.events[index].category == .incident {
            let event = builder.events[index]
            guard let first = event.sentences.first, first < facts.count,
                facts[first].mentions.contains(where: {
                    $0.count == 1 && !$0.isReferenceOnly && !$0.word.contains(" ")
                        && $0.word.hasSuffix("s") && !$0.word.hasSuffix("ss")
                }),
                !event.tolls.isEmpty,
                event.tolls.allSatisfy({ $0.sentence == first })
            else { continue }
            // (Not a clash of another time: "in early September" is not the July clash after.)
            let others = builder.events.indices.filter {
                $0 != index && builder.events[$0].category == .incident
                    && builder.events[$0].sentences.allSatisfy { $0 > first }
                    && event.accepts(time: builder.events[$0].time)
            }
            let told = event.tolls.map(\.value).max() ?? 0
            let below = others.reduce(0) { sum, other in
                sum + builder.events[other].tolls.filter { !$0.isPart }.map(\.value).reduce(0, +)
            }
            guard others.count >= 1, told > 0, below >= told else { continue }
            builder.events[index].tolls = []
            builder.events[index].notes.append(
                "S\(first + 1): \(told) dead over several clashes, the total of those told below")
        }

        // "Taliban fighters were also attacking forces in Faryab", after the Faryab attack was
        // told: an incident on the same day, in the same province, of a kind already told there,
        // is that incident told again; its figures are weighed with the first telling's.
        var retold: Set<Int> = []
        for later in builder.events.indices where builder.events[later].category == .incident {
            let event = builder.events[later]
            guard let time = event.time, time.precision == .day, event.count == 1,
                !event.isToldAsAnother,
                let place = event.place, !place.region.isEmpty
            else { continue }
            guard
                let earlier = builder.events.indices.first(where: { index in
                    let other = builder.events[index]
                    return index < later && !retold.contains(index) && other.category == .incident
                        && other.count == 1 && other.time?.precision == .day
                        && other.time?.date == time.date && other.place == place
                        && !other.types.isDisjoint(with: event.types)
                })
            else { continue }
            builder.events[earlier].tolls += event.tolls
            builder.events[earlier].add(sentences: event.sentences)
            if event.namesBorder { builder.events[earlier].namesBorder = true }
            builder.events[earlier].notes.append(
                "S\((event.sentences.first ?? 0) + 1): the same day's incident in \(place.region), told again"
            )
            retold.insert(later)
        }
        for index in retold.sorted(by: >) { builder.events.remove(at: index) }

        // "Kyrgyz and Tajik border guards began exchanging fire early on Wednesday ... The
        // Tajik border service, for its part, said Kyrgyz guards had fired four mortar rounds":
        // the other state's account of the same day's incident, however it names it.
        var countered: Set<Int> = []
        for later in builder.events.indices where builder.events[later].category == .incident {
            let event = builder.events[later]
            guard let time = event.time, time.precision == .day, event.count == 1,
                let first = event.sentences.first, first < sentences.count,
                sentences[first].contains(["for its part", "for their part", "in its turn"])
            else { continue }
            guard
                let earlier = builder.events.indices.last(where: { index in
                    let other = builder.events[index]
                    return index < later && !countered.contains(index)
                        && other.category == .incident && other.count == 1
                        && other.time?.precision == .day && other.time?.date == time.date
                })
            else { continue }
            builder.events[earlier].tolls += event.tolls
            builder.events[earlier].add(sentences: event.sentences)
            if event.namesBorder { builder.events[earlier].namesBorder = true }
            builder.events[earlier].notes.append(
                "S\(first + 1): the same day's incident, in the account of the other side")
            countered.insert(later)
        }
        for index in countered.sorted(by: >) { builder.events.remove(at: index) }

        // "The governor called at the home of one of those killed in the latest border
        // fighting ... killed yesterday", then "As a reminder, another clash broke out on the
        // border on the evening of 27 January, in which two residents of Isfara were killed": an
        // incident told first with no place is, on its day, the incident of its kind told again
        // "as another" with its place and no fewer dead; the detailed telling's figures stand.
        // (A placed killing told as a cause is no retelling: "Bishkek opened an inquiry into
        // the deaths of its citizens".)
        var placed: Set<Int> = []
        for earlier in builder.events.indices where builder.events[earlier].category == .incident {
            let event = builder.events[earlier]
            guard let time = event.time, time.precision == .day, event.count == 1,
                event.place?.region.isEmpty ?? true
            else { continue }
            let most = event.tolls.map(\.value).max() ?? 0
            let sides = Set(event.tolls.map(\.side)).subtracting([.unknown])
            guard
                let later = builder.events.indices.first(where: { index in
                    let other = builder.events[index]
                    guard index > earlier, other.category == .incident,
                        other.isToldAsAnother, !other.isEarlierKilling,
                        other.count == 1, other.time?.precision == .day,
                        other.time?.date == time.date, let place = other.place,
                        !place.region.isEmpty, event.accepts(place: place),
                        event.countries.isEmpty || event.countries.contains(place.country),
                        !other.types.isDisjoint(with: event.types)
                    else { return false }
                    return most <= (other.tolls.map(\.value).max() ?? 0)
                        && sides.isSubset(of: other.tolls.map(\.side))
                })
            else { continue }
            builder.events[later].add(sentences: event.sentences)
            if event.namesBorder { builder.events[later].namesBorder = true }
            builder.events[later].notes.append(
                "S\((event.sentences.first ?? 0) + 1): the incident told with no place is this one, told again with its place"
            )
            placed.insert(earlier)
        }
        for index in placed.sorted(by: >) { builder.events.remove(at: index) }

        // A lead with no day that sums up the event the body then tells with its day ("Two
        // citizens of Kyrgyzstan were shot dead by Uzbek border guards ... On 15 August a
        // patrol opened fire. Both died of their wounds.") is that event, when the body tells no
        // other of its kind there and their dead agree.
        if let lead = builder.events.indices.first(where: {
            builder.events[$0].category == .incident
        }),
            builder.events[lead].time == nil, builder.events[lead].count == 1,
            let first = builder.events[lead].sentences.first, first <= 1,
            let place = builder.events[lead].place
        {
            let dead = { (event: Event) in event.tolls.map(\.value).max() ?? 0 }
            let matching = builder.events.indices.filter { index in
                let other = builder.events[index]
                return index > lead && other.category == .incident && other.count == 1
                    && !other.isRecalled && other.time != nil
                    && other.place == place
                    && !other.types.isDisjoint(with: builder.events[lead].types)
            }
            if matching.count == 1, let body = matching.first,
                dead(builder.events[body]) == dead(builder.events[lead])
                    || builder.events[body].tolls.isEmpty
            {
                let detailed = builder.events[body]
                builder.events[lead].tolls += detailed.tolls
                builder.events[lead].add(sentences: detailed.sentences)
                builder.events[lead].time = detailed.time
                builder.events[lead].notes.append(
                    "S\((detailed.sentences.first ?? 0) + 1): the body tells the lead's event with its day"
                )
                builder.events.remove(at: body)
            }
        }

        // "The fighters announced the February attack as revenge for a fighter killed in a
        // shootout": with no time of its own, the shootout came before February, and so before
        // the news window.
        drop { event in
            guard event.isRecalled, event.time == nil, let after = event.recalledBefore,
                reader.window.isBefore(
                    TimeExpression(
                        date: after.date.advanced(by: -1), precision: .day, isRelative: true,
                        position: 0))
            else { return nil }
            return "background: told as what came before an event of \(after.period)"
        }

        // "Since early June, guards have shot dead 13 people ... said his brother was one of six
        // people killed on their way back from the market": deaths with no time of their own,
        // told after a since-then total of the same side at least as large, are some of that
        // total.
        // (Read before `drop`, which mutates the builder the closure would read.)
        let setAsideFigures = builder.setAsideFigures
        drop { event in
            guard event.category == .incident, event.time == nil,
                let first = event.sentences.min(),
                event.tolls.contains(where: { $0.value > 0 }),
                let figure = setAsideFigures.first(where: { figures in
                    figures.reason == .cumulative && figures.isSinceThen && figures.sentence < first
                        && event.tolls.filter { $0.value > 0 }.allSatisfy { toll in
                            figures.tolls.contains {
                                $0.value >= toll.value
                                    && ($0.side == toll.side || $0.side == .unknown
                                        || toll.side == .unknown)
                            }
                        }
                })
            else { return nil }
            return
                "undated deaths told after the since-then total of S\(figure.sentence + 1), part of it"
        }

        var explanation = ArticleExtraction.Explanation(article: name, published: published)
        explanation.dropped = dropped
        explanation.clutter = article.clutter
        var records: [Record] = []
        for event in builder.events {
            var notes = event.notes
            var flags: Set<ReviewFlag> = []
            // Relevance: a border-security event of a covered country.
            // "The death toll from the conflict on the border between Kyrgyzstan and Tajikistan
            // has reached 13, the Kyrgyz health ministry said": a border of two states and no
            // place; the state that counts the dead, or whose dead they are.
            let country =
                event.place?.country ?? event.countries.first ?? mainCountry
                ?? (articleNamesBorder
                    ? event.tolls.lazy.compactMap({ $0.speaker ?? $0.party }).first : nil)
                ?? borderPair
                ?? placesCountry.flatMap { country in
                    // (Only for an event told with that country's word: "our troops retook
                    // Shinwari district" is no Batken event.)
                    event.sentences.contains { index in
                        index < sentences.count
                            && sentences[index].tokens.contains { $0.entry.country == country }
                    } ? country : nil
                }
            // "Three militants were killed in a clash with Tajik border guards": with nothing
            // else to place it, the one state whose forces fought in it.
            let forcesCountry =
                country == nil ? Self.soleForcesCountry(of: event, in: sentences) : nil
            guard let country = country ?? forcesCountry else {
                explanation.dropped.append(
                    (event.sentences.first ?? 0, "no covered country named: " + (notes.first ?? ""))
                )
                continue
            }
            if event.category == .incident
                && !(event.namesBorder || event.place != nil || articleNamesBorder)
            {
                explanation.dropped.append(
                    (event.sentences.first ?? 0, "not at a border: " + (notes.first ?? "")))
                continue
            }
            // "Taliban attacked a police check post in the village of Aq-Masjid, Takhar": an
            // Afghan incident placed by its province alone, or by a town or district inside it,
            // in an article that never names the border nor a border district, is the war
            // inland, not a border event (Evaluation/CODING.md: "at or across the border ... or
            // in a border district"). Its province's name is not enough: the northern provinces
            // run far from the river. ("Taliban fighters attacked a police checkpoint in the
            // western province of Herat": an Afghan incident with no place Tally knows is no
            // nearer the border.)
            if event.category == .incident,
                !tellsAfghanBorder(event),
                (event.place?.country ?? country) == .afghanistan, !articleNamesAfghanBorder,
                event.place.map({ !afghanBorderProvinces.contains($0.region) })
                    ?? afghanBorderProvinces.isEmpty,
                !event.sentences.contains(where: {
                    $0 < afghanBorderDistricts.count && !afghanBorderDistricts[$0].isEmpty
                })
            {
                explanation.dropped.append(
                    (
                        event.sentences.first ?? 0,
                        "inland, no border or border district named: " + (notes.first ?? "")
                    ))
                continue
            }
            // A blast is an incident when it kills or injures: "two loud blasts were heard
            // from across the border" is not one.
            if event.category == .incident, event.types == [.explosion], event.tolls.isEmpty,
                !event.sentences.contains(where: { index in
                    index < sentences.count
                        && sentences[index].tokens.contains {
                            $0.entry.has([.injury, .killVerb, .dieVerb])
                        }
                })
            {
                explanation.dropped.append(
                    (
                        event.sentences.first ?? 0,
                        "a blast that killed or injured no one: " + (notes.first ?? "")
                    ))
                continue
            }
            var fatalities = Fatalities()
            var type = event.category == .incident ? event.incident!.code : event.measure!.code
            if event.category == .incident {
                // "Shootout on the border: 4 soldiers killed" over "at least four soldiers were
                // wounded in the clash", and no four dead told anywhere: the headline's dead are
                // the body's wounded.
                let woundedInBody = { (toll: TollFact) -> Int? in
                    guard EventBuilder.isTitleStatement(toll.statement), toll.value >= 2,
                        !facts.contains(where: { $0.tolls.contains { $0.value == toll.value } })
                    else { return nil }
                    return facts.firstIndex { sentenceFacts in
                        sentenceFacts.sentence.tokens.contains { $0.entry.has(.injury) }
                            && sentenceFacts.groups.contains {
                                $0.count == toll.value
                                    && ($0.side == toll.side || toll.side == .unknown)
                            }
                    }
                }
                var told = event.tolls
                told.removeAll { toll in
                    guard let sentence = woundedInBody(toll) else { return false }
                    notes.append(
                        "toll: the title's \(toll.value) dead are the \(toll.value) wounded of S\(sentence + 1), not dead"
                    )
                    return true
                }
                let tolls = TollResolution(
                    told, interstate: Self.isInterstate(event, sentences, title: title))
                fatalities = Fatalities(
                    militants: tolls.fatalities.militants, security: tolls.fatalities.security,
                    civilians: tolls.fatalities.civilians, unknown: tolls.fatalities.unknown)
                flags.formUnion(tolls.flags)
                notes += tolls.decisions.map { "toll: " + $0 }
                // "Takhar's police chief says two Tajik soldiers died ... the Tajik spokesman
                // denies that two of his soldiers were killed": conflicting reports of the same
                // dead, and the lowest is none.
                for index in event.sentences where index < facts.count {
                    for side in facts[index].deniedDeathSides
                    where Self.sideCount(fatalities, side) > 0 {
                        notes.append(
                            "toll: the \(Self.sideCount(fatalities, side)) \(side.name) dead denied in S\(index + 1): the lowest report, none"
                        )
                        switch side {
                        case .militants: fatalities.militants = 0
                        case .security: fatalities.security = 0
                        case .civilians: fatalities.civilians = 0
                        case .unknown: fatalities.unknown = 0
                        }
                        flags.insert(.tollConflict)
                    }
                }
                if event.tolls.contains(where: { $0.sideByTalibanRule && $0.value > 0 }),
                    fatalities.militants + fatalities.security > 0
                {
                    flags.insert(.talibanSideByDate)
                }
                if event.incident == .infiltration && event.types.contains(.abduction)
                    && !event.wasFought && fatalities.total == 0
                {
                    // "crossed the river and carried off a shepherd": the crossing was the way in.
                    type = IncidentType.abduction.code
                    notes.append("an infiltration that took people: abduction")
                }
                if event.incident == .infiltration && (event.wasFought || fatalities.total > 0) {
                    type = IncidentType.armedClash.code
                    notes.append("an infiltration met by force: armed_clash")
                }
                if Set(event.types.map(\.code)).subtracting([type]).count > 0
                    && event.types.count > 1
                {
                    flags.insert(.typeUncertain)
                }
                if let side = event.deadAreSide, side != .unknown,
                    fatalities.unknown > 0 || tolls.total != nil
                {
                    // "The toll rose to 21 ... All of those killed were civilians": the toll is theirs.
                    let dead = Swift.max(
                        fatalities.unknown + sideCount(fatalities, side), tolls.total ?? 0)
                    notes.append("\(dead) dead: all \(side.name), the article says")
                    switch side {
                    case .militants: fatalities.militants = dead
                    case .security: fatalities.security = dead
                    default: fatalities.civilians = dead
                    }
                    fatalities.unknown = 0
                }
                // The dead of no stated side are of the one side the event's sentences name
                // besides the state's forces ("guards shot two smugglers ... the two men died";
                // "the colonel was killed, three Afghans were killed" in a fight with traffickers).
                if fatalities.unknown > 0 && fatalities.militants == 0
                    && fatalities.civilians == 0 && fatalities.unknown <= 5,
                    let first = event.sentences.first
                {
                    var named = Set<Lexicon.Side>()
                    var crowd = false
                    var pastoral = false
                    // ("The two dead men were natives of the village of Aigyr-Zhal": the dead
                    // told as residents.)
                    var sameCivilians = event.deadWereResidents
                    var armed = false
                    var crossedIllegally = false
                    let next = starts.first { $0 > first } ?? sentences.count
                    // Up to the next event, but a mine's victims only from the sentences of its
                    // own telling, not the history after it.
                    let last =
                        event.incident == .explosion
                        ? Swift.max(
                            first, event.sentences.filter { $0 < sentences.count }.max() ?? first)
                        : Swift.max(
                            event.sentences.last ?? first, Swift.min(next, sentences.count) - 1)
                    // Not the sentences another event rests on ("the intruders" of a clash
                    // told after a killing recalled).
                    let others = Set(
                        builder.events.filter { $0.sentences != event.sentences }
                            .flatMap(\.sentences))
                    // Nor a sentence after its telling about another day ("on July 23 two Uzbek
                    // guards crossed illegally", after a killing of June 20).
                    let otherDay = { (index: Int) -> Bool in
                        guard let own = event.time, own.precision == .day,
                            index > event.sentences.max() ?? index
                        else { return false }
                        return facts[index].times.contains {
                            $0.precision == .day && $0.date != own.date
                        }
                    }
                    for index in first...last
                    where facts[index].setAside == nil && !others.contains(index)
                        && !otherDay(index)
                    {
                        let sentence = sentences[index]
                        let firstFear = sentence.tokens.indices.first {
                            Self.fearWords.contains(sentence.word($0))
                        }
                        for (position, token) in sentence.tokens.enumerated() {
                            // "amid fears of armed groups infiltrating and of drug smuggling":
                            // people feared, not these dead.
                            if let firstFear, position > firstFear,
                                let fear = (1...12).first(where: {
                                    Self.fearWords.contains(sentence.word(position - $0))
                                        || sentence[Swift.max(0, position - $0)].isPunctuation
                                }), Self.fearWords.contains(sentence.word(position - fear))
                            {
                                continue
                            }
                            // "shot the two "intruders"": one side's word for the other.
                            let quoted = ["\"", "“", "'", "‘"].contains(
                                sentence.word(position - 1))
                            // (Not the Taliban once they are the state: "the Taliban's
                            // interim government".)
                            if let side = token.entry.side,
                                side == .militants || side == .civilians,
                                !quoted, !(token.text == "taliban" && reader.talibanAreState)
                            {
                                named.insert(side)
                                // "two residents of the village had gone missing" beside "two
                                // citizens died": as many people of a civilian role as dead.
                                if side == .civilians,
                                    (1...2).contains(where: {
                                        Numbers.read(sentence, at: position - $0)?.value
                                            == fatalities.unknown
                                    })
                                        || Self.isApposed(
                                            sentence, at: position, to: fatalities.unknown)
                                {
                                    sameCivilians = true
                                }
                            }
                            // "two people living in Aigyr-Jal village", "the man, who lives in
                            // Kurulush village": residents named by where they live, the same
                            // people as the dead when the figure (or the one man) matches.
                            if ["living", "lives", "live", "lived"].contains(token.text),
                                sentence.word(position + 1) == "in",
                                (1...3).contains(where: {
                                    Numbers.read(sentence, at: position - $0)?.value
                                        == fatalities.unknown
                                })
                                    || (sentence.word(position - 1) == "who"
                                        && token.text == "lives" && fatalities.unknown == 1)
                            {
                                named.insert(.civilians)
                                sameCivilians = true
                            }
                            // "... may have been involved in smuggling": a guess, not a role.
                            if ["smuggle", "smuggling", "smuggled", "trafficking", "illegally"]
                                .contains(token.text),
                                !(1...5).contains(where: {
                                    ["may", "might", "could", "possibly", "perhaps"].contains(
                                        sentence.word(position - $0))
                                }),
                                !Self.doneByForces(sentence, at: position)
                            {
                                if token.text == "illegally" {
                                    crossedIllegally = true
                                    // ("... who had crossed illegally exchanged fire": they fought.)
                                    if sentence.contains([
                                        "exchanged fire", "exchange of fire", "returned fire",
                                        "fired back", "opened fire on the guards",
                                    ]) {
                                        named.insert(.militants)
                                    }
                                } else {
                                    named.insert(.militants)
                                }
                            }
                            // "three armed, unidentified citizens on horseback": people who came
                            // armed, whatever the noun, in the event's own telling ("incursions
                            // by armed groups" in general says nothing of these dead).
                            if token.text == "armed", event.sentences.contains(index),
                                (1...3).contains(where: {
                                    [
                                        "men", "man", "people", "persons", "person", "individuals",
                                        "citizens", "citizen", "group", "groups", "nationals",
                                    ].contains(sentence.word(position + $0))
                                })
                            {
                                named.insert(.militants)
                                armed = true
                            }
                            // "citizens who were grazing the animals": herders at their work.
                            if ["grazing", "herding", "pasturing", "haymaking"].contains(
                                token.text)
                            {
                                pastoral = true
                            }
                            // "had gone out to collect arnebia, a plant", "gathering firewood",
                            // "set out to gather farm produce".
                            // ("looking for livestock", "searching for the roots of a plant".)
                            if [
                                "collect", "collecting", "gather", "gathering", "gatherers",
                                "searching", "looking", "digging",
                            ]
                            .contains(token.text),
                                sentence.contains([
                                    "plant", "plants", "herb", "herbs", "firewood", "licorice",
                                    "liquorice", "mushrooms", "berries", "wood", "roots",
                                    "livestock", "cattle", "sheep", "goats", "produce",
                                    "crops", "harvest", "fruit", "hay", "grass", "reeds",
                                ])
                            {
                                pastoral = true
                            }
                            // Fire opened on a crowd: protesters, not fighters; a crowd that
                            // attacks may have had fighters in it.
                            if [
                                "crowd", "protest", "protesting", "gathered", "rally",
                                "demonstration", "protesters", "demonstrators",
                            ]
                            .contains(token.text),
                                (1...3).contains(where: {
                                    ["on", "at", "into", "upon"].contains(
                                        sentence.word(position - $0))
                                }) || ["protest", "protesting", "gathered"].contains(token.text)
                            {
                                crowd = true
                            }
                        }
                    }
                    // People who crossed illegally are the militants the keys count, unless they
                    // went for their herds or for plants ("they crossed while searching for the
                    // roots of a plant").
                    if crossedIllegally && !pastoral { named.insert(.militants) }
                    // Only smuggling or a crowd settles it: a role named nearby may be
                    // someone else's.
                    if crowd && !named.contains(.militants) { named = [.civilians] }
                    // Armed men who fought a patrol are the militants, wherever they lived
                    // ("citizens of Kyrgyzstan, residents of Chon-Alai district").
                    if armed && !crowd && !pastoral && event.incident == .armedClash {
                        named = [.militants]
                    }
                    // Herders shot at their grazing, with no arms or smuggling told: civilians.
                    if (pastoral || sameCivilians) && !named.contains(.militants) && !crowd {
                        crowd = true
                        named = [.civilians]
                    }
                    // "they fired at an unarmed man who posed no threat": one side's account of
                    // smuggling or a crossing, denied by the other, settles no side.
                    if (first...last).contains(where: { sentences[$0].contains(["unarmed"]) }) {
                        named.remove(.militants)
                    }
                    // "Taliban fighters are reported to have killed an Afghan man": the fighters
                    // named are the killers, not the dead.
                    // ("A man was shot dead by gunmen", "two men were killed by armed militants":
                    // the killers after "by", the same.)
                    let killersNamed = event.sentences.contains { index in
                        guard index < sentences.count else { return false }
                        let sentence = sentences[index]
                        let kills = { (verb: Int) in
                            sentence[verb].entry.has(.killVerb)
                                || (sentence.word(verb) == "shot"
                                    && sentence.word(verb + 1) == "dead")
                                || (sentence.word(verb) == "gunned"
                                    && sentence.word(verb + 1) == "down")
                        }
                        return sentence.tokens.indices.contains { position in
                            guard
                                sentence[position].entry.side == .militants
                                    || sentence.word(position) == "taliban"
                            else { return false }
                            if (position + 1...position + 8).contains(where: { verb in
                                kills(verb) && !sentence[verb - 1].entry.has(.auxiliary)
                            }) {
                                return true
                            }
                            // ("The Taliban attacked a checkpoint ..., killing two people": the
                            // attackers.)
                            if (position + 1...position + 3).contains(where: { verb in
                                ["attacked", "ambushed", "stormed", "raided"].contains(
                                    sentence.word(verb))
                                    && !sentence[verb - 1].entry.has(.auxiliary)
                            }) {
                                return true
                            }
                            guard
                                let by = (1...3).first(where: {
                                    sentence.word(position - $0) == "by"
                                })
                            else { return false }
                            return (1...3).contains { kills(position - by - $0) }
                                || sentence.word(position - by - 1) == "dead"
                        }
                    }
                    if killersNamed && named == [.militants] { named = [] }
                    // "five people were killed in the fighting between government forces and
                    // the Taliban": the dead of either side.
                    let bothSidesFought = event.sentences.contains { index in
                        guard index < sentences.count else { return false }
                        let sentence = sentences[index]
                        return sentence.tokens.indices.contains { position in
                            guard sentence.word(position) == "between" else { return false }
                            let after = sentence.tokens.dropFirst(position + 1).prefix(8)
                            return after.contains { $0.entry.side == .security }
                                && after.contains {
                                    $0.entry.side == .militants || $0.text == "taliban"
                                }
                        }
                    }
                    if bothSidesFought && named == [.militants] { named = [] }
                    // A mine that went off under people named only as residents, hunters or
                    // shepherds killed civilians.
                    let mine = event.incident == .explosion
                    if named == [.militants] || ((crowd || mine) && named == [.civilians]),
                        let side = named.first
                    {
                        notes.append(
                            "the \(fatalities.unknown) dead of no stated side are the \(side.name) the article names"
                        )
                        switch side {
                        case .militants: fatalities.militants = fatalities.unknown
                        default: fatalities.civilians = fatalities.unknown
                        }
                        fatalities.unknown = 0
                        flags.insert(.sideInferred)
                    }
                }
                if fatalities.unknown > 0 { flags.insert(.sideUnknown) }
            }
            let date: CivilDate
            let precision: DatePrecision
            var undatedNote = ""
            if let time = event.time {
                date = time.date
                precision = time.precision
                if time.isRelative { flags.insert(.dateRelative) }
                if event.isDatedByStatement { flags.insert(.dateFromStatement) }
            } else {
                guard options.undated == .publicationMonth else {
                    explanation.dropped.append(
                        (event.sentences.first ?? 0, "undated, left out (--undated skip)"))
                    continue
                }
                date = Period(.month, containing: published).start
                precision = .month
                flags.insert(.dateFromPublication)
                undatedNote = " [undated in the article: dated to its publication month]"
            }
            let region = event.place?.country == country ? event.place!.region : ""
            if region.isEmpty { flags.insert(.regionUnresolved) }
            let nearby = builder.setAside.contains { aside in
                (aside.reason == .background || aside.reason == .cumulative)
                    && event.sentences.contains { abs($0 - aside.sentence) <= 2 }
            }
            if nearby { flags.insert(.backgroundNearby) }
            let evidence = event.sentences.map { sentences[$0].text }.joined(separator: " ")
            // The district, town or post named where it happened, and who fought.
            let location =
                region.isEmpty
                ? ""
                : event.sentences.lazy.compactMap { index -> String? in
                    guard index < sentences.count else { return nil }
                    return facts[index].places.first {
                        !$0.isIncidental && $0.place == event.place
                            && $0.isWithinProvince(in: sentences[index])
                    }?.name(in: sentences[index])
                }.first ?? ""
            let actors =
                event.category == .incident
                ? Self.actors(event, sentences, talibanAreState: reader.talibanAreState)
                : ("Government of \(country.rawValue)", "")
            let record = Record(
                id: "\(name)-\(records.count + 1)", date: date, datePrecision: precision,
                country: country.rawValue, region: region, location: location,
                category: event.category, type: type, count: Swift.max(1, event.count),
                fatalities: fatalities, actor1: actors.0, actor2: actors.1, source: source,
                sourceURL: options.url ?? "", notes: evidence + undatedNote,
                flags: ReviewFlag.column(options.isTeaser ? flags.union([.teaserOnly]) : flags))
            records.append(record)
            explanation.events.append(
                (record, notes, event.sentences.map { "S\($0 + 1) " + sentences[$0].text }))
            explanation.relevance.append(
                (
                    EventRelevance.features(
                        of: event, fatalities: fatalities, flags: flags, date: date,
                        precision: event.time == nil ? nil : precision, region: region,
                        sentences: sentences, titleSentences: title, published: published,
                        setAsideCount: builder.setAside.count,
                        articleNamesBorder: articleNamesBorder),
                    0, event.sentences.first ?? 0
                ))
        }
        Self.countOnce(deathsToldTwiceIn: &records, &explanation)
        let inputs = EventRelevance.completed(
            explanation.relevance.map(\.features), records: records)
        for index in inputs.indices {
            explanation.relevance[index].features = inputs[index]
            let probability = EventRelevance.probability(inputs[index])
            explanation.relevance[index].probability = probability
            explanation.events[index].decisions.append(
                "learned relevance: \(Int((probability * 100).rounded())) % that it is a reported event"
            )
        }
        if options.weighsRelevance {
            for index in records.indices.reversed()
            where explanation.relevance[index].probability < EventRelevance.threshold {
                let (_, probability, sentence) = explanation.relevance[index]
                explanation.dropped.append(
                    (
                        sentence,
                        "judged unlikely to be a reported event by the learned relevance model (\(Int((probability * 100).rounded())) %): "
                            + (explanation.events[index].decisions.first ?? "")
                    ))
                records.remove(at: index)
                explanation.events.remove(at: index)
                explanation.relevance.remove(at: index)
            }
            Self.numbered(&records, &explanation)
        }
        explanation.setAside = builder.setAside.map {
            ($0.sentence, $0.reason.rawValue, $0.summary)
        }
        explanation.sentenceCount = sentences.count
        return (
            ArticleExtraction(records: records, explanation: explanation),
            tellsEpisode: !episodes.isEmpty
        )
    }

    /// The same dead told twice: two incidents of one article with as many dead, at least two,
    /// all of one side each ("two Kyrgyz citizens were shot dead by Uzbek guards" in the lead,
    /// and "the two men died" in a paragraph that reads as another day, or names them by another
    /// role) are one event. Of the 859 articles coded by hand in `Evaluation/`, not one has two
    /// such incidents; every time the extractor made two, it counted deaths twice. Two sides
    /// named (two guards, two smugglers) are two sets of people and stay apart. A lead's dead of
    /// no stated side (or a side only inferred) and as many dead by side in an incident of the
    /// same count, on a date that can be the same, are one event too ("five people dead in the
    /// latest clash", then "three gunmen were killed, and so were two guards"). The incident
    /// with the finer date is kept (the first told between equals), with the sides the other
    /// names when its own are unknown or inferred, the other's sentences and a flag.
    static func countOnce(
        deathsToldTwiceIn records: inout [Record],
        _ explanation: inout ArticleExtraction.Explanation
    ) {
        func soleSide(_ fatalities: Fatalities) -> Bool {
            [fatalities.militants, fatalities.security, fatalities.civilians, fatalities.unknown]
                .filter { $0 > 0 }.count == 1
        }
        /// Dead all of one side the text did not name: "five people dead", or the side inferred.
        func isLoose(_ record: Record) -> Bool {
            soleSide(record.fatalities)
                && (record.fatalities.unknown > 0
                    || record.flags.split(separator: ";").contains("side_inferred"))
        }
        func sameDead(_ a: Record, _ b: Record) -> Bool {
            guard a.fatalities.total == b.fatalities.total else { return false }
            if soleSide(a.fatalities) && soleSide(b.fatalities) {
                // Two named sides are two sets of people.
                return a.fatalities == b.fatalities || a.fatalities.unknown > 0
                    || b.fatalities.unknown > 0
            }
            // "with five people dead in the most recent clash", then "all three gunmen were
            // killed, but so were two Tajik border guards": the same five, by side (on dates
            // that can be one, as often: the five Chinese killed in November, or in "two
            // earlier attacks", are others).
            return (isLoose(a) || isLoose(b)) && a.count == b.count
                && datesCompatible(a.date, a.datePrecision, b.date, b.datePrecision)
        }
        var index = 0
        while index < records.count {
            let record = records[index]
            guard record.category == .incident, record.fatalities.total >= 2,
                let earlier = records[..<index].firstIndex(where: {
                    $0.category == .incident && sameDead($0, record)
                })
            else {
                index += 1
                continue
            }
            let (kept, gone) =
                record.datePrecision < records[earlier].datePrecision
                ? (index, earlier) : (earlier, index)
            var merged = records[kept]
            let other = records[gone]
            let takesSides = isLoose(merged) && !isLoose(other)
            if takesSides || (merged.fatalities.unknown > 0 && other.fatalities.unknown == 0) {
                merged.fatalities = other.fatalities
            }
            merged.notes += " " + other.notes
            var flags = Set(
                (merged.flags + ";" + other.flags).split(separator: ";").compactMap {
                    ReviewFlag(rawValue: String($0))
                })
            flags.insert(.deathsToldTwice)
            if merged.fatalities.unknown == 0 { flags.remove(.sideUnknown) }
            if takesSides && !other.flags.contains(ReviewFlag.sideInferred.rawValue) {
                flags.remove(.sideInferred)
            }
            merged.flags = ReviewFlag.column(flags)
            records[kept] = merged
            explanation.events[kept].record = merged
            explanation.events[kept].decisions.append(
                "the same \(merged.fatalities.total) dead told again: the event of \(other.writtenDate) is this one, counted once"
            )
            explanation.events[kept].sentences += explanation.events[gone].sentences
            records.remove(at: gone)
            explanation.events.remove(at: gone)
            explanation.relevance.remove(at: gone)
            index = Swift.min(index, gone)
        }
        numbered(&records, &explanation)
    }

    /// Ids stay numbered in order.
    static func numbered(
        _ records: inout [Record], _ explanation: inout ArticleExtraction.Explanation
    ) {
        let prefix = explanation.article
        for position in records.indices {
            records[position].id = "\(prefix)-\(position + 1)"
            explanation.events[position].record.id = records[position].id
        }
    }

    /// Who fought, as the event's sentences name them: the state's forces first ("Security
    /// forces of Tajikistan"), then the other side ("Taliban", "Smugglers", "Civilians", or the
    /// other state's forces); empty where the text names none.
    static func actors(
        _ event: Event, _ sentences: [Sentence], talibanAreState: Bool
    )
        -> (String, String)
    {
        var states: [Country] = []
        var others: [String] = []
        var civilians = false
        for index in event.sentences where index < sentences.count {
            let sentence = sentences[index]
            for position in sentence.tokens.indices {
                let token = sentence[position]
                if token.text == "taliban" {
                    let name = talibanAreState ? "Taliban (Islamic Emirate forces)" : "Taliban"
                    if !others.contains(name) { others.append(name) }
                    continue
                }
                guard let side = token.entry.side, token.isWord else { continue }
                switch side {
                case .security:
                    // "Tajik border guards", "the Kyrgyz side's troops": whose forces.
                    let country = (1...3).lazy.compactMap {
                        sentence[position - $0].entry.country
                    }.first
                    if let country, country != .afghanistan || !talibanAreState,
                        !states.contains(country)
                    {
                        states.append(country)
                    }
                case .militants:
                    let name = token.entry.isPlural ? token.text : token.text + "s"
                    let label = name.prefix(1).uppercased() + name.dropFirst()
                    if others.isEmpty { others.append(label) }
                case .civilians:
                    civilians = true
                case .unknown:
                    break
                }
            }
        }
        let forces = states.map { "Security forces of \($0.rawValue)" }
        let victims = civilians ? "Civilians" : ""
        // Without the state's forces: the fighters and whom they hit.
        guard let first = forces.first else { return (others.first ?? "", victims) }
        return (first, forces.count > 1 ? forces[1] : others.first ?? victims)
    }

    /// What follows an "it" that stands for nothing told: "it is not known", "it was reported".
    static let expletivePredicates: WordSet = [
        "not", "known", "unknown", "clear", "unclear", "said", "reported", "believed", "thought",
        "likely", "unlikely", "possible", "understood", "feared", "expected", "alleged", "hoped",
        "time", "difficult", "hard", "important", "worth",
    ]

    /// Whether an event is told as fought between two of the covered states other than
    /// Afghanistan ("Kyrgyz-Tajik border", "between Kyrgyzstan and Tajikistan", "troops of the
    /// two countries"), where each government reports its own dead.
    /// - Parameter title: the headline's sentences: "Tense calm on the Kyrgyz-Tajik border
    ///   after days of fighting" says between whom the fight told below was, when the sentences
    ///   of the toll do not.
    static func isInterstate(
        _ event: Event, _ sentences: [Sentence], title: [Sentence] = []
    )
        -> Bool
    {
        // "Kyrgyzstan has given a toll of 59 dead ... Tajikistan says at least 41 died": two
        // neighbours each counting the dead of one fight between them. (Not each telling of
        // the one herder shot by the other's guards.)
        let counting = Set(
            event.tolls.filter { $0.value >= 2 }.compactMap(\.speaker).filter { $0 != .afghanistan }
        )
        if counting.count >= 2 { return true }
        // (Not "One man shot dead on the Tajik-Uzbek border": a headline of fighting only.)
        let fightingTitle = title.filter {
            $0.contains([
                "fighting", "clashes", "clash", "conflict", "hostilities", "war", "skirmishes",
                "battles",
            ])
        }
        for sentence in event.sentences.map({ sentences[$0] }) + fightingTitle {
            for position in sentence.tokens.indices {
                guard let first = sentence[position].entry.country, first != .afghanistan else {
                    continue
                }
                let next = sentence[position + 1]
                if next.isHyphenated, let second = next.entry.country, second != first,
                    second != .afghanistan
                {
                    return true
                }
                // "between Kyrgyzstan and Tajikistan"; "fighting ... ended with Kyrgyzstan and
                // Tajikistan agreeing to a ceasefire"; "Tajik and Kyrgyz guards exchanged fire".
                if sentence.word(position + 1) == "and",
                    let second = sentence[position + 2].entry.country, second != first,
                    second != .afghanistan
                {
                    return true
                }
                // "Kyrgyzstan said ... clashes on its disputed border with Tajikistan".
                // "... in the latest border fighting with Tajikistan", said by Kyrgyzstan.
                if sentence.word(position - 1) == "with",
                    ["border", "frontier"].contains(sentence.word(position - 2))
                        || sentence[position - 2].entry.incident != nil,
                    sentence.tokens.contains(where: {
                        $0.entry.country.map { $0 != first && $0 != .afghanistan } ?? false
                    })
                {
                    return true
                }
            }
        }
        return false
    }

    /// The one state whose forces an event's sentences name by its adjective ("Tajik border
    /// guards", "Uzbek troops"), when they name one.
    static func soleForcesCountry(of event: Event, in sentences: [Sentence]) -> Country? {
        var found: Set<Country> = []
        for index in event.sentences where index < sentences.count {
            let sentence = sentences[index]
            for at in sentence.tokens.indices {
                guard let country = sentence[at].entry.country, !sentence[at].entry.isCountryName
                else { continue }
                let noun = at + (sentence.word(at + 1) == "border" ? 2 : 1)
                if forcesWords.contains(sentence.word(noun)) { found.insert(country) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    static let forcesWords: WordSet = [
        "guards", "guard", "troops", "forces", "soldiers", "servicemen", "police", "army",
        "military", "patrol", "patrols", "units",
    ]

    /// The first country of "the Kyrgyz-Tajik border", "the Tajik-Afghan frontier".
    static func firstOfBorderPair(_ sentence: Sentence) -> Country? {
        for index in sentence.tokens.indices {
            guard let first = sentence[index].entry.country, sentence[index + 1].isHyphenated,
                let second = sentence[index + 1].entry.country, second != first,
                ["border", "frontier"].contains(sentence.word(index + 2))
            else { continue }
            return first
        }
        return nil
    }

    /// "two citizens of Kyrgyzstan, residents of the village of Aigyr-Zhal": the role at
    /// `position` names the same people as the figure before it, in apposition.
    static func isApposed(_ sentence: Sentence, at position: Int, to count: Int) -> Bool {
        guard sentence.word(position - 1) == "," else { return false }
        return (3...6).contains { back in
            Numbers.read(sentence, at: position - back)?.value == count
                && sentence[position - back + 1].entry.side != nil
                && !sentence.tokens[(position - back)..<(position - 1)].contains(
                    where: \.isPunctuation)
        }
    }

    /// Words of what is feared, not told: "amid fears of armed groups infiltrating".
    static let fearWords: WordSet = [
        "fear", "fears", "feared", "threat", "threats", "risk", "risks", "danger", "concern",
        "concerns", "worries", "warned", "warns",
    ]

    /// "Uzbek border troops had crossed illegally": what the state's forces did, the subject
    /// right before the verb (not "shot by the guards as he tried to smuggle").
    static func doneByForces(_ sentence: Sentence, at position: Int) -> Bool {
        for back in 1...4 {
            let token = sentence[position - back]
            if token.isPunctuation || Self.clauseOpeners.contains(token.text) { return false }
            if let side = token.entry.side { return side == .security }
        }
        return false
    }

    static let clauseOpeners: WordSet = [
        "he", "she", "they", "who", "as", "while", "when", "after", "because", "and", "of",
    ]

    /// The deaths of one side.
    static func sideCount(_ fatalities: Fatalities, _ side: Lexicon.Side) -> Int {
        switch side {
        case .militants: fatalities.militants
        case .security: fatalities.security
        case .civilians: fatalities.civilians
        case .unknown: fatalities.unknown
        }
    }

    /// Gives "Badakhshan" alone, read as Afghanistan's province, to Tajikistan's
    /// Gorno-Badakhshan when the article names the Tajik region otherwise (GBAO, Khorog,
    /// Mountainous Badakhshan) and places nothing in the Afghan province by a name of its own
    /// ("Badakhshan province", "Afghan Badakhshan", one of its districts).
    static func placeBareBadakhshan(in facts: inout [SentenceFacts]) {
        func isBare(_ facts: SentenceFacts, _ mention: Gazetteer.Mention) -> Bool {
            let sentence = facts.sentence
            return mention.length == 1 && sentence.word(mention.position) == "badakhshan"
                && !["province", "provincial"].contains(sentence.word(mention.position + 1))
                && !["afghan", "afghanistan", "afghanistan's"].contains(
                    sentence.word(mention.position - 1))
        }
        let tajik = facts.contains { facts in
            facts.places.contains {
                $0.place.region == "Gorno-Badakhshan" && $0.place.country == .tajikistan
                    && !(facts.sentence.word($0.position) == "badakhshan" && $0.length == 1)
            }
        }
        let afghan = facts.contains { facts in
            facts.places.contains {
                $0.place.country == .afghanistan && $0.place.region == "Badakhshan"
                    && !isBare(facts, $0)
            }
        }
        guard tajik, !afghan else { return }
        for index in facts.indices {
            for place in facts[index].places.indices
            where facts[index].places[place].place.country == .afghanistan
                && facts[index].places[place].place.region == "Badakhshan"
            {
                facts[index].places[place].place = Gazetteer.Place(
                    country: .tajikistan, region: "Gorno-Badakhshan")
            }
        }
    }

    /// Whether two dates can be one event's: days at most a day apart, or the finer date inside
    /// the coarser one's period.
    static func datesCompatible(
        _ a: CivilDate, _ aPrecision: DatePrecision, _ b: CivilDate, _ bPrecision: DatePrecision
    ) -> Bool {
        if aPrecision == .day && bPrecision == .day { return abs(a.dayNumber - b.dayNumber) <= 1 }
        let (wide, narrow) =
            aPrecision >= bPrecision
            ? (Period(aPrecision.periodKind, containing: a), b)
            : (Period(bPrecision.periodKind, containing: b), a)
        return wide.start <= narrow && narrow <= wide.end
    }

    /// The lower toll; when one telling gives no deaths the other's stands (silence is not a
    /// report of none); between equal totals, the one that says who died.
    static func conservative(_ a: Fatalities, _ b: Fatalities) -> Fatalities {
        if a.total == 0 { return b }
        if b.total == 0 { return a }
        if a.total != b.total { return a.total < b.total ? a : b }
        return a.unknown <= b.unknown ? a : b
    }
}

/// One article's records and how they were found.
public struct ArticleExtraction: Sendable {
    /// The records the article's events became.
    public var records: [Record]
    /// The events found, the facts behind each and every decision, for `--explain`.
    public var explanation: Explanation

    /// Every decision taken on an article, for `tally extract --explain`.
    public struct Explanation: Sendable {
        /// The article's name, as the records' ids begin.
        public var article: String
        /// The day its relative dates were resolved against.
        public var published: CivilDate
        /// How many sentences the article was read as.
        public var sentenceCount = 0
        /// Each record with the decisions behind it and the sentences it rests on.
        public var events: [(record: Record, decisions: [String], sentences: [String])] = []
        /// Sentences whose facts were set aside, with the reason (0-based sentence index).
        public var setAside: [(sentence: Int, reason: String, facts: String)] = []
        /// Events formed but not recorded, with the reason.
        public var dropped: [(sentence: Int, reason: String)] = []
        /// Lines of the page that are not the article.
        public var clutter: [String] = []
        /// Each record's inputs to the learned relevance model, the probability it gave that
        /// the event is a reported one, and the event's first sentence (0-based).
        public var relevance: [(features: [Double], probability: Double, sentence: Int)] = []
    }
}

/// An article that cannot be coded.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    case noPublicationDate(String)

    /// The error as a sentence naming the article and the option that supplies what is missing.
    public var description: String {
        switch self {
        case .noPublicationDate(let name):
            "\(name): no publication date: the text has no date line; give one with --published YYYY-MM-DD"
        }
    }
}
