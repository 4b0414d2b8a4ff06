/// A column of the canonical record format (DESIGN §2), in the canonical order.
public enum Column: Int, CaseIterable, Sendable, CustomStringConvertible {
    case id
    case date
    case datePrecision
    case country
    case region
    case location
    case category
    case type
    case count
    case fatalities
    case fatalitiesMilitants
    case fatalitiesSecurity
    case fatalitiesCivilians
    case fatalitiesUnknown
    case actor1
    case actor2
    case source
    case sourceURL
    case notes
    case flags

    /// The header name, as written in files.
    public var name: String {
        switch self {
        case .id: "id"
        case .date: "date"
        case .datePrecision: "date_precision"
        case .country: "country"
        case .region: "region"
        case .location: "location"
        case .category: "category"
        case .type: "type"
        case .count: "count"
        case .fatalities: "fatalities"
        case .fatalitiesMilitants: "fatalities_militants"
        case .fatalitiesSecurity: "fatalities_security"
        case .fatalitiesCivilians: "fatalities_civilians"
        case .fatalitiesUnknown: "fatalities_unknown"
        case .actor1: "actor1"
        case .actor2: "actor2"
        case .source: "source"
        case .sourceURL: "source_url"
        case .notes: "notes"
        case .flags: "flags"
        }
    }

    /// The column's name in the record format.
    public var description: String { name }

    /// Whether every record must carry a value in this column.
    public var isRequired: Bool {
        switch self {
        case .date, .country, .category, .type: true
        default: false
        }
    }

    /// Whether the column holds whole numbers.
    package var isNumeric: Bool {
        switch self {
        case .count, .fatalities, .fatalitiesMilitants, .fatalitiesSecurity, .fatalitiesCivilians,
            .fatalitiesUnknown:
            true
        default: false
        }
    }

    /// The column with this header name, ignoring ASCII case and surrounding spaces.
    public init?(headerName: String) {
        let wanted = headerName.trimmingASCIIWhitespace().lowercased()
        guard let match = Column.allCases.first(where: { $0.name == wanted }) else { return nil }
        self = match
    }
}
