import TallyCore

extension PeriodComparison {
    /// The groups as the text and HTML comparisons list them: the largest change in incidents
    /// first, ties in the comparison's own order.
    var groupsByIncidentChange: [GroupComparison] {
        groups.enumerated().sorted { a, b in
            let (x, y) = (
                abs(a.element.metric(.incidents)!.change),
                abs(b.element.metric(.incidents)!.change)
            )
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}

extension MonthlyReport {
    /// The regions as the text and HTML reports list them: most incidents first, then by
    /// country and region in byte order.
    var regionsByIncidents: [RegionLine] {
        regions.sorted { a, b in
            if a.metrics.incidents != b.metrics.incidents {
                return a.metrics.incidents > b.metrics.incidents
            }
            if a.country != b.country {
                return a.country.utf8.lexicographicallyPrecedes(b.country.utf8)
            }
            return a.region.utf8.lexicographicallyPrecedes(b.region.utf8)
        }
    }
}
