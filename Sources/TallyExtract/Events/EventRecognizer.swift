internal import TallyCore

/// An event found in a sentence, before it becomes a record.
struct RecognizedEvent {
    var category: Category
    var type: String
    var count: Int
    var fatalities: Fatalities
    /// `nil` when the text gives no date.
    var date: DateExpressions.Found?
    var place: Gazetteer.Place?
    var country: String?
    var sentences: [String]
    /// A definite mention ("the outposts") that refers back to a measure already told.
    var isReference = false
}

/// Finds the events a sentence reports: at most one incident (its strongest type) and any
/// number of measures, with counts, deaths by side, a date and a place.
enum EventRecognizer {
    /// The events of one sentence; `deathsOnly` carries deaths read from a sentence that names no
    /// event, for the incident before it ("Three militants died in the fighting.").
    static func events(
        in sentence: String, published: CivilDate, afterIncident: Bool
    ) -> (events: [RecognizedEvent], deathsOnly: Fatalities?) {
        let words = Words(sentence)
        let date = DateExpressions.find(in: words, published: published)
        // History recalled in passing ("a 2021 clash that killed ten") is not a new event.
        if let date, published.dayNumber - date.date.dayNumber > 400 { return ([], nil) }
        if date == nil && pastYearNearEvent(words, published: published) { return ([], nil) }
        if words.contains(Vocabulary.notFactual) { return ([], nil) }
        // A sum over past events ("32 incursions since January", "in total, a dozen were killed
        // over the four days") reports no new event; its deaths may still complete the incident told.
        let summarises = date == nil && words.contains(Vocabulary.contextCounts)

        let country = Gazetteer.locationCountry(in: words)
        let place = Gazetteer.place(in: words, country: country)
        let deaths = DeathCounts.read(words)
        var events: [RecognizedEvent] = []

        // An undated incident sentence after an incident tells more of it ("the gun battle that
        // followed", "gunmen opened fire"), unless it says it is another.
        let continues = afterIncident && date == nil && !words.contains(Vocabulary.anotherEvent)
        let scenario = words.contains(Vocabulary.scenario)
        incident: for (type, phrases) in Vocabulary.incidentTypes
        where !continues && !summarises && !scenario {
            for index in 0..<words.count
            where phrases.contains(where: { words.matches($0, at: index) }) {
                // A crossing in which people were killed was fought: a clash.
                let type = type == "infiltration" && (deaths?.total ?? 0) > 0 ? "armed_clash" : type
                events.append(
                    RecognizedEvent(
                        category: .incident, type: type, count: count(before: index, in: words),
                        fatalities: deaths ?? Fatalities(),
                        date: date, place: place, country: place?.country ?? country,
                        sentences: [sentence]))
                break incident
            }
        }

        // Armed men who "entered" from across the border: a crossing.
        if events.isEmpty && !continues && !summarises && !scenario
            && words.contains(["entered", "went into", "crossed"])
            && (words.contains(["armed", "gunmen", "militants", "insurgents"]))
        {
            events.append(
                RecognizedEvent(
                    category: .incident,
                    type: (deaths?.total ?? 0) > 0 ? "armed_clash" : "infiltration", count: 1,
                    fatalities: deaths ?? Fatalities(), date: date, place: place,
                    country: place?.country ?? country,
                    sentences: [sentence]))
        }

        let establishing = words.contains(Vocabulary.establishing)
        let happened = words.contains(Vocabulary.happened)
        for (type, phrases, needsEstablishing) in Vocabulary.measureTypes where !summarises {
            guard
                let index = (0..<words.count).first(where: { index in
                    phrases.contains { words.matches($0, at: index) }
                })
            else { continue }
            if needsEstablishing ? !establishing : !happened { continue }
            // Exercises and deployments beside an incident are usually its context ("troops were deployed after the clash").
            if type == "deployment" && !events.isEmpty { continue }
            // "The outposts were built with …": the outposts already told.
            let isReference = (1...2).contains {
                ["the", "these", "those", "each"].contains(words[index - $0])
            }
            events.append(
                RecognizedEvent(
                    category: .measure, type: type, count: count(before: index, in: words),
                    fatalities: Fatalities(),
                    // A measure is the measuring state's: the place named, else the article's country
                    // (a deployment "after reports of armed groups in northern Afghanistan" is not Afghan).
                    date: date, place: place, country: place?.country,
                    sentences: [sentence], isReference: isReference))
        }
        // "Turkmen border guards killed two armed smugglers": deaths told first, with no word for
        // the event, are an incident of their own when none came before.
        if events.isEmpty, !afterIncident, !summarises, !scenario, let deaths, deaths.total > 0,
            words.contains(["killed", "killing", "shot dead"])
        {
            let fought =
                deaths.militants > 0
                && words.items.indices.contains { DeathCounts.sideAt(words, $0) == .security }
            events.append(
                RecognizedEvent(
                    category: .incident, type: fought ? "armed_clash" : "attack", count: 1,
                    fatalities: deaths,
                    date: date, place: place, country: place?.country ?? country,
                    sentences: [sentence]))
            return (events, nil)
        }
        if events.isEmpty, let deaths, deaths.total > 0 { return ([], deaths) }
        return (events, nil)
    }

    /// Whether a year before the publication year stands within six words of an event or death
    /// word ("a 2021 clash that killed ten", "eleven outposts were completed in 2023"), not just
    /// somewhere in the sentence ("outposts put into service … after the 2022 conflict").
    static func pastYearNearEvent(_ words: Words, published: CivilDate) -> Bool {
        let year = published.components.year
        let pastYears = words.items.indices.filter { index in
            let word = words[index]
            guard word.count == 4, let value = Int(word) else { return false }
            return (1900..<year).contains(value)
        }
        guard !pastYears.isEmpty else { return false }
        let phrases =
            Vocabulary.incidentTypes.flatMap(\.phrases) + Vocabulary.measureTypes.flatMap(\.phrases)
            + Vocabulary.death
        let eventWords = words.items.indices.filter { index in
            phrases.contains { words.matches($0, at: index) }
        }
        // "since 1992": a count over years, whatever it counts.
        if pastYears.contains(where: { words[$0 - 1] == "since" }) { return true }
        return pastYears.contains { year in eventWords.contains { abs($0 - year) <= 6 } }
    }

    /// How many events a trigger stands for: a number up to three words before it ("four new
    /// border outposts", "two attacks"); 1 otherwise.
    static func count(before index: Int, in words: Words) -> Int {
        for back in 1...3 {
            let start = index - back
            guard start >= 0 else { break }
            // "eight men crossed": the size of a group, not a count of events.
            if (start + 1..<index).contains(where: {
                ["men", "people", "persons"].contains(words[$0])
                    || DeathCounts.sideAt(words, $0) != nil
            }) {
                break
            }
            if let number = Numbers.read(words, at: start, allowArticle: false),
                start + number.length <= index,
                number.value > 0, number.value < 100
            {
                return number.value
            }
            if words.endsClause[start] { break }
        }
        return 1
    }
}
