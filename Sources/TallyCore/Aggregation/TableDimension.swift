/// A way to group records: by a period of time or by a field.
public enum TableDimension: String, CaseIterable, Sendable, Hashable {
    case month
    case week
    case quarter
    case year
    case country
    /// A province, always shown with its country.
    case region
    case category
    case type
    /// Each actor a record names (actor1 and actor2): a record with two actors counts for both.
    case actor

    /// The period kind of a time dimension; `nil` for the others.
    public var periodKind: PeriodKind? {
        switch self {
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        default: nil
        }
    }

    /// The table columns this dimension fills: `region` fills `country` and `region`.
    public var columnNames: [String] {
        self == .region ? ["country", "region"] : [rawValue]
    }

    /// The default grouping: month and region.
    public static let defaultGrouping: [TableDimension] = [.month, .region]

    /// Parses a comma-separated list such as `month,region`.
    ///
    /// `country` next to `region` is dropped (region already shows its country). At most one time
    /// dimension.
    public static func parseList(_ text: String) throws(DimensionListError) -> [TableDimension] {
        var dimensions: [TableDimension] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(part).trimmingASCIIWhitespace().lowercased()
            guard let dimension = TableDimension(rawValue: name) else {
                throw .unknown(String(part))
            }
            guard !dimensions.contains(dimension) else { throw .repeated(dimension) }
            dimensions.append(dimension)
        }
        let times = dimensions.filter { $0.periodKind != nil }
        if times.count > 1 { throw .severalTimeDimensions(times) }
        if dimensions.contains(.region) { dimensions.removeAll { $0 == .country } }
        return dimensions
    }
}

/// A `--by` list Tally cannot group by.
public enum DimensionListError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case repeated(TableDimension)
    case severalTimeDimensions([TableDimension])

    /// The problem, as a sentence.
    public var description: String {
        let known = TableDimension.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknown(let name): return "cannot group by \"\(name)\"; the dimensions are \(known)"
        case .repeated(let dimension): return "\(dimension.rawValue) is named twice in the grouping"
        case .severalTimeDimensions(let times):
            return
                "group by one time dimension at a time, not \(times.map(\.rawValue).joined(separator: " and "))"
        }
    }
}
