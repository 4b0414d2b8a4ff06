internal import TallyCore

/// What every emitted file states about its making: the Tally version and the generation time.
public struct EmissionContext: Sendable {
    /// Tally's version.
    public var version: String
    /// Seconds since 1970 (from `SOURCE_DATE_EPOCH` when set, for reproducible files).
    public var generatedAt: Int

    /// Tally's `version`, and the time of writing in seconds since 1970.
    public init(version: String, generatedAt: Int) {
        self.version = version
        self.generatedAt = generatedAt
    }

    /// `2026-11-27 14:05 UTC`.
    public var generatedAtText: String {
        let day = CivilDate(
            dayNumber: generatedAt >= 0 ? generatedAt / 86_400 : (generatedAt - 86_399) / 86_400)
        let seconds = generatedAt - day.dayNumber * 86_400
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        return
            "\(day.isoString) \(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes) UTC"
    }
}
