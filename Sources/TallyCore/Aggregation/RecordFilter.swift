/// A field `--where` can test.
public enum FilterField: String, CaseIterable, Sendable, Hashable {
    case country
    case region
    case location
    case category
    case type
    /// Either actor of a record.
    case actor
    case actor1
    case actor2
    case source
    case datePrecision = "date_precision"
}

/// `--where FIELD=VALUE` clauses: the same field twice is OR, different fields AND. Values match
/// ignoring case; `region=(unknown)` (or `region=`) matches records without a region.
public struct RecordFilter: Sendable, Hashable {
    /// Accepted values by field, lowercased.
    public private(set) var clauses: [FilterField: Set<String>] = [:]

    /// No clauses: every record passes.
    public init() {}

    /// Whether there are no clauses.
    public var isEmpty: Bool { clauses.isEmpty }

    /// Adds `FIELD=VALUE`.
    public mutating func add(_ field: FilterField, equals value: String) {
        clauses[field, default: []].insert(RecordFilter.normalized(value))
    }

    /// Parses `FIELD=VALUE` clauses.
    public init(parsing clauses: [String]) throws(FilterSyntaxError) {
        for clause in clauses {
            guard let equals = clause.firstIndex(of: "=") else { throw .noEquals(clause) }
            let name = String(clause[..<equals]).trimmingASCIIWhitespace().lowercased()
            guard let field = FilterField(rawValue: name) else { throw .unknownField(name) }
            add(field, equals: String(clause[clause.index(after: equals)...]))
        }
    }

    /// Whether a value (as found in a record) is one of the accepted values of a field.
    public func accepts(_ value: String, for field: FilterField) -> Bool {
        guard let accepted = clauses[field] else { return true }
        return accepted.contains(RecordFilter.normalized(value))
    }

    /// Whether a record's region in its country is one of the accepted regions: the same name
    /// ignoring case, or another spelling of the same province (`GBAO` for `Gorno-Badakhshan`),
    /// or a district of it, as ``Provinces`` knows them.
    public func accepts(region: String, country: String) -> Bool {
        guard let accepted = clauses[.region] else { return true }
        let value = RecordFilter.normalized(region)
        if accepted.contains(value) { return true }
        guard Provinces.knows(country: country) else { return false }
        func province(_ name: String) -> String {
            (Provinces.resolve(region: name, country: country)?.province ?? name).lowercased()
        }
        let own = province(value)
        return accepted.contains { !$0.isEmpty && province($0) == own }
    }

    /// Whether a whole record passes.
    public func accepts(_ record: Record) -> Bool {
        clauses.keys.allSatisfy { field in
            switch field {
            case .country: accepts(record.country, for: field)
            case .region: accepts(region: record.region, country: record.country)
            case .location: accepts(record.location, for: field)
            case .category: accepts(record.category.rawValue, for: field)
            case .type: accepts(record.type, for: field)
            case .actor: accepts(record.actor1, for: field) || accepts(record.actor2, for: field)
            case .actor1: accepts(record.actor1, for: field)
            case .actor2: accepts(record.actor2, for: field)
            case .source: accepts(record.source, for: field)
            case .datePrecision: accepts(record.datePrecision.rawValue, for: field)
            }
        }
    }

    private static func normalized(_ value: String) -> String {
        let trimmed = value.trimmingASCIIWhitespace().lowercased()
        return trimmed == "(unknown)" ? "" : trimmed
    }
}

/// A `--where` clause Tally cannot read.
public enum FilterSyntaxError: Error, Equatable, CustomStringConvertible {
    case noEquals(String)
    case unknownField(String)

    /// The problem, as a sentence.
    public var description: String {
        let fields = FilterField.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .noEquals(let clause):
            return "--where \"\(clause)\" is not FIELD=VALUE (such as country=Tajikistan)"
        case .unknownField(let name):
            return "--where cannot test \"\(name)\"; the fields are \(fields)"
        }
    }
}

/// Applies a ``RecordFilter`` to rows on the hot path, deciding once per distinct value.
package struct FilterMatcher {
    private let filter: RecordFilter
    private var tests:
        [(field: FilterField, columns: [Column], values: ByteInterner, decisions: [Bool])]
    /// Region decisions depend on the country too (`Badakhshan` is a province of both
    /// Afghanistan and, as Gorno-Badakhshan, Tajikistan): decided once per pair.
    private var countries = ByteInterner()
    private var regionDecisions: [SIMD2<Int32>: Bool] = [:]

    package init(_ filter: RecordFilter) {
        self.filter = filter
        tests = filter.clauses.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { field in
            let columns: [Column]
            switch field {
            case .country: columns = [.country]
            case .region: columns = [.region]
            case .location: columns = [.location]
            case .type: columns = [.type]
            case .actor: columns = [.actor1, .actor2]
            case .actor1: columns = [.actor1]
            case .actor2: columns = [.actor2]
            case .source: columns = [.source]
            case .category, .datePrecision: columns = []
            }
            return (field, columns, ByteInterner(), [])
        }
    }

    /// Whether the record in `row` passes every clause.
    package mutating func accepts(_ record: DecodedRecord, _ row: borrowing RowView) -> Bool {
        for index in tests.indices {
            let field = tests[index].field
            if field == .category {
                if !filter.accepts(record.category.rawValue, for: field) { return false }
                continue
            }
            if field == .datePrecision {
                if !filter.accepts(record.precision.rawValue, for: field) { return false }
                continue
            }
            if field == .region {
                let pair = SIMD2(
                    tests[index].values.intern(.region, of: row),
                    countries.intern(.country, of: row))
                if regionDecisions[pair] == nil {
                    regionDecisions[pair] = filter.accepts(
                        region: tests[index].values.string(pair[0]),
                        country: countries.string(pair[1]))
                }
                if !regionDecisions[pair]! { return false }
                continue
            }
            var passed = false
            for column in tests[index].columns where !passed {
                let id = Int(tests[index].values.intern(column, of: row))
                if id == tests[index].decisions.count {
                    tests[index].decisions.append(
                        filter.accepts(tests[index].values.string(Int32(id)), for: field))
                }
                passed = tests[index].decisions[id]
            }
            if !passed { return false }
        }
        return true
    }
}
