/// One of the fixed metrics every table counts (DESIGN §3), in their fixed order.
///
/// The raw value is the metric's column name in CSV, JSON and workbooks (`fatalities_militants`);
/// TallyExport names it for people ("militants", under "fatalities").
public enum Metric: String, CaseIterable, Sendable, Hashable {
    /// Accepted records.
    case records
    /// Sum of `count` over incidents.
    case incidents
    /// Deaths on every side.
    case fatalities
    /// Deaths of militants.
    case fatalitiesMilitants = "fatalities_militants"
    /// Deaths of the security forces.
    case fatalitiesSecurity = "fatalities_security"
    /// Deaths of civilians.
    case fatalitiesCivilians = "fatalities_civilians"
    /// Deaths on no known side.
    case fatalitiesUnknown = "fatalities_unknown"
    /// Sum of `count` over measures.
    case measures
    /// Sum of `count` over measures of type `outpost_opened`.
    case outposts

    /// The column name: `incidents`, `fatalities_militants`.
    public var columnName: String { rawValue }

    /// Whether the metric is one side of the fatalities (militants, security, civilians, unknown),
    /// which tables show under them.
    public var isBreakdownOfFatalities: Bool {
        switch self {
        case .fatalitiesMilitants, .fatalitiesSecurity, .fatalitiesCivilians, .fatalitiesUnknown:
            true
        default: false
        }
    }

    /// Whether the metric counts events (records, incidents, measures, outposts), which the exact
    /// test of equal rates applies to; deaths come in clusters and get no test.
    public var isCount: Bool {
        switch self {
        case .records, .incidents, .measures, .outposts: true
        case .fatalities, .fatalitiesMilitants, .fatalitiesSecurity, .fatalitiesCivilians,
            .fatalitiesUnknown:
            false
        }
    }
}
