/// One province's outline on the border map, projected and clipped to the frame.
package struct ProvinceShape: Sendable {
    /// The country, as Tally writes it.
    package var country: String
    /// The province as Tally spells it (``Provinces``' first spelling).
    package var province: String
    /// Where its name goes: the point inside it farthest from its edges.
    package var label: MapPoint
    /// SVG path data.
    package var path: String
}

/// A point in the border map's frame (its SVG user units).
package struct MapPoint: Sendable, Hashable {
    package var x: Double
    package var y: Double
}

/// The border map's frame.
package struct MapSize: Sendable, Hashable {
    package var width: Double
    package var height: Double
}
