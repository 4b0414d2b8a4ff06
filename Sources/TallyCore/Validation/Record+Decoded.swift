extension Record {
    /// The whole record of a decoded row; `FILE:LINE` stands in for a missing id.
    package init(_ decoded: DecodedRecord, row: borrowing RowView) {
        let id = row.text(.id)
        self.init(
            id: id.isEmpty ? "\(row.file):\(row.line)" : id, date: decoded.date,
            datePrecision: decoded.precision, country: row.text(.country),
            region: row.text(.region), location: row.text(.location), category: decoded.category,
            type: row.text(.type), count: decoded.count, fatalities: decoded.fatalities,
            actor1: row.text(.actor1), actor2: row.text(.actor2), source: row.text(.source),
            sourceURL: row.text(.sourceURL), notes: row.text(.notes), flags: row.text(.flags))
        dateEnd = row.withValue(.dateEnd) { bytes in
            guard let bytes, bytes.count > 0,
                case .success(let (date, _)) = FieldParsing.date(bytes, years: 1900...9999)
            else { return nil }
            return date
        }
        fatalitiesLow = row.withValue(.fatalitiesLow) { Record.figure($0) }
        fatalitiesHigh = row.withValue(.fatalitiesHigh) { Record.figure($0) }
    }

    /// A whole number written in a field beyond the canonical columns; `nil` when there is none.
    private static func figure(_ bytes: Span<UInt8>?) -> Int? {
        guard let bytes, bytes.count > 0,
            case .success(let value) = FieldParsing.wholeNumber(bytes)
        else { return nil }
        return value
    }
}
