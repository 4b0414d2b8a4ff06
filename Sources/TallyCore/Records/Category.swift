/// What a record stands for: an incident, a security measure, or something else worth keeping.
public enum Category: String, CaseIterable, Sendable, Comparable {
    case incident
    case measure
    case other

    /// By name: incident, measure, other.
    public static func < (lhs: Category, rhs: Category) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// How precisely a record's date is known.
public enum DatePrecision: String, CaseIterable, Sendable, Comparable {
    case day
    case week
    case month
    case year

    /// The period kind of this precision.
    public var periodKind: PeriodKind {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }

    /// Whether `lhs` is the finer precision.
    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool {
        lhs.periodKind < rhs.periodKind
    }
}
