/// Region names counted as one province: other spellings of it ("GBAO") and districts in it
/// ("Kulyab"), as the aggregator merged them.
public struct RegionMerge: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// A province of a country.
    public struct ID: Sendable, Hashable {
        public var country: String
        public var province: String
    }

    public var id: ID
    /// Other spellings of the province, sorted.
    public private(set) var spellings: [String] = []
    /// Districts, towns or posts of the province written as the region, sorted.
    public private(set) var places: [String] = []

    init(id: ID) {
        self.id = id
    }

    mutating func add(_ name: String, isWithinProvince: Bool) {
        if isWithinProvince {
            places.append(name)
            places.sort()
        } else {
            spellings.append(name)
            spellings.sort()
        }
    }

    /// "regions GBAO and Gorno Badakhshan counted as Gorno-Badakhshan (Tajikistan); Kulyab, a
    /// place in it, too".
    public var description: String {
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

    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0, 1: return items.first ?? ""
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

/// A region written in records of a country whose provinces Tally knows, matching none of them.
public struct UnknownRegion: Sendable, Hashable {
    public var country: String
    public var region: String
    /// How many accepted records name it.
    public var records: Int

    /// The province of the country whose spelling is closest, when one is close (at most two
    /// edits, or one for short names): the likely intended name.
    public var suggestion: String? {
        let written = Provinces.key(region)
        let limit = written.count <= 5 ? 1 : 2
        var best: (distance: Int, province: String)?
        for (country, spellings) in Provinces.provinces
        where country.lowercased() == self.country.lowercased() {
            for spelling in spellings {
                let distance = EditDistance.between(written, Provinces.key(spelling))
                if distance <= limit, distance < (best?.distance ?? .max) {
                    best = (distance, spellings[0])
                }
            }
        }
        return best?.province
    }
}

extension UnknownRegion: CustomStringConvertible {
    /// "region "Khatlonn" (Tajikistan, 3 records) matches no province of Tajikistan (did you
    /// mean Khatlon?); it is counted as written"
    public var description: String {
        let count = "\(records.groupedDigits) record\(records == 1 ? "" : "s")"
        let hint = suggestion.map { " (did you mean \($0)?)" } ?? ""
        return
            "region \"\(region)\" (\(country), \(count)) matches no province of \(country)\(hint); it is counted as written"
    }
}
