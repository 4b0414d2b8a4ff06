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
package struct LayoutTranslator: Sendable {
    let layout: InputLayout
    private var index: [String: Int] = [:]

    /// A translator for a header; `nil` for the canonical layout.
    init?(layout: InputLayout, header: [String]) {
        guard layout != .canonical else { return nil }
        self.layout = layout
        for (position, name) in header.enumerated() {
            let key = name.trimmingASCIIWhitespace().lowercased()
            if index[key] == nil { index[key] = position }
        }
    }

    /// Fills `row.fields` from the scanned fields; a reason when the row breaks a layout rule.
    func fill(
        _ row: inout RawRecord, from fields: [FieldRef], scratch: UnescapeScratch
    ) -> RejectionReason? {
        scratch.resetDerived()
        for i in row.fields.indices { row.fields[i] = nil }
        for i in row.extraFields.indices { row.extraFields[i] = nil }
        func field(_ name: String) -> FieldRef? { index[name].map { fields[$0] } }
        func text(_ name: String) -> String { field(name).map { row.string(of: $0) } ?? "" }
        switch layout {
        case .canonical:
            return nil
        case .acled:
            row.fields[Column.id.rawValue] = field("event_id_cnty")
            row.fields[Column.date.rawValue] = field("event_date")
            let date = text("event_date")
            // "16-05-2025": ACLED's day-month-year form.
            let parts = date.split(separator: "-")
            if parts.count == 3 && parts[0].count <= 2 && parts[2].count == 4 {
                row.fields[Column.date.rawValue] = scratch.derive(
                    "\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])"
                )
            }
            switch text("time_precision") {
            case "2": row.fields[Column.datePrecision.rawValue] = scratch.derive("week")
            case "3": row.fields[Column.datePrecision.rawValue] = scratch.derive("month")
            case "", "1": break
            case let other: return .problem(.datePrecision, quoted(other), .notWholeNumber)
            }
            row.fields[Column.country.rawValue] = field("country")
            row.fields[Column.region.rawValue] = field("admin1")
            row.fields[Column.location.rawValue] = field("location")
            row.fields[Column.actor1.rawValue] = field("actor1")
            row.fields[Column.actor2.rawValue] = field("actor2")
            row.fields[Column.source.rawValue] = field("source")
            row.fields[Column.notes.rawValue] = field("notes")
            row.fields[Column.fatalities.rawValue] = field("fatalities")
            let (category, type) = LayoutTranslator.acledCategory(
                eventType: text("event_type"), subEventType: text("sub_event_type"))
            row.fields[Column.category.rawValue] = scratch.derive(category)
            row.fields[Column.type.rawValue] = scratch.derive(type)
        case .ucdp:
            row.fields[Column.id.rawValue] = field("id")
            row.fields[Column.date.rawValue] = field("date_start")
            switch text("date_prec") {
            case "1", "": break
            case "2", "3": row.fields[Column.datePrecision.rawValue] = scratch.derive("week")
            case "4": row.fields[Column.datePrecision.rawValue] = scratch.derive("month")
            case "5": row.fields[Column.datePrecision.rawValue] = scratch.derive("year")
            case let other: return .problem(.datePrecision, quoted(other), .notWholeNumber)
            }
            row.fields[Column.country.rawValue] = field("country")
            row.fields[Column.region.rawValue] = field("adm_1")
            row.fields[Column.location.rawValue] = field("where_description")
            row.fields[Column.actor1.rawValue] = field("side_a")
            row.fields[Column.actor2.rawValue] = field("side_b")
            row.fields[Column.source.rawValue] = field("source_office")
            row.fields[Column.notes.rawValue] = field("source_headline")
            row.fields[Column.category.rawValue] = scratch.derive("incident")
            switch text("type_of_violence") {
            case "1", "2": row.fields[Column.type.rawValue] = scratch.derive("armed_clash")
            case "3": row.fields[Column.type.rawValue] = scratch.derive("attack")
            case let other: return .ucdpViolence(quoted(other))
            }
            // Deaths by side: side A's and side B's go to security when the side is a government.
            var figures: [String: Int] = [:]
            for name in ["best", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"] {
                let value = text(name).trimmingASCIIWhitespace()
                var bytes = Array(value.utf8)
                let parsed = bytes.withUnsafeMutableBytes {
                    FieldParsing.wholeNumber(UnsafeRawBufferPointer($0))
                }
                switch parsed {
                case .success(let number): figures[name] = number
                case .failure(let problem): return .ucdpFigure(name, quoted(value), problem)
                }
            }
            var militants = 0
            var security = 0
            for (deaths, side) in [("deaths_a", "side_a"), ("deaths_b", "side_b")] {
                if text(side).hasPrefix("Government of") {
                    security += figures[deaths]!
                } else {
                    militants += figures[deaths]!
                }
            }
            let sum =
                militants + security + figures["deaths_civilians"]! + figures["deaths_unknown"]!
            guard sum == figures["best"]! else {
                return .ucdpBestDiffers(best: figures["best"]!, sum: sum)
            }
            row.fields[Column.fatalities.rawValue] = field("best")
            row.fields[Column.fatalitiesMilitants.rawValue] = scratch.derive(String(militants))
            row.fields[Column.fatalitiesSecurity.rawValue] = scratch.derive(String(security))
            row.fields[Column.fatalitiesCivilians.rawValue] = field("deaths_civilians")
            row.fields[Column.fatalitiesUnknown.rawValue] = field("deaths_unknown")
            row.extraFields[ExtraField.dateEnd.rawValue] = field("date_end")
            row.extraFields[ExtraField.fatalitiesLow.rawValue] = field("low")
            row.extraFields[ExtraField.fatalitiesHigh.rawValue] = field("high")
        }
        return nil
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
