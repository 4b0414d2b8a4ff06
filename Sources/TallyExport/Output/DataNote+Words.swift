public import TallyCore

extension DataNote {
    /// The note as the text, the pages, the workbooks and the command line say it: `2 records are
    /// dated only to a period coarser than a month and counted under that period's own label
    /// (such as 2024), not spread over months`.
    public var sentence: String {
        switch self {
        case .columnsMapped(let input, let mappings):
            return "\(input): read column\(mappings.count == 1 ? "" : "s") "
                + mappings.map { "\($0.name) as \($0.column.name)" }.joined(separator: ", ")
        case .columnsIgnored(let input, let format, let columns):
            let noun = format == .csv ? "column" : "key"
            let plural = columns.count == 1 ? noun : noun + "s"
            return "\(input): ignored unknown \(plural) \(columns.joined(separator: ", "))"
        case .emptyRowsSkipped(let input, let sheet, let rows):
            return
                "\(input)[\(sheet)]: passed over \(rows.groupedDigits) empty \(rows == 1 ? "row" : "rows") between the header and the last record"
        case .recordsRejected(let rejected, let read, let first):
            let line = "\(rejected.groupedDigits) of \(read.groupedDigits) records rejected"
            return first.map { line + "; first: \($0)" } ?? line
        case .regionsMerged(let merge):
            return merge.sentence
        case .datesCoarserThanTable(let records, let dimension, let example):
            let unit = dimension.rawValue
            return
                "\(Self.records(records, "is", "are")) dated only to a period coarser than a \(unit) and counted under that period's own label (such as \(example)), not spread over \(unit)s"
        case .datesCoarserThanLatest(let records, let latest, let widest):
            return
                "\(Self.records(records, "is", "are")) dated only to a period that includes \(latest) (such as \(widest)) and not counted in it"
        case .periodsPartlyCovered(let periods, let coverage, let isDeclared):
            let how = isDeclared ? "the inputs cover (--coverage)" : "the records read span"
            let list = periods.map(\.description).joined(separator: " and ")
            let one = periods.count == 1
            return
                "\(how) \(coverage.lowerBound.isoString) to \(coverage.upperBound.isoString): \(list) \(one ? "is" : "are") only partly covered, so \(one ? "its" : "their") figures count only those days"
        case .recordsOverlappingRange(let records, let range):
            let one = records == 1
            return
                "\(records.groupedDigits) \(one ? "record overlaps" : "records overlap") \(range) without lying inside it (dated only to a coarser period) and \(one ? "is" : "are") left out"
        case .onSide(let side, let note):
            return "\(side.rawValue): " + note.sentence
        case .sidePartlyCovered(let side, let period, let coverage, let isDeclared):
            return
                "the \(side.rawValue) period \(period) is only partly covered by the \(PeriodComparison.coverageDescription(coverage, isDeclared: isDeclared)): its figures count only the days covered, and its rate divides them by all of its days"
        case .monthPartlyCovered(let month, let coveredDays, let end, let isDeclared):
            let how = isDeclared ? "inputs cover (--coverage) up to" : "records read end"
            return
                "the \(how) \(end.isoString): \(month) is only partly covered: its figures count its first \(coveredDays) days, and its changes still divide them by all \(month.dayCount)"
        case .monthRecordsDatedOnlyTo(let precision, let records, let monthRecords):
            return
                "\(records.groupedDigits) of the month's \(monthRecords.groupedDigits) records \(records == 1 ? "is" : "are") dated only to the \(precision.rawValue)"
        case .recordsNotCountedInMonth(let records, let period, let month):
            return
                "\(Self.records(records, "is", "are")) dated only to \(period) and not counted in \(month)"
        }
    }

    /// `1 record is`, `12 records are`.
    private static func records(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count.groupedDigits) \(count == 1 ? "record " + one : "records " + many)"
    }
}

extension ReadAccounting {
    /// The one line to say when anything was rejected (`3 of 120 records rejected; first:
    /// FILE:LINE: reason`), or `nil` when nothing was.
    public var rejectionSummary: String? {
        rejectionNote?.sentence
    }
}
