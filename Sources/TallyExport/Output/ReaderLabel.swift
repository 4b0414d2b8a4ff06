/// The names a person reads in place of the codes records carry ("Armed clash" for
/// `armed_clash`, "militants" for `fatalities_militants`): for the summary, the workbooks'
/// summary sheets and the comparison text. CSV, JSON and the Records sheets keep the codes.
public enum ReaderLabel {
    /// An incident or measure type: "Armed clash", "Outpost opened"; an unknown code with its
    /// underscores as spaces.
    public static func type(_ code: String) -> String {
        switch code {
        case "armed_clash": "Armed clash"
        case "attack": "Attack"
        case "shelling": "Shelling"
        case "explosion": "Explosion"
        case "infiltration": "Infiltration"
        case "abduction": "Abduction"
        case "capture": "Capture"
        case "outpost_opened": "Outpost opened"
        case "checkpoint_opened": "Checkpoint opened"
        case "training_facility_opened": "Training facility opened"
        case "exercise": "Exercise"
        case "deployment": "Deployment"
        case "fortification": "Fortification"
        default: sentenceCase(code)
        }
    }

    /// A metric column: `fatalities_militants` is "militants" (beside "fatalities"); the others
    /// as they are ("records", "incidents"); a measure type as ``type(_:)`` reads it.
    public static func metric(_ name: String) -> String {
        let side = "fatalities_"
        if name.hasPrefix(side) { return String(name.dropFirst(side.count)) }
        if name.contains("_") { return type(name) }
        return name
    }

    private static func sentenceCase(_ code: String) -> String {
        let spaced = String(code.map { $0 == "_" ? " " : $0 })
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
