public import TallyCore

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

    /// A metric: `fatalities_militants` is "militants" (beside "fatalities"); the others by
    /// their column names ("records", "incidents").
    public static func metric(_ metric: Metric) -> String {
        let name = metric.columnName
        let side = "fatalities_"
        return name.hasPrefix(side) ? String(name.dropFirst(side.count)) : name
    }

    /// The first cell of a headline line: the metric as ``metric(_:)`` names it, or a type of
    /// measure as ``type(_:)`` does.
    public static func headline(_ subject: HeadlineLine.Subject) -> String {
        switch subject {
        case .metric(let metric): return self.metric(metric)
        // A one-word code ("exercise") has always stood as written here, and the golden files
        // hold it so: the reports are to stay byte-identical.
        case .measureType(let code): return code.contains("_") ? type(code) : code
        }
    }

    /// A figure with its noun: `1 incident`, `3 fatalities`, `2 militants killed`.
    public static func count(_ value: Int, of metric: Metric) -> String {
        let (one, many) =
            switch metric {
            case .records: ("record", "records")
            case .incidents: ("incident", "incidents")
            case .fatalities: ("fatality", "fatalities")
            case .fatalitiesMilitants: ("militant killed", "militants killed")
            case .fatalitiesSecurity:
                (
                    "member of the security forces killed", "members of the security forces killed"
                )
            case .fatalitiesCivilians: ("civilian killed", "civilians killed")
            case .fatalitiesUnknown: ("death on no known side", "deaths on no known side")
            case .measures: ("measure", "measures")
            case .outposts: ("outpost", "outposts")
            }
        return "\(value.groupedDigits) \(value == 1 ? one : many)"
    }

    /// A region with its country as a reader names it: `Khatlon (Tajikistan)`, or `Tajikistan,
    /// province not given` when the records name none (the tables' `(unknown)`).
    public static func place(country: String, region: String) -> String {
        region.isEmpty || region == Aggregator.unknownLabel
            ? "\(country), province not given" : "\(region) (\(country))"
    }

    private static func sentenceCase(_ code: String) -> String {
        let spaced = String(code.map { $0 == "_" ? " " : $0 })
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
