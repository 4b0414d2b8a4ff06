import Foundation
import TallyCore

/// What Citus (distributed PostgreSQL) needs of the schema and of every statement Tally sends,
/// written down as checks a test runs over each generated statement. Citus is not in Debian's
/// packages, so these rules are what was verified here, not a run on a Citus cluster.
///
/// The rules, from Citus's documentation (“Distributing tables”, “Table management”, “SQL
/// support and workarounds”):
/// 1. A distributed table's primary key and unique constraints include its distribution column
///    (`tally_records`, `tally_revisions`: `id`; `tally_rejections`: `load_id`).
/// 2. `INSERT ... ON CONFLICT` on a distributed table names a conflict target that includes the
///    distribution column, and never updates that column.
/// 3. A statement that joins a distributed table with a local table (the load's temporary
///    tables) joins on the distribution column, so Citus plans it by `id` (local-distributed
///    joins, Citus 10 and later).
/// 4. No construct Citus refuses or runs only on the coordinator at great cost on a distributed
///    table: window functions, `GROUPING SETS`/`CUBE`/`ROLLUP`, `LATERAL`, recursive CTEs,
///    `TABLESAMPLE`, `SELECT ... FOR UPDATE`.
/// 5. No volatile function in a statement on a distributed table (`random()`, `nextval`,
///    `clock_timestamp()`, `now()`): each shard would evaluate its own. `now()` is used only on
///    the reference table `tally_loads`.
package enum CitusRules {
    /// The distributed tables and their distribution columns.
    package static let distributed = [
        "tally_records": "id", "tally_revisions": "id", "tally_rejections": "load_id",
    ]
    /// The small tables every node holds a copy of.
    package static let reference = ["tally_loads", "tally_schema"]

    /// The calls that distribute a store once `tally db init` has made it, on the coordinator.
    package static let distributionCalls = [
        "SELECT create_reference_table('tally_schema')",
        "SELECT create_reference_table('tally_loads')",
        "SELECT create_distributed_table('tally_records', 'id')",
        "SELECT create_distributed_table('tally_revisions', 'id', colocate_with => 'tally_records')",
        "SELECT create_distributed_table('tally_rejections', 'load_id')",
    ]

    /// The rules `statement` breaks, as sentences; empty when it keeps them all.
    package static func violations(of statement: String) -> [String] {
        let text = statement.replacingOccurrences(
            of: #"\s+"#, with: " ", options: .regularExpression
        ).lowercased()
        var found: [String] = []
        let tables = distributed.keys.filter { text.contains($0) }
        // 1. Keys include the distribution column.
        if text.hasPrefix("create table"),
            let table = tables.first(where: { text.hasPrefix("create table \($0) ") })
        {
            let column = distributed[table]!
            if let key = firstGroup(#"primary key \(([^)]*)\)"#, in: text) {
                let columns = key.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                if !columns.contains(column) {
                    found.append(
                        "the primary key of \(table) does not include its distribution column \(column)"
                    )
                }
            } else {
                found.append("\(table) has no primary key that includes \(column)")
            }
            if text.contains(" unique") {
                found.append("\(table) has a unique constraint; check that it includes \(column)")
            }
        }
        // 2. Upserts.
        if let target = firstGroup(#"on conflict \(([^)]*)\)"#, in: text),
            let table = tables.first(where: { text.contains("insert into \($0)") })
        {
            let column = distributed[table]!
            if !target.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
                .contains(column)
            {
                found.append(
                    "ON CONFLICT on \(table) does not name its distribution column \(column)")
            }
            if text.range(of: #"do update set (.*[ ,])?\#(column) ="#, options: .regularExpression)
                != nil
            {
                found.append("ON CONFLICT DO UPDATE changes the distribution column \(column)")
            }
        }
        // 3. Local-distributed joins on the distribution column.
        let local = ["tally_incoming", "tally_staging"].filter { text.contains($0) }
        if !local.isEmpty, tables.contains("tally_records") || tables.contains("tally_revisions"),
            text.contains(" join ")
        {
            if !text.contains("r.id = s.id") {
                found.append("a join of a local table with tally_records is not on id")
            }
        }
        // 4. Constructs.
        if !tables.isEmpty {
            for (construct, name) in [
                (" over (", "a window function"), ("grouping sets", "GROUPING SETS"),
                (" cube(", "CUBE"), (" rollup(", "ROLLUP"), (" lateral ", "LATERAL"),
                ("with recursive", "a recursive CTE"), ("tablesample", "TABLESAMPLE"),
                (" for update", "FOR UPDATE"),
            ] where text.contains(construct) {
                found.append("\(name) on a distributed table")
            }
            // 5. Volatile functions.
            for function in ["random(", "nextval(", "clock_timestamp(", "now()"]
            where text.contains(function) {
                found.append("the volatile function \(function)...) on a distributed table")
            }
        }
        return found
    }

    private static func firstGroup(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    /// Every statement Tally sends to a store: the schema, a load, the cursor, and the pushdown
    /// statements of every grouping, with and without a range and with every kind of filter.
    package static func everyStatement() -> [String] {
        var statements = StoreSchema.migrations.flatMap { $0 } + [StoreSchema.versionTable]
        statements += LoadStatements.all + [StoreSource.cursorStatement]
        var requests: [AggregationRequest] = []
        let single = TableDimension.allCases.map { [$0] }
        let pairs = TableDimension.allCases.flatMap { a in
            TableDimension.allCases.filter { $0 != a }.map { [a, $0] }
        }
        for dimensions in [[]] + single + pairs {
            for range in [nil, try? PeriodRange(parsing: "2024-01..2024-06")] {
                var filter = RecordFilter()
                for field in FilterField.allCases { filter.add(field, equals: "x") }
                for filter in [RecordFilter(), filter] {
                    requests.append(
                        AggregationRequest(dimensions: dimensions, range: range, filter: filter))
                }
            }
        }
        for request in requests {
            var query = PushdownQuery(request)
            try? query.decide { _ in [["x", "y"]] }
            statements.append(query.facts().sql)
            statements += [nil, .first, .second].map { query.groups(actor: $0).sql }
        }
        statements += FilterField.allCases.map(PushdownQuery.distinctValues(of:))
        return statements
    }
}
