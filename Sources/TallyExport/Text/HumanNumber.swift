internal import TallyCore

/// Numbers written for people.
enum HumanNumber {
    /// `value` with `digits` decimals, rounded half away from zero: `1.21`.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var text = String(whole)
        if digits > 0 {
            let fraction = String(scaled % Int(scale))
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// A p-value for reading: `0.013`, `<0.001`.
    static func pValue(_ value: Double) -> String {
        value < 0.001 ? "<0.001" : fixed(value, digits: 3)
    }

    /// A signed whole number with a true minus sign: `+3`, `−2`, `0`.
    static func signed(_ value: Int) -> String {
        value > 0 ? "+" + value.groupedDigits : value < 0 ? "−" + (-value).groupedDigits : "0"
    }
}
