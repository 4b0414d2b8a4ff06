import TallyCore

extension Fatalities {
    /// The deaths by side in words, the sides with none left out: `2 militants, 1 security`.
    /// The text and HTML reports put it after their own lead-in (`5 killed: `, `5: `).
    var sidesInWords: String {
        let sides = [
            (militants, "militant", "militants"),
            (security, "security", "security"),
            (civilians, "civilian", "civilians"),
            (unknown, "unknown", "unknown"),
        ]
        return sides.filter { $0.0 > 0 }.map { count, one, many in
            "\(count.groupedDigits) \(count == 1 ? one : many)"
        }.joined(separator: ", ")
    }
}
