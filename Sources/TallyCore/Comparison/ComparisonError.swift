/// Why two periods cannot be compared as asked.
public enum ComparisonError: Error, Equatable, CustomStringConvertible {
    /// The request groups by a time dimension, which the two periods already split.
    case groupedByTime(TableDimension)

    /// The problem, as a sentence.
    public var description: String {
        switch self {
        case .groupedByTime(let dimension):
            "a comparison already splits time into its two periods; group it by country, region, category, type or actor, not \(dimension.rawValue)"
        }
    }
}
