/// Realistic synthetic records of the Tajik, Afghan, Kyrgyz and Uzbek border provinces, for
/// examples, tests and benchmarks. Deterministic: the same seed and count give the same records.
///
/// Records come in date order. Incidents follow the seasons (fewer in winter, when passes close);
/// a few dates are known only to the week, month or year; fatalities come by side, some of them
/// unattributed; notes carry commas, quotes and line breaks, as real coders' notes do.
public struct SyntheticRecords: Sequence, IteratorProtocol, Sendable {
    private var random: SplitMix64
    private let total: Int
    private var produced = 0
    private let firstDay: Int
    /// Cumulative seasonal weight of each day of the range, for drawing dates in order.
    private let cumulativeWeight: [Double]
    private var dayCursor = 0

    /// `count` records dated inside `range` (by default 2021 to 2025).
    public init(count: Int, seed: UInt64, range: PeriodRange? = nil) {
        let days =
            range?.days ?? CivilDate(year: 2021, month: 1, day: 1)!...CivilDate(
                year: 2025, month: 12, day: 31)!
        random = SplitMix64(seed: seed)
        total = count
        firstDay = days.lowerBound.dayNumber
        var cumulative: [Double] = []
        var sum = 0.0
        let span = Double(days.upperBound.dayNumber - days.lowerBound.dayNumber + 1)
        for day in days.lowerBound.dayNumber...days.upperBound.dayNumber {
            let month = CivilDate(dayNumber: day).components.month
            // Seasons and a slow upward trend over the range.
            sum +=
                SyntheticRecords.seasonalWeight[month - 1]
                * (0.8 + 0.4 * Double(day - firstDay) / span)
            cumulative.append(sum)
        }
        cumulativeWeight = cumulative
    }

    /// The next record, or `nil` after the last.
    public mutating func next() -> Record? {
        guard produced < total else { return nil }
        let index = produced
        produced += 1
        // Dates in order: the index's quantile of the seasonal distribution, with jitter.
        let target =
            (Double(index) + Double.random(in: 0..<1, using: &random)) / Double(total)
            * cumulativeWeight.last!
        while dayCursor < cumulativeWeight.count - 1 && cumulativeWeight[dayCursor] < target {
            dayCursor += 1
        }
        let date = CivilDate(dayNumber: firstDay + dayCursor)
        return record(number: index + 1, date: date)
    }

    private mutating func pick<T>(_ choices: [(T, Int)]) -> T {
        let sum = choices.reduce(0) { $0 + $1.1 }
        var draw = Int.random(in: 0..<sum, using: &random)
        for (value, weight) in choices {
            if draw < weight { return value }
            draw -= weight
        }
        return choices[choices.count - 1].0
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func record(number: Int, date: CivilDate) -> Record {
        let country = pick(SyntheticRecords.countries.map { ($0, $0.weight) })
        let province = country.provinces.randomElement(using: &random)!
        let category = pick([(Category.incident, 80), (.measure, 17), (.other, 3)])
        let type: String
        var count = 1
        var fatalities = Fatalities()
        switch category {
        case .incident:
            type = pick(SyntheticRecords.incidentTypes)
            if chance(0.05) { count = Int.random(in: 2...4, using: &random) }
            fatalities = deaths(for: type, count: count)
        case .measure:
            type = pick(SyntheticRecords.measureTypes)
            count =
                type == "outpost_opened" || type == "checkpoint_opened"
                ? Int.random(in: 1...4, using: &random) : 1
        case .other:
            type = pick([("diplomatic_meeting", 3), ("statement", 2), ("border_closure", 1)])
        }
        let precision = pick([(DatePrecision.day, 88), (.week, 2), (.month, 9), (.year, 1)])
        let (actor1, actor2) = actors(country: country.name, category: category)
        let source = SyntheticRecords.sources.randomElement(using: &random)!
        let id =
            "syn-" + String(repeating: "0", count: Swift.max(0, 6 - String(number).count))
            + String(number)
        return Record(
            id: id, date: date, datePrecision: precision, country: country.name,
            region: chance(0.03) ? "" : province.name,
            location: chance(0.3) ? "" : province.places.randomElement(using: &random)!,
            category: category, type: type, count: count, fatalities: fatalities, actor1: actor1,
            actor2: actor2, source: source.name,
            sourceURL: "https://example.org/\(source.slug)/\(date.isoString)/\(number)",
            notes: note(category: category, type: type, count: count, fatalities: fatalities))
    }

    private mutating func deaths(for type: String, count: Int) -> Fatalities {
        var deaths = Fatalities()
        for _ in 0..<count {
            switch type {
            case "armed_clash", "infiltration":
                deaths.militants += pick([(0, 5), (1, 3), (2, 2), (3, 1), (5, 1)])
                deaths.security += pick([(0, 8), (1, 3), (2, 1)])
                deaths.civilians += pick([(0, 12), (1, 1)])
            case "attack", "explosion":
                deaths.security += pick([(0, 5), (1, 2), (2, 1)])
                deaths.civilians += pick([(0, 4), (1, 2), (3, 1)])
            case "shelling":
                deaths.civilians += pick([(0, 5), (1, 2), (2, 1)])
            default:
                deaths.militants += pick([(0, 9), (1, 1)])
            }
            // Sources often give a toll without saying who died.
            if chance(0.15) { deaths.unknown += pick([(1, 3), (2, 2), (4, 1)]) }
        }
        return deaths
    }

    private mutating func actors(country: String, category: Category) -> (String, String) {
        let forces: String
        switch country {
        case "Tajikistan": forces = "Border Troops of Tajikistan"
        case "Afghanistan": forces = "Taliban border forces"
        case "Kyrgyzstan": forces = "Kyrgyz Border Service"
        default: forces = "Uzbek Border Troops"
        }
        switch category {
        case .incident:
            let opponent = pick([
                ("Unidentified armed group", 4), ("Drug smugglers", 3), ("ISKP militants", 2),
                ("Jamaat Ansarullah", 1), ("", 2),
            ])
            return (forces, opponent)
        case .measure:
            return (
                forces, pick([("", 6), ("CSTO forces", 2), ("Russian 201st Military Base", 2)])
            )
        case .other:
            return (forces, pick([("Taliban administration", 2), ("Government of Russia", 1)]))
        }
    }

    private mutating func note(
        category: Category, type: String, count: Int, fatalities: Fatalities
    ) -> String {
        let place = pick([
            ("on the river crossing", 2), ("near the border post", 2),
            ("in the mountains, south of the pass", 1),
        ])
        switch category {
        case .incident:
            var text = "\(type.replacingUnderscores()) \(place)"
            if count > 1 { text += " (\(count) separate events)" }
            if fatalities.total > 0 {
                text += "; \(fatalities.total) killed"
                if fatalities.unknown > 0 {
                    text += ", \(fatalities.unknown) of them not attributed"
                }
            }
            if chance(0.2) { text += ". A spokesman said the \"situation is under control\"" }
            if chance(0.1) { text += ".\nFollow-up report the next day confirmed the toll" }
            return text
        case .measure:
            return
                "\(count) × \(type.replacingUnderscores()), announced by the border service, \"to strengthen the frontier\""
        case .other:
            return "Talks on border security; no incident reported"
        }
    }

    private struct Country {
        let name: String
        let weight: Int
        let provinces: [(name: String, places: [String])]
    }

    private static let countries = [
        Country(
            name: "Tajikistan", weight: 40,
            provinces: [
                (
                    "Khatlon",
                    ["Panj", "Farkhor", "Shamsiddin Shohin", "Jaloliddin Balkhi", "Kubodiyon"]
                ),
                ("Gorno-Badakhshan", ["Darvoz", "Ishkoshim", "Vanj", "Rushon", "Khorugh"]),
                ("Sughd", ["Isfara", "Konibodom", "Guliston"]),
                ("Districts of Republican Subordination", ["Rasht", "Tavildara"]),
            ]),
        Country(
            name: "Afghanistan", weight: 35,
            provinces: [
                ("Badakhshan", ["Khwahan", "Shighnan", "Darwaz-e Bala", "Ishkashim"]),
                ("Takhar", ["Darqad", "Yangi Qala", "Chah Ab"]),
                ("Kunduz", ["Imam Sahib", "Shir Khan Bandar", "Qala-e Zal"]),
                ("Balkh", ["Hairatan", "Kaldar"]),
                ("Jowzjan", ["Aqina", "Qarqin"]),
            ]),
        Country(
            name: "Kyrgyzstan", weight: 15,
            provinces: [
                ("Batken", ["Kok-Tash", "Ak-Sai", "Leylek", "Kulundu"]),
                ("Osh", ["Chong-Alai", "Nura"]),
                ("Jalal-Abad", ["Ala-Buka", "Aksy"]),
            ]),
        Country(
            name: "Uzbekistan", weight: 10,
            provinces: [
                ("Surxondaryo", ["Termez", "Sariosiyo", "Uzun"]),
                ("Fergana", ["Sokh", "Rishton"]),
            ]),
    ]

    private static let incidentTypes = [
        ("armed_clash", 30), ("attack", 14), ("infiltration", 20), ("shelling", 8),
        ("explosion", 6),
        ("abduction", 4), ("smuggling_interdiction", 18),
    ]

    private static let measureTypes = [
        ("outpost_opened", 5), ("checkpoint_opened", 3), ("training_facility_opened", 1),
        ("exercise", 4),
        ("deployment", 3), ("fortification", 2),
    ]

    private static let sources: [(name: String, slug: String)] = [
        ("Asia-Plus", "asiaplus"), ("Khaama Press", "khaama"), ("AKIpress", "akipress"),
        ("Radio Ozodi", "ozodi"), ("TOLOnews", "tolonews"), ("Kun.uz", "kunuz"),
    ]

    /// Relative incident rate by month: passes close in winter.
    private static let seasonalWeight = [
        0.5, 0.5, 0.8, 1.1, 1.3, 1.4, 1.5, 1.5, 1.4, 1.2, 0.8, 0.6,
    ]
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        let words = split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
