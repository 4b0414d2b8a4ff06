/// Region names counted as one province: other spellings of it ("GBAO") and districts in it
/// ("Kulyab"), as the aggregator merged them.
public struct RegionMerge: Sendable, Hashable, Identifiable {
    /// A province of a country.
    public struct ID: Sendable, Hashable {
        /// The country, as the records name it.
        public var country: String
        /// The province's name as Tally writes it.
        public var province: String

        /// The province `province` of `country`.
        public init(country: String, province: String) {
            self.country = country
            self.province = province
        }
    }

    /// The province the names were counted as.
    public var id: ID
    /// Other spellings of the province, sorted.
    public private(set) var spellings: [String] = []
    /// Districts, towns or posts of the province written as the region, sorted.
    public private(set) var places: [String] = []

    init(id: ID) {
        self.id = id
    }

    /// The names `spellings` and `places` counted as the province `id`.
    public init(id: ID, spellings: [String], places: [String]) {
        self.id = id
        self.spellings = spellings.sorted()
        self.places = places.sorted()
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
}

/// A region written in records of a country whose provinces Tally knows, matching none of them.
public struct UnknownRegion: Sendable, Hashable {
    /// The country, as the records name it.
    public var country: String
    /// The region as written.
    public var region: String
    /// How many accepted records name it.
    public var records: Int

    /// `records` records of `country` naming the region `region`.
    public init(country: String, region: String, records: Int) {
        self.country = country
        self.region = region
        self.records = records
    }

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
