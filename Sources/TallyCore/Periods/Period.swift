/// The granularity of a period, finest first.
public enum PeriodKind: Int, Comparable, Sendable, CaseIterable {
    case day = 0
    case week
    case month
    case quarter
    case year

    /// Whether `lhs` is the finer kind.
    public static func < (lhs: PeriodKind, rhs: PeriodKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A calendar period: a day, a Saturday-to-Friday week, a month, a quarter or a year.
///
/// Periods order chronologically by their first day; a coarser period sorts before the finer
/// periods that start on the same day (`2024` before `2024-01`), as their labels do.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The granularity.
    public let kind: PeriodKind
    /// The first day of the period.
    public let start: CivilDate

    /// The period of the given kind that contains a day.
    public init(_ kind: PeriodKind, containing date: CivilDate) {
        self.kind = kind
        switch kind {
        case .day:
            start = date
        case .week:
            // Weeks run Saturday to Friday, as ACLED counts them.
            start = CivilDate(dayNumber: date.dayNumber - (date.weekday + 1) % 7)
        case .month:
            let (_, _, d) = date.components
            start = CivilDate(dayNumber: date.dayNumber - d + 1)
        case .quarter:
            let (y, m, _) = date.components
            start = CivilDate(
                dayNumber: CivilDate.dayNumber(year: y, month: (m - 1) / 3 * 3 + 1, day: 1))
        case .year:
            let (y, _, _) = date.components
            start = CivilDate(dayNumber: CivilDate.dayNumber(year: y, month: 1, day: 1))
        }
    }

    /// The last day of the period.
    public var end: CivilDate {
        next.start.advanced(by: -1)
    }

    /// The period of the same kind that follows this one.
    public var next: Period {
        let (y, m, _) = start.components
        switch kind {
        case .day: return Period(.day, containing: start.advanced(by: 1))
        case .week: return Period(.week, containing: start.advanced(by: 7))
        case .month:
            return Period(
                .month, containing: CivilDate(year: m == 12 ? y + 1 : y, month: m % 12 + 1, day: 1)!
            )
        case .quarter:
            let month = m + 3
            return Period(
                .quarter,
                containing: CivilDate(
                    year: month > 12 ? y + 1 : y, month: (month - 1) % 12 + 1, day: 1)!)
        case .year: return Period(.year, containing: CivilDate(year: y + 1, month: 1, day: 1)!)
        }
    }

    /// Number of days in the period.
    public var dayCount: Int {
        end.dayNumber - start.dayNumber + 1
    }

    /// Whether the whole of this period lies inside `other`.
    public func lies(inside range: ClosedRange<CivilDate>) -> Bool {
        range.contains(start) && range.contains(end)
    }

    /// The label analysts write: `2024-12-25`, `2024-12-21` (a week, by its Saturday), `2024-12`,
    /// `2024-Q4`, `2024`.
    public var description: String {
        let (y, m, _) = start.components
        switch kind {
        case .day, .week: return start.isoString
        case .month: return "\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))"
        case .quarter: return "\(CivilDate.pad(y, 4))-Q\((m - 1) / 3 + 1)"
        case .year: return CivilDate.pad(y, 4)
        }
    }

    /// Whether `lhs` starts earlier (of two periods starting on the same day, the coarser first).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        return lhs.kind > rhs.kind
    }
}

extension CivilDate {
    /// The day `days` after this one.
    public func advanced(by days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + days)
    }
}
