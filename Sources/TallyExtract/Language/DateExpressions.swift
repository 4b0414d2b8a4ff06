internal import TallyCore

/// Dates written in news text, resolved against the publication date: the most recent such date
/// not after it, at the precision the text supports.
enum DateExpressions {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october",
        "november", "december",
    ]
    static let weekdays = [
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    ]

    /// The month (1-12) a word names, full or abbreviated (`dec`, `sept`).
    static func month(_ word: String) -> Int? {
        let word = word.trimmingCharacters(".")
        if let index = months.firstIndex(of: word) { return index + 1 }
        if (3...4).contains(word.count),
            let index = months.firstIndex(where: { $0.hasPrefix(word) })
        {
            return index + 1
        }
        return nil
    }

    /// A whole date written absolutely: `2025-03-14`, `14 March 2025`, `March 14, 2025`.
    static func absoluteDate(_ text: String) -> CivilDate? {
        let words = Words(text)
        if words.count == 1, let period = try? Period(parsing: words[0]), period.kind == .day {
            return period.start
        }
        guard words.count == 3 else { return nil }
        if let day = Int(words[0]), let month = month(words[1]), let year = Int(words[2]) {
            return CivilDate(year: year, month: month, day: day)
        }
        if let month = month(words[0]), let day = Int(words[1]), let year = Int(words[2]) {
            return CivilDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// A date found in a sentence.
    struct Found: Equatable {
        var date: CivilDate
        var precision: DatePrecision
    }

    /// The event date a sentence gives, resolved against `published`; `nil` when it names none.
    ///
    /// Years before the publication year mark history, reported as ``historical``.
    static func find(in words: Words, published: CivilDate) -> Found? {
        let (pubYear, pubMonth, _) = published.components
        for index in 0..<words.count {
            let word = words[index]
            // "said on Tuesday", "announced on 3 May": when it was said, not when it happened.
            let statement = [
                "said", "says", "told", "reported", "announced", "added", "stated", "confirmed",
                "released", "published", "statement",
            ]
            // "since January", "since the start of October": the start of a count, not a date.
            if words[index - 1] == "since"
                || (words[index - 1] == "of" && words[index - 3] == "since")
            {
                continue
            }
            if statement.contains(words[index - 1])
                || (words[index - 1] == "on" && statement.contains(words[index - 2]))
            {
                continue
            }
            // "from 4 to 7 July", "between 4 and 7 July": days across a span, known to the week or month.
            if let first = Int(word), (1...31).contains(first),
                ["to", "and"].contains(words[index + 1]),
                let last = Int(words[index + 2]), (1...31).contains(last),
                let month = month(words[index + 3]),
                let end = resolve(day: last, month: month, year: nil, published: published)
            {
                let start = CivilDate(year: end.components.year, month: month, day: first) ?? end
                let sameWeek = Period(.week, containing: start) == Period(.week, containing: end)
                return Found(
                    date: sameWeek
                        ? Period(.week, containing: end).start
                        : Period(.month, containing: end).start,
                    precision: sameWeek ? .week : .month)
            }
            // "25 December", "on 25 December 2024".
            if let day = Int(word), (1...31).contains(day), let month = month(words[index + 1]) {
                let year = Int(words[index + 2]).flatMap { (1900...2100).contains($0) ? $0 : nil }
                if let date = resolve(day: day, month: month, year: year, published: published) {
                    return Found(date: date, precision: .day)
                }
            }
            if let month = month(word) {
                let next = words[index + 1]
                let dayFollows = Int(next).map { (1...31).contains($0) } ?? false
                // "may" is a month only beside a day or after "in", "of", "early"...
                if word == "may" && !dayFollows
                    && !["in", "of", "early", "late", "mid", "on"].contains(words[index - 1])
                {
                    continue
                }
                // "December 2", "May 28, 2025".
                if dayFollows, let day = Int(next) {
                    let year = Int(words[index + 2]).flatMap {
                        (1900...2100).contains($0) ? $0 : nil
                    }
                    if let date = resolve(day: day, month: month, year: year, published: published)
                    {
                        return Found(date: date, precision: .day)
                    }
                }
                // "in December", "earlier in December", "December 2024".
                var year =
                    Int(next).flatMap { (1900...2100).contains($0) ? $0 : nil }
                    ?? (month <= pubMonth ? pubYear : pubYear - 1)
                if year > pubYear { year = pubYear }
                return Found(date: CivilDate(year: year, month: month, day: 1)!, precision: .month)
            }
            if let weekday = weekdays.firstIndex(of: word) {
                // The most recent such weekday before the publication day ("today" aside).
                var back = (published.weekday - weekday + 7) % 7
                if back == 0 { back = 7 }
                return Found(date: published.advanced(by: -back), precision: .day)
            }
            if word == "yesterday" {
                return Found(date: published.advanced(by: -1), precision: .day)
            }
            if word == "today" || (word == "this" && words[index + 1] == "morning") {
                return Found(date: published, precision: .day)
            }
            if (word == "last" || word == "previous" || word == "past")
                && words[index + 1] == "week"
            {
                let thisWeek = Period(.week, containing: published)
                return Found(date: thisWeek.start.advanced(by: -7), precision: .week)
            }
            if word == "this" && words[index + 1] == "week" {
                return Found(date: Period(.week, containing: published).start, precision: .week)
            }
            if word == "this" && words[index + 1] == "month" {
                return Found(date: Period(.month, containing: published).start, precision: .month)
            }
            if word == "last" && words[index + 1] == "month" {
                let last = Period(.month, containing: published).start.advanced(by: -1)
                return Found(date: Period(.month, containing: last).start, precision: .month)
            }
        }
        return nil
    }

    /// The most recent day `day` of `month` not after `published` (or in `year` when given).
    static func resolve(day: Int, month: Int, year: Int?, published: CivilDate) -> CivilDate? {
        if let year { return CivilDate(year: year, month: month, day: day) }
        let pubYear = published.components.year
        if let date = CivilDate(year: pubYear, month: month, day: day), date <= published {
            return date
        }
        return CivilDate(year: pubYear - 1, month: month, day: day)
    }
}
