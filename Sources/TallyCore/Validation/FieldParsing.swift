/// Parsers for the numeric and date fields of a record, straight from bytes.
package enum FieldParsing {
    /// The largest count or fatality figure accepted; larger ones are typing errors, and keeping
    /// every figure this small means no sum of them can overflow.
    package static let maximumFigure = 1_000_000_000

    /// A whole number `>= 0`, or the problem with it (`"is negative"`...). `3.0` is read as 3.
    package static func wholeNumber(_ bytes: Span<UInt8>) -> Result<Int, FieldProblem> {
        // Up to nine plain digits, the common case, are below the maximum whatever they are.
        if bytes.count > 0 && bytes.count <= 9 {
            var value = 0
            var plain = true
            for i in bytes.indices {
                let digit = bytes[i] &- 0x30
                if digit >= 10 {
                    plain = false
                    break
                }
                value = value &* 10 &+ Int(digit)
            }
            if plain { return .success(value) }
        }
        var i = 0
        var negative = false
        if bytes.count > 0 && (bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+")) {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
        }
        var value = 0
        var digits = 0
        while i < bytes.count, bytes[i] &- 0x30 < 10 {
            if digits < 12 { value = value * 10 + Int(bytes[i] &- 0x30) }
            if value > 0 || bytes[i] != 0x30 { digits += 1 }
            i += 1
        }
        let sawDigit = i > (bytes.count > 0 && (bytes[0] == 0x2D || bytes[0] == 0x2B) ? 1 : 0)
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") && sawDigit {
            // A whole number written with a zero fraction, as spreadsheets and pandas write them.
            var j = i + 1
            while j < bytes.count && bytes[j] == UInt8(ascii: "0") { j += 1 }
            if j == bytes.count && j > i + 1 { i = j }
        }
        guard sawDigit, i == bytes.count else {
            return .failure(.notWholeNumber)
        }
        if negative && value != 0 { return .failure(.negative) }
        if digits > 10 || value > maximumFigure { return .failure(.tooLarge) }
        return .success(value)
    }

    /// A date in one of the written forms, with the precision the form gives.
    ///
    /// `25.12.2024` (and `5.1.2024`) is read day first, as everywhere dots are written;
    /// `25/12/2024` in the given order, or without one only when it cannot be read the other
    /// way (a part above 12, or both parts equal); `2024/12/25` year first.
    package static func date(
        _ bytes: Span<UInt8>, years: ClosedRange<Int>, order: DateOrder? = nil
    ) -> Result<(CivilDate, DatePrecision), FieldProblem> {
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for k in from..<from + count {
                let d = bytes[unchecked: k] &- 0x30
                guard d < 10 else { return nil }
                value = value * 10 + Int(d)
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        var year: Int?
        var month = 1
        var day = 1
        var precision = DatePrecision.day
        if let y = digits(0, 4), bytes.count == 4 || bytes.count == 7 || bytes.count == 10,
            bytes.count == 4 || bytes[4] == dash
        {
            year = y
            if bytes.count == 4 {
                precision = .year
            } else {
                guard bytes[4] == dash, let m = digits(5, 2) else { return .failure(.notADate) }
                month = m
                if bytes.count == 7 {
                    precision = .month
                } else {
                    guard bytes[7] == dash, let d = digits(8, 2) else { return .failure(.notADate) }
                    day = d
                }
            }
        } else if let parts = numericParts(bytes) {
            switch parts.separator {
            case UInt8(ascii: "."):
                guard parts.first < 100 else { return .failure(.notADate) }
                (day, month, year) = (parts.first, parts.second, parts.third)
            default:
                if parts.first >= 1000 {
                    (year, month, day) = (parts.first, parts.second, parts.third)
                } else {
                    let resolved =
                        order
                        ?? (parts.first > 12
                            ? .dmy : parts.second > 12 || parts.first == parts.second ? .mdy : nil)
                    guard let resolved else { return .failure(.ambiguousDate) }
                    (day, month, year) =
                        resolved == .dmy
                        ? (parts.first, parts.second, parts.third)
                        : (parts.second, parts.first, parts.third)
                }
            }
        } else if let (d, m, y) = dayMonthNameYear(bytes) {
            (day, month, year) = (d, m, y)
        }
        guard let year else { return .failure(.notADate) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.notInCalendar)
        }
        guard years.contains(year) else { return .failure(.yearOutOfRange(years)) }
        return .success((date, precision))
    }

    /// `25.12.2024`, `5/1/2024` or `2024/12/25`: three numbers separated by two dots or two
    /// slashes, the year (four digits) first or last, the others of one or two digits.
    private static func numericParts(
        _ bytes: Span<UInt8>
    ) -> (first: Int, second: Int, third: Int, separator: UInt8)? {
        guard bytes.count >= 8 && bytes.count <= 10 else { return nil }
        var numbers = [0, 0, 0]
        var lengths = [0, 0, 0]
        var part = 0
        var separator: UInt8 = 0
        for i in bytes.indices {
            let byte = bytes[i]
            if byte &- 0x30 < 10 {
                numbers[part] = numbers[part] * 10 + Int(byte &- 0x30)
                lengths[part] += 1
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/"))
                && (separator == 0 || separator == byte) && part < 2
            {
                separator = byte
                part += 1
            } else {
                return nil
            }
        }
        guard part == 2 else { return nil }
        let yearFirst =
            lengths[0] == 4 && (1...2).contains(lengths[1]) && (1...2).contains(lengths[2])
        let yearLast =
            (1...2).contains(lengths[0]) && (1...2).contains(lengths[1]) && lengths[2] == 4
        guard yearFirst || yearLast else { return nil }
        if yearFirst && separator == UInt8(ascii: ".") { return nil }
        return (numbers[0], numbers[1], numbers[2], separator)
    }

    /// `25 December 2024` or `5 Dec 2024`: day, month, year.
    private static func dayMonthNameYear(_ bytes: Span<UInt8>) -> (Int, Int, Int)? {
        var parts: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        guard parts.count == 3, (1...2).contains(parts[0].count), parts[2].count == 4 else {
            return nil
        }
        func number(_ part: Range<Int>) -> Int? {
            var value = 0
            for i in part {
                guard bytes[i] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(bytes[i] &- 0x30)
            }
            return value
        }
        let name = String(decodingUTF8: bytes.extracting(parts[1])).lowercased()
        guard let day = number(parts[0]), let year = number(parts[2]),
            let month = monthNames.firstIndex(where: {
                $0 == name || (name.count >= 3 && $0.hasPrefix(name) && name.count <= 4)
            })
        else { return nil }
        return (day, month + 1, year)
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
}

/// What is wrong with a field's value; completes a sentence that starts with the column and value.
package enum FieldProblem: Error, Equatable, CustomStringConvertible {
    case notWholeNumber
    case negative
    case tooLarge
    case notADate
    /// A slash date both of whose first parts may be the month (`05/06/2024`).
    case ambiguousDate
    case notInCalendar
    case yearOutOfRange(ClosedRange<Int>)

    package var description: String {
        switch self {
        case .notWholeNumber: "is not a whole number"
        case .negative: "is negative"
        case .tooLarge: "is too large (over 1,000,000,000)"
        case .notADate:
            "is not a date (write YYYY-MM-DD, YYYY-MM, YYYY, 25.12.2024 or 25 December 2024)"
        case .ambiguousDate:
            "is ambiguous: the day may come first or the month; say which with --date-order dmy or --date-order mdy"
        case .notInCalendar: "is not a day of the calendar"
        case .yearOutOfRange(let years):
            "has a year outside \(years.lowerBound) to \(years.upperBound)"
        }
    }
}
