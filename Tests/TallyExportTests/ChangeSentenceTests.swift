import TallyCore
import Testing

@testable import TallyExport

struct ChangeSentenceTests {
    static func change(_ base: Int, _ current: Int, days: (Int, Int) = (30, 30)) -> MetricChange {
        .between(base: base, current: current, baseDays: days.0, currentDays: days.1, isCount: true)
    }

    @Test func `a change close to a common fraction is named by it, with the test's verdict`() {
        #expect(
            ChangeSentence.clause("Incidents", Self.change(18, 12), base: "November", isCount: true)
                == "Incidents fell by a third (12 against 18 in November); within ordinary variation."
        )
        #expect(
            ChangeSentence.clause("Incidents", Self.change(10, 20), base: "May", isCount: true)
                == "Incidents doubled (20 against 10 in May); within ordinary variation.")
    }

    @Test func `the size is the change in daily rate, not in counts`() {
        // 62 in 30 days against 43 in 31: counts fall by 31%, daily rates by 33%.
        let sentence = ChangeSentence.clause(
            "Incidents", Self.change(62, 43, days: (30, 31)), base: "November", isCount: true)
        #expect(sentence.hasPrefix("Incidents fell by a third"))
    }

    @Test func `fatalities get no verdict, and a significant count says so with its p-value`() {
        #expect(
            ChangeSentence.clause("Fatalities", Self.change(13, 17), base: "May", isCount: false)
                == "Fatalities rose by 31% (17 against 13 in May); deaths come in clusters and get no test."
        )
        let significant = ChangeSentence.clause(
            "Incidents", Self.change(10, 40), base: "May", isCount: true)
        #expect(
            significant.hasPrefix(
                "Incidents quadrupled (40 against 10 in May); beyond ordinary variation (p = "))
    }

    @Test func `no data, none before, and none at all are said as such`() {
        let missing = MetricChange.withoutData(
            base: 0, current: 5, baseDays: 30, currentDays: 30, baseHasData: false,
            currentHasData: true)
        #expect(
            ChangeSentence.clause("Incidents", missing, base: "May", isCount: true)
                == "Incidents: 5, and no data for May to compare with.")
        #expect(
            ChangeSentence.clause("Incidents", Self.change(0, 5), base: "May", isCount: true)
                == "Incidents: 5, against none in May.")
        #expect(
            ChangeSentence.clause("Incidents", Self.change(0, 0), base: "May", isCount: true)
                == "No incidents, as in May.")
        #expect(
            ChangeSentence.clause("Incidents", Self.change(4, 0), base: "May", isCount: true)
                == "Incidents fell to none (0 against 4 in May); within ordinary variation.")
    }
}
