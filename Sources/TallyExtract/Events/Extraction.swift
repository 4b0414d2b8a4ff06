public import TallyCore

/// Turns English border news into canonical records, rule-based and deterministic.
public enum Extraction {
    /// What to do with an event whose date the article does not give.
    public enum UndatedPolicy: String, Sendable, CaseIterable {
        /// Date it to the publication month, precision month, with a note.
        case publicationMonth = "publication-month"
        /// Leave it out.
        case skip
    }

    /// How articles are read.
    public struct Options: Sendable {
        public var published: CivilDate?
        public var source: String?
        public var url: String?
        public var undated: UndatedPolicy
        public var deduplicates: Bool

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
        let article = Article(text: text)
        guard let published = options.published ?? article.datelineDate else {
            throw .noPublicationDate(name)
        }
        let source = options.source ?? article.footerSource ?? ""
        let defaultCountry = mainCountry(of: article)

        var events: [RecognizedEvent] = []
        var lastIncident: Int?
        for paragraph in article.paragraphs {
            for sentence in Sentences.split(paragraph) {
                let (found, deathsOnly) = EventRecognizer.events(
                    in: sentence, published: published, afterIncident: lastIncident != nil)
                if let index = lastIncident, let side = allDeadWere(Words(sentence)) {
                    // "All of those killed were civilians": the unattributed dead have a side.
                    var deaths = events[index].fatalities
                    DeathCounts.add(deaths.unknown, to: side, in: &deaths)
                    deaths.unknown = 0
                    events[index].fatalities = deaths
                }
                if let deathsOnly, let index = lastIncident {
                    // "… had also been killed": more deaths; otherwise a second figure for the same ones.
                    let adds = Words(sentence).contains([
                        "also", "another", "other", "additional", "more",
                    ])
                    let known = events[index].fatalities
                    if let attributed = attribute(deathsOnly, within: known) {
                        events[index].fatalities = attributed
                    } else if adds {
                        events[index].fatalities = sum(known, deathsOnly)
                    } else if deathsOnly.total == deathsOnly.unknown && known.total > known.unknown
                    {
                        // A bare figure after the sides are known repeats them ("the bodies of
                        // four members of the group were found"), or is a higher second count.
                    } else {
                        events[index].fatalities = combine(known, deathsOnly)
                    }
                    events[index].sentences.append(sentence)
                }
                let sameOccasion = Words(sentence).contains([
                    "same", "at the ceremony", "the same day",
                ])
                for var event in found {
                    // A sentence that names no place goes on where the article was ("At the same
                    // ceremony the president opened a training centre").
                    if let last = events.last {
                        if event.place == nil && event.country == nil && sameOccasion {
                            event.place = last.place
                            event.country = last.country
                        }
                        if event.date == nil && sameOccasion { event.date = last.date }
                    }
                    // The same event told again (the lede, then the body) joins the first telling.
                    if let same = events.firstIndex(where: { sameEvent($0, event) }) {
                        events[same] = union(events[same], event)
                        if event.category == .incident { lastIncident = same }
                    } else {
                        if event.category == .incident { lastIncident = events.count }
                        events.append(event)
                    }
                }
            }
        }

        var records: [Record] = []
        for event in events {
            var notes = event.sentences.joined(separator: " ")
            let date: CivilDate
            let precision: DatePrecision
            if let found = event.date {
                date = found.date
                precision = found.precision
            } else {
                guard options.undated == .publicationMonth else { continue }
                date = Period(.month, containing: published).start
                precision = .month
                notes += " [undated in the article: dated to its publication month]"
            }
            guard let country = event.country ?? defaultCountry else { continue }
            records.append(
                Record(
                    id: "\(name)-\(records.count + 1)", date: date, datePrecision: precision,
                    country: country,
                    region: event.place?.country == country ? event.place?.region ?? "" : "",
                    category: event.category, type: event.type, count: event.count,
                    fatalities: event.fatalities,
                    source: source, sourceURL: options.url ?? "", notes: notes))
        }
        return records
    }

    /// The country an article is mostly about: the most named as a place (not as an origin),
    /// the first named among equals.
    static func mainCountry(of article: Article) -> String? {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        var position = 0
        for text in [article.title] + article.paragraphs {
            let words = Words(text)
            for index in 0..<words.count {
                for entry in Gazetteer.countries
                where entry.names.contains(where: { words.matches($0, at: index) })
                    || entry.adjectives.contains(words[index])
                {
                    if Gazetteer.isOrigin(words, at: index) { continue }
                    counts[entry.country, default: 0] += 1
                    if first[entry.country] == nil { first[entry.country] = position }
                    position += 1
                }
            }
        }
        return counts.keys.max { a, b in
            counts[a]! != counts[b]! ? counts[a]! < counts[b]! : first[a]! > first[b]!
        }
    }

    /// Deaths read in a later sentence about the same incident: sides not yet known are added,
    /// sides given twice keep the lower figure.
    static func combine(_ first: Fatalities, _ later: Fatalities) -> Fatalities {
        func pick(_ a: Int, _ b: Int) -> Int { a == 0 ? b : b == 0 ? a : Swift.min(a, b) }
        return Fatalities(
            militants: pick(first.militants, later.militants),
            security: pick(first.security, later.security),
            civilians: pick(first.civilians, later.civilians),
            unknown: pick(first.unknown, later.unknown))
    }

    /// Sides given after a toll of unattributed dead ("seven killed … six of the dead were police,
    /// a driver was also killed"): they say who the dead were, not that more died.
    static func attribute(_ sides: Fatalities, within toll: Fatalities) -> Fatalities? {
        guard sides.unknown == 0, sides.total > 0, toll.unknown > 0, sides.total <= toll.unknown
        else { return nil }
        return Fatalities(
            militants: toll.militants + sides.militants, security: toll.security + sides.security,
            civilians: toll.civilians + sides.civilians, unknown: toll.unknown - sides.total)
    }

    /// The side of "all of those killed were civilians", "all the dead were border guards".
    static func allDeadWere(_ words: Words) -> Vocabulary.Side? {
        let phrases = [
            "all of those killed were", "all those killed were", "all the dead were",
            "all of the dead were",
            "all the victims were", "all of the victims were",
        ]
        guard let start = words.firstIndex(ofAny: phrases) else { return nil }
        for index in start..<Swift.min(start + 8, words.count) {
            if let side = DeathCounts.sideAt(words, index) { return side }
        }
        return nil
    }

    static func sum(_ a: Fatalities, _ b: Fatalities) -> Fatalities {
        Fatalities(
            militants: a.militants + b.militants, security: a.security + b.security,
            civilians: a.civilians + b.civilians,
            unknown: a.unknown + b.unknown)
    }

    static func sameEvent(_ a: RecognizedEvent, _ b: RecognizedEvent) -> Bool {
        guard a.category == b.category, a.type == b.type else { return false }
        if b.isReference && b.date == nil { return true }
        if let x = a.place?.region, let y = b.place?.region, x != y { return false }
        if let x = a.country, let y = b.country, x != y { return false }
        switch (a.date, b.date) {
        case (nil, _), (_, nil): return a.count == b.count || a.category == .incident
        case (let x?, let y?): return datesCompatible(x, y)
        }
    }

    static func datesCompatible(_ a: DateExpressions.Found, _ b: DateExpressions.Found) -> Bool {
        datesCompatible(a.date, a.precision, b.date, b.precision)
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

    /// Two tellings of one event: the most specific date and place, the conservative toll.
    static func union(_ a: RecognizedEvent, _ b: RecognizedEvent) -> RecognizedEvent {
        var result = a
        if let y = b.date, a.date.map({ y.precision < $0.precision }) ?? true { result.date = y }
        if result.place == nil { result.place = b.place }
        if result.country == nil { result.country = b.country }
        result.count = Swift.max(a.count, b.count)
        result.fatalities = conservative(a.fatalities, b.fatalities)
        result.sentences += b.sentences
        return result
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

/// An article that cannot be coded.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    case noPublicationDate(String)

    public var description: String {
        switch self {
        case .noPublicationDate(let name):
            "\(name): no publication date: the text has no date line; give one with --published YYYY-MM-DD"
        }
    }
}
