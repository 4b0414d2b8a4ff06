import Testing

@testable import TallyStore

/// Citus is not in Debian's packages, so no test runs on a Citus cluster: this one holds every
/// statement Tally sends (the schema, a load, the cursor, every pushdown grouping and filter)
/// to the rules of what Citus distributes, written down in ``CitusRules``.
struct CitusRulesTests {
    @Test func `every statement Tally sends keeps the rules of what Citus distributes`() {
        let statements = CitusRules.everyStatement()
        #expect(statements.count > 500, "the pushdown statements of every grouping are checked")
        for statement in statements {
            #expect(CitusRules.violations(of: statement).isEmpty, "\(statement)")
        }
    }

    @Test(arguments: [
        (
            "CREATE TABLE tally_records (id text, load_id integer, PRIMARY KEY (load_id))",
            "does not include its distribution column id"
        ),
        (
            "INSERT INTO tally_records SELECT * FROM tally_incoming ON CONFLICT (ordinal) DO NOTHING",
            "does not name its distribution column id"
        ),
        (
            "INSERT INTO tally_records SELECT * FROM s ON CONFLICT (id) DO UPDATE SET id = excluded.id",
            "changes the distribution column id"
        ),
        (
            "SELECT * FROM tally_records r JOIN tally_staging s ON r.ordinal = s.ordinal",
            "is not on id"
        ),
        ("SELECT id, row_number() OVER (ORDER BY date) FROM tally_records", "a window function"),
        ("SELECT country, count(*) FROM tally_records GROUP BY ROLLUP(country)", "ROLLUP"),
        ("UPDATE tally_records SET notes = 'x' WHERE random() < 0.5", "random("),
    ])
    func `a statement that breaks a rule is caught`(statement: String, problem: String) {
        let found = CitusRules.violations(of: statement)
        #expect(found.contains { $0.contains(problem) }, "\(found)")
    }

    @Test func `the documented distribution calls name every distributed and reference table`() {
        for (table, column) in CitusRules.distributed {
            #expect(
                CitusRules.distributionCalls.contains {
                    $0.contains("create_distributed_table('\(table)', '\(column)'")
                })
        }
        for table in CitusRules.reference {
            #expect(
                CitusRules.distributionCalls.contains("SELECT create_reference_table('\(table)')"))
        }
    }
}
