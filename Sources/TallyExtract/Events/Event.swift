internal import TallyCore

/// An event formed from the facts of several sentences: the mentions and tolls of one incident,
/// or the statements of one measure.
struct Event: Sendable {
    var category: Category
    var incident: IncidentType?
    var measure: MeasureType?
    /// Every incident type its mentions used.
    var types: Set<IncidentType> = []
    var count: Int
    var time: TimeExpression?
    var place: Gazetteer.Place?
    /// Countries named where it happens, in order of mention.
    var countries: [Country] = []
    var tolls: [TollFact] = []
    /// The sentences it rests on (indices into the article's sentences).
    var sentences: [Int] = []
    /// Whether any of its sentences names the border, its guards or posts.
    var namesBorder = false
    /// Whether fire was exchanged or both sides were named: an infiltration met by force.
    var wasFought = false
    /// "All of those killed were civilians": the side of the dead told without one.
    var deadAreSide: Lexicon.Side?
    /// "The dead man lived in the village of Kurulush": the dead of no side told are residents.
    var deadWereResidents = false
    /// Words and decisions, for the explanation.
    var notes: [String] = []
    /// A killing told as the cause of the news ("after guards had killed a civilian").
    var isEarlierKilling = false
    /// Dated by the day it was told ("officials said on July 22 that ..."), having none of its own.
    var isDatedByStatement = false
    /// Started by words that tell another incident ("another", "this time on", "separately").
    /// Told in passing as an earlier event than the one the text is about ("the raid came
    /// after a clash in which two died"): a later passing mention of an earlier event is it.
    var isRecalled = false
    /// The time of the event it was recalled from ("announced the attack as revenge for a
    /// fighter killed earlier"): it happened before then.
    var recalledBefore: TimeExpression?
    /// Told "in the same district" (village, area): at the place of the event told before it.
    var isInSamePlace = false
    /// Its count before "the two attacks" raised it, told when it was the only incident told
    /// so far: "both attacks" may yet turn out to be this and one told after it.
    var countBeforeDefinite: Int?
    var isToldAsAnother = false
    /// A hostage-taking told in a sentence about another incident: no event "the clash" or
    /// "the attack" refers to.
    var isBesideAnother = false

    /// Whether `time` can be this event's.
    func accepts(time other: TimeExpression?) -> Bool {
        guard let time, let other else { return true }
        // "In early September" is not the 17th.
        for (part, day) in [(time, other), (other, time)]
        where part.precision == .month && day.precision == .day {
            if let days = part.daysOfMonth, part.period == Period(.month, containing: day.date),
                !days.contains(day.date.components.day)
            {
                return false
            }
        }
        if Extraction.datesCompatible(time.date, time.precision, other.date, other.precision) {
            return true
        }
        // "Last week" in a report is the past week or so, not a Saturday–Friday box: a day up
        // to a week past it is the same telling.
        for (week, day) in [(time, other), (other, time)]
        where week.precision == .week && week.isRelative && day.precision == .day {
            let offset = day.date.dayNumber - week.date.dayNumber
            if (0..<14).contains(offset) { return true }
        }
        return false
    }

    /// Whether `place` can be this event's.
    func accepts(place other: Gazetteer.Place?) -> Bool {
        guard let place, let other else { return true }
        return place.country == other.country
            && (place.region == other.region || place.region.isEmpty || other.region.isEmpty)
    }

    /// Whether deaths placed at `other` can be this event's: its place, or the province facing
    /// it across the Fergana valley's borders, where one clash between neighbours' villages and
    /// troops is fought on both sides ("a resident of Surkh, near Isfara, was killed" in a
    /// Batken clash).
    func acceptsDeaths(at other: Gazetteer.Place?) -> Bool {
        if accepts(place: other) { return true }
        guard let place, let other else { return true }
        let facing: Set<Set<String>> = [
            ["Batken", "Sughd"], ["Batken", "Fergana"], ["Sughd", "Fergana"],
            ["Osh", "Andijan"], ["Jalal-Abad", "Namangan"], ["Jalal-Abad", "Andijan"],
            ["Osh", "Sughd"],
        ]
        return facing.contains([place.region, other.region])
    }

    mutating func adopt(time other: TimeExpression?) {
        guard let other else { return }
        if let time, time.precision <= other.precision { return }
        time = other
    }

    mutating func add(sentence index: Int) {
        if sentences.last != index { sentences.append(index) }
    }

    /// Takes in the sentences of another telling of this event, in order, each once.
    mutating func add(sentences others: [Int]) {
        sentences = Array(Set(sentences + others)).sorted()
    }
}
