public import TallyCore

/// Changes in words a director can quote: "Incidents fell by a third (12 against 18 in
/// November); within ordinary variation. Fatalities rose by 31% (17 against 13); deaths come
/// in clusters and get no test."
///
/// The size is the change in daily rate, the quantity the test describes; a common fraction is
/// named when the change is close to one ("a third", "half", "doubled"). Counts say whether the
/// exact test finds the change beyond ordinary variation; fatalities say why they get no test.
public enum ChangeSentence {
    /// A clause for incidents and one for fatalities, joined.
    ///
    /// - Parameters:
    ///   - incidents: the change in incidents.
    ///   - fatalities: the change in fatalities.
    ///   - base: the base period as a reader names it ("November 2025", "2024").
    public static func sentences(
        incidents: MetricChange, fatalities: MetricChange, base: String
    ) -> String {
        [
            clause("Incidents", incidents, base: base, isCount: true),
            clause("Fatalities", fatalities, base: base, isCount: false),
        ].joined(separator: " ")
    }

    /// "Incidents fell by a third (12 against 18 in November 2025); within ordinary variation."
    public static func clause(
        _ subject: String, _ change: MetricChange, base: String, isCount: Bool
    ) -> String {
        let noun = subject.lowercased()
        guard change.hasData else {
            return
                "\(subject): \(change.current.groupedDigits), and no data for \(base) to compare with."
        }
        if change.base == 0 && change.current == 0 { return "No \(noun), as in \(base)." }
        let figures =
            "\(change.current.groupedDigits) against \(change.base.groupedDigits) in \(base)"
        guard let percent = change.changePercent else {
            return "\(subject): \(change.current.groupedDigits), against none in \(base)."
        }
        let movement: String
        if change.current == 0 {
            movement = "fell to none"
        } else if abs(percent) < 5 {
            movement = "held steady"
        } else if percent > 0 {
            movement = rise(percent)
        } else {
            movement = "fell by " + (fraction(-percent) ?? "\(Int((-percent).rounded()))%")
        }
        let verdict: String
        if isCount {
            verdict =
                change.isSignificant
                ? "beyond ordinary variation (p = \(HumanNumber.pValue(change.pValue!)))"
                : "within ordinary variation"
        } else {
            verdict = "deaths come in clusters and get no test"
        }
        return "\(subject) \(movement) (\(figures)); \(verdict)."
    }

    /// "rose by a quarter", "doubled", "more than tripled", "rose by 31%".
    private static func rise(_ percent: Double) -> String {
        let ratio = 1 + percent / 100
        for (multiple, word) in [(2.0, "doubled"), (3.0, "tripled"), (4.0, "quadrupled")]
        where abs(ratio - multiple) <= 0.05 * multiple {
            return word
        }
        if ratio > 2 && ratio < 3 { return "more than doubled" }
        if ratio > 3 && ratio < 4 { return "more than tripled" }
        if ratio > 4 { return "rose \(Int(ratio.rounded()))-fold" }
        return "rose by " + (fraction(percent) ?? "\(Int(percent.rounded()))%")
    }

    /// A common fraction within two points of a change in percent.
    private static func fraction(_ percent: Double) -> String? {
        let fractions: [(Double, String)] = [
            (25, "a quarter"), (100.0 / 3, "a third"), (50, "half"), (200.0 / 3, "two thirds"),
            (75, "three quarters"),
        ]
        return fractions.first { abs(percent - $0.0) <= 2 }?.1
    }
}
