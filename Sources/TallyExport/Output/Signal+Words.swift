public import TallyCore

extension Signal {
    /// The place as a reader names it: `All regions`, `Khatlon (Tajikistan)`, or `Tajikistan,
    /// province not given` for the records that name no province.
    public var placeName: String {
        switch place {
        case .allRegions: "All regions"
        case .region(let country, let region): ReaderLabel.place(country: country, region: region)
        }
    }

    /// What was exceeded and by how much: `5 incidents, the most in 36 months: above the previous
    /// high of 3 in November 2025`, or `4 incidents against a mean of 1.2 a month over the
    /// previous 12 months (daily rate ratio 3.4, 95% CI 1.1–9.0, p = 0.012)`.
    public var sentence: String {
        let figure = ReaderLabel.count(value, of: metric)
        switch kind {
        case .highest(let window, let previousHigh, let month):
            let previous =
                if let month, previousHigh > 0 {
                    "above the previous high of \(previousHigh.groupedDigits) in \(month.name)"
                } else {
                    "none in the previous \(window - 1) months"
                }
            return "\(figure), the most in \(window) months: \(previous)"
        case .aboveRate(let months, let total, let ratio, let interval, let p):
            func decimal(_ value: Double) -> String { HumanNumber.fixed(value, digits: 1) }
            let mean = Double(total) / Double(months)
            let shownP = p < 0.001 ? "< 0.001" : "= " + HumanNumber.fixed(p, digits: 3)
            return
                "\(figure) against a mean of \(decimal(mean)) a month over the previous \(months) months (daily rate ratio \(decimal(ratio)), 95% CI \(decimal(interval.lowerBound))–\(decimal(interval.upperBound)), p \(shownP))"
        }
    }
}

extension MonthlyReport {
    /// What the rate signals were tested against, as a sentence; `nil` when nothing was tested.
    public var signalTestNote: String? {
        guard signalTests > 0 else { return nil }
        let places = signalTests == 1 ? "1 place" : "\(signalTests) places"
        return "Incidents were tested against the previous 12 months in \(places) (all regions and "
            + "each region with records); a rise is signalled only when it passes a 10% false "
            + "discovery rate across them, so a region is not flagged by chance alone."
    }
}
