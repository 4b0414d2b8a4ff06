/// A point in the border map's frame (its SVG user units).
struct MapPoint: Sendable, Hashable {
    var x: Double
    var y: Double
}

/// The border map's frame.
struct MapSize: Sendable, Hashable {
    var width: Double
    var height: Double
}

/// One province's outline on the border map, projected and clipped to the frame.
struct ProvinceShape: Sendable {
    /// The country, as Tally writes it.
    var country: String
    /// The province as Tally spells it (``Provinces``' first spelling).
    var province: String
    /// Where its name goes: the point inside it farthest from its edges.
    var label: MapPoint
    /// SVG path data.
    var path: String
}

/// A country's outline on the border map: one of the five, or a neighbour drawn for context.
struct CountryShape: Sendable {
    var name: String
    /// Whether it is one of the five countries whose borders Tally follows.
    var isFollowed: Bool
    /// Where its name goes.
    var label: MapPoint
    /// SVG path data.
    var path: String
}
