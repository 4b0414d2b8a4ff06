/// Something an analyst should know about how the figures were counted: a value with the facts it
/// rests on, never a sentence. TallyExport puts it in words (`DataNote.sentence`).
///
/// Aggregations, comparisons and monthly reports carry their notes in the order they are to be
/// read.
public indirect enum DataNote: Sendable, Hashable {
    /// An input's header names or keys read as columns by other names (`Province` as region).
    case columnsMapped(input: String, mappings: [InputSummary.MappedColumn])
    /// Columns (CSV) or keys (JSON Lines) of an input that are not part of the record format.
    case columnsIgnored(input: String, format: InputFormat, columns: [String])
    /// Empty rows of a workbook's sheet passed over between its header and its last record:
    /// counted, so that nothing is dropped unsaid.
    case emptyRowsSkipped(input: String, sheet: String, rows: Int)
    /// Records refused by the record rules, of those read, and the first with its reason.
    case recordsRejected(rejected: Int, read: Int, first: Rejection?)
    /// Other spellings of a province, and places in it, counted as the province.
    case regionsMerged(RegionMerge)
    /// Records dated more coarsely than the table's time dimension, counted under their own
    /// period's label (`2024` in a monthly table) rather than spread over its periods.
    case datesCoarserThanTable(records: Int, dimension: TableDimension, example: Period)
    /// With only the latest period shown: records dated to a coarser period that includes it,
    /// and so not counted in it.
    case datesCoarserThanLatest(records: Int, latest: Period, widest: Period)
    /// Periods of the table that the inputs cover only in part, so that their figures count only
    /// the days covered: the first and the last, when coverage starts or ends inside them.
    case periodsPartlyCovered(
        [Period], coverage: ClosedRange<CivilDate>, isCoverageDeclared: Bool)
    /// Records that overlap the requested range without lying inside it (dated only to a coarser
    /// period), left out.
    case recordsOverlappingRange(records: Int, range: PeriodRange)
    /// A note on how one side of a comparison was counted.
    case onSide(ComparisonSide, DataNote)
    /// A compared period the inputs cover only in part: its figures count only the days covered,
    /// its rate divides them by all of its days.
    case sidePartlyCovered(
        ComparisonSide, period: PeriodRange, coverage: ClosedRange<CivilDate>,
        isCoverageDeclared: Bool)
    /// A reported month the inputs end inside: its figures count its first `coveredDays` days,
    /// its changes still divide them by all its days.
    case monthPartlyCovered(
        Period, coveredDays: Int, coverageEnd: CivilDate, isCoverageDeclared: Bool)
    /// Records of the reported month dated only to its week or to the month itself.
    case monthRecordsDatedOnlyTo(DatePrecision, records: Int, monthRecords: Int)
    /// Records dated only to a period that includes the reported month, and not counted in it.
    case recordsNotCountedInMonth(records: Int, period: Period, month: Period)
}
