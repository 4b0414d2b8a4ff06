/// A country's outline on the border map: one of the five, or a neighbour drawn for context.
package struct CountryShape: Sendable {
    package var name: String
    /// Whether it is one of the five countries whose borders Tally follows.
    package var isFollowed: Bool
    /// Where its name goes.
    package var label: MapPoint
    /// SVG path data.
    package var path: String
}
