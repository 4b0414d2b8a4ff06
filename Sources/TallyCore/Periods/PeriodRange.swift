/// An inclusive span of days given as periods: `2024`, `2024-Q4`, `2024-12`, `2024-12-25`, or
/// `2024-01..2024-06` (bounds inclusive).
public struct PeriodRange: Hashable, Sendable, CustomStringConvertible {
    /// The first period of the range.
    public var first: Period
    /// The last period of the range.
    public var last: Period

    /// A range from one period to another, inclusive.
    public init(from first: Period, to last: Period) {
        self.first = first
        self.last = last
    }

    /// The days the range covers.
    public var days: ClosedRange<CivilDate> {
        first.start...max(first.start, last.end)
    }

    /// Number of days in the range.
    public var dayCount: Int {
        days.upperBound.dayNumber - days.lowerBound.dayNumber + 1
    }

    /// A range open at one or both ends: `--from` without `--to` runs to the end of time.
    public init(from first: Period?, to last: Period?) {
        self.init(from: first ?? PeriodRange.earliest, to: last ?? PeriodRange.latest)
    }

    /// Stands for an open start: the first year a record may have.
    static let earliest = Period(.year, containing: CivilDate(year: 1900, month: 1, day: 1)!)
    /// Stands for an open end.
    static let latest = Period(.year, containing: CivilDate(year: 9999, month: 1, day: 1)!)

    /// Whether the range has no given start.
    package var isOpenAtStart: Bool { first == PeriodRange.earliest }
    /// Whether the range has no given end.
    package var isOpenAtEnd: Bool { last == PeriodRange.latest }

    /// `2024`, `2024-01..2024-06`, `2024-06 onwards`, `up to 2024-06`.
    public var description: String {
        switch (isOpenAtStart, isOpenAtEnd) {
        case (true, true): return "all dates"
        case (false, true): return "\(first) onwards"
        case (true, false): return "up to \(last)"
        case (false, false): return first == last ? first.description : "\(first)..\(last)"
        }
    }

    /// Parses `P` or `P..Q`; throws a ``PeriodSyntaxError`` naming what is wrong.
    public init(parsing text: String) throws(PeriodSyntaxError) {
        var parts: [String] = []
        var rest = Substring(text)
        while let dots = rest.firstRange(of: "..") {
            parts.append(String(rest[..<dots.lowerBound]))
            rest = rest[dots.upperBound...]
        }
        parts.append(String(rest))
        switch parts.count {
        case 1:
            let period = try Period(parsing: parts[0])
            self.init(from: period, to: period)
        case 2:
            let first = try Period(parsing: parts[0])
            let last = try Period(parsing: parts[1])
            guard first.start <= last.end else {
                throw PeriodSyntaxError(text: text, problem: "ends before it starts")
            }
            self.init(from: first, to: last)
        default:
            throw PeriodSyntaxError(text: text, problem: "has more than one \"..\"")
        }
    }
}

/// A period written in a form Tally does not read.
public struct PeriodSyntaxError: Error, Equatable, CustomStringConvertible {
    /// The text as given.
    public var text: String
    /// What is wrong with it.
    public var problem: String

    /// The problem, as a sentence.
    public var description: String {
        "period \"\(text)\" \(problem); write 2024, 2024-Q4, 2024-12, 2024-12-25 or a range such as 2024-01..2024-06"
    }
}

extension Period {
    /// Parses `2024`, `2024-Q4`, `2024-12` or `2024-12-25`.
    public init(parsing raw: String) throws(PeriodSyntaxError) {
        let text = raw.trimmingASCIIWhitespace()
        let utf8 = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= utf8.count else { return nil }
            var value = 0
            for byte in utf8[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard utf8.count >= 4, let year = number(0..<4) else {
            throw PeriodSyntaxError(text: raw, problem: "is not a period")
        }
        switch utf8.count {
        case 4:
            self.init(.year, containing: CivilDate(year: year, month: 1, day: 1)!)
        case 7
        where utf8[4] == UInt8(ascii: "-")
            && (utf8[5] == UInt8(ascii: "Q") || utf8[5] == UInt8(ascii: "q")):
            guard let quarter = number(6..<7), (1...4).contains(quarter) else {
                throw PeriodSyntaxError(text: raw, problem: "names no quarter (Q1 to Q4)")
            }
            self.init(.quarter, containing: CivilDate(year: year, month: quarter * 3 - 2, day: 1)!)
        case 7 where utf8[4] == UInt8(ascii: "-"):
            guard let month = number(5..<7), let first = CivilDate(year: year, month: month, day: 1)
            else {
                throw PeriodSyntaxError(text: raw, problem: "names no month (01 to 12)")
            }
            self.init(.month, containing: first)
        case 10 where utf8[4] == UInt8(ascii: "-") && utf8[7] == UInt8(ascii: "-"):
            guard let month = number(5..<7), let day = number(8..<10),
                let date = CivilDate(year: year, month: month, day: day)
            else {
                throw PeriodSyntaxError(text: raw, problem: "is not a day of the calendar")
            }
            self.init(.day, containing: date)
        default:
            throw PeriodSyntaxError(text: raw, problem: "is not a period")
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, carriage returns and line feeds.
    package func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n"
        }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
