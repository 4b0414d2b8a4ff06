public import TallyCore

extension Period {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// The period in words: `December 2025`, `25 December 2025`, `week of 2025-12-20`, `Q4 2025`, `2025`.
    public var name: String {
        let (y, m, d) = start.components
        switch kind {
        case .day: return "\(d) \(Period.monthNames[m - 1]) \(y)"
        case .week: return "week of \(start.isoString)"
        case .month: return "\(Period.monthNames[m - 1]) \(y)"
        case .quarter: return "Q\((m - 1) / 3 + 1) \(y)"
        case .year: return String(y)
        }
    }

    /// A short name for column headings: `Dec 2025` for a month, the label otherwise.
    public var shortName: String {
        guard kind == .month else { return description }
        let (y, m, _) = start.components
        return "\(Period.monthNames[m - 1].prefix(3)) \(y)"
    }
}
