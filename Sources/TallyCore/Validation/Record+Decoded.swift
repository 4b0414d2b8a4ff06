extension Record {
    /// The whole record of a decoded row; `FILE:LINE` stands in for a missing id.
    package init(_ decoded: DecodedRecord, row: RawRecord) {
        func text(_ column: Column) -> String {
            guard let bytes = row.value(column), bytes.count > 0 else { return "" }
            return String(decoding: bytes, as: UTF8.self)
        }
        let id = text(.id)
        self.init(
            id: id.isEmpty ? "\(row.file):\(row.line)" : id, date: decoded.date,
            datePrecision: decoded.precision, country: text(.country), region: text(.region),
            location: text(.location), category: decoded.category, type: text(.type),
            count: decoded.count, fatalities: decoded.fatalities, actor1: text(.actor1),
            actor2: text(.actor2), source: text(.source), sourceURL: text(.sourceURL),
            notes: text(.notes), flags: text(.flags))
        func extra(_ field: ExtraField) -> UnsafeRawBufferPointer? {
            row.extraFields[field.rawValue].flatMap { row.value(of: $0) }.flatMap {
                $0.count > 0 ? $0 : nil
            }
        }
        if let bytes = extra(.dateEnd),
            case .success(let (date, _)) = FieldParsing.date(bytes, years: 1900...9999)
        {
            dateEnd = date
        }
        if let bytes = extra(.fatalitiesLow),
            case .success(let value) = FieldParsing.wholeNumber(bytes)
        {
            fatalitiesLow = value
        }
        if let bytes = extra(.fatalitiesHigh),
            case .success(let value) = FieldParsing.wholeNumber(bytes)
        {
            fatalitiesHigh = value
        }
    }
}
