/// The validated facts of one record that aggregation needs; text stays in the row's bytes.
package struct DecodedRecord: Sendable {
    /// The first day of the written date.
    package var date: CivilDate
    /// The precision: the written form's, or a coarser `date_precision`.
    package var precision: DatePrecision
    package var category: Category
    package var count: Int
    package var fatalities: Fatalities

    /// The period the record's date is known to.
    package var period: Period {
        Period(precision.periodKind, containing: date)
    }
}

/// Applies the record rules of DESIGN §2 to one row: a ``DecodedRecord`` or the reason it is refused.
package struct RecordDecoder: Sendable {
    /// Years a date may have: from 1900 to next year. ACLED exports have carried `0025`.
    package let years: ClosedRange<Int>
    /// How CSV header names are read as columns.
    package var columns = ColumnMapping()
    /// The order of day and month in slash dates; `nil` reads only those that cannot be read
    /// the other way.
    package var dateOrder: DateOrder?

    /// A decoder that accepts years from 1900 to the year after `currentYear`.
    package init(
        currentYear: Int, columns: ColumnMapping = ColumnMapping(), dateOrder: DateOrder? = nil
    ) {
        years = 1900...(currentYear + 1)
        self.columns = columns
        self.dateOrder = dateOrder
    }

    private static let requiredColumns = Column.allCases.filter(\.isRequired)

    /// Decodes a row whose UTF-8 and field count have been checked.
    ///
    /// - Returns: the record.
    /// - Throws: a reason that names the column and the offending value.
    package func decode(_ row: borrowing RowView) throws(RejectionReason) -> DecodedRecord {
        for column in RecordDecoder.requiredColumns where row.fields[column.rawValue] == nil {
            throw .missing(column)
        }
        if row.extraFields[ExtraField.decision.rawValue] != nil {
            try row.withValue(.decision) { verdict throws(RejectionReason) in
                guard let verdict, verdict.count > 0 else { return }
                switch String(decodingUTF8: verdict).lowercased() {
                case "accept", "accepted", "keep", "ok", "yes", "y", "correct", "corrected",
                    "edited":
                    break
                case "reject", "rejected", "drop", "delete", "no", "n", "wrong", "x":
                    throw .rejectedByReviewer(quoted(verdict))
                default: throw .unknownDecision(quoted(verdict))
                }
            }
        }

        // Date and its precision.
        let years = years
        let order = dateOrder
        let (date, writtenPrecision) = try row.withValue(.date) {
            bytes throws(RejectionReason) -> (CivilDate, DatePrecision) in
            guard let bytes else { throw .badEscape(.date) }
            guard bytes.count > 0 else { throw .empty(.date) }
            switch FieldParsing.date(bytes, years: years, order: order) {
            case .success(let parsed): return parsed
            case .failure(let problem): throw .problem(.date, quoted(bytes), problem)
            }
        }
        let precision = try row.withValue(.datePrecision) {
            bytes throws(RejectionReason) -> DatePrecision in
            guard let bytes else { throw .badEscape(.datePrecision) }
            guard bytes.count > 0 else { return writtenPrecision }
            guard let stated = DatePrecision(named: bytes) else {
                throw .unknownPrecision(quoted(bytes))
            }
            guard stated >= writtenPrecision else {
                throw .finerPrecision(quoted(bytes), quoted(row.text(.date)))
            }
            return stated
        }

        // Where and what.
        try row.withValue(.country) { country throws(RejectionReason) in
            guard let country else { throw .badEscape(.country) }
            guard country.count > 0 else { throw .empty(.country) }
        }
        let category = try row.withValue(.category) {
            bytes throws(RejectionReason) -> Category in
            guard let bytes else { throw .badEscape(.category) }
            guard bytes.count > 0 else { throw .empty(.category) }
            guard let category = Category(named: bytes) else {
                throw .unknownCategory(quoted(bytes))
            }
            return category
        }
        try row.withValue(.type) { type throws(RejectionReason) in
            guard let type else { throw .badEscape(.type) }
            guard type.count > 0 else { throw .empty(.type) }
            guard type.isSnakeCase else { throw .notSnakeCase(String(decodingUTF8: type)) }
        }

        // Figures.
        @inline(__always)
        func figure(_ column: Column) throws(RejectionReason) -> Int? {
            try row.withValue(column) { bytes throws(RejectionReason) -> Int? in
                guard let bytes else { throw .badEscape(column) }
                guard bytes.count > 0 else { return nil }
                switch FieldParsing.wholeNumber(bytes) {
                case .success(let value): return value
                case .failure(let problem): throw .problem(column, quoted(bytes), problem)
                }
            }
        }
        let count: Int
        let total: Int?
        var fatalities = Fatalities()
        count = try figure(.count) ?? 1
        total = try figure(.fatalities)
        fatalities.militants = try figure(.fatalitiesMilitants) ?? 0
        fatalities.security = try figure(.fatalitiesSecurity) ?? 0
        fatalities.civilians = try figure(.fatalitiesCivilians) ?? 0
        fatalities.unknown = try figure(.fatalitiesUnknown) ?? 0
        guard count >= 1 else { throw .countBelowOne(quoted(row.text(.count))) }
        if let total {
            let breakdown = fatalities.total
            guard breakdown <= total else {
                throw .breakdownExceedsTotal(breakdown: breakdown, total: total)
            }
            // The sides a source gives are what is known of the total; the rest is unknown.
            fatalities.unknown += total - breakdown
        }
        return DecodedRecord(
            date: date, precision: precision, category: category, count: count,
            fatalities: fatalities)
    }

}

/// Why a record was refused, as a sentence that names the column and the value.
package enum RejectionReason: Error, Equatable, CustomStringConvertible {
    case empty(Column)
    case badEscape(Column)
    case problem(Column, String, FieldProblem)
    case unknownPrecision(String)
    case finerPrecision(String, String)
    case unknownCategory(String)
    case notSnakeCase(String)
    case countBelowOne(String)
    case breakdownExceedsTotal(breakdown: Int, total: Int)
    case fieldCount(found: Int, expected: Int)
    case invalidUTF8(column: String, byteOffset: Int, likely: TextEncoding?)
    case textAfterQuote(column: String)
    case malformedJSON(String)
    case ucdpViolence(String)
    case ucdpFigure(String, String, FieldProblem)
    case ucdpBestDiffers(best: Int, sum: Int)
    case missing(Column)
    case recordTooLong
    case tooManyFields(found: Int)
    case rejectedByReviewer(String)
    case unknownDecision(String)

    package var description: String {
        description(naming: \.name)
    }

    /// The reason with columns named as the input's layout names them (`event_date`, `date_start`).
    package func description(naming name: (Column) -> String) -> String {
        switch self {
        case .empty(let column): "\(name(column)) is empty"
        case .rejectedByReviewer(let value): "the reviewer rejected it (decision \(value))"
        case .unknownDecision(let value):
            "decision \(value) is not accept or reject (leave it empty to keep the record as extracted)"
        case .missing(let column): "\(name(column)) is missing"
        case .recordTooLong:
            "the record is longer than \(ByteBlockReader.maximumRecordBytes >> 20) MB and was not read (is a quote left open?)"
        case .tooManyFields(let found):
            "the row has \(found.groupedDigits) fields, more than the \(CSVRowScanner.maximumFields.groupedDigits) Tally reads"
        case .badEscape(let column): "\(name(column)) has a malformed escape sequence"
        case .problem(let column, let value, let problem): "\(name(column)) \(value) \(problem)"
        case .unknownPrecision(let value): "date_precision \(value) is not day, week, month or year"
        case .finerPrecision(let value, let date):
            "date_precision \(value) is finer than the date \(date) as written (it may only coarsen it)"
        case .unknownCategory(let value): "category \(value) is not incident, measure or other"
        case .notSnakeCase(let value):
            "type \(quoted(value)) is not snake_case (such as \(RejectionReason.snakeCased(value)))"
        case .countBelowOne(let value): "count \(value) is less than 1"
        case .breakdownExceedsTotal(let breakdown, let total):
            "fatalities by side add up to \(breakdown), more than the total \(total)"
        case .fieldCount(let found, let expected):
            "the row has \(found) field\(found == 1 ? "" : "s"); the header has \(expected)"
        case .invalidUTF8(let column, let offset, let likely):
            "\(column) is not valid UTF-8 (bad byte at position \(offset + 1))\(RejectionReason.encodingHint(likely))"
        case .textAfterQuote(let column): "\(column) has text after its closing quote"
        case .malformedJSON(let problem): problem
        case .ucdpViolence(let value): "type_of_violence \(value) is not 1, 2 or 3"
        case .ucdpFigure(let name, let value, let problem): "\(name) \(value) \(problem)"
        case .ucdpBestDiffers(let best, let sum):
            "best \(best) differs from deaths_a + deaths_b + deaths_civilians + deaths_unknown = \(sum)"
        }
    }

    /// The option to try for bytes that look written in a single-byte code page.
    private static func encodingHint(_ likely: TextEncoding?) -> String {
        guard let likely else { return "" }
        let script = likely == .windows1252 || likely == .iso88591 ? "Latin" : "Cyrillic"
        return
            "; the file looks written in \(likely.rawValue) (\(script)): read it with --encoding \(likely.rawValue)"
    }

    /// A suggestion: `Armed clash` becomes `armed_clash`.
    private static func snakeCased(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out.isEmpty ? "armed_clash" : out
    }
}

extension Span<UInt8> {
    /// Whether the bytes are a snake_case word: a-z first, then a-z, 0-9 and `_`.
    package var isSnakeCase: Bool {
        guard count > 0, self[0] &- UInt8(ascii: "a") < 26 else { return false }
        // One bit per ASCII byte: 0-9 in the first 64, `_` and a-z in the next 64.
        let digits: UInt64 = 0x03FF << 48
        let letters: UInt64 = 1 << 31 | 0x3FF_FFFF << 33
        var allowed: UInt64 = 1
        for i in indices {
            let byte = self[unchecked: i]
            let word = byte < 64 ? digits : byte < 128 ? letters : 0
            allowed &= word >> UInt64(byte & 63)
        }
        return allowed & 1 == 1
    }
}

extension Category {
    /// The category a value names, ignoring ASCII case; `nil` for any other value.
    @inline(__always)
    package init?(named bytes: Span<UInt8>) {
        switch bytes.count {
        case 8 where bytes.equalsIgnoringASCIICase("incident"): self = .incident
        case 7 where bytes.equalsIgnoringASCIICase("measure"): self = .measure
        case 5 where bytes.equalsIgnoringASCIICase("other"): self = .other
        default: return nil
        }
    }
}

extension DatePrecision {
    /// The precision a value names, ignoring ASCII case; `nil` for any other value.
    @inline(__always)
    package init?(named bytes: Span<UInt8>) {
        switch bytes.count {
        case 3 where bytes.equalsIgnoringASCIICase("day"): self = .day
        case 4 where bytes.equalsIgnoringASCIICase("week"): self = .week
        case 4 where bytes.equalsIgnoringASCIICase("year"): self = .year
        case 5 where bytes.equalsIgnoringASCIICase("month"): self = .month
        default: return nil
        }
    }
}
