/// The fixed metric columns of every table, in their fixed order (DESIGN §3).
public struct Metrics: Sendable, Hashable {
    /// Accepted records.
    public var records = 0
    /// Sum of `count` over incidents.
    public var incidents = 0
    /// Deaths by side; `fatalities.total` is the fatalities column.
    public var fatalities = Fatalities()
    /// Sum of `count` over measures.
    public var measures = 0
    /// Sum of `count` over measures of type `outpost_opened`.
    public var outposts = 0

    /// All zero.
    public init() {}

    /// Column names, in the order of `Metric.allCases`.
    public static let columnNames = Metric.allCases.map(\.columnName)

    /// Values in the order of `Metric.allCases`.
    public var values: [Int] {
        [
            records, incidents, fatalities.total, fatalities.militants, fatalities.security,
            fatalities.civilians, fatalities.unknown, measures, outposts,
        ]
    }

    /// The value of one metric.
    public subscript(metric: Metric) -> Int {
        switch metric {
        case .records: records
        case .incidents: incidents
        case .fatalities: fatalities.total
        case .fatalitiesMilitants: fatalities.militants
        case .fatalitiesSecurity: fatalities.security
        case .fatalitiesCivilians: fatalities.civilians
        case .fatalitiesUnknown: fatalities.unknown
        case .measures: measures
        case .outposts: outposts
        }
    }

    /// Counts one record.
    @inline(__always)
    public mutating func add(
        category: Category, count: Int, fatalities deaths: Fatalities, isOutpost: Bool
    ) {
        records += 1
        switch category {
        case .incident: incidents += count
        case .measure:
            measures += count
            if isOutpost { outposts += count }
        case .other: break
        }
        fatalities.militants += deaths.militants
        fatalities.security += deaths.security
        fatalities.civilians += deaths.civilians
        fatalities.unknown += deaths.unknown
    }

    /// Counts one record.
    public mutating func add(_ record: Record) {
        add(
            category: record.category, count: record.count, fatalities: record.fatalities,
            isOutpost: record.type == "outpost_opened")
    }

    /// Adds another group's metrics to these.
    @inline(__always)
    public static func += (lhs: inout Metrics, rhs: Metrics) {
        lhs.records += rhs.records
        lhs.incidents += rhs.incidents
        lhs.fatalities.militants += rhs.fatalities.militants
        lhs.fatalities.security += rhs.fatalities.security
        lhs.fatalities.civilians += rhs.fatalities.civilians
        lhs.fatalities.unknown += rhs.fatalities.unknown
        lhs.measures += rhs.measures
        lhs.outposts += rhs.outposts
    }
}
