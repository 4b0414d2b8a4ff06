internal import TallyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A learned second opinion on the events the rules formed: whether an event the rules would
/// record is one the article reports, or a duplicate, a recap or a passing mention the rules
/// missed.
///
/// A logistic regression over what the rules know of each event (its type, toll, date, place,
/// the sentences it rests on, the decisions behind it) and of the article's other events. Its
/// weights are fitted to the keyed articles of `Evaluation/` by `scripts/train-relevance.py`,
/// which writes `EventRelevance+Weights.swift`; the same input always gives the same answer.
enum EventRelevance {
    /// An event's inputs, in the order of ``names``.
    typealias Features = [Double]

    /// The inputs' names, in the order of the weights: the header of the training rows.
    static let names: [String] = eventNames + articleNames

    static let eventNames = [
        "incident", "armed_clash", "attack", "infiltration", "explosion_or_shelling",
        "capture_or_abduction", "outpost_opened", "other_measure",
        "deaths_log", "has_deaths", "sides", "unknown_side", "tolls_log", "count_above_one",
        "sentences_log", "in_title", "first_position", "in_first_paragraph", "title_only",
        "date_day", "date_week", "date_month", "date_year", "undated", "days_before_log",
        "before_window",
        "after_publication", "relative", "dated_by_statement", "recalled", "earlier_killing",
        "told_as_another", "same_place", "fought", "names_border", "article_names_border",
        "region_unresolved", "place_named", "toll_conflict", "toll_revised",
        "toll_summed_by_party", "side_inferred", "background_nearby", "type_uncertain",
        "cue_another", "cue_earlier", "cue_total", "cue_said_claimed", "set_aside_share",
    ]

    static let articleNames = [
        "events_log", "first_event", "same_month_others", "more_deaths_same_month",
        "same_type_same_month", "same_deaths_elsewhere",
    ]

    /// What the rules know of one event, before the other events of its article are weighed.
    static func features(
        of event: Event, fatalities: Fatalities, flags: Set<ReviewFlag>, date: CivilDate,
        precision: DatePrecision?, region: String, sentences: [Sentence],
        titleSentences: [Sentence], published: CivilDate, setAsideCount: Int,
        articleNamesBorder: Bool
    ) -> Features {
        func bit(_ value: Bool) -> Double { value ? 1 : 0 }
        let incident = event.incident
        let told = event.sentences.compactMap { index -> Sentence? in
            if index < sentences.count { return sentences[index] }
            let title = index - sentences.count
            return titleSentences.indices.contains(title) ? titleSentences[title] : nil
        }
        let body = event.sentences.filter { $0 < sentences.count }
        let firstPosition = body.first.map { Double($0) / Double(Swift.max(1, sentences.count)) }
        let sides = [
            fatalities.militants, fatalities.security, fatalities.civilians,
            fatalities.unknown,
        ].filter { $0 > 0 }.count
        let daysBefore = Double(published.dayNumber - date.dayNumber)
        func cue(_ phrases: [String]) -> Double { bit(told.contains { $0.contains(phrases) }) }
        return [
            bit(event.category == .incident),
            bit(incident == .armedClash),
            bit(incident == .attack),
            bit(incident == .infiltration),
            bit(incident == .explosion || incident == .shelling),
            bit(incident == .capture || incident == .abduction),
            bit(event.measure?.code == "outpost_opened"),
            bit(event.category == .measure && event.measure?.code != "outpost_opened"),
            log1p(Double(fatalities.total)),
            bit(fatalities.total > 0),
            Double(sides),
            bit(fatalities.unknown > 0),
            log1p(Double(event.tolls.count)),
            bit(event.count > 1),
            log1p(Double(event.sentences.count)),
            bit(event.sentences.contains { $0 >= sentences.count }),
            firstPosition ?? 0,
            bit(told.contains { (0...1).contains($0.paragraph) }),
            bit(body.isEmpty),
            bit(precision == .day),
            bit(precision == .week),
            bit(precision == .month && !flags.contains(.dateFromPublication)),
            bit(precision == .year),
            bit(flags.contains(.dateFromPublication)),
            log1p(Swift.max(0, daysBefore)) / log(366),
            bit(daysBefore > 60),
            bit(daysBefore < 0),
            bit(flags.contains(.dateRelative)),
            bit(event.isDatedByStatement),
            bit(event.isRecalled),
            bit(event.isEarlierKilling),
            bit(event.isToldAsAnother),
            bit(event.isInSamePlace),
            bit(event.wasFought),
            bit(event.namesBorder),
            bit(articleNamesBorder),
            bit(region.isEmpty),
            bit(event.place != nil),
            bit(flags.contains(.tollConflict)),
            bit(flags.contains(.tollRevised)),
            bit(flags.contains(.tollSummedByParty)),
            bit(flags.contains(.sideInferred)),
            bit(flags.contains(.backgroundNearby)),
            bit(flags.contains(.typeUncertain)),
            cue(["another", "also", "separately", "in a separate", "second incident"]),
            cue(["earlier", "previously", "last year", "ago", "in the past", "recalled"]),
            cue(["in total", "a total of", "altogether", "so far", "since", "this year"]),
            cue(["claimed", "said to", "reportedly", "alleged", "according to"]),
            Double(setAsideCount) / Double(Swift.max(1, sentences.count)),
        ]
    }

    /// Completes each record's inputs with what the article's other records say of it.
    static func completed(_ features: [Features], records: [Record]) -> [Features] {
        func month(_ record: Record) -> Period { Period(.month, containing: record.date) }
        return records.indices.map { index in
            let record = records[index]
            let others = records.indices.filter { $0 != index }.map { records[$0] }
            let sameMonth = others.filter {
                $0.category == record.category && month($0) == month(record)
            }
            return features[index] + [
                log1p(Double(records.count)),
                index == 0 ? 1 : 0,
                sameMonth.isEmpty ? 0 : 1,
                sameMonth.contains { $0.fatalities.total > record.fatalities.total } ? 1 : 0,
                sameMonth.contains { $0.type == record.type } ? 1 : 0,
                record.fatalities.total > 0
                    && others.contains { $0.fatalities.total == record.fatalities.total } ? 1 : 0,
            ]
        }
    }

    /// The probability the model gives that the event is one the article reports.
    static func probability(_ features: Features) -> Double {
        var sum = bias
        for (value, weight) in zip(features, weights) { sum += value * weight }
        return 1 / (1 + exp(-sum))
    }
}
