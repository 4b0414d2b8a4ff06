public import TallyCore

extension RegionMerge {
    /// `region "GBAO" counted as Gorno-Badakhshan (Tajikistan), another spelling of the same
    /// province; region "Kulyab", a district or place in Khatlon (Tajikistan), counted under
    /// Khatlon`.
    public var sentence: String {
        var parts: [String] = []
        if !spellings.isEmpty {
            parts.append(
                "\(spellings.count == 1 ? "region" : "regions") \(Self.list(spellings.map { "\"\($0)\"" })) counted as \(id.province) (\(id.country)), another spelling of the same province"
            )
        }
        if !places.isEmpty {
            let named = Self.list(places.map { "\"\($0)\"" })
            let what = places.count == 1 ? "a district or place" : "districts or places"
            parts.append(
                "\(places.count == 1 ? "region" : "regions") \(named), \(what) in \(id.province) (\(id.country)), counted under \(id.province)"
            )
        }
        return parts.joined(separator: "; ")
    }

    /// `A`, `A and B`, `A, B and C`.
    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0, 1: return items.first ?? ""
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

extension UnknownRegion {
    /// `region "Khatlonn" (Tajikistan, 3 records) matches no province of Tajikistan (did you
    /// mean Khatlon?); it is counted as written`.
    public var sentence: String {
        let count = "\(records.groupedDigits) record\(records == 1 ? "" : "s")"
        let hint = suggestion.map { " (did you mean \($0)?)" } ?? ""
        return
            "region \"\(region)\" (\(country), \(count)) matches no province of \(country)\(hint); it is counted as written"
    }
}
