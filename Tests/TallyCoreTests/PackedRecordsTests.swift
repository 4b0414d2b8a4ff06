import Testing

@testable import TallyCore

@Suite struct PackedRecordsTests {
    static func record(_ id: String, day: Int, notes: String = "") -> Record {
        Record(
            id: id, date: CivilDate(dayNumber: day), datePrecision: .week, country: "Tajikistan",
            region: "Gorno-Badakhshan", location: "Ишкошим, «post 7»", category: .incident,
            type: "armed_clash", count: 3,
            fatalities: Fatalities(militants: 2, security: -1, civilians: 0, unknown: 40_000),
            actor1: "Border Troops", actor2: "", source: "Asia-Plus; Ozodi",
            sourceURL: "https://example.org/a b", notes: notes, flags: "toll_conflict")
    }

    @Test func `a packed record comes back equal, its optional fields and non-ASCII text included`()
    {
        var full = Self.record("e1", day: 20_000, notes: "line one\nline two \u{1F600}")
        full.dateEnd = CivilDate(dayNumber: 20_003)
        full.fatalitiesLow = 0
        full.fatalitiesHigh = Int.max
        let records = [full, Self.record("", day: -5), Self.record("e3", day: 0)]
        let packed = PackedRecords(records)
        #expect(packed.count == 3)
        #expect(Array(packed) == records)
        #expect(packed[1] == records[1])
    }

    @Test func `sorting by a key keeps records with equal keys in their order`() {
        let records = [
            Self.record("b", day: 2), Self.record("a", day: 1),
            Self.record("c", day: 2, notes: "x"),
            Self.record("d", day: 1),
        ]
        let sorted = PackedRecords(records).sorted(byKey: { $0.date })
        #expect(sorted.map(\.id) == ["a", "d", "b", "c"])
        #expect(Array(sorted) == [records[1], records[3], records[0], records[2]])
        // Equal as records, however the bytes lie.
        #expect(sorted == PackedRecords([records[1], records[3], records[0], records[2]]))
        #expect(sorted != PackedRecords(records))
    }

    @Test(arguments: [0, 1, -1, 63, -64, 64, 127, 128, 16_383, 16_384, Int.max, Int.min])
    func `an integer of any size comes back as it was packed`(value: Int) {
        var record = Self.record("n", day: value)
        record.fatalitiesHigh = value
        #expect(Array(PackedRecords([record])) == [record])
    }

    @Test func `removing every record leaves an empty collection that takes new ones`() {
        var packed = PackedRecords([Self.record("a", day: 1)])
        packed.removeAll(keepingCapacity: true)
        #expect(packed.isEmpty)
        packed.append(Self.record("b", day: 2))
        #expect(packed.map(\.id) == ["b"])
    }
}
