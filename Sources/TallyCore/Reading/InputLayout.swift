/// The layouts Tally reads, recognised from the header: its own canonical format, ACLED exports
/// and UCDP GED exports.
public enum InputLayout: String, Sendable, Equatable {
    case canonical
    case acled = "ACLED"
    case ucdp = "UCDP GED"

    /// The layout a CSV header names, columns matched ignoring case.
    package static func recognise(_ header: [String]) -> InputLayout {
        let names = Set(header.map { $0.trimmingASCIIWhitespace().lowercased() })
        if names.isSuperset(of: ["event_id_cnty", "event_date", "event_type"]) { return .acled }
        if names.isSuperset(of: ["date_start", "best", "deaths_a"]) { return .ucdp }
        return .canonical
    }

    /// Source columns every file of the layout must have.
    var requiredColumns: [String] {
        switch self {
        case .canonical: Column.allCases.filter(\.isRequired).map(\.name)
        case .acled:
            [
                "event_id_cnty", "event_date", "event_type", "sub_event_type", "country",
                "fatalities",
            ]
        case .ucdp:
            [
                "id", "date_start", "date_prec", "type_of_violence", "country", "side_a", "side_b",
                "best", "deaths_a",
                "deaths_b", "deaths_civilians", "deaths_unknown",
            ]
        }
    }

    /// The layout's name for a canonical column, for messages (`event_date "0025-05-01"`).
    package func sourceName(of column: Column) -> String {
        switch (self, column) {
        case (.acled, .id): "event_id_cnty"
        case (.acled, .date): "event_date"
        case (.acled, .datePrecision): "time_precision"
        case (.acled, .region): "admin1"
        case (.acled, .category): "event_type"
        case (.acled, .type): "sub_event_type"
        case (.ucdp, .date): "date_start"
        case (.ucdp, .datePrecision): "date_prec"
        case (.ucdp, .region): "adm_1"
        case (.ucdp, .location): "where_description"
        case (.ucdp, .category), (.ucdp, .type): "type_of_violence"
        case (.ucdp, .actor1): "side_a"
        case (.ucdp, .actor2): "side_b"
        case (.ucdp, .source): "source_office"
        case (.ucdp, .notes): "source_headline"
        case (.ucdp, .fatalities): "best"
        case (.ucdp, .fatalitiesCivilians): "deaths_civilians"
        case (.ucdp, .fatalitiesUnknown): "deaths_unknown"
        case (.ucdp, .fatalitiesMilitants), (.ucdp, .fatalitiesSecurity): "deaths_a/deaths_b"
        default: column.name
        }
    }
}

/// Turns an ACLED or UCDP GED row into the canonical fields the decoder reads: columns that mean
/// the same point at the input, the rest are derived (DESIGN §6 and the importer issue's mapping).
///
/// Works on the row's bytes: column positions are found once from the header, codes are compared
/// as bytes, and ACLED's category and type are worked out once per distinct pair of event types.
package struct LayoutTranslator: Sendable {
    let layout: InputLayout

    /// The source columns the translation reads.
    private enum Source: Int, CaseIterable {
        case eventIDCountry, eventDate, timePrecision, admin1, location, actor1, actor2, source
        case notes, fatalities, eventType, subEventType, id, dateStart, datePrecision, adm1
        case whereDescription, sideA, sideB, sourceOffice, sourceHeadline, typeOfViolence, best
        case deathsA, deathsB, deathsCivilians, deathsUnknown, dateEnd, low, high, country

        /// The column's name in the export, in the order of the cases.
        static let names = [
            "event_id_cnty", "event_date", "time_precision", "admin1", "location", "actor1",
            "actor2", "source", "notes", "fatalities", "event_type", "sub_event_type", "id",
            "date_start", "date_prec", "adm_1", "where_description", "side_a", "side_b",
            "source_office", "source_headline", "type_of_violence", "best", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "date_end", "low", "high", "country",
        ]

        var name: String { Source.names[rawValue] }
    }

    /// The field position of each source column, by `Source` ordinal; -1 when absent.
    private let positions: [Int]
    /// ACLED: event types and sub-event types seen, and the category and type of each pair.
    private var eventTypes = ByteInterner()
    private var subEventTypes = ByteInterner()
    private var categories: [Int64: (category: String, type: String)] = [:]

    /// A translator for a header; `nil` for the canonical layout.
    init?(layout: InputLayout, header: [String]) {
        guard layout != .canonical else { return nil }
        self.layout = layout
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            let key = name.trimmingASCIIWhitespace().lowercased()
            if index[key] == nil { index[key] = position }
        }
        positions = Source.names.map { index[$0] ?? -1 }
    }

    /// Fills `row.fields` from the scanned fields; a reason when the row breaks a layout rule.
    mutating func fill(
        _ row: inout RowView, from fields: [FieldRef], scratch: UnescapeScratch
    ) -> RejectionReason? {
        scratch.resetDerived()
        for i in row.fields.indices { row.fields[i] = nil }
        for i in row.extraFields.indices { row.extraFields[i] = nil }
        func field(_ source: Source) -> FieldRef? {
            let position = positions[source.rawValue]
            return position >= 0 ? fields[position] : nil
        }
        /// Calls `body` with the value's bytes, trimmed; empty when the column is absent or
        /// its escapes are malformed.
        func withBytes<Result>(_ source: Source, _ body: (Span<UInt8>) -> Result) -> Result {
            guard let field = field(source) else { return body(Span()) }
            return row.withValue(of: field) { bytes in
                guard let bytes else { return body(Span()) }
                return body(bytes)
            }
        }
        /// Whether the value is `code`, ignoring ASCII case.
        func value(_ source: Source, is code: StaticString) -> Bool {
            withBytes(source) { $0.equalsIgnoringASCIICase(code) }
        }
        func text(_ source: Source) -> String {
            guard let field = field(source) else { return "" }
            return row.text(of: field)
        }
        func set(_ column: Column, _ source: Source) { row.fields[column.rawValue] = field(source) }
        func derive(_ column: Column, _ text: String) {
            row.fields[column.rawValue] = scratch.derive(text)
        }
        switch layout {
        case .canonical:
            return nil
        case .acled:
            set(.id, .eventIDCountry)
            set(.date, .eventDate)
            // "16-05-2025": ACLED's day-month-year form.
            let reordered = withBytes(.eventDate) {
                LayoutTranslator.dayMonthYear($0, into: scratch)
            }
            if let reordered { row.fields[Column.date.rawValue] = reordered }
            if value(.timePrecision, is: "2") {
                derive(.datePrecision, "week")
            } else if value(.timePrecision, is: "3") {
                derive(.datePrecision, "month")
            } else if !(value(.timePrecision, is: "") || value(.timePrecision, is: "1")) {
                return .problem(.datePrecision, quoted(text(.timePrecision)), .notWholeNumber)
            }
            set(.country, .country)
            set(.region, .admin1)
            set(.location, .location)
            set(.actor1, .actor1)
            set(.actor2, .actor2)
            set(.source, .source)
            set(.notes, .notes)
            set(.fatalities, .fatalities)
            let pair =
                Int64(withBytes(.eventType) { eventTypes.intern($0) }) << 32
                | Int64(withBytes(.subEventType) { subEventTypes.intern($0) })
            if categories[pair] == nil {
                categories[pair] = LayoutTranslator.acledCategory(
                    eventType: text(.eventType), subEventType: text(.subEventType))
            }
            let (category, type) = categories[pair]!
            derive(.category, category)
            derive(.type, type)
        case .ucdp:
            set(.id, .id)
            set(.date, .dateStart)
            if value(.datePrecision, is: "") || value(.datePrecision, is: "1") {
            } else if value(.datePrecision, is: "2") || value(.datePrecision, is: "3") {
                derive(.datePrecision, "week")
            } else if value(.datePrecision, is: "4") {
                derive(.datePrecision, "month")
            } else if value(.datePrecision, is: "5") {
                derive(.datePrecision, "year")
            } else {
                return .problem(.datePrecision, quoted(text(.datePrecision)), .notWholeNumber)
            }
            set(.country, .country)
            set(.region, .adm1)
            set(.location, .whereDescription)
            set(.actor1, .sideA)
            set(.actor2, .sideB)
            set(.source, .sourceOffice)
            set(.notes, .sourceHeadline)
            derive(.category, "incident")
            if value(.typeOfViolence, is: "1") || value(.typeOfViolence, is: "2") {
                derive(.type, "armed_clash")
            } else if value(.typeOfViolence, is: "3") {
                derive(.type, "attack")
            } else {
                return .ucdpViolence(quoted(text(.typeOfViolence)))
            }
            // Deaths by side: side A's and side B's go to security when the side is a government.
            var figures: [Int] = []
            for source in [Source.best, .deathsA, .deathsB, .deathsCivilians, .deathsUnknown] {
                switch withBytes(source, FieldParsing.wholeNumber) {
                case .success(let number): figures.append(number)
                case .failure(let problem):
                    return .ucdpFigure(source.name, quoted(text(source)), problem)
                }
            }
            let (best, deathsA, deathsB, civilians, unknown) = (
                figures[0], figures[1], figures[2], figures[3], figures[4]
            )
            var militants = 0
            var security = 0
            for (deaths, side) in [(deathsA, Source.sideA), (deathsB, .sideB)] {
                if withBytes(side, { $0.hasPrefix("Government of") }) {
                    security += deaths
                } else {
                    militants += deaths
                }
            }
            let sum = militants + security + civilians + unknown
            guard sum == best else { return .ucdpBestDiffers(best: best, sum: sum) }
            set(.fatalities, .best)
            row.fields[Column.fatalitiesMilitants.rawValue] = scratch.derive(number: militants)
            row.fields[Column.fatalitiesSecurity.rawValue] = scratch.derive(number: security)
            set(.fatalitiesCivilians, .deathsCivilians)
            set(.fatalitiesUnknown, .deathsUnknown)
            row.extraFields[ExtraField.dateEnd.rawValue] = field(.dateEnd)
            row.extraFields[ExtraField.fatalitiesLow.rawValue] = field(.low)
            row.extraFields[ExtraField.fatalitiesHigh.rawValue] = field(.high)
        }
        return nil
    }

    /// `16-05-2025` or `6-5-2025` rewritten as `2025-05-16` in the scratch's derived area;
    /// `nil` for any other form.
    private static func dayMonthYear(
        _ value: Span<UInt8>, into scratch: UnescapeScratch
    ) -> FieldRef? {
        let dash = UInt8(ascii: "-")
        var first = -1
        var second = -1
        for i in value.indices where value[i] == dash {
            if first < 0 {
                first = i
            } else if second < 0 {
                second = i
            } else {
                return nil
            }
        }
        guard second >= 0, (1...2).contains(first), (1...2).contains(second - first - 1),
            value.count - second - 1 == 4
        else { return nil }
        var out = (second + 1..<value.count).map { value[$0] } + [dash]
        if second - first - 1 == 1 { out.append(0x30) }
        out += (first + 1..<second).map { value[$0] } + [dash]
        if first == 1 { out.append(0x30) }
        out += (0..<first).map { value[$0] }
        return scratch.derive(out)
    }

    /// ACLED's event type and sub-event type as a category and a snake_case type.
    static func acledCategory(eventType: String, subEventType: String) -> (String, String) {
        let type = snakeCase(subEventType)
        switch eventType.lowercased() {
        case "battles", "explosions/remote violence", "violence against civilians", "riots":
            return ("incident", type)
        case "strategic developments":
            switch subEventType.lowercased() {
            case "headquarters or base established": return ("measure", "outpost_opened")
            case "change to group/activity": return ("measure", "deployment")
            default: return ("other", type)
            }
        default: return ("other", type)
        }
    }

    /// `Shelling/artillery/missile attack` -> `shelling_artillery_missile_attack`.
    static func snakeCase(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }
}
