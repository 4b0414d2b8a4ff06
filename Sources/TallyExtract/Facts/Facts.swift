internal import TallyCore

/// A word that tells of an incident: "clash", "attack", "opened fire".
struct IncidentMention: Sendable {
    var type: IncidentType
    var position: Int
    /// "two attacks": how many incidents the word stands for.
    var count: Int
    /// "the clash", "Saturday's attack": refers back to an event already told.
    var isDefinite: Bool
    /// "another attack", "a separate incident": a new event.
    var isNew: Bool
    /// The trigger as written.
    var word: String
    /// "the incident": refers to an event told, never starts one nor sets its type.
    var isReferenceOnly = false
}

/// A statement of deaths: a figure, whose dead, and how the figure is qualified.
struct TollFact: Sendable {
    enum Qualifier: String, Sendable {
        /// A figure as given.
        case plain
        /// The latest of a revision: "rose to 21", "now stands at".
        case revised
        /// An earlier figure replaced: "up from 14", "initially reported".
        case superseded
        /// More dead on top of those told: "another guard died".
        case additional
        /// A count of bodies held or found: a floor, never a conflicting figure.
        case partial
        /// "guards were killed": a plural with no figure, two unless a figure is told.
        case unnumbered
        /// "dozens dead", "several guards": a vague word's value, unless a figure is told.
        case vague
    }

    var value: Int
    var side: Lexicon.Side
    /// Whose citizens, when the text says ("Kyrgyz servicemen", "its citizens").
    var party: Country?
    var qualifier: Qualifier
    /// Part of a total told in the same statement ("including two guards").
    var isPart: Bool
    /// Which statement it belongs to (one predicate's victims add up): the sentence's index
    /// times 10,000 plus the predicate's position, 1,000,000,000 more for a plural with no
    /// figure, and negative for the title's.
    var statement: Int
    /// The country of whoever reports the figure ("Kyrgyzstan said ...").
    var speaker: Country?
    var position: Int
    /// "the smugglers": a figure to take from the people told before under this noun.
    var anaphor: String? = nil
    /// The ``anaphor`` of "all three", "the two": the people last told with that figure.
    static let sameFigure = "#same figure"
    /// The ``anaphor`` of a bare "two more": more of the people last told.
    static let morePeople = "#more"
    /// "its citizens", "their own soldiers": the speaker counts its own dead.
    var isOwn = false
    /// Told by a country's press ("Tajikistan's local press claimed"), not its government: a
    /// figure of people of no side is no government's count of its own.
    var isToldByPress = false
    /// "a commander and three others": people besides those the statement names by side.
    var isBesides = false
    /// Told as another account of the same events ("opposition media put the number of dead at
    /// more than 200", "gave a different account"): a figure to weigh, never to add.
    var isOtherAccount = false
    /// Which people of their side: "police" ("two local policemen"), "all" ("members of the
    /// security forces", "security personnel"), or nil for any other word.
    var scope: Scope? = nil

    enum Scope: Sendable { case police, all }
    /// A nationality named beside the figure ("the dead man, a Kyrgyz citizen").
    var nationality: Country? = nil
    /// Taliban whose side the publication date decided: a call for a reviewer.
    var sideByTalibanRule = false
    /// A killing told as what came before the news ("after guards had killed a civilian
    /// there", "to look into the killing of a civilian"): an earlier event of its own.
    var isEarlierKilling = false
    /// "both men", "the two": people already told, whoever reports them now; not the speaker's
    /// own citizens for that.
    var refersBack = false
    /// One person told with "a" ("a Tajik serviceman aged 26 ... bled to death"): beside a
    /// larger toll of the same people, one of them told in detail.
    var isSingular = false
    /// One person told by name alone ("Sarvar Nazarov died"): one of any other dead the event
    /// tells, else one dead.
    var isNamed = false
}

/// A security measure: its type, how many, and whether it was done.
struct MeasureFact: Sendable {
    enum Status: String, Sendable {
        case done, planned, financed, underConstruction = "under construction", repaired, reference
    }

    var type: MeasureType
    var count: Int
    var status: Status
    var position: Int
    var isDefinite: Bool
    var word: String
}

/// Why a sentence's facts cannot make or feed an event.
enum SetAside: String, Sendable {
    case background = "background: before the news window"
    case cumulative = "a cumulative, yearly or since-then figure"
    case disaster = "deaths without violence (disaster, accident, illness)"
    case elsewhere = "an event outside the covered border areas"
    case hypothetical = "a plan, threat, warning or possibility"
    case denied = "a claim denied"
    case scenario = "an exercise scenario"
    case legal = "a court case, charge or law"
    case clutter = "web-page clutter"
    case question = "a question, not a report"
}

/// Everything one sentence says, read once.
struct SentenceFacts: Sendable {
    var sentence: Sentence
    var mentions: [IncidentMention] = []
    var tolls: [TollFact] = []
    var measures: [MeasureFact] = []
    var times: [TimeExpression] = []
    /// The days statements were made ("said on July 22"): the latest an event told with no
    /// time of its own can have happened.
    var statementTimes: [TimeExpression] = []
    var places: [Gazetteer.Mention] = []
    /// Countries named as where something happens.
    var countries: [Country] = []
    var speaker: Country?
    /// Why the sentence cannot make an event; `nil` when it can.
    var setAside: SetAside?
    /// A death predicate that names no figure ("killing him"): the sentence is about deaths.
    var mentionsDeath = false
    /// "no one was killed", "no casualties".
    var deniesDeaths = false
    /// "The spokesman denies that two of his soldiers were killed": sides whose dead, told
    /// elsewhere, someone says did not die (a report of none, the lowest of the figures).
    var deniedDeathSides: Set<Lexicon.Side> = []
    /// "Local officials said no such incident had happened": who denies the events told.
    var deniers: Set<Country> = []
    /// "The state border service declared that no clashes had been recorded": a denial whose
    /// sentence names no country; it weighs only against events told as claims.
    var deniesUnnamed = false
    /// "All of those killed were civilians": the side of the dead told without one.
    var deadAreSide: Lexicon.Side?
    /// "The dead man lived in the village of Kurulush", "natives of the village of
    /// Aigyr-Zhal": where the dead lived, which makes people of no side told residents
    /// (CODING.md: "residents of the village of Aigyr-Zhal" are civilians).
    var deadWereResidents = false
    /// "another", "a separate incident", "meanwhile": a new event starts here.
    var startsNewEvent = false
    /// "Attacks killed five over the past week", read again as the episode the article is about
    /// (``FactReader/isRecentEpisode(_:)``), not as a sum.
    var isEpisode = false
    /// "In a separate development", "in another attack": said in so many words to be another
    /// event, with or without a time of its own ("separately" alone may be another teller).
    var saysSeparateEvent = false
    /// "Several weeks before the shootout of February 26, ...": an event of its own even with
    /// no time of its own.
    var isAnotherEvent = false
    /// "The incident came two weeks after a similar skirmish left one guard dead": an earlier
    /// event told in passing, after which the text goes on with the event it was telling.
    var recallsEarlierEvent = false
    /// "the second attack", "a third round of shooting": which of the events told in turn.
    var ordinal: Int?
    /// "four days after the first attack": its day, counted from the first event's.
    var daysAfterFirst: Int?
    /// "three days before that": its day, counted from the event just told.
    var daysFromCurrent: Int?
    /// "On 17 March, however, the general said that ...": another account of the event told.
    var isOtherAccount = false
    /// The sentence tells about a fight's participants: border guards and intruders both named.
    var namesSecurity = false
    var namesMilitants = false
    /// The words of an event told only in a place outside the covered borders ("In Helmand,
    /// gunmen shot dead an administrator"), dropped from `mentions`.
    var toldElsewhere: [String] = []
    /// Words of the border: "border", "frontier", "outpost", "guards".
    var namesBorder = false
    /// Whether it names the border only in passing: by the word of a post ("checkpoint",
    /// "outpost"), which in Afghanistan's war is a post anywhere, or in telling where a province
    /// lies ("Kunduz, which borders Tajikistan").
    var namesBorderOnlyInPassing = false
    /// People counted in the sentence ("three armed smugglers"), whatever befell them: an
    /// anaphor later ("the smugglers were killed") takes their number.
    var groups: [(head: String, side: Lexicon.Side, count: Int, isVague: Bool, position: Int)] =
        []
    /// The sides of the people it names, counted or not, in order ("The gunmen exchanged fire
    /// with Tajik border troops": militants, security): who "them" may be next.
    var peopleSides: [(side: Lexicon.Side, position: Int)] = []

    /// "He said ...", "It added that ...": the speaker told of before goes on.
    var goesOnTelling: Bool {
        ["it", "he", "she", "they"].contains(sentence.word(0))
            && sentence.tokens.prefix(3).contains { $0.entry.has(.reporting) }
    }

    /// Marks the sentence, and every toll in it, as another account of the events told: its
    /// figures are weighed, never added.
    mutating func markOtherAccount() {
        isOtherAccount = true
        for index in tolls.indices { tolls[index].isOtherAccount = true }
    }

    /// The time nearest to `position`, ignoring spans of statistics.
    func time(near position: Int) -> TimeExpression? {
        // "The fighting started after the government sent forces to find a man suspected of a
        // stabbing on Saturday": the day of what came before, told in its own clause.
        let usable = times.filter { time in
            guard !time.isSpan || time.precision != .year else { return false }
            // "worse than the violent clash in March": the time of what it is compared with.
            // "less than two weeks earlier" is a time, not a comparison.
            if time.position > position,
                (position..<time.position).contains(where: {
                    sentence.word($0) == "than"
                        && !["less", "more", "fewer"].contains(sentence.word($0 - 1))
                })
            {
                return false
            }
            // "who had escaped into Turkmenistan after heavy fighting ... came back home on
            // Monday": the day they came back, not the fighting's.
            // ("after attacks that killed five last week" tells the attacks' own day.)
            // ("after two attacks launched from Afghan soil killed five last week": the attacks'
            // own verb, and its day.)
            if time.position > position + 4,
                (1...3).contains(where: {
                    ["after", "following"].contains(sentence.word(position - $0))
                }),
                !(1...2).contains(where: {
                    ["that", "which", "in", "when", "on"].contains(sentence.word(position + $0))
                }),
                !(position..<time.position).contains(where: {
                    sentence[$0].entry.has([.killVerb, .dieVerb])
                })
            {
                return false
            }
            guard time.position > position,
                let after = (position..<time.position).first(where: {
                    ["after", "following"].contains(sentence.word($0))
                })
            else { return true }
            return time.position - after <= 4
        }
        // "the anniversary of the 1993 attack": a year set before the word is its own time.
        if let own = usable.first(where: {
            $0.precision == .year && $0.position == position - 1
        }) {
            return own
        }
        let finer = usable.filter { $0.precision != .year }
        let nearest = (finer.isEmpty ? usable : finer).min {
            abs($0.position - position) < abs($1.position - position)
        }
        // "The seizure last week of Kunduz came 14 years after heavy bombing helped militias
        // take the city in 2001": a year told just after the word, in its own clause, when the
        // finer time is far before it.
        if let nearest, nearest.precision != .year, nearest.position < position - 12,
            let year = times.first(where: {
                $0.precision == .year && !$0.isSpan && $0.position > position
                    && $0.position <= position + 12
            }),
            !(position..<year.position).contains(where: { [",", ";"].contains(sentence.word($0)) })
        {
            return year
        }
        return nearest
    }
}

extension TollFact {
    /// The index of the sentence that tells it, read back from ``statement``.
    var sentence: Int { statement % 1_000_000_000 / 10_000 }
}
