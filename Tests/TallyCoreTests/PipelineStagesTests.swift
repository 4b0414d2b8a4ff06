@_spi(Benchmarks) import TallyCore
import TallyTestSupport
import Testing

/// The benchmarks' entry points run the real stages: they see every row and every record, and the
/// aggregator fed from memory gives the table a whole read gives.
struct PipelineStagesTests {
    static let path = Fixtures.file(
        Fixtures.csv(records: SyntheticRecords(count: 2_000, seed: 11)))

    @Test func `the scan counts every row, the header included`() throws {
        #expect(try PipelineStages.scanCSV(path: Self.path) == 2_001)
    }

    @Test func `decoding accepts every record`() throws {
        #expect(try PipelineStages.decodeCSV(path: Self.path) == 2_000)
    }

    @Test(arguments: [[TableDimension.month, .region], [.week, .type, .actor]])
    func `aggregating the rows held in memory gives the table of a whole read`(
        dimensions: [TableDimension]
    ) throws {
        let rows = try PipelineStages.DecodedRows(path: Self.path)
        let whole = try Fixtures.aggregate([Self.path], AggregationRequest(dimensions: dimensions))
        #expect(rows.count == 2_000)
        #expect(rows.aggregate(by: dimensions) == whole.table)
    }

    @Test func `a file that cannot be opened is an input error`() {
        #expect(throws: InputError.self) { try PipelineStages.scanCSV(path: "/nonexistent.csv") }
        #expect(throws: InputError.self) { try PipelineStages.decodeCSV(path: "/nonexistent.csv") }
    }
}
