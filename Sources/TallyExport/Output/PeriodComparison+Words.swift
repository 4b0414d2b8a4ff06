public import TallyCore

extension PeriodComparison {
    /// `records read (2024-01-03 to 2025-12-14)`, `coverage declared (...)`, or `records read
    /// (none)`.
    public var coverageDescription: String {
        guard let coverage else { return "records read (none)" }
        return Self.coverageDescription(coverage, isDeclared: isCoverageDeclared)
    }

    /// `records read (2024-01-03 to 2025-12-14)`, or `coverage declared (...)`.
    static func coverageDescription(
        _ coverage: ClosedRange<CivilDate>, isDeclared: Bool
    ) -> String {
        let span = "\(coverage.lowerBound.isoString) to \(coverage.upperBound.isoString)"
        return isDeclared ? "coverage declared (\(span))" : "records read (\(span))"
    }
}
