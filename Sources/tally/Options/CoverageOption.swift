import ArgumentParser
import TallyCore

/// `--coverage A..B`: the days the inputs are known to cover, where the records alone would
/// say less (a quiet month at the end is a month of zeros only if it was monitored).
struct CoverageOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The period the inputs cover, when it is not from the first record's date to the last's: 2024-01..2025-12. A period outside it is no data, never zero; inside it, a period without records is zero.",
            valueName: "period"))
    var coverage: String?

    /// The declared days, or `nil`; a `ValidationError` (exit 64) for a period Tally cannot read.
    func days() throws -> ClosedRange<CivilDate>? {
        guard let coverage else { return nil }
        do {
            return try PeriodRange(parsing: coverage).days
        } catch {
            throw ValidationError("--coverage: \(error.description)")
        }
    }
}
