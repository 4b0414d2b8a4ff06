import TallyTestSupport
import Testing

@testable import TallyCore

/// Valid files that exercise every reading rule at once, against a table computed by hand.
struct TrickyFileTests {
    @Test func `a tricky CSV beside a JSON Lines file aggregates to the hand-computed table`()
        throws
    {
        let csv =
            "\u{FEFF}notes,Region,DATE,country,category,type,fatalities,fatalities_militants,fatalities_security,count,date_precision,source_ref\r\n"
            + "\"Clash near Panj, \"\"two\"\" killed\r\nat dawn\",Хатлон,25 December 2024,Tajikistan,incident,armed_clash,5,2,1,,,A1\r\n"
            + "Outposts opened,Хатлон,2024-12,Tajikistan,measure,outpost_opened,,,,3,,A2\r\n"
            + "Night infiltration,Горно-Бадахшан,2024-12-03,Tajikistan,incident,infiltration,,1,,,month,A3\r\n"
            + "Yearly summary,Khatlon,2024,Tajikistan,incident,attack,4,,,2,year,A4\r\n"
            + "Border exercise,,30 Nov 2024,Tajikistan,measure,exercise,,,,,,A5\r\n"
        let jsonl = """
            {"date": "2024-12-31", "country": "Afghanistan", "region": "Badakhshan", "category": "incident", "type": "shelling", "fatalities": 2, "fatalities_civilians": 2}
            {"date": "2024-12-20", "country": "Tajikistan", "region": "Хатлон", "category": "incident", "type": "attack", "count": 2, "fatalities_security": 1, "fatalities_unknown": 1, "extra": "x"}

            """
        let paths = [
            Fixtures.file(csv, name: "tricky.csv"), Fixtures.file(jsonl, name: "more.jsonl"),
        ]
        let result = try Fixtures.aggregate(paths, AggregationRequest())
        #expect(result.accounting.read == 7 && result.accounting.rejected == 0)
        #expect(
            result.table.summary == [
                "2024|Tajikistan|Khatlon: 1 2 4 0 0 0 4 0 0",
                "2024-11|Tajikistan|(unknown): 1 0 0 0 0 0 0 1 0",
                "2024-12|Afghanistan|Badakhshan: 1 1 2 0 0 2 0 0 0",
                "2024-12|Tajikistan|Горно-Бадахшан: 1 1 1 1 0 0 0 0 0",
                "2024-12|Tajikistan|Хатлон: 3 3 7 2 2 0 3 3 3",
            ])
        #expect(result.table.totals.values == [7, 7, 14, 3, 2, 2, 7, 4, 3])
        #expect(result.notes.count == 3)  // source_ref, extra, and the year-precision record
    }
}
