import TallyTestSupport
import Testing

@testable import TallyCore

struct ProvinceTests {
    static let records = Fixtures.csv([
        Fixtures.incident([.region: "GBAO", .fatalitiesMilitants: "2", .fatalities: "2"]),
        Fixtures.incident([.region: "Gorno-Badakhshan", .fatalitiesSecurity: "1", .fatalities: "1"]
        ),
        Fixtures.incident([.region: "gorno badakhshan autonomous oblast"]),
        Fixtures.incident([.region: "Kulyab"]),
        Fixtures.incident([.region: "Khatlon"]),
        Fixtures.incident([.region: "Khatlonn"]),
        Fixtures.incident([.country: "Afghanistan", .region: "Badakhshan"]),
        Fixtures.incident([.country: "Uzbekistan", .region: "Surkhandarya Region"]),
        Fixtures.incident([.country: "Region-01", .region: "GBAO"]),
    ])

    @Test
    func `spellings of one province and its districts count as that province, with a note`()
        throws
    {
        let result = try Fixtures.aggregate(
            csv: ProvinceTests.records, AggregationRequest(dimensions: [.region]))
        #expect(
            result.table.summary == [
                "Afghanistan|Badakhshan: 1 1 0 0 0 0 0 0 0",
                "Region-01|GBAO: 1 1 0 0 0 0 0 0 0",
                "Tajikistan|Gorno-Badakhshan: 3 3 3 2 1 0 0 0 0",
                "Tajikistan|Khatlon: 2 2 0 0 0 0 0 0 0",
                "Tajikistan|Khatlonn: 1 1 0 0 0 0 0 0 0",
                "Uzbekistan|Surxondaryo: 1 1 0 0 0 0 0 0 0",
            ])
        let merges = result.notes.compactMap { note -> RegionMerge? in
            if case .regionsMerged(let merge) = note { merge } else { nil }
        }
        let badakhshan = try #require(merges.first { $0.id.province == "Gorno-Badakhshan" })
        #expect(badakhshan.spellings == ["GBAO", "gorno badakhshan autonomous oblast"])
        #expect(badakhshan.places.isEmpty)
        let khatlon = try #require(merges.first { $0.id.province == "Khatlon" })
        #expect(khatlon.id.country == "Tajikistan")
        #expect(khatlon.spellings.isEmpty && khatlon.places == ["Kulyab"])
    }

    @Test
    func
        `a name is resolved within its country: Badakhshan is Afghanistan's province or Tajikistan's GBAO`()
    {
        #expect(
            Provinces.resolve(region: "Badakhshan", country: "Afghanistan")?.province
                == "Badakhshan")
        #expect(
            Provinces.resolve(region: "Badakhshan", country: "Tajikistan")?.province
                == "Gorno-Badakhshan")
        #expect(Provinces.resolve(region: "Kulob", country: "Tajikistan")?.isWithinProvince == true)
        #expect(Provinces.resolve(region: "GBAO", country: "Atlantis") == nil)
        #expect(Provinces.resolve(region: "Khatlonn", country: "Tajikistan") == nil)
    }

    @Test
    func `a region filter matches every spelling of the province, in the record's country`() throws
    {
        var request = AggregationRequest(dimensions: [.country])
        request.filter.add(.region, equals: "gbao")
        let result = try Fixtures.aggregate(csv: ProvinceTests.records, request)
        // Elsewhere, only the name as written matches.
        #expect(
            result.table.summary == [
                "Region-01: 1 1 0 0 0 0 0 0 0", "Tajikistan: 3 3 3 2 1 0 0 0 0",
            ])
    }

    @Test
    func `validation names regions that match no province, with the closest one`() {
        let (result, _) = Fixtures.validate(csv: ProvinceTests.records)
        #expect(
            result.unknownRegions == [
                UnknownRegion(country: "Tajikistan", region: "Khatlonn", records: 1)
            ])
        #expect(result.unknownRegions.first?.suggestion == "Khatlon")
        #expect(
            result.regionMerges.map(\.id.province) == [
                "Gorno-Badakhshan", "Khatlon", "Surxondaryo",
            ])
    }
}
