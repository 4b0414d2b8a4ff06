/// One accepted record of the canonical format: an incident, a measure or another event.
///
/// Readers do not build a `Record` for every row (aggregation works on bytes); a `Record` is what
/// the library hands out when whole records are wanted: generated data, listings, extraction.
public struct Record: Hashable, Sendable {
    /// Unique text; `FILE:LINE` when the input had none.
    public var id: String
    /// The first day of the written date (`2024-12` is 2024-12-01).
    public var date: CivilDate
    /// How precisely the date is known.
    public var datePrecision: DatePrecision
    /// Country name.
    public var country: String
    /// First-level administrative unit (province); empty when unknown.
    public var region: String
    /// Place name.
    public var location: String
    /// Incident, measure or other.
    public var category: Category
    /// snake_case type, such as `armed_clash` or `outpost_opened`.
    public var type: String
    /// How many incidents or measures this record stands for (at least 1).
    public var count: Int
    /// Deaths by side.
    public var fatalities: Fatalities
    /// First actor.
    public var actor1: String
    /// Second actor.
    public var actor2: String
    /// Publisher of the source.
    public var source: String
    /// Address of the source.
    public var sourceURL: String
    /// Free text.
    public var notes: String
    /// Codes for a reviewer, `;`-separated (`toll_conflict;date_relative`), set by the extractor.
    public var flags: String
    /// The last day of the event, when the source gives one (UCDP's `date_end`); the record is
    /// still placed by `date` at its precision.
    public var dateEnd: CivilDate?
    /// The lowest and highest death estimates, when the source gives them (UCDP's `low`, `high`);
    /// they do not enter the metrics.
    public var fatalitiesLow: Int?
    /// The highest death estimate, when the source gives one.
    public var fatalitiesHigh: Int?

    /// A record with the given values; optional ones default to empty.
    public init(
        id: String, date: CivilDate, datePrecision: DatePrecision = .day, country: String,
        region: String = "", location: String = "", category: Category, type: String,
        count: Int = 1, fatalities: Fatalities = .none, actor1: String = "", actor2: String = "",
        source: String = "", sourceURL: String = "", notes: String = "", flags: String = ""
    ) {
        self.id = id
        self.date = date
        self.datePrecision = datePrecision
        self.country = country
        self.region = region
        self.location = location
        self.category = category
        self.type = type
        self.count = count
        self.fatalities = fatalities
        self.actor1 = actor1
        self.actor2 = actor2
        self.source = source
        self.sourceURL = sourceURL
        self.notes = notes
        self.flags = flags
    }

    /// The period the date is known to: the day, the week, the month or the year.
    public var period: Period {
        Period(datePrecision.periodKind, containing: date)
    }

    /// The date as written in canonical files: `2024-12-25`, `2024-12` or `2024` (a week-precision
    /// record keeps its day).
    public var writtenDate: String {
        Record.writtenDate(date, precision: datePrecision)
    }

    /// A date as written at a precision: `2024-12-25`, `2024-12` or `2024` (a week keeps its day).
    public static func writtenDate(_ date: CivilDate, precision: DatePrecision) -> String {
        switch precision {
        case .day, .week: date.isoString
        case .month: Period(.month, containing: date).description
        case .year: Period(.year, containing: date).description
        }
    }

    /// The record's value in a canonical column, as written in a CSV file.
    public func text(for column: Column) -> String {
        switch column {
        case .id: id
        case .date: writtenDate
        case .datePrecision: datePrecision.rawValue
        case .country: country
        case .region: region
        case .location: location
        case .category: category.rawValue
        case .type: type
        case .count: String(count)
        case .fatalities: String(fatalities.total)
        case .fatalitiesMilitants: String(fatalities.militants)
        case .fatalitiesSecurity: String(fatalities.security)
        case .fatalitiesCivilians: String(fatalities.civilians)
        case .fatalitiesUnknown: String(fatalities.unknown)
        case .actor1: actor1
        case .actor2: actor2
        case .source: source
        case .sourceURL: sourceURL
        case .notes: notes
        case .flags: flags
        }
    }
}

extension Record {
    /// The record as a line of canonical JSON Lines, its line feed included: the canonical keys
    /// in order, numbers as numbers.
    public var jsonLine: String {
        let members = Column.allCases.map { column -> String in
            let text = text(for: column)
            return
                "\(JSONText.string(column.name)): \(column.isNumeric ? text : JSONText.string(text))"
        }
        return "{" + members.joined(separator: ", ") + "}\n"
    }
}
