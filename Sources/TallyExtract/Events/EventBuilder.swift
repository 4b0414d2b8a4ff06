internal import TallyCore

/// Forms events from an article's sentence facts: mentions of one incident join by definite
/// reference, compatible time and place; tolls join the event their sentence is about; facts
/// set aside (background, statistics, disasters, plans) are kept for the explanation only.
struct EventBuilder {
    var events: [Event] = []
    var setAside: [(sentence: Int, reason: SetAside, summary: String)] = []
    /// The incident the text is about at this point.
    var current: Int?
    /// Deaths told before any incident ("The body of soldier X will be carried home ... He was
    /// killed in a shootout"): they go to the first incident told after them.
    var pending: [SentenceFacts] = []
    /// People counted so far, latest last, with the sentence that counted them.
    var groups: [(head: String, side: Lexicon.Side, count: Int, isVague: Bool, sentence: Int)] =
        []
    /// The sides of the people named by the last sentence that named any, in its order.
    var lastSides: [Lexicon.Side] = []
    /// "This took place at the beginning of May", after deaths told with no event yet: their
    /// time, for the event they join.
    var pendingTime: (sentence: Int, time: TimeExpression)?
    /// Days told in sentences with no event, toll or measure of their own ("On August 15 a
    /// patrol noticed two men near the reserve"): the day of the story around them.
    var narrativeDays: [(sentence: Int, paragraph: Int, time: TimeExpression)] = []
    /// Days given to a reference before any event is told ("discussed the incident of 30 May"):
    /// the day of the event the text goes on to tell, if it tells none of its own.
    var referenceDays: [(sentence: Int, time: TimeExpression)] = []
    /// The last sentence set aside with an event of its own (elsewhere, or background): a
    /// definite reference right after it is to that event.
    var setAsideEvent: (sentence: Int, reason: SetAside)?
    /// The names of places in the sentence set aside as told elsewhere ("Daimirdad district in
    /// Wardak province"): a sentence right after it that names one again is told there too.
    var setAsideNames: Set<String> = []
    /// The death figures of sentences set aside, with the reason: "gave the same figure of 13"
    /// after a since-June total of 13 is that total again.
    var setAsideFigures: [(sentence: Int, reason: SetAside, tolls: [TollFact], isSinceThen: Bool)] =
        []
    let window: NewsWindow

    init(window: NewsWindow) {
        self.window = window
    }

    mutating func add(_ facts: SentenceFacts) {
        var facts = facts
        // Anaphors take the number of the people told before under the same noun, or of the
        // same side; with none, no figure.
        facts.tolls = facts.tolls.compactMap { toll in
            guard let anaphor = toll.anaphor else { return toll }
            let stem = { (word: String) in word.hasSuffix("s") ? String(word.dropLast()) : word }
            var resolved = toll
            if anaphor == TollFact.sameFigure {
                // "three armed men had crossed ... all three were neutralised": the side of the
                // people last told with that figure, if any.
                resolved.anaphor = nil
                if let people = groups.last(where: {
                    $0.count == toll.value && $0.side != .unknown
                }) {
                    resolved.side = people.side
                }
                return resolved
            }
            if anaphor == TollFact.morePeople {
                // "the first attack killed three Chinese citizens ... a second killed two more":
                // of the side of the people last told.
                resolved.anaphor = nil
                if let people = groups.last(where: { $0.side != .unknown }) {
                    resolved.side = people.side
                }
                return resolved
            }
            // "at least 34 dead, 31 of them civilians": the side the sentence names stands.
            if anaphor == "them" && toll.side != .unknown {
                resolved.anaphor = nil
                return resolved
            }
            if anaphor == "them" {
                // "one of them was killed": the side of the people told last; the fighters or
                // civilians the sentence before named, rather than the state's forces beside
                // them ("The gunmen exchanged fire with Tajik border troops. In the end 15 of
                // them were shot dead").
                // (Not when the sentence names people before it: "a car with three Tajik
                // citizens had been attacked and two of them killed".)
                if !facts.peopleSides.contains(where: { $0.position < toll.position }),
                    let side = lastSides.first(where: { $0 == .militants || $0 == .civilians })
                {
                    resolved.side = side
                } else if let people = groups.last(where: { $0.count > 1 }) {
                    resolved.side = people.side
                }
                return resolved
            }
            if anaphor == "him" {
                // "turned his rifle on an officer and shot him dead": the last person told of,
                // in the same sentence before the word or else before it.
                guard
                    let side = facts.groups.last(where: { $0.count == 1 })?.side
                        ?? groups.last(where: { $0.count == 1 })?.side
                else { return nil }
                resolved.value = 1
                resolved.side = side
                return resolved
            }
            if anaphor == "they" {
                // "They opened fire and were killed": the people counted in the three sentences
                // before, or earlier in the sentence ("three fighters had crossed; they put up
                // resistance and were eliminated"); a group told further back, or none, gives no
                // figure.
                let people: (side: Lexicon.Side, count: Int, isVague: Bool)
                if let same = facts.groups.last(where: {
                    $0.count > 1 && $0.position < toll.position
                }) {
                    people = (same.side, same.count, same.isVague)
                } else if let before = groups.last(where: {
                    $0.count > 1 && facts.sentence.index - $0.sentence <= 3
                }) {
                    people = (before.side, before.count, before.isVague)
                } else {
                    return nil
                }
                resolved.value = people.count
                resolved.side = people.side
                resolved.qualifier = people.isVague ? .vague : .plain
                return resolved
            }
            if anaphor == "he" || anaphor == "she" {
                // "He was killed": the last person told of; one person, who beside a larger
                // toll of the same side is one of them ("now that he is dead").
                guard let person = groups.last(where: { $0.count == 1 }) else { return nil }
                resolved.value = 1
                resolved.side = person.side
                resolved.isSingular = true
                return resolved
            }
            let sameSide = groups.last(where: {
                $0.side == toll.side && toll.side != .unknown
                    && ($0.count > 1 || !anaphor.hasSuffix("s"))
            })
            guard
                var group = groups.last(where: { stem($0.head) == stem(anaphor) })
                    // Of the same side, when several: "a Taliban attack" counts no people.
                    ?? sameSide
            else {
                // "the security forces killed all of the attackers", none counted before:
                // people without a figure, two (CODING.md).
                guard toll.side != .unknown, anaphor.hasSuffix("s") else { return nil }
                resolved.value = 2
                resolved.qualifier = .unnumbered
                return resolved
            }
            // "The bodies of the border guards are still at the post", after "seven of them were
            // killed": the dead told, not a floor of all the guards there were.
            if toll.qualifier == .partial, let current,
                events[current].tolls.contains(where: { $0.side == toll.side && $0.value > 0 })
            {
                return nil
            }
            // "10 soldiers and six police officers ... the security personnel": all the people
            // of that side the sentence counted, when the noun names none of them.
            if let sameSide, group.head == sameSide.head, group.sentence == sameSide.sentence,
                stem(group.head) != stem(anaphor)
            {
                group.count = groups.filter {
                    $0.sentence == sameSide.sentence && $0.side == toll.side
                }.reduce(0) { $0 + $1.count }
            }
            resolved.value = group.count
            // The figure is the group's: no longer a plural with no figure. "Several soldiers
            // were martyred ... the soldiers": still a vague word's value, never a figure to
            // weigh against the 7, 9 and 12 told later.
            if group.isVague && [.plain, .unnumbered].contains(resolved.qualifier) {
                resolved.qualifier = .vague
            } else if resolved.qualifier == .unnumbered {
                resolved.qualifier = .plain
            }
            return resolved
        }
        // "The bullet struck him in the head and he died where he fell": one man, told by two
        // pronouns in one sentence ("shot him and then her" is two).
        var pronouns = Set<String>()
        facts.tolls.removeAll { toll in
            guard let anaphor = toll.anaphor, toll.value == 1,
                let person = ["he": "he", "him": "he", "she": "she", "her": "she"][anaphor]
            else { return false }
            return !pronouns.insert(person + "\(toll.side)").inserted
        }
        defer {
            if facts.setAside == nil {
                groups += facts.groups.map {
                    ($0.head, $0.side, $0.count, $0.isVague, facts.sentence.index)
                }
                if !facts.peopleSides.isEmpty { lastSides = facts.peopleSides.map(\.side) }
            }
        }
        // "The ambush came shortly after an operation that left 50 dead": the operation told in
        // passing; the text goes on about the ambush.
        // (Told again in passing — "the raid followed an incident on Sunday" — the text may go
        // on with it: no return then.)
        let resumed = current
        var recalledNow = false
        defer { if recalledNow, let resumed { current = resumed } }
        let index = facts.sentence.index
        // A day, the sentence's only time but a year. (A week is too loose: "roughly a week
        // ago, guards made a large seizure" tells what came before the kidnapping.)
        let told = facts.times.filter { $0.precision != .year }
        if facts.setAside == nil, facts.mentions.isEmpty, facts.tolls.isEmpty,
            facts.measures.isEmpty, let day = told.first, !day.isSpan, day.precision == .day,
            told.allSatisfy({ $0.date == day.date && $0.precision == day.precision }),
            window.admits(day)
        {
            narrativeDays.append((index, facts.sentence.paragraph, day))
        }
        if facts.setAside == nil, events.isEmpty, !facts.mentions.isEmpty,
            facts.mentions.allSatisfy({ $0.isReferenceOnly && $0.isDefinite }),
            facts.tolls.isEmpty, facts.measures.isEmpty,
            let day = told.first, !day.isSpan, day.precision == .day,
            told.allSatisfy({ $0.date == day.date && $0.precision == day.precision }),
            window.admits(day)
        {
            referenceDays.append((index, day))
        }
        // "An officer gave the same figure of 13 people shot dead", after "since early June,
        // guards have shot dead 13 people" was set aside: the same figure, set aside likewise.
        if facts.setAside == nil, !facts.tolls.isEmpty,
            facts.sentence.contains([
                "same figure", "same number", "same toll", "same total", "same count",
            ]),
            let earlier = setAsideFigures.last(where: { figures in
                facts.tolls.allSatisfy { toll in figures.tolls.contains { $0.value == toll.value } }
            })
        {
            facts.setAside = earlier.reason
            setAside.append(
                (
                    index, earlier.reason,
                    "the same figure as S\(earlier.sentence + 1): " + Self.summary(of: facts)
                ))
            return
        }
        if let reason = facts.setAside {
            let tolls = facts.tolls.filter { $0.value > 0 }
            if !tolls.isEmpty {
                setAsideFigures.append(
                    (index, reason, tolls, facts.times.contains(where: \.isSpan)))
            }
            let summary =
                ([facts.toldElsewhere.joined(separator: ", ")] + [Self.summary(of: facts)])
                .filter { !$0.isEmpty }.joined(separator: "; ")
            if !summary.isEmpty { setAside.append((index, reason, summary)) }
            // ("The checkpoints have been shut since 2021, after an armed conflict. That clash
            // left 36 dead": a conflict of a since-then sum, told on by "that".)
            if !facts.mentions.isEmpty || !facts.toldElsewhere.isEmpty,
                [.elsewhere, .background, .cumulative].contains(reason)
            {
                setAsideEvent = (index, reason)
                setAsideNames = reason == .elsewhere ? Self.names(in: facts.sentence) : []
            } else if let before = setAsideEvent, before.sentence == index - 1,
                before.reason == reason
            {
                // "... after the conflict escalated at the end of 2022. Each side blamed the
                // other. [¶] 63 citizens died as a result of the shelling": the story set aside
                // goes on through a sentence that names no event of its own.
                setAsideEvent = (index, reason)
            }
            return
        }
        if !facts.toldElsewhere.isEmpty {
            setAside.append(
                (index, .elsewhere, facts.toldElsewhere.joined(separator: ", ")))
            setAsideEvent = (index, .elsewhere)
            setAsideNames = Self.names(in: facts.sentence)
            return
        }
        // "In Helmand, meanwhile, gunmen shot dead an administrator. Two bodyguards were also
        // hurt in the attack": the event just set aside, told on, with no place or time of its
        // own.
        // "In the south, NATO reported that a service member had died. It added that a patrol
        // had killed a dozen insurgents": the same speaker on the same place.
        // "The Taliban also said they had captured Daimirdad district in Wardak province ...
        // Fighting has gone on in Daimirdad for several days": the place set aside, again.
        let toldOn =
            facts.goesOnTelling
            || (setAsideEvent?.reason == .elsewhere
                && !Self.names(in: facts.sentence).isDisjoint(with: setAsideNames))
        let demonstrative =
            !facts.mentions.isEmpty
            && facts.mentions.allSatisfy {
                ["that", "those"].contains(facts.sentence.word($0.position - 1))
            }
        if let (before, reason) = setAsideEvent, before == index - 1,
            !facts.mentions.isEmpty || !facts.tolls.isEmpty,
            reason != .cumulative || demonstrative,
            toldOn || facts.mentions.allSatisfy({ $0.isDefinite || $0.isReferenceOnly }),
            toldOn || facts.times.isEmpty, facts.places.allSatisfy(\.isIncidental)
        {
            setAside.append(
                (index, reason, "told on from S\(before + 1): " + Self.summary(of: facts)))
            setAsideEvent = (index, reason)
            return
        }
        setAsideEvent = nil
        // "A spokesman for the border troops denied that two of his soldiers were killed": the
        // event being told, its deaths denied.
        if !facts.deniedDeathSides.isEmpty, facts.mentions.isEmpty, facts.tolls.isEmpty,
            facts.measures.isEmpty, let current, events[current].category == .incident
        {
            events[current].add(sentence: index)
            events[current].notes.append("S\(index + 1): denies deaths of this event")
            return
        }
        // "This took place back at the beginning of May", "a source says it happened on 26
        // August": the time of the event being told, in a sentence that names nothing else.
        // (Deaths told with no event yet wait for the title: the time waits with them.)
        if facts.mentions.allSatisfy(\.isReferenceOnly), facts.tolls.isEmpty,
            facts.measures.isEmpty,
            let opener = (0..<Swift.min(12, facts.sentence.tokens.count)).first(where: { at in
                ["this", "it", "that"].contains(facts.sentence.word(at))
                    && (at == 0 || facts.sentence[at - 1].entry.has(.reporting))
            }),
            (1...3).contains(where: { offset in
                ["took place", "happened", "occurred"].contains {
                    facts.sentence.matches($0, at: opener + offset)
                }
            }),
            let time = facts.times.first(where: { $0.precision != .year }), window.admits(time)
        {
            if let current, events[current].time == nil {
                events[current].adopt(time: time)
                events[current].add(sentence: index)
                events[current].notes.append(
                    "S\(index + 1): \"\(facts.sentence.word(opener)) took place\" dates this event")
                return
            }
            if current == nil, pending.last?.sentence.index == index - 1 {
                pendingTime = (index, time)
                return
            }
        }
        let place = facts.places.first { !$0.isIncidental }?.place
        var target: Int?
        let references = facts.mentions.filter(\.isReferenceOnly)
        let triggers = facts.mentions.filter { !$0.isReferenceOnly }
        let tellsStatement = facts.sentence.contains([
            "statement", "said", "says", "reported", "report", "told", "announced", "press",
        ])
        if triggers.isEmpty, let reference = references.first, let current,
            events[current].accepts(time: facts.time(near: reference.position)),
            events[current].accepts(place: place)
        {
            // "The incident happened on the night of 10 April": more of the event told; "a
            // statement on the incident yesterday" dates the statement.
            // "the statement said, noting that the incident had taken place on Thursday".
            if !tellsStatement
                || facts.sentence.contains(["took place", "taken place", "happened", "occurred"])
            {
                events[current].adopt(time: facts.time(near: reference.position))
            }
            if events[current].place == nil, let place { events[current].place = place }
            events[current].notes.append(
                "S\(index + 1): \"the \(reference.word)\" refers to this event")
            target = current
        } else if let mention =
            // "The attack follows a recent assault on a checkpoint, in which 16 soldiers were
            // killed": the sentence's deaths are the new event's, told after it.
            triggers.first(where: { new in
                new.isNew && !facts.tolls.isEmpty
                    && facts.tolls.allSatisfy { $0.position > new.position }
            }) ?? triggers.min(by: { $0.type < $1.type })
        {
            // "Kyrgyzstan put its toll from the earlier fighting at 36 on Sunday": a toll of the
            // fighting told before; the sentence's day is the statement's, not the fighting's.
            // ("The attack follows an earlier assault" is another event: no toll, no "the".)
            let toldBefore =
                events.contains { $0.category == .incident } && !facts.tolls.isEmpty
                && ["fighting", "clashes", "conflict", "violence", "hostilities"].contains(
                    mention.word)
                && ["earlier", "recent", "same"].contains(
                    facts.sentence.word(mention.position - 1))
                && ["the", "this", "that"].contains(facts.sentence.word(mention.position - 2))
            var mention = mention
            if toldBefore {
                mention.isDefinite = true
                mention.isNew = false
            }
            var time = toldBefore ? nil : facts.time(near: mention.position)
            // "Tajik officials said on July 22 that a man had been killed in violence", told
            // after the clash of July 24: killed by the day it was told, so another event.
            var toldBy: TimeExpression?
            if time == nil, !toldBefore, !mention.isDefinite,
                let said = toldBeforeCurrent(facts)
            {
                time = said
                toldBy = said
            }
            if let time, !window.admits(time) {
                setAside.append((index, .background, Self.summary(of: facts)))
                return
            }
            // "They had also seized hostages in villages nearby", "Residents then took 30
            // villagers hostage": a hostage-taking besides the clash is an abduction of its own.
            let abductionBeside =
                mention.type == .abduction && !mention.isDefinite && facts.tolls.isEmpty
                && !Self.takesTroops(facts.sentence, at: mention.position)
                && !(current.map { events[$0].types.contains(.abduction) } ?? true)
            // "Kyrgyz troops then seized a Tajik post", after the exchange of fire is told: a
            // capture besides the fighting is a capture of its own (CODING.md: a capture of a
            // post is its own event), told with no dead of its own.
            // (One state's troops that take another's post: the captures of districts in a war
            // with insurgents, either way, are the fighting's, and the keys split on them.)
            // (Tested only of a capture: the count of countries is the costliest check.)
            let alsoCapture =
                mention.type == .capture && !mention.isDefinite && facts.tolls.isEmpty
                && (0..<mention.position).contains {
                    facts.sentence[$0].entry.side == .security
                }
                && Set(facts.sentence.tokens.compactMap(\.entry.country)).count >= 2
                && !facts.sentence.tokens.contains {
                    $0.entry.side == .militants || $0.text == "taliban"
                }
                && (current.map {
                    events[$0].category == .incident && !events[$0].types.contains(.capture)
                } ?? false)
            // "Meanwhile, the Taliban's district chief and two insurgents died in clashes",
            // after a mine blast: fighting beside a blast is another event (but "Meanwhile, a
            // second unit fired on a tower" goes on with the night's exchange of fire).
            let meanwhileOther =
                facts.sentence.word(0) == "meanwhile" && !mention.isDefinite
                && (current.map {
                    events[$0].category == .incident
                        && events[$0].types.contains(.explosion) != (mention.type == .explosion)
                } ?? false)
            // "A Taliban attack forced 17 government servicemen to fall back ... In a fierce
            // clash, 17 government servicemen had to withdraw": the same people, counted alike,
            // in the event being told.
            let samePeople =
                current.map { current in
                    facts.groups.contains { counted in
                        counted.count >= 3 && !counted.isVague
                            && groups.contains {
                                $0.count == counted.count && $0.head == counted.head
                                    && events[current].sentences.contains($0.sentence)
                            }
                    }
                } ?? false
            target = findIncident(
                mention, time: time, place: place, newEvent: facts.startsNewEvent, index: index,
                anotherEvent: facts.isAnotherEvent || abductionBeside || meanwhileOther
                    || alsoCapture,
                samePeople: samePeople)
            // "Clashes broke out on the border last Wednesday", told after Friday's shelling:
            // the fighting's start, one event over the days, with no toll of its own (CODING.md:
            // fighting on consecutive days in one border area with one toll is one event).
            if target == nil, !mention.isNew, facts.tolls.isEmpty,
                Self.fightingWords.contains(mention.word),
                facts.sentence.contains(["broke out", "erupted", "began", "started", "flared"]),
                let began = time, began.precision == .day, let current,
                events[current].category == .incident,
                let own = events[current].time, own.precision == .day,
                (1...6).contains(own.date.dayNumber - began.date.dayNumber),
                events[current].accepts(place: place)
            {
                let week = Period(.week, containing: own.date)
                let span =
                    week == Period(.week, containing: began.date)
                    ? Period(.week, containing: own.date) : Period(.month, containing: own.date)
                if span.kind == .week || Period(.month, containing: began.date) == span {
                    var widened = own
                    widened.date = span.start
                    widened.precision = span.kind == .week ? .week : .month
                    events[current].time = widened
                    events[current].notes.append(
                        "S\(index + 1): \"\(mention.word)\" that began days before: the same fighting, dated to its \(widened.precision)"
                    )
                    target = current
                    // (The day it began no longer dates the event.)
                    time = nil
                }
            }
            // "The raid came after a clash in which two Tajiks died ... The raid followed an
            // incident on Sunday in which two guards were killed": the earlier event again.
            if facts.recallsEarlierEvent,
                let recalled = events.lastIndex(where: {
                    $0.isRecalled && $0.accepts(time: time)
                })
            {
                target = recalled
            }
            // "the second attack happened at 6:45 pm" once a second has been told: that one.
            let incidents = events.indices.filter { events[$0].category == .incident }
            if let ordinal = facts.ordinal, incidents.count >= ordinal {
                target = incidents[ordinal - 1]
            }
            // "However, the general said Uzbek guards had fired on seven police": the same
            // event told otherwise, even on another day.
            if target == nil, facts.isOtherAccount, !facts.startsNewEvent, let current,
                events[current].category == .incident
            {
                target = current
            }
            // "In their successful raid, the insurgents took several hundred rifles": a raid
            // told nowhere in the article, with no day and no dead of its own here.
            if target == nil, time == nil, facts.tolls.isEmpty,
                (1...3).contains(where: {
                    ["their", "its", "his", "her"].contains(
                        facts.sentence.word(mention.position - $0))
                })
            {
                setAside.append((index, .background, Self.summary(of: facts)))
                return
            }
            // ("The number of Kyrgyz citizens who died in the clashes has reached 31": the
            // running toll of one conflict, told as it climbs.)
            // ("According to figures as of 19 September, 59 people have died as a result of
            // the armed clashes": the toll so far of the conflict the news is about.)
            let runningToll =
                !facts.tolls.isEmpty && facts.sentence.contains(["as of", "as a result of the"])
            if target == nil && mention.isDefinite && mention.word.hasSuffix("s") && time == nil
                && !facts.tolls.contains(where: { $0.qualifier == .revised }) && !runningToll
                && !facts.isEpisode
            {
                // "The skirmishes left seven dead" with nothing told before: a sum, not news.
                setAside.append((index, .cumulative, Self.summary(of: facts)))
                return
            }
            // "Dozens of people died in several terrorist attacks in September": a roundup, its
            // attacks and its dead told by vague words only, with no place of its own.
            if target == nil, place == nil, mention.word.hasSuffix("s"), !facts.tolls.isEmpty,
                facts.tolls.allSatisfy({ $0.qualifier == .vague }),
                (1...3).contains(where: {
                    ["several", "many", "numerous", "multiple", "various"].contains(
                        facts.sentence.word(mention.position - $0))
                })
            {
                setAside.append((index, .cumulative, Self.summary(of: facts)))
                return
            }
            if target == nil {
                // "Five killed in two attacks ... the second attack": one of the lead's two.
                if facts.ordinal != nil,
                    let lead = events.firstIndex(where: {
                        $0.category == .incident && $0.count > 1
                    })
                {
                    events[lead].count -= 1
                }
                events.append(
                    Event(category: .incident, incident: mention.type, count: mention.count))
                target = events.count - 1
                // "this time on the territory of ...", "another attack": told as another.
                events[target!].isToldAsAnother =
                    facts.startsNewEvent || mention.isNew || facts.isAnotherEvent
                    || facts.ordinal != nil || meanwhileOther || abductionBeside || alsoCapture
                if let days = facts.daysFromCurrent, let current {
                    events[target!].adopt(time: Self.day(days, from: events[current]))
                }
                if let days = facts.daysAfterFirst,
                    let first = events.first(where: { $0.category == .incident })
                {
                    events[target!].adopt(time: Self.day(days, from: first))
                }
                events[target!].isRecalled = facts.recallsEarlierEvent
                if facts.recallsEarlierEvent, let resumed {
                    events[target!].recalledBefore = events[resumed].time
                }
                recalledNow = facts.recallsEarlierEvent
                events[target!].notes.append("S\(index + 1): new event from \"\(mention.word)\"")
                if let toldBy {
                    events[target!].adopt(time: toldBy)
                    events[target!].isDatedByStatement = true
                    events[target!].notes.append(Self.datedByTelling(toldBy, index: index))
                }
                if events.filter({ $0.category == .incident }).count == 1 {
                    for earlier in pending {
                        events[target!].tolls += earlier.tolls
                        // "A citizen was killed in an incident on April 15": its day too.
                        if let position = earlier.tolls.first?.position {
                            events[target!].adopt(time: earlier.time(near: position))
                        }
                        events[target!].add(sentence: earlier.sentence.index)
                        events[target!].notes.append(
                            "S\(earlier.sentence.index + 1): "
                                + earlier.tolls.map(Self.describe).joined(separator: "; ")
                                + " (told before the event)")
                    }
                    adoptPendingTime(into: target!)
                    pending = []
                }
            } else {
                events[target!].notes.append(
                    "S\(index + 1): \"\(mention.word)\" refers to this event")
            }
            // "Residents assaulted the guards and seized some 40 citizens as hostages": the
            // hostage-taking told beside the assault is an abduction of its own.
            // (Not "many were wounded and taken hostage" beside the attack's dead, nor "carried
            // off" or "captured": people counted among the event's casualties.)
            let taking =
                mention.type == .abduction || !facts.tolls.isEmpty
                ? nil
                : triggers.first {
                    $0.type == .abduction && !$0.isDefinite && Self.hostageWords.contains($0.word)
                        && !Self.takesTroops(facts.sentence, at: $0.position)
                        // ("abducted by smugglers during a cross-border raid": the raid's act.)
                        && !(mention.position > $0.position
                            && (1...5).contains {
                                facts.sentence.word(mention.position - $0) == "during"
                            })
                }
            // "Darqad was hit by rocket fire on Sunday and then attacked by warplanes on
            // Monday": a second act, told after "then" with a day of its own, is an event of its
            // own (told with no dead, whose event would be unclear).
            let dayOf = { (position: Int) -> TimeExpression? in
                facts.time(near: position).flatMap { $0.precision == .day ? $0 : nil }
            }
            // (The act's own day follows it: "then attacked by warplanes on Monday".)
            let dayAfter = { (position: Int) -> TimeExpression? in
                facts.times.first { $0.position > position && $0.precision == .day }
            }
            let then =
                facts.tolls.isEmpty
                ? triggers.first(where: { other in
                    guard other.position > mention.position, !other.isDefinite,
                        (1...4).contains(where: {
                            facts.sentence.word(other.position - $0) == "then"
                        }),
                        let own = dayAfter(other.position), let first = dayOf(mention.position)
                    else { return false }
                    return own.date != first.date
                }) : nil
            var event = events[target!]
            for other in triggers
            where (other.type != .abduction || taking == nil) && other.position != then?.position {
                event.types.insert(other.type)
            }
            // "overran four checkpoints" in the attack told: its posts, not four incidents.
            // "Both attacks were launched from Badakhshan" after each was told: the events
            // told, not more of them; "the two attacks" of the one event told: its count.
            let told = events.filter { $0.category == .incident }.count
            let before = event.count
            let counting = triggers.filter {
                ($0.type == event.incident || event.sentences.isEmpty)
                    && (!$0.isDefinite || told == 1)
            }
            event.count = Swift.max(event.count, counting.map(\.count).max() ?? 1)
            if event.count > before, event.countBeforeDefinite == nil,
                !counting.contains(where: { !$0.isDefinite && $0.count == event.count })
            {
                event.countBeforeDefinite = before
            }
            // "shots were fired in two incidents": the sentence counts the events it tells.
            if let counted = references.filter({ $0.count > 1 && !$0.isDefinite }).map(\.count)
                .max(), facts.setAside == nil
            {
                event.count = Swift.max(event.count, counted)
            }
            event.adopt(time: time)
            if event.place == nil, let place { event.place = place }
            // "stormed a police post in the same district": the place told before (known once
            // every event has its place).
            if facts.sentence.contains([
                "the same district", "the same province", "the same village", "the same area",
                "the same region",
            ]) {
                event.isInSamePlace = true
            }
            if triggers.contains(where: { $0.type == .armedClash })
                || (facts.namesSecurity && facts.namesMilitants && !facts.tolls.isEmpty)
            {
                event.wasFought = true
            }
            events[target!] = event
            current = target
            if let then, let day = dayAfter(then.position) {
                var second = Event(category: .incident, incident: then.type, count: 1)
                second.types = [then.type]
                second.place = event.place
                second.isBesideAnother = true
                second.notes.append(
                    "S\(index + 1): new event from \"\(then.word)\" told after \"then\", on a day of its own"
                )
                second.adopt(time: day)
                second.add(sentence: index)
                events.append(second)
            }
            if let taking, event.incident != .abduction {
                let abduction =
                    events.firstIndex {
                        $0.category == .incident && $0.incident == .abduction
                            && $0.accepts(time: time)
                    }
                    ?? {
                        var abduction = Event(
                            category: .incident, incident: .abduction, count: taking.count)
                        abduction.types = [.abduction]
                        abduction.place = event.place
                        abduction.isBesideAnother = true
                        abduction.notes.append(
                            "S\(index + 1): new event from \"\(taking.word)\" beside the \"\(mention.word)\""
                        )
                        events.append(abduction)
                        return events.count - 1
                    }()
                events[abduction].adopt(time: event.time)
                events[abduction].add(sentence: index)
            }
        }
        if target == nil, !facts.tolls.isEmpty, !facts.deniesDeaths {
            var time = facts.times.first
            // "As a reminder, the committee said on April 26 that forces had killed two
            // people", after the clash of April 28: killed by the day it was told, so another
            // event, as with an event's own word above.
            var toldBy: TimeExpression?
            if time == nil, let said = toldBeforeCurrent(facts) {
                time = said
                toldBy = said
            }
            if let time, window.isBefore(time) {
                setAside.append((index, .background, Self.summary(of: facts)))
                return
            }
            // "The wounded man died in hospital overnight": a later death of the event told. ("By
            // Tuesday the toll had risen to five": its toll, revised on a later day.)
            let laterDeaths = facts.tolls.allSatisfy {
                [.additional, .revised].contains($0.qualifier)
            }
            // "In a separate development, airstrikes had killed 18 insurgents": another event,
            // with or without a time.
            if let current, events[current].accepts(time: time) || laterDeaths,
                events[current].acceptsDeaths(at: place),
                !facts.startsNewEvent
                    || (time == nil && !facts.isAnotherEvent && !facts.saysSeparateEvent)
            {
                target = current
                // "Today the bodies were handed over": a later day than the deaths.
                // "On Friday the figure given had been 24": the day of an earlier figure.
                if !facts.tolls.allSatisfy({ [.partial, .superseded].contains($0.qualifier) })
                    && !laterDeaths
                {
                    events[current].adopt(time: time)
                }
                if events[current].place == nil, let place { events[current].place = place }
            } else if setAsideFigures.contains(where: { figures in
                // "Three guards died when a helicopter crashed ... All three guards on board were
                // killed": the same side's deaths, told again after a cause without violence,
                // with no word of violence of their own.
                figures.reason == .disaster
                    && figures.tolls.contains { told in
                        facts.tolls.contains { $0.side == told.side }
                    }
            }), !facts.namesMilitants,
                !facts.sentence.tokens.contains(where: {
                    $0.text == "shot" || $0.entry.incident != nil
                })
            {
                setAside.append((index, .disaster, Self.summary(of: facts)))
                return
            } else if facts.sentence.tokens.contains(where: {
                $0.entry.has(.killVerb) || $0.text == "shot"
            })
                // "the operation left one Afghan drug trafficker dead": a fighter's death is
                // violence.
                || facts.tolls.contains(where: { $0.side == .militants && $0.value > 0 }),
                // ("staff of Turkmenistan's border service killed one civilian", after another
                // event: the border's people, named by their service.)
                facts.namesSecurity || facts.namesMilitants
                    || (facts.namesBorder && events.contains { $0.category == .incident }),
                // ("the dead smugglers lived in Takhar province": the dead already told, where
                // they lived, after the event that killed them.)
                !(events.contains { $0.category == .incident }
                    && facts.sentence.contains(["the dead"])
                    && facts.tolls.allSatisfy { $0.qualifier == .unnumbered })
            {
                // "Tajik border guards killed two smugglers": a killing told with no other word
                // for the event is an incident of its own.
                let fought = facts.namesSecurity && facts.namesMilitants
                events.append(
                    Event(category: .incident, incident: fought ? .armedClash : .attack, count: 1))
                target = events.count - 1
                events[target!].types = [fought ? .armedClash : .attack]
                // "three days before that, guards had killed a civilian": dated from the event
                // just told.
                if let days = facts.daysFromCurrent, let current {
                    events[target!].adopt(time: Self.day(days, from: events[current]))
                }
                events[target!].adopt(time: time)
                events[target!].place = place
                events[target!].wasFought = fought
                events[target!].notes.append("S\(index + 1): new event from a killing")
                // "ordered an inquiry into the killing of one of its citizens by Uzbek guards",
                // and nothing else told: the killing is the news, not its cause.
                if facts.tolls.allSatisfy(\.isEarlierKilling) {
                    for toll in facts.tolls.indices { facts.tolls[toll].isEarlierKilling = false }
                }
                if let toldBy {
                    events[target!].notes.append(Self.datedByTelling(toldBy, index: index))
                }
                current = target
            } else if !events.contains(where: { $0.category == .incident }) {
                pending.append(facts)
            } else {
                setAside.append(
                    (
                        index, .elsewhere,
                        "deaths with no border incident: " + Self.summary(of: facts)
                    ))
            }
        }
        // "Media have settled on the version in which the dead were policemen": one account
        // of who they were, not the article's word.
        if let side = facts.deadAreSide, !facts.isOtherAccount, let event = target ?? current {
            events[event].deadAreSide = side
            events[event].add(sentence: index)
        }
        if facts.deadWereResidents, let event = target ?? current,
            events[event].category == .incident
        {
            events[event].deadWereResidents = true
            events[event].add(sentence: index)
        }
        // A killing told as the news's cause is an earlier event of its own, one for the
        // article however often it is told.
        // "An investigation into the deaths of the Kyrgyz citizens has begun", after their
        // deaths were told: the dead told, not a killing before the news. ("went to look into
        // the killing of the Afghan citizen, whereupon a clash broke out": told in an event
        // before this one.)
        let withDead =
            (target ?? current).flatMap { events[$0].tolls.isEmpty ? nil : $0 }
            ?? events.lastIndex { $0.category == .incident && !$0.tolls.isEmpty }
        if let told = withDead, events[told].category == .incident {
            let sentence = facts.sentence
            let isToldAgain = { (toll: TollFact) in
                toll.isEarlierKilling && sentence.word(toll.position) == "the"
            }
            let toldAgain = facts.tolls.filter(isToldAgain)
            if !toldAgain.isEmpty {
                facts.tolls.removeAll(where: isToldAgain)
                events[told].notes.append(
                    "S\(index + 1): the dead told again: "
                        + toldAgain.map(Self.describe).joined(separator: "; "))
            }
        }
        // "The attack ... was ordered after a group of men stopped the general's car on Saturday
        // and beat him to death": deaths told after "after", on a day of their own before the
        // event's, are a killing before the news, told as its cause.
        var earlierDay: TimeExpression?
        if let told = target ?? current, events[told].category == .incident,
            let own = events[told].time
        {
            for index in facts.tolls.indices where !facts.tolls[index].isEarlierKilling {
                let position = facts.tolls[index].position
                guard
                    let after = (0..<position).last(where: {
                        ["after", "following"].contains(facts.sentence.word($0))
                    }),
                    facts.mentions.contains(where: { $0.position < after }),
                    let day = facts.times.first(where: {
                        $0.position > after && $0.precision == .day && !$0.isSpan
                    }),
                    day.date < own.date, !events[told].accepts(time: day)
                else { continue }
                facts.tolls[index].isEarlierKilling = true
                earlierDay = day
            }
        }
        let earlier = facts.tolls.filter(\.isEarlierKilling)
        if !earlier.isEmpty, target != nil || current != nil {
            facts.tolls.removeAll(where: \.isEarlierKilling)
            let cause =
                events.firstIndex { $0.isEarlierKilling }
                ?? {
                    var event = Event(category: .incident, incident: .attack, count: 1)
                    event.types = [.attack]
                    event.isEarlierKilling = true
                    event.place = place ?? (target ?? current).flatMap { events[$0].place }
                    event.notes.append("S\(index + 1): new event from a killing told as the cause")
                    events.append(event)
                    return events.count - 1
                }()
            events[cause].tolls += earlier
            events[cause].adopt(time: earlierDay)
            events[cause].add(sentence: index)
            events[cause].notes.append(
                "S\(index + 1): " + earlier.map(Self.describe).joined(separator: "; "))
        }
        if let target {
            events[target].tolls += facts.tolls
            events[target].add(sentence: index)
            events[target].countries += facts.countries
            if facts.namesBorder { events[target].namesBorder = true }
            if !facts.tolls.isEmpty {
                events[target].notes.append(
                    "S\(index + 1): " + facts.tolls.map(Self.describe).joined(separator: "; "))
            }
        }
        for measure in facts.measures {
            guard measure.status == .done || measure.status == .reference else {
                setAside.append(
                    (
                        index, .hypothetical,
                        "\(measure.count) \(measure.word) \(measure.status.rawValue), not done"
                    ))
                continue
            }
            let time = facts.time(near: measure.position)
            if let time, !window.admits(time) {
                setAside.append(
                    (index, .background, "\(measure.count) \(measure.word) (\(time.period))"))
                continue
            }
            // "Troops were deployed after the clash": a deployment beside an incident is its
            // context.
            if measure.type == .deployment && !facts.mentions.isEmpty { continue }
            // "He also commissioned posts in Rushon and Murgob": the same ceremony elsewhere.
            let sameOccasion = facts.sentence.contains([
                "also", "that day", "the same day", "altogether", "in all", "in total",
            ])
            if let same = events.lastIndex(where: {
                $0.measure == measure.type && $0.accepts(time: time)
                    && (measure.isDefinite || sameOccasion || $0.accepts(place: place))
            }) {
                if measure.status != .reference && !measure.isDefinite {
                    events[same].count = Swift.max(events[same].count, measure.count)
                }
                events[same].adopt(time: time)
                if events[same].place == nil, let place { events[same].place = place }
                events[same].add(sentence: index)
                events[same].countries += facts.countries
                events[same].notes.append(
                    "S\(index + 1): \"\(measure.word)\" again (\(measure.count))")
            } else if measure.status == .done {
                var event = Event(category: .measure, measure: measure.type, count: measure.count)
                event.adopt(time: time)
                event.place = place
                event.add(sentence: index)
                event.countries = facts.countries
                event.namesBorder = true
                event.notes.append(
                    "S\(index + 1): new measure from \"\(measure.word)\" (\(measure.count))")
                events.append(event)
            }
        }
    }

    /// Dates an incident told with no day of its own by the day of the story around it: the
    /// days told, with no event of their own, from the sentence before its first (in the same
    /// paragraph) to its last (or the third after a lone lead), before the next incident, when
    /// they agree ("Two Kyrgyz men died in the
    /// shooting ... On August 15 a patrol noticed two men ... Both were hit and died").
    mutating func dateFromNarrative(paragraphs: [Int]) {
        let starts = events.filter { $0.category == .incident }.compactMap { $0.sentences.min() }
        for index in events.indices
        where events[index].category == .incident && events[index].time == nil {
            guard let start = events[index].sentences.min() else { continue }
            let end = starts.filter { $0 > start }.min() ?? Int.max
            let from =
                start > 0 && start < paragraphs.count && paragraphs[start - 1] == paragraphs[start]
                ? start - 1 : start
            // The story's span: up to its last sentence, or the few after a lone lead.
            let last = Swift.min(end - 1, Swift.max(events[index].sentences.max()!, start + 3))
            var told = narrativeDays.filter { (from...last).contains($0.sentence) }
            // The first event told, dated by nothing around it: the day its lead gave the
            // incident it went on to tell.
            if told.isEmpty, start == starts.min() {
                told = referenceDays.filter { $0.sentence < start }.map {
                    (sentence: $0.sentence, paragraph: 0, time: $0.time)
                }
            }
            guard let first = told.first,
                told.allSatisfy({
                    $0.time.date == first.time.date && $0.time.precision == first.time.precision
                })
            else { continue }
            events[index].adopt(time: first.time)
            events[index].notes.append(
                "S\(first.sentence + 1): no day of its own; the day of the story told around it, \(first.time.period)"
            )
        }
    }

    /// Gives the event that takes the deaths told before it the time a "this took place"
    /// sentence gave them, once.
    mutating func adoptPendingTime(into target: Int) {
        guard let (sentence, time) = pendingTime else { return }
        events[target].adopt(time: time)
        events[target].notes.append(
            "S\(sentence + 1): \"this took place\" dates the deaths told before it")
        pendingTime = nil
    }

    /// "Both attacks", told of the one incident told so far, and another incident told after
    /// it: the two events told, not more of them.
    mutating func settleDefiniteCounts() {
        let told = events.filter { $0.category == .incident }.count
        for index in events.indices {
            guard let before = events[index].countBeforeDefinite else { continue }
            events[index].countBeforeDefinite = nil
            if told > 1 && told >= events[index].count {
                events[index].notes.append(
                    "count \(before), not \(events[index].count): the events told after it are the rest"
                )
                events[index].count = before
            }
        }
        // "The statement follows two attacks on Chinese workers at the end of November. On 26
        // November three were killed by a drone ... on 30 November two were killed by fire":
        // incidents told one by one after a count of them are some of that count, not more.
        for index in events.indices
        where events[index].category == .incident && events[index].count > 1 {
            guard let first = events[index].sentences.min() else { continue }
            let detailed = events.indices.filter { other in
                other != index && events[other].category == .incident
                    && (events[other].sentences.min() ?? -1) > first
                    && events[other].count == 1 && !events[other].isRecalled
                    && events[index].types.contains(events[other].incident ?? .attack)
                    // (Its time may be its first detail's: the month is what they share.)
                    && (events[index].accepts(time: events[other].time)
                        || events[index].time.map { time in
                            events[other].time.map {
                                Period(.month, containing: $0.date)
                                    == Period(.month, containing: time.date)
                            } ?? false
                        } ?? false)
                    && events[index].accepts(place: events[other].place)
            }
            guard !detailed.isEmpty else { continue }
            let count = Swift.max(1, events[index].count - detailed.count)
            events[index].notes.append(
                "count \(count), not \(events[index].count): \(detailed.count) of them told one by one after it"
            )
            events[index].count = count
        }
    }

    /// Capitalized words inside a sentence that name no side, country or time: the names of
    /// places and people it tells of.
    static func names(in sentence: Sentence) -> Set<String> {
        var found: Set<String> = []
        for (position, token) in sentence.tokens.enumerated()
        where position > 0 && token.isWord && token.isCapitalized && token.entry.side == nil
            && token.entry.country == nil && token.entry.month == nil
            && token.entry.weekday == nil && !token.entry.has(.elsewhere)
        {
            found.insert(token.text)
        }
        return found
    }

    /// Reads the title last, as the lead it is: its tolls are the main event's, told again (the
    /// lowest stands); it makes an event of its own only for deaths the body told without one.
    mutating func finish(title: SentenceFacts?) {
        defer {
            for facts in pending {
                setAside.append(
                    (
                        facts.sentence.index, .elsewhere,
                        "deaths with no border incident: " + Self.summary(of: facts)
                    ))
            }
            pending = []
        }
        guard let title, title.setAside == nil, !title.deniesDeaths else { return }
        let triggers = title.mentions.filter { !$0.isReferenceOnly }
        let strongest = triggers.min { $0.type < $1.type }
        // The title sums up the lead: the first incident told.
        var target = events.firstIndex { $0.category == .incident }
        // "One of our soldiers died on the Afghan border" over "in yesterday's incident one of
        // our soldiers died": a death at the border, told below with no word for the event.
        // "33 people have died as a result of the incident on the Kyrgyz-Tajik border" under a
        // border headline: the incident the article is about, told by its toll.
        // (Not when the article gives the same side's deaths a cause without violence:
        // "families were told their relatives had been killed in a road accident".)
        let pendingSides = Set(pending.flatMap { $0.tolls.map(\.side) })
        let deathsWithoutViolence = setAsideFigures.contains { figures in
            figures.reason == .disaster && figures.tolls.contains { pendingSides.contains($0.side) }
        }
        // "Incident on Uzbek-Afghan border" over "two people died in the incident of 21 August
        // ... on the border with Afghanistan": the incident the headline names, told by its toll.
        let titleNamesIncident =
            title.mentions.contains(where: \.isReferenceOnly)
            || title.sentence.contains(["incident", "incidents"])
        let borderDeath =
            title.namesBorder && !deathsWithoutViolence
            && (title.mentionsDeath
                || (titleNamesIncident
                    && pending.contains {
                        $0.namesBorder && $0.mentions.contains(where: \.isReferenceOnly)
                    }))
            && pending.contains {
                $0.tolls.contains { $0.side == .security }
                    || ($0.namesBorder && $0.mentions.contains(where: \.isReferenceOnly))
            }
        // "18 servicemen wounded in fighting on Tajik border" over a body that tells only the
        // wounded and the talks: the fighting the headline names is the article's event.
        let headlineOnly =
            target == nil && pending.isEmpty && title.namesBorder
            && triggers.contains { !$0.isReferenceOnly }
            && title.tolls.allSatisfy { $0.value == 0 } && setAside.isEmpty
            // (Not a quotation over a feature: "'And then they start shooting': life on the
            // border".)
            && !["\"", "“", "'", "‘", "«"].contains(title.sentence.word(0))
        if headlineOnly, let strongest {
            events.append(Event(category: .incident, incident: strongest.type, count: 1))
            target = events.count - 1
            events[target!].types = [strongest.type]
            events[target!].notes.append(
                "title: new event from \"\(strongest.word)\", the only one the article tells")
        }
        if target == nil, strongest != nil || borderDeath, !pending.isEmpty {
            let type = strongest?.type ?? .attack
            events.append(Event(category: .incident, incident: type, count: 1))
            target = events.count - 1
            events[target!].types = [type]
            events[target!].notes.append(
                "title: new event from \"\(strongest?.word ?? "died on the border")\", for deaths told below it"
            )
            for facts in pending {
                events[target!].tolls += facts.tolls
                events[target!].countries += facts.countries
                if facts.namesBorder { events[target!].namesBorder = true }
                events[target!].add(sentence: facts.sentence.index)
                // "In yesterday's incident one of our soldiers died": its day too.
                if let position = facts.tolls.first?.position {
                    events[target!].adopt(time: facts.time(near: position))
                }
            }
            adoptPendingTime(into: target!)
            // "The incident itself reportedly took place on 15 August": the day given to the
            // incident the deaths were told of.
            if events[target!].time == nil, let day = referenceDays.first {
                events[target!].adopt(time: day.time)
                events[target!].add(sentence: day.sentence)
                events[target!].notes.append(
                    "S\(day.sentence + 1): the day of \"the incident\" dates this event")
            }
            pending = []
        }
        guard let target else { return }
        let place = title.places.first { !$0.isIncidental }?.place
        if events[target].place == nil, let place { events[target].place = place }
        events[target].countries += title.countries
        if title.namesBorder { events[target].namesBorder = true }
        // "Cross-border attacks kill five Chinese nationals" over two attacks told below: a
        // total of them all. What the others do not account for is the toll of the one told
        // without a figure; with more than one such, nobody can say whose.
        let incidents = events.indices.filter { events[$0].category == .incident }
        let titleNamesMany = triggers.contains {
            $0.count > 1 || ($0.word.hasSuffix("s") && !$0.isDefinite)
        }
        if titleNamesMany, incidents.count >= 2,
            let total = title.tolls.first(where: { $0.qualifier != .unnumbered && !$0.isPart })
        {
            let untold = incidents.filter { events[$0].tolls.isEmpty }
            let told = incidents.filter { !events[$0].tolls.isEmpty }.map { index -> Int in
                let resolved = TollResolution(events[index].tolls).fatalities
                return resolved.militants + resolved.security + resolved.civilians
                    + resolved.unknown
            }.reduce(0, +)
            if untold.count == 1, total.value > told {
                var rest = total
                rest.value = total.value - told
                rest.statement = Self.titleStatement(total.statement)
                events[untold[0]].tolls.append(rest)
                events[untold[0]].notes.append(
                    "title: \(total.value) in all over \(incidents.count) incidents, \(rest.value) of them not told of the others"
                )
            }
            return
        }
        // "The Taliban attacked security forces: 37 dead" over attacks in two provinces, each
        // told with its own toll: the title's figure is more than the first one's, a sum over
        // them (and maybe others), not another count of the first one's dead.
        let numbered = title.tolls.filter { $0.qualifier != .unnumbered && !$0.isPart }
        if incidents.count >= 2, !numbered.isEmpty, !events[target].tolls.isEmpty {
            let resolved = TollResolution(events[target].tolls).fatalities
            let own =
                resolved.militants + resolved.security + resolved.civilians + resolved.unknown
            if own > 0, numbered.allSatisfy({ $0.value > own }) {
                events[target].notes.append(
                    "title: \(numbered.map(\.value).max() ?? 0) dead, more than this event's \(own), over the article's \(incidents.count) incidents: a sum, not added"
                )
                return
            }
        }
        if !title.tolls.isEmpty {
            // The title's figures as one more statement of the same victims.
            // Headlines name people in bare plurals ("troops retake district"): only figures count.
            events[target].tolls += title.tolls.filter { $0.qualifier != .unnumbered }.map { toll in
                var toll = toll
                toll.statement = Self.titleStatement(toll.statement)
                // "Taliban commander killed in Badghis": headlines drop "a"; one person named
                // beside the body's larger toll of the same side is one of them.
                if toll.value == 1 && !toll.isPart { toll.isSingular = true }
                return toll
            }
            events[target].notes.append(
                "title: " + title.tolls.map(Self.describe).joined(separator: "; "))
        }
    }

    /// The day so many days from an event's ("four days after the first attack", "three days
    /// before that"), when the event is dated to the day.
    static func day(_ days: Int, from event: Event) -> TimeExpression? {
        guard var time = event.time, time.precision == .day else { return nil }
        time.date = time.date.advanced(by: days)
        return time
    }

    /// The day a sentence was told ("said on July 22 that"), when it is before the day of the
    /// event being told: what it tells happened by then, so another event.
    func toldBeforeCurrent(_ facts: SentenceFacts) -> TimeExpression? {
        guard let current, events[current].category == .incident,
            let own = events[current].time, own.precision == .day,
            let said = facts.statementTimes.first(where: {
                $0.precision == .day && $0.date < own.date
            }),
            window.admits(said)
        else { return nil }
        return said
    }

    /// The note of an event dated by the day it was told.
    static func datedByTelling(_ time: TimeExpression, index: Int) -> String {
        "S\(index + 1): no day of its own; dated by the day it was told, \(time.period), the latest it can be"
    }

    /// The incident a mention refers to, if any.
    func findIncident(
        _ mention: IncidentMention, time: TimeExpression?, place: Gazetteer.Place?, newEvent: Bool,
        index: Int, anotherEvent: Bool = false, samePeople: Bool = false
    ) -> Int? {
        if mention.isNew || (newEvent && !mention.isDefinite) || anotherEvent { return nil }
        // "the explosion" refers to the explosion told, wherever the sentence places its speaker.
        // "the clash" right after an event just told is that event, whatever word began it.
        if mention.isDefinite, time == nil, let current, current == events.count - 1,
            events[current].category == .incident,
            let last = events[current].sentences.last, last >= index - 1
        {
            return current
        }
        // (Not a killing told in passing as the news's cause: "an assault on a warlord accused
        // of killing a security chief ... The attack was launched before dawn" is the assault.)
        if mention.isDefinite, time == nil,
            let same = events.lastIndex(where: {
                $0.category == .incident && $0.types.contains(mention.type) && !$0.isEarlierKilling
            })
                ?? events.lastIndex(where: {
                    $0.category == .incident && !$0.isEarlierKilling && !$0.isBesideAnother
                })
                ?? events.lastIndex(where: { $0.category == .incident })
        {
            return same
        }
        // "Two attacks" told together are not the clash told before, nor the other way round.
        let candidates = events.indices.filter { index in
            events[index].category == .incident && events[index].accepts(time: time)
                && events[index].accepts(place: place)
                && (mention.isDefinite || (events[index].count > 1) == (mention.count > 1)
                    || events[index].types.contains(mention.type))
        }
        // "Attacks on two districts ... the insurgents took over the district": one of them
        // told in more detail, with no time of its own.
        if candidates.isEmpty, time == nil, let current, events[current].category == .incident,
            events[current].count > 1, mention.count == 1, events[current].accepts(place: place)
        {
            return current
        }
        // "The house of a resident of Somoniyon was fired at", in the other side's telling of
        // the night's shooting at Kok-Tash: the event told, seen from across the line.
        if candidates.isEmpty, time == nil, let current, events[current].category == .incident,
            events[current].types.contains(mention.type), events[current].acceptsDeaths(at: place)
        {
            return current
        }
        if candidates.isEmpty, time == nil, samePeople, let current,
            events[current].category == .incident
        {
            return current
        }
        guard !candidates.isEmpty else { return nil }
        // "... in revenge for the previous day's incident. Early on Sunday, fighters stormed a
        // post": the event recalled just before, with nothing told of it yet, told now.
        if !mention.isDefinite, time != nil,
            let recalled = candidates.last(where: {
                events[$0].isRecalled && events[$0].tolls.isEmpty
                    && events[$0].sentences.last == index - 1
            })
        {
            return recalled
        }
        // The event the text is about, when it can be this one; else the latest that can.
        if let current, candidates.contains(current) { return current }
        if mention.isDefinite || time != nil { return candidates.last }
        return nil
    }

    /// The words of a hostage-taking or kidnapping, told beside another incident as its own.
    static let hostageWords: WordSet = [
        "abducted", "abduction", "kidnapped", "kidnapping", "hostage", "hostages",
    ]

    /// "took several soldiers hostage", "taken as hostages the soldiers guarding the buildings":
    /// troops taken in the attack or the capture, part of it (the keys give them no row of
    /// their own), unlike citizens taken beside a clash.
    static func takesTroops(_ sentence: Sentence, at position: Int) -> Bool {
        // (The people taken only, not who took them: "Kyrgyz border guards seized as hostages
        // two minibuses", "were taken hostage by soldiers".)
        func troops(_ range: some Sequence<Int>) -> Bool {
            for index in range {
                guard index >= 0, index < sentence.tokens.count,
                    ![",", ".", ";", "and", "as", "by"].contains(sentence.word(index)),
                    !FactReader.hostageTakingWords.contains(sentence.word(index))
                else { return false }
                if sentence[index].entry.side == .security { return true }
            }
            return false
        }
        return troops((position - 5..<position).reversed()) || troops(position + 1...position + 4)
    }

    static func describe(_ toll: TollFact) -> String {
        var text = "\(toll.value) \(toll.side.name)"
        if let party = toll.party { text += " (\(party.rawValue))" }
        if toll.qualifier != .plain { text += ", \(toll.qualifier.rawValue)" }
        if toll.isPart { text += ", part of a total" }
        if let speaker = toll.speaker { text += ", told by \(speaker.rawValue)" }
        return text
    }

    /// Words of fighting that lasts: "clashes broke out", "the fighting began".
    static let fightingWords: WordSet = [
        "clashes", "fighting", "hostilities", "clash", "conflict", "skirmishes",
    ]

    /// The title's statement for a figure of its own: before every statement of the body, in
    /// the order the title tells them ("another 12 killed, taking the toll to 36": 36 the latest).
    static func titleStatement(_ statement: Int) -> Int {
        Int.min / 2 + statement
    }

    /// Whether a statement is one of the title's (``titleStatement(_:)``).
    static func isTitleStatement(_ statement: Int) -> Bool {
        statement <= Int.min / 4
    }

    static func summary(of facts: SentenceFacts) -> String {
        var parts: [String] = []
        if !facts.mentions.isEmpty {
            parts.append(facts.mentions.map(\.word).joined(separator: ", "))
        }
        if !facts.tolls.isEmpty {
            parts.append("deaths " + facts.tolls.map(describe).joined(separator: "; "))
        }
        if !facts.measures.isEmpty {
            parts.append(facts.measures.map { "\($0.count) \($0.word)" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
