import TallyCore
import TallyExport

// Records the program holds: a deadly clash, then four new outposts.
let day = { CivilDate(year: 2024, month: $0, day: $1)! }
let records = [
    Record(
        id: "a", date: day(11, 3), country: "Tajikistan", region: "Khatlon", category: .incident,
        type: "armed_clash", fatalities: Fatalities(militants: 2, security: 1)),
    Record(
        id: "b", date: day(12, 15), country: "Tajikistan", region: "Gorno-Badakhshan",
        category: .measure, type: "outpost_opened", count: 4),
]
// By month and region, straight from memory, into a workbook with Aggregate, Pivot and About.
let result = try Aggregation.run(AggregationRequest(dimensions: [.month, .region]), from: records)
let emitter = TableWorkbookEmitter(
    includesPivot: true, context: EmissionContext(version: "example", generatedAt: 0))
let workbook = try OutputFile(.file("incidents.xlsx"), for: emitter)
try emitter.emit(result, to: workbook)
try workbook.commit()
print("incidents.xlsx: \(result.accounting.accepted) records in \(result.table.rows.count) rows")
