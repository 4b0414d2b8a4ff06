/// How a CSV header's names are read as the record format's columns: the canonical names, the
/// names analysts use for them (`province` for region, `killed` for fatalities), and what the
/// command line maps (`--column region=Oblast`) or leaves out (`--ignore-column Notes2`). A
/// name close to a canonical one but matching none (`fatalites`) is refused with a suggestion,
/// never read as an unknown column and dropped.
public struct ColumnMapping: Sendable, Equatable {
    /// Header names (lowercase) read as a column, from `--column COLUMN=NAME`.
    public var mapped: [String: Column]
    /// Header names (lowercase) left out without a word, from `--ignore-column NAME`.
    public var ignored: Set<String>

    /// Header names read as columns (`--column`) and left out (`--ignore-column`), both lowercase.
    public init(mapped: [String: Column] = [:], ignored: Set<String> = []) {
        self.mapped = mapped
        self.ignored = ignored
    }

    /// How a header name was matched to a column.
    public enum Match: Equatable, Sendable {
        /// The canonical name.
        case canonical(Column)
        /// A name analysts use for it, or one the command line mapped: worth a note.
        case mapped(Column)
        /// Left out on request.
        case ignored
        /// Close to a canonical name: a misspelling to fix, never to drop.
        case lookalike(Column)
        /// Not a column of the record format.
        case unknown
    }

    /// What `name` stands for.
    public func match(_ name: String) -> Match {
        let key = name.trimmingASCIIWhitespace().lowercased()
        if let column = Column(headerName: key) { return .canonical(column) }
        if let column = mapped[key] ?? Self.aliases[key] { return .mapped(column) }
        if ignored.contains(key) { return .ignored }
        if let column = Self.lookalike(key) { return .lookalike(column) }
        return .unknown
    }

    /// The names analysts give the columns, in the spreadsheets they keep.
    public static let aliases: [String: Column] = [
        "province": .region, "admin1": .region, "oblast": .region, "viloyat": .region,
        "state": .region,
        "district": .location, "admin2": .location, "place": .location, "village": .location,
        "event_date": .date, "incident_date": .date, "day": .date,
        "event_type": .type, "incident_type": .type, "sub_event_type": .type,
        "killed": .fatalities, "deaths": .fatalities, "dead": .fatalities,
        "fatalities_total": .fatalities, "total_fatalities": .fatalities,
        "url": .sourceURL, "link": .sourceURL, "comment": .notes, "comments": .notes,
        "description": .notes,
    ]

    /// The canonical column a name is one or two edits from (`fatalites`, `Regions`, `contry`),
    /// if exactly one is that close.
    static func lookalike(_ name: String) -> Column? {
        guard name.count >= 4 else { return nil }
        let close = Column.allCases.filter { column in
            let distance = EditDistance.between(name, column.name)
            return distance <= (column.name.count > 6 ? 2 : 1)
        }
        return close.count == 1 ? close[0] : nil
    }
}
