package import PostgresNIO
package import TallyCore

/// The SQL of one aggregation pushed down to the store, generated from the request's values:
/// identifiers and constants come only from fixed lists (the schema's columns, the dimensions,
/// the categories), every value the user gave is bound as a parameter.
///
/// A `--where` value matches as ``RecordFilter`` decides (ignoring case, provinces by any
/// spelling): the filter is decided in Swift once per distinct stored value, and the server is
/// handed the exact values that pass, as arrays (`country = ANY($1)`). That keeps the rule in
/// one place and the answer equal to a file read's, whatever the server's locale.
package struct PushdownQuery {
    package let request: AggregationRequest
    /// Accepted stored values by field; a field without clauses is absent.
    package var accepted: [FilterField: [String]] = [:]

    package init(_ request: AggregationRequest) {
        self.request = request
    }

    /// The column a filter field tests (`actor` tests two).
    static func column(of field: FilterField) -> String {
        switch field {
        case .country: "country"
        case .region: "region"
        case .location: "location"
        case .category: "category"
        case .type: "type"
        case .actor: "actor1"
        case .actor1: "actor1"
        case .actor2: "actor2"
        case .source: "source"
        case .datePrecision: "date_precision"
        }
    }

    /// The statement listing the distinct stored values a filter field decides on.
    package static func distinctValues(of field: FilterField) -> String {
        switch field {
        case .region: "SELECT DISTINCT country, region FROM tally_records"
        case .actor:
            "SELECT DISTINCT actor1 FROM tally_records UNION SELECT DISTINCT actor2 FROM tally_records"
        default: "SELECT DISTINCT \(column(of: field)) FROM tally_records"
        }
    }

    /// A region filter's key for a (country, region) pair: the country's length in characters,
    /// a colon, the two names; one key for one pair, computed alike here and on the server.
    package static func regionKey(country: String, region: String) -> String {
        "\(country.unicodeScalars.count):\(country)\(region)"
    }

    /// Decides the filter on every distinct stored value, asking `values` for them.
    package mutating func decide(
        values: (FilterField) throws(StoreError) -> [[String]]
    ) throws(StoreError) {
        let filter = request.filter
        for field in filter.clauses.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            switch field {
            case .category:
                accepted[field] = Category.allCases.map(\.rawValue).filter {
                    filter.accepts($0, for: field)
                }
            case .datePrecision:
                accepted[field] = DatePrecision.allCases.map(\.rawValue).filter {
                    filter.accepts($0, for: field)
                }
            case .region:
                accepted[field] = try values(field).compactMap { pair in
                    filter.accepts(region: pair[1], country: pair[0])
                        ? PushdownQuery.regionKey(country: pair[0], region: pair[1]) : nil
                }
            default:
                accepted[field] = try values(field).map { $0[0] }.filter {
                    filter.accepts($0, for: field)
                }
            }
        }
    }

    // MARK: Statements

    /// The conditions of the range and the filter, binding their values.
    private func conditions(_ binds: inout PostgresBindings) -> [String] {
        var conditions: [String] = []
        if let range = request.range {
            binds.append(range.days.lowerBound.isoString)
            binds.append(range.days.upperBound.isoString)
            let (low, high) = (binds.count - 1, binds.count)
            conditions.append("period_start >= $\(low)::date AND period_end <= $\(high)::date")
        }
        for (field, values) in accepted.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            binds.append(values)
            let n = binds.count
            switch field {
            case .actor:
                conditions.append("(actor1 = ANY($\(n)::text[]) OR actor2 = ANY($\(n)::text[]))")
            case .region:
                conditions.append(
                    "(length(country)::text || ':' || country || region) = ANY($\(n)::text[])")
            default: conditions.append("\(PushdownQuery.column(of: field)) = ANY($\(n)::text[])")
            }
        }
        return conditions
    }

    /// The first day of the time dimension's period that holds `date`, in SQL.
    static func periodStart(of kind: PeriodKind) -> String {
        switch kind {
        case .day: "date"
        case .week: "date - ((extract(dow FROM date)::integer + 1) % 7)"
        case .month:
            "make_date(extract(year FROM date)::integer, extract(month FROM date)::integer, 1)"
        case .quarter:
            "make_date(extract(year FROM date)::integer, ((extract(month FROM date)::integer - 1) / 3) * 3 + 1, 1)"
        case .year: "make_date(extract(year FROM date)::integer, 1, 1)"
        }
    }

    /// Which actor a group statement keys on: the first (and records without actors), or the
    /// second when it is another; as ``Aggregator`` counts a record under each actor it names.
    package enum ActorBranch: CaseIterable {
        case first
        case second
    }

    /// The group statement: one row per group of the grouping (without `actor` unless `branch`
    /// is given) with its period (day number and kind), its key fields and its metrics.
    package func groups(actor branch: ActorBranch?) -> PostgresQuery {
        var binds = PostgresBindings()
        var select: [String] = []
        var grouped: [Int] = []
        let dimensions = request.dimensions
        func key(_ expression: String, used: Bool, unused: String) {
            select.append(used ? expression : unused)
            if used { grouped.append(select.count) }
        }
        if let kind = request.timeDimension?.periodKind {
            key(
                "(CASE WHEN period_kind > \(kind.rawValue) THEN period_start ELSE \(PushdownQuery.periodStart(of: kind)) END) - DATE '1970-01-01'",
                used: true, unused: "")
            key("greatest(period_kind, \(kind.rawValue))", used: true, unused: "")
        } else {
            select += ["NULL::integer", "NULL::smallint"]
        }
        key(
            "country", used: dimensions.contains(.country) || dimensions.contains(.region),
            unused: "''")
        key("region", used: dimensions.contains(.region), unused: "''")
        key("category", used: dimensions.contains(.category), unused: "'other'")
        key("type", used: dimensions.contains(.type), unused: "''")
        switch branch {
        case .first?: key("actor1", used: true, unused: "")
        case .second?: key("actor2", used: true, unused: "")
        case nil: select.append("''")
        }
        select += PushdownQuery.metricSums
        var conditions = conditions(&binds)
        switch branch {
        case .first?: conditions.append("(actor1 <> '' OR actor2 = '')")
        case .second?: conditions.append("(actor2 <> '' AND actor2 <> actor1)")
        case nil: break
        }
        var sql = "SELECT " + select.joined(separator: ", ") + " FROM tally_records"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if !grouped.isEmpty {
            sql += " GROUP BY " + grouped.map(String.init).joined(separator: ", ")
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    /// The metrics of a group, in the order of ``Metrics/columnNames`` but for the total of
    /// fatalities (the sum of the sides).
    static let metricSums = [
        "count(*)::bigint",
        "coalesce(sum(CASE WHEN category = '\(Category.incident.rawValue)' THEN count ELSE 0 END), 0)::bigint",
        "coalesce(sum(fatalities_militants), 0)::bigint",
        "coalesce(sum(fatalities_security), 0)::bigint",
        "coalesce(sum(fatalities_civilians), 0)::bigint",
        "coalesce(sum(fatalities_unknown), 0)::bigint",
        "coalesce(sum(CASE WHEN category = '\(Category.measure.rawValue)' THEN count ELSE 0 END), 0)::bigint",
        "coalesce(sum(CASE WHEN category = '\(Category.measure.rawValue)' AND lower(type COLLATE \"C\") = 'outpost_opened' THEN count ELSE 0 END), 0)::bigint",
    ]

    /// Over every stored record, counted or not: how many, the first and last days, and how
    /// many overlap the range without lying inside it.
    package func facts() -> PostgresQuery {
        var binds = PostgresBindings()
        var overlaps = "0::bigint"
        if let range = request.range {
            binds.append(range.days.lowerBound.isoString)
            binds.append(range.days.upperBound.isoString)
            overlaps =
                "coalesce(sum(CASE WHEN NOT (period_start >= $1::date AND period_end <= $2::date) AND period_end >= $1::date AND period_start <= $2::date THEN 1 ELSE 0 END), 0)::bigint"
        }
        return PostgresQuery(
            unsafeSQL:
                "SELECT count(*)::bigint, min(period_start) - DATE '1970-01-01', max(period_end) - DATE '1970-01-01', \(overlaps) FROM tally_records",
            binds: binds)
    }
}
