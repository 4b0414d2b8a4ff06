internal import TallyCore

/// A time written in a sentence, resolved against the publication date.
struct TimeExpression: Equatable, Sendable {
    /// The first day of the period.
    var date: CivilDate
    var precision: DatePrecision
    /// Given only relatively ("on Saturday", "last week", "yesterday").
    var isRelative: Bool
    /// Where it starts in the sentence.
    var position: Int
    /// A span "from 4 to 7 July", or a count's start ("since January", "so far this year").
    var isSpan = false
    /// The days of the month a month's part names: "early September" is its 1st to 10th,
    /// "mid-September" the 11th to 20th, "late September" the 21st on; `nil` for the whole.
    var daysOfMonth: ClosedRange<Int>?

    /// The period it names.
    var period: Period { Period(precision.periodKind, containing: date) }

    /// The last day it covers.
    var lastDay: CivilDate { period.end }
}

extension TimeExpression {
    /// Every time expression of a sentence, in order. Dates of statements ("said on Tuesday",
    /// "announced on 3 May") are left out: they date the telling, not the event.
    ///
    /// Rules: a written day is the most recent such day not after publication; a weekday is the
    /// most recent such day at or before publication; "last week" is the Saturday–Friday week
    /// before the publication's; a month without a day is that month, in the latest year that
    /// does not pass publication.
    static func all(in sentence: Sentence, published: CivilDate) -> [TimeExpression] {
        scan(in: sentence, published: published).times
    }

    /// The times of a sentence and, apart, the dates of its statements: when an event has no
    /// time of its own, the day it was told is the latest it can have happened. One pass.
    static func scan(
        in sentence: Sentence, published: CivilDate
    ) -> (times: [TimeExpression], statements: [TimeExpression]) {
        var times: [TimeExpression] = []
        var statements: [TimeExpression] = []
        for time in parse(sentence, published: published) {
            // "talks aimed at ending the clashes by the close of 2019", told in November 2019:
            // a deadline still to come, no time of anything told.
            if time.lastDay >= published,
                sentence.word(time.position - 1) == "by"
                    || ["by the end of", "by the close of", "by the start of"].contains(where: {
                        sentence.matches($0, at: time.position - 4)
                    })
            {
                continue
            }
            if isStatementTime(sentence, time.position) {
                statements.append(time)
            } else {
                times.append(time)
            }
        }
        return (times, statements)
    }

    private static func parse(_ sentence: Sentence, published: CivilDate) -> [TimeExpression] {
        var found: [TimeExpression] = []
        let (pubYear, pubMonth, _) = published.components
        // "One year earlier, on 28 April, the conflict began": a day written without its year
        // is that many years back.
        var yearsBack: Int?
        var withoutYear: [Int] = []
        var index = 0
        while index < sentence.tokens.count {
            defer { index += 1 }
            let token = sentence[index]
            guard token.kind != .punctuation else { continue }
            let word = token.text
            let before = sentence.word(index - 1)
            // Most words start no time: decided by table before anything else.
            let ordinal = Self.ordinalDay(token)
            // "the tenth of June", "the twenty-first of May": a day spelled out, as translated
            // reports write it.
            let spelled = before == "the" ? Self.spelledDay(sentence, at: index) : nil
            guard
                token.kind == .number || token.entry.month != nil || token.entry.weekday != nil
                    || token.entry.number != nil || Self.starters.contains(word)
                    || Self.seasonStarts[word] != nil || ordinal != nil || spelled != nil
            else { continue }
            // "in the spring", "last summer", "in autumn 2016": the season's middle month.
            if let start = Self.seasonStarts[word],
                let time = season(
                    starting: start, at: index, in: sentence, published: published)
            {
                found.append(time)
                continue
            }
            // "earlier in the year", "later in the year": this year.
            if ["earlier", "later"].contains(word), sentence.matches("in the year", at: index + 1) {
                found.append(
                    TimeExpression(
                        date: CivilDate(year: pubYear, month: 1, day: 1)!, precision: .year,
                        isRelative: true, position: index))
                index += 3
                continue
            }
            // "from 4 to 7 July", "between 4 and 7 July", "on the night of 11 to 12 March".
            if let first = token.value, (1...31).contains(first),
                ["to", "and"].contains(sentence.word(index + 1))
                    || sentence[index + 1].isHyphenated,
                let lastIndex = Optional(sentence[index + 1].isHyphenated ? index + 1 : index + 2),
                let last = sentence[lastIndex].value, (1...31).contains(last), last > first,
                let month = sentence[lastIndex + 1].entry.month,
                let end = resolve(
                    day: last, month: month, year: year(sentence, lastIndex + 2), published)
            {
                let start = CivilDate(year: end.components.year, month: month, day: first) ?? end
                // "on the night of 11 to 12 March", "overnight from 4 to 5 July": one night,
                // the day it began.
                let oneNight =
                    last == first + 1
                    && (1...3).contains {
                        ["night", "overnight"].contains(sentence.word(index - $0))
                    }
                if before == "of" && sentence.word(index - 2) == "night" || oneNight {
                    found.append(
                        TimeExpression(
                            date: start, precision: .day, isRelative: false, position: index))
                } else {
                    let sameWeek =
                        Period(.week, containing: start) == Period(.week, containing: end)
                    // "in the armed clash on 16-17 September": a few days of one event, no
                    // period's sum; a span of a week or more ("1-20 September") is one.
                    found.append(
                        TimeExpression(
                            date: sameWeek
                                ? Period(.week, containing: end).start
                                : Period(.month, containing: end).start,
                            precision: sameWeek ? .week : .month, isRelative: false,
                            position: index, isSpan: last - first >= 7))
                }
                index = lastIndex + 1
                continue
            }
            // "25 December", "25 December 2024", "25th December", "the 25th of December", "the
            // tenth of June".
            if let (day, last) = Self.day(token).map({ ($0, index) }) ?? spelled,
                spelled == nil || sentence.word(last + 1) == "of",
                case let monthIndex = last
                    + ((ordinal != nil || spelled != nil) && sentence.word(last + 1) == "of"
                        ? 2 : 1),
                let month = sentence[monthIndex].entry.month, sentence[monthIndex].isCapitalized
            {
                let number = year(sentence, monthIndex + 1)
                let named =
                    number == nil ? namedYear(sentence, monthIndex + 1, published: published) : nil
                let written = number ?? named?.year
                if let date = resolve(day: day, month: month, year: written, published) {
                    if written == nil { withoutYear.append(found.count) }
                    // ("since 1 May": the start of a span, no day of an event.)
                    found.append(
                        TimeExpression(
                            date: Self.isNightInto(sentence, at: index)
                                ? date.advanced(by: -1) : date,
                            precision: .day, isRelative: false, position: index,
                            isSpan: before == "since"
                                || (spelled != nil && sentence.word(index - 2) == "since")))
                    index = monthIndex + (number != nil ? 1 : named?.length ?? 0)
                    continue
                }
            }
            // "On the 3rd, guards came under fire", "on the night of the 23rd": a day of the month
            // with no month, as translated reports write it; the most recent such day not after
            // publication. ("The 7th border post", "the 29th anniversary": an ordinal before a
            // noun names no day.)
            if let day = ordinal, before == "the", Self.bareDayPrecedes(sentence, at: index - 2),
                Self.bareDayFollows(sentence, at: index + 1),
                let date = Self.resolve(day: day, before: published)
            {
                found.append(
                    TimeExpression(
                        date: date, precision: .day, isRelative: true, position: index - 1,
                        isSpan: sentence.word(index - 2) == "since"))
                continue
            }
            if let month = token.entry.month, token.isCapitalized || word.count > 3 {
                let next = sentence[index + 1]
                let dayFollows = Self.day(next) != nil
                // "May" is a month beside a day or after "in", "of", "early", "late", "mid".
                if word == "may" && !dayFollows
                    && !["in", "of", "early", "late", "mid", "since", "until", "last"].contains(
                        before)
                {
                    continue
                }
                // "the protesters' march on the building": a march, not March.
                if word == "march" && !token.isCapitalized && !dayFollows
                    && !["in", "of", "early", "late", "mid", "since", "until", "last"].contains(
                        before)
                {
                    continue
                }
                if dayFollows, let day = Self.day(next) {
                    // "May 7, 2024": the year after a comma belongs to the day.
                    let comma = sentence.word(index + 2) == ","
                    let number =
                        year(sentence, index + 2) ?? (comma ? year(sentence, index + 3) : nil)
                    let named =
                        number == nil ? namedYear(sentence, index + 2, published: published) : nil
                    let written = number ?? named?.year
                    if let date = resolve(day: day, month: month, year: written, published) {
                        if written == nil { withoutYear.append(found.count) }
                        found.append(
                            TimeExpression(
                                date: Self.isNightInto(sentence, at: index)
                                    ? date.advanced(by: -1) : date,
                                precision: .day, isRelative: false, position: index,
                                isSpan: before == "since"))
                        index += number == nil ? 1 + (named?.length ?? 0) : comma ? 3 : 2
                        continue
                    }
                }
                // "at the end of April last year", "in May of the previous year".
                let ofAt = sentence.word(index + 1) == "of" ? index + 2 : index + 1
                let written = year(sentence, index + 1)
                let named =
                    written == nil ? namedYear(sentence, ofAt, published: published) : nil
                var year = written ?? named?.year ?? (month <= pubMonth ? pubYear : pubYear - 1)
                if year > pubYear { year = pubYear }
                // "Since early June", "since the beginning of June": a part of the month
                // after "since" is still a span; "at the beginning of August" is the month's
                // first days, not a span from them.
                let partOf = ["beginning of", "start of", "end of", "middle of"].first {
                    sentence.matches($0, at: index - 2)
                }
                let sinceOpener: (Int) -> Bool = { at in
                    ["since", "from"].contains(sentence.word(at))
                        || (sentence.word(at) == "the"
                            && ["since", "from"].contains(sentence.word(at - 1)))
                }
                let isSince =
                    ["since", "from"].contains(before)
                    || (["early", "mid", "late"].contains(before) && sinceOpener(index - 2))
                    || (partOf != nil && sinceOpener(index - 3))
                let part: ClosedRange<Int>? =
                    switch partOf ?? before {
                    case "early", "beginning of", "start of": 1...10
                    case "mid", "middle of": 11...20
                    case "late", "end of": 21...31
                    default: nil
                    }
                found.append(
                    TimeExpression(
                        date: CivilDate(year: year, month: month, day: 1)!, precision: .month,
                        isRelative: false, position: index, isSpan: isSince,
                        daysOfMonth: isSince ? nil : part))
                if let named { index = ofAt + named.length - 1 }
                continue
            }
            if let weekday = token.entry.weekday {
                // "on Wednesday, 12 May", "Friday (May 14)": the date written beside it says
                // which Wednesday; the weekday adds nothing.
                let next = [",", "("].contains(sentence.word(index + 1)) ? index + 2 : index + 1
                if sentence[next].value.map({ (1...31).contains($0) }) == true
                    && sentence[next + 1].entry.month != nil
                    || sentence[next].entry.month != nil
                        && sentence[next + 1].value.map({ (1...31).contains($0) }) == true
                {
                    continue
                }
                var back = (published.weekday - weekday + 7) % 7
                // "last Saturday" is never the publication day itself.
                if back == 0 && ["last", "previous", "past"].contains(before) { back = 7 }
                if Self.isNightInto(sentence, at: index) { back += 1 }
                found.append(
                    TimeExpression(
                        date: published.advanced(by: -back), precision: .day, isRelative: true,
                        position: index))
                continue
            }
            // "A few days before the Shuroabad incident": a time told from another event.
            if let reading = Numbers.read(sentence, at: index, article: true),
                ["days", "weeks", "months"].contains(sentence.word(index + reading.length)),
                ["before", "after"].contains(sentence.word(index + reading.length + 1)),
                ["the", "that", "this"].contains(sentence.word(index + reading.length + 2))
            {
                index += reading.length + 1
                continue
            }
            // "a few days back", "several days ago": the week before publication.
            if sentence.matches("a few days", at: index)
                || sentence.matches("several days", at: index)
                || sentence.matches("few days", at: index)
            {
                let unit = sentence.word(index) == "a" ? index + 2 : index + 1
                if ["ago", "back", "earlier"].contains(sentence.word(unit + 1)) {
                    found.append(
                        TimeExpression(
                            date: Period(.week, containing: published.advanced(by: -3)).start,
                            precision: .week, isRelative: true, position: index))
                    index = unit + 1
                    continue
                }
            }
            // "three weeks earlier", "two days ago", "a month before", "a month and a half ago".
            let andAHalf = { (at: Int) in sentence.matches("and a half", at: at) ? 3 : 0 }
            if let reading = Numbers.read(sentence, at: index, article: true),
                ["days", "day", "weeks", "week", "months", "month"].contains(
                    sentence.word(index + reading.length)),
                ["ago", "earlier", "before", "back"].contains(
                    sentence.word(
                        index + reading.length + 1 + andAHalf(index + reading.length + 1))),
                reading.value < 60
            {
                let unit = sentence.word(index + reading.length)
                let half = andAHalf(index + reading.length + 1)
                if unit.hasPrefix("day") {
                    found.append(
                        TimeExpression(
                            date: published.advanced(by: -reading.value), precision: .day,
                            isRelative: true, position: index))
                } else if unit.hasPrefix("week") {
                    let day = published.advanced(by: -7 * reading.value)
                    found.append(
                        TimeExpression(
                            date: Period(.week, containing: day).start, precision: .week,
                            isRelative: true, position: index))
                } else {
                    let day = published.advanced(by: -30 * reading.value - (half > 0 ? 15 : 0))
                    found.append(
                        TimeExpression(
                            date: Period(.month, containing: day).start, precision: .month,
                            isRelative: true, position: index))
                }
                index += reading.length + 1 + half
                continue
            }
            // "a year ago", "exactly two years ago today": the same month (the same day, with
            // "today") that many years before.
            if let reading = Numbers.read(sentence, at: index, article: true),
                ["year", "years"].contains(sentence.word(index + reading.length)),
                ["ago", "earlier", "back"].contains(sentence.word(index + reading.length + 1)),
                (1...30).contains(reading.value)
            {
                let end = index + reading.length + 1
                yearsBack = reading.value
                let sameDay = ["today", "to"].contains(sentence.word(end + 1))
                let (year, month, day) = published.components
                let date =
                    sameDay
                    ? CivilDate(year: year - reading.value, month: month, day: day)
                        ?? CivilDate(year: year - reading.value, month: month, day: 28)!
                    : CivilDate(year: year - reading.value, month: month, day: 1)!
                found.append(
                    TimeExpression(
                        date: date, precision: sameDay ? .day : .month, isRelative: true,
                        position: index))
                // "one year ago today": "today" is part of it ("to the day" too).
                index = sameDay ? end + (sentence.word(end + 1) == "to" ? 3 : 1) : end
                continue
            }
            // "the previous day", "the day before": the day before the news.
            if (word == "previous" && sentence.word(index + 1) == "day" && before == "the") {
                found.append(
                    TimeExpression(
                        date: published.advanced(by: -1), precision: .day, isRelative: true,
                        position: index))
                index += 1
                continue
            }
            // "just before the New Year", "on the eve of the New Year", told in January: the
            // December before; "on New Year's Eve", its last day. (Told later in the year, a
            // New Year to come or long past: no time.)
            // ("the new calendar year" too.)
            let yearWord = sentence.word(index + 1) == "calendar" ? index + 2 : index + 1
            if word == "new", sentence.word(yearWord) == "year", pubMonth <= 2 {
                let eve = CivilDate(year: pubYear - 1, month: 12, day: 31)!
                let lead = sentence.word(index - 1) == "the" ? index - 2 : index - 1
                if sentence.word(yearWord + 1) == "eve" {
                    found.append(
                        TimeExpression(
                            date: eve, precision: .day, isRelative: true, position: index))
                    index = yearWord + 1
                    continue
                }
                if ["before", "eve"].contains(sentence.word(lead))
                    || (sentence.word(lead) == "of"
                        && ["ahead", "eve"].contains(sentence.word(lead - 1)))
                {
                    found.append(
                        TimeExpression(
                            date: CivilDate(year: pubYear - 1, month: 12, day: 1)!,
                            precision: .month, isRelative: true, position: index))
                    index = yearWord
                    continue
                }
            }
            switch word {
            case "yesterday":
                // "the day before yesterday": two days back.
                let dayBefore = sentence.matches("day before", at: index - 2)
                found.append(
                    TimeExpression(
                        date: published.advanced(by: dayBefore ? -2 : -1), precision: .day,
                        isRelative: true, position: index))
            case "today", "tonight":
                found.append(
                    TimeExpression(
                        date: published, precision: .day, isRelative: true, position: index))
            case "overnight":
                found.append(
                    TimeExpression(
                        date: published.advanced(by: -1), precision: .day, isRelative: true,
                        position: index))
            case "last", "previous", "past", "this", "earlier", "next":
                let next = sentence.word(index + 1)
                let thisWeek = Period(.week, containing: published)
                let thisMonth = Period(.month, containing: published)
                if next == "week" || next == "weekend" {
                    // "Last weekend", told on a weekday, is the Saturday and Sunday that open the
                    // Saturday-to-Friday week it is told in; told on a weekend, the one before.
                    let lastWeekendIsThisWeek =
                        next == "weekend" && ["last", "past"].contains(word)
                        && published.dayNumber - thisWeek.start.dayNumber >= 2
                    // "Earlier this week", "the clashes broke out this week", told on the
                    // Saturday that opens a week: days of the week before, this one having
                    // just begun.
                    let earlierOnItsFirstDay =
                        (word == "earlier" || word == "this")
                        && published.dayNumber == thisWeek.start.dayNumber
                    let start =
                        (word == "this" || word == "earlier" || lastWeekendIsThisWeek)
                            && !earlierOnItsFirstDay
                        ? thisWeek.start : thisWeek.start.advanced(by: -7)
                    found.append(
                        TimeExpression(
                            date: start, precision: .week, isRelative: true, position: index))
                    index += 1
                } else if next == "month" {
                    let start =
                        word == "this" || word == "earlier"
                        ? thisMonth.start
                        : Period(.month, containing: thisMonth.start.advanced(by: -1)).start
                    found.append(
                        TimeExpression(
                            date: start, precision: .month, isRelative: true, position: index))
                    index += 1
                } else if next == "night" && word == "last" {
                    found.append(
                        TimeExpression(
                            date: published.advanced(by: -1), precision: .day, isRelative: true,
                            position: index))
                    index += 1
                } else if ["morning", "afternoon", "evening"].contains(next) && word == "this" {
                    found.append(
                        TimeExpression(
                            date: published, precision: .day, isRelative: true, position: index))
                    index += 1
                } else if next == "year" {
                    let year = word == "last" || word == "previous" ? pubYear - 1 : pubYear
                    found.append(
                        TimeExpression(
                            date: CivilDate(year: year, month: 1, day: 1)!, precision: .year,
                            isRelative: true, position: index,
                            isSpan: word == "this"
                                && (before == "far" || before == "since" || before == "throughout"))
                    )
                    index += 1
                }
            default:
                // "/2019-03-13/": a date written as agencies stamp it, year, month and day.
                if token.kind == .number, let year = token.value, token.text.utf8.count == 4,
                    (1990...pubYear).contains(year), index + 2 < sentence.tokens.count,
                    sentence[index + 1].isHyphenated, sentence[index + 2].isHyphenated,
                    sentence[index + 1].text.utf8.count == 2,
                    sentence[index + 2].text.utf8.count == 2,
                    let month = sentence[index + 1].value, let day = sentence[index + 2].value,
                    let date = CivilDate(year: year, month: month, day: day)
                {
                    found.append(
                        TimeExpression(
                            date: date, precision: .day, isRelative: false, position: index,
                            isSpan: false))
                    index += 2
                    break
                }
                // A year on its own: "in 2015", "the 2022 conflict"; "the worst since they became
                // independent in 1991" compares, it dates nothing.
                let comparison =
                    (1...20).contains { back in
                        [
                            "worst", "deadliest", "biggest", "largest", "heaviest", "bloodiest",
                            "first", "most",
                        ]
                        .contains(sentence.word(index - back))
                    } && (1...14).contains { sentence.word(index - $0) == "since" }
                    // ("the deadliest since 2021, when fifty died": that year's own clause.)
                    && !(sentence.word(index + 1) == "," && sentence.word(index + 2) == "when")
                // "the exercises Echelon 2021 and Search 2021": a year in a name.
                let named =
                    index > 0 && sentence[index - 1].isCapitalized
                    && sentence[index - 1].entry.country == nil
                    // ("Over 2011, ...": a preposition opening the sentence, no name.)
                    && ![
                        "in", "of", "since", "from", "until", "by", "over", "during", "throughout",
                        "through", "after", "before", "for",
                    ].contains(before)
                // "a father born in 1974": a birth, no time of the news.
                // "his sons, born in 1998 and 2000": each year of the list.
                var birth = false
                for back in 1...5 {
                    let word = sentence.word(index - back)
                    if word == "born" { birth = true }
                    guard
                        ["in", "and", ",", "or"].contains(word)
                            || sentence[index - back].kind == .number
                    else { break }
                }
                if token.kind == .number, let value = token.value, token.text.utf8.count == 4,
                    (1990...pubYear).contains(value), !comparison, !named, !birth,
                    !(sentence[index - 1].entry.month != nil)
                {
                    found.append(
                        TimeExpression(
                            date: CivilDate(year: value, month: 1, day: 1)!, precision: .year,
                            isRelative: false, position: index,
                            isSpan: ["since", "over", "throughout"].contains(before)))
                }
            }
        }
        if let yearsBack {
            for at in withoutYear {
                let (year, month, day) = found[at].date.components
                if let date = CivilDate(year: year - yearsBack, month: month, day: day) {
                    found[at].date = date
                }
            }
        }
        return found
    }

    /// The first month of each season.
    static let seasonStarts: [String: Int] = [
        "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
    ]

    /// A season named as a time ("last summer", "in the spring", "in autumn 2016", "early this
    /// winter"): its middle month, in the latest such season that began by publication ("last"
    /// steps back one when publication falls inside it). `nil` for a season that is not a time
    /// ("a mountain spring", "the fall of Kunduz").
    static func season(
        starting start: Int, at index: Int, in sentence: Sentence, published: CivilDate
    ) -> TimeExpression? {
        let before = sentence.word(index - 1)
        let next = sentence.word(index + 1)
        // "in spring 2016", "in the spring of 2016".
        let written = year(sentence, index + 1) ?? (next == "of" ? year(sentence, index + 2) : nil)
        // "the spring offensive", "a spring of water", "the fall of Kunduz": not a time.
        if written == nil, sentence[index + 1].isWord,
            ![
                "and", "when", "after", "before", "as", "while", "last", "this", "the", "in", "on",
                "at", "near", "along", "there",
            ].contains(next)
        {
            return nil
        }
        guard
            written != nil
                || ["last", "this", "the", "in", "early", "late", "mid", "past", "previous"]
                    .contains(before)
        else { return nil }
        // "the fall of Kunduz", "a fall in prices": not the season.
        if sentence.word(index) == "fall",
            written == nil && !["last", "this"].contains(before)
        {
            return nil
        }
        let (pubYear, pubMonth, _) = published.components
        var year: Int
        if let written {
            year = start == 12 ? written - 1 : written
        } else {
            // The latest season that began by publication.
            let monthsSince = ((pubMonth - start) % 12 + 12) % 12
            year = pubMonth >= start ? pubYear : pubYear - 1
            if ["last", "previous", "past"].contains(before) && monthsSince < 3 { year -= 1 }
        }
        // The middle month, or the first when the middle is still to come ("this winter" in
        // December).
        let first = CivilDate(year: year, month: start, day: 1)!
        let middle =
            start == 12
            ? CivilDate(year: year + 1, month: 1, day: 1)!
            : CivilDate(year: year, month: start + 1, day: 1)!
        guard first <= published else { return nil }
        let date = middle <= published ? middle : first
        return TimeExpression(
            date: date, precision: .month, isRelative: written == nil, position: index)
    }

    /// What a telling is given in: "in a speech on Monday".
    static let tellings: WordSet = [
        "address", "speech", "interview", "statement", "briefing", "communique", "announcement",
        "message", "broadcast",
    ]

    /// Words that can start a time expression besides numbers, months and weekdays.
    static let starters: WordSet = [
        "yesterday", "today", "tonight", "overnight", "last", "previous", "past", "this", "earlier",
        "next", "a", "an", "several", "few", "new",
    ]

    /// Whether the time at `index` dates a statement ("said on Tuesday", "in a statement on
    /// Sunday", "announced on 3 May") rather than an event.
    static func isStatementTime(_ sentence: Sentence, _ index: Int) -> Bool {
        // "said on April 28 that an officer had been killed earlier that day": the telling's
        // day is the event's.
        if sentence.contains(
            in: (index + 1)..<Swift.max(index + 1, sentence.tokens.count),
            ["earlier that day", "earlier the same day", "earlier in the day"])
        {
            return false
        }
        // "On Monday afternoon, the four people killed in the attack were laid to rest": the
        // funeral's day, the latest the deaths can be, when no verb of the sentence tells them.
        // ("Funerals were held on Tuesday for two guards killed in a clash on Sunday", "two
        // guards killed on Sunday were buried on Tuesday": a time after the killing, with no
        // funeral between them, is the killing's.)
        if sentence.contains(["laid to rest", "were buried", "was buried", "funeral", "funerals"]),
            !sentence.tokens.indices.contains(where: { position in
                sentence[position].entry.has([.killVerb, .dieVerb])
                    && (["was", "were", "been", "had", "has", "have"].contains(
                        sentence.word(position - 1))
                        || sentence[position].entry.has(.dieVerb))
            })
        {
            let distance = { (found: (Int) -> Bool) in
                sentence.tokens.indices.filter { $0 < index && found($0) }.map { index - $0 }
                    .min() ?? Int.max
            }
            let funeral = distance {
                ["rest", "buried", "funeral", "funerals"].contains(sentence.word($0))
            }
            let killing = distance { sentence[$0].entry.has([.killVerb, .dieVerb]) }
            return funeral <= killing
        }
        var back = index - 1
        if ["on", "late", "early"].contains(sentence.word(back)) { back -= 1 }
        if sentence.word(back) == "on" { back -= 1 }
        let word = sentence[back]
        if word.entry.has(.reporting) { return true }
        // "In an address to the nation on the 19th, the president said": the speech's day.
        if sentence.word(back + 1) == "on",
            let noun = (back - 3...back).last(where: { Self.tellings.contains(sentence.word($0)) }),
            ["a", "an", "his", "her", "its", "their"].contains(sentence.word(noun - 1)),
            sentence.word(noun - 2) == "in"
        {
            return true
        }
        // "according to a February 8 statement": the statement's date.
        if (1...3).contains(where: {
            ["statement", "report", "announcement", "communique", "briefing"].contains(
                sentence.word(index + $0))
        }), ["a", "the", "its", "their"].contains(sentence.word(index - 1)) {
            return true
        }
        // "Speaking to Asia-Plus on Monday morning, the spokesman said": the telling's day.
        if (2...5).contains(where: {
            ["speaking", "talking"].contains(sentence.word(index - $0))
                && sentence.word(index - $0 + 1) == "to"
        }) {
            return true
        }
        // "as of today": the date of a figure, not of the event.
        if sentence.matches("as of", at: index - 2) { return true }
        // "said on Friday (28 November) that": the telling's day, told again in brackets,
        // before what was told. ("Casualties were reported on Monday (22 August) after the
        // fighting" dates the fighting.)
        if sentence.word(index - 1) == "(", index >= 2, sentence[index - 2].entry.weekday != nil,
            isStatementTime(sentence, index - 2),
            let close = (index + 1...index + 4).first(where: { sentence.word($0) == ")" }),
            sentence.word(close + 1) == "that"
        {
            return true
        }
        // "... were killed (March 17).": the date of the report a digest cites (not "on
        // Wednesday (12 May).": the weekday's date).
        if sentence.word(index - 1) == "(", index < 2 || sentence[index - 2].entry.weekday == nil,
            let close = (index + 1...index + 4).first(where: { sentence.word($0) == ")" }),
            close + 1 >= sentence.tokens.count || sentence[close + 1].isPunctuation
        {
            return true
        }
        // "On September 16, Kyrgyzstan said the clashes had spread": the telling's date, set
        // before its subject and verb.
        if sentence.word(index - 1) == "on", index == 1,
            let comma = ((index + 1)...(index + 3)).first(where: { sentence.word($0) == "," }),
            let verb = ((comma + 1)...(comma + 8)).first(where: {
                sentence[$0].entry.has(.reporting)
            }),
            // "On April 17, Tajikistan's Border Guard Service said to RFE/RL that guards had
            // crossed ...": after a long subject, only what it tells as before the telling; "On
            // 25 December, the National Security Committee of Tajikistan confirmed an armed
            // clash" dates the clash.
            verb <= comma + 4
                || ((verb + 1)...(verb + 10)).contains(where: {
                    sentence.word($0) == "had"
                }),
            // "On September 17, the service reported that the Osh section was being shelled",
            // "... had been killed earlier that day": what went on that day.
            !sentence.contains(["that day", "the same day"]),
            !((verb + 1)...(verb + 8)).contains(where: {
                sentence.word($0) == "being"
                    || (["was", "were", "is", "are"].contains(sentence.word($0))
                        && sentence.word($0 + 1).hasSuffix("ing"))
            })
        {
            return true
        }
        // "On Monday Kyrgyzstan reported that a boy had died": the same, without the comma.
        if sentence.word(index - 1) == "on", index == 1, sentence[index + 1].isCapitalized,
            ((index + 2)...(index + 4)).contains(where: { sentence[$0].entry.has(.reporting) })
        {
            return true
        }
        // "informed Kyrgyz border guards on August 10 that ...": the telling's date; "established
        // on August 31 that the dead men were Kyrgyz": the finding's.
        if sentence.word(index + 1) == "that" || sentence.word(index + 2) == "that",
            (back - 4...back).contains(where: {
                sentence[$0].entry.has(.reporting)
                    || [
                        "informed", "notified", "warned", "established", "learned", "learnt",
                        "found", "discovered", "determined", "concluded", "revealed", "identified",
                    ].contains(sentence.word($0))
            })
        {
            return true
        }
        return [
            "statement", "release", "released", "briefing", "conference", "interview", "published",
            "posted", "issued", "meeting", "talks", "session", "session",
        ]
        .contains(word.text)
    }

    /// "On 28 April last year": the year a phrase after a written day names, relative to
    /// publication ("last year", "the previous year", "this year").
    static func namedYear(
        _ sentence: Sentence, _ index: Int, published: CivilDate
    ) -> (year: Int, length: Int)? {
        let year = published.components.year
        if sentence.matches("last year", at: index) { return (year - 1, 2) }
        if sentence.matches("the previous year", at: index) { return (year - 1, 3) }
        if sentence.matches("this year", at: index) { return (year, 2) }
        return nil
    }

    /// A four-digit year at `index`, if one stands there.
    /// "During the night into 1 October", "the night to Sunday", "the night leading into 1
    /// October": the night began on the day before the one named, and takes that day (as "the
    /// night of 30 September to 1 October" does).
    static func isNightInto(_ sentence: Sentence, at index: Int) -> Bool {
        guard ["into", "to"].contains(sentence.word(index - 1)) else { return false }
        return sentence.word(index - 2) == "night"
            || (sentence.word(index - 2) == "leading" && sentence.word(index - 3) == "night")
    }

    static func year(_ sentence: Sentence, _ index: Int) -> Int? {
        let token = sentence[index]
        guard let value = token.value, token.text.utf8.count == 4, (1900...2100).contains(value)
        else {
            return nil
        }
        return value
    }

    /// The day of the month a token writes: "25" or "25th".
    static func day(_ token: Token) -> Int? {
        if token.kind == .number {
            guard let value = token.value, (1...31).contains(value), token.text.utf8.count <= 2
            else { return nil }
            return value
        }
        return ordinalDay(token)
    }

    /// The days of the month written as ordinal words, "first" to "twentieth" and
    /// "thirtieth" (``spelledDay(_:at:)`` reads "twenty-first" and the like).
    static let spelledOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// The day of the month an ordinal spelled out at `index` writes ("tenth", "twenty-first"),
    /// with the index of its last word.
    static func spelledDay(_ sentence: Sentence, at index: Int) -> (day: Int, last: Int)? {
        let word = sentence.word(index)
        if let tens = ["twenty": 20, "thirty": 30][word], sentence[index + 1].isHyphenated,
            let unit = spelledOrdinals[sentence.word(index + 1)], unit < 10,
            tens + unit <= 31
        {
            return (tens + unit, index + 1)
        }
        return spelledOrdinals[word].map { ($0, index) }
    }

    /// The day an ordinal word writes: "3rd", "25th", "31st"; `nil` for any other word.
    static func ordinalDay(_ token: Token) -> Int? {
        // Most words start with a letter: decided before anything is copied.
        guard token.kind == .word, let first = token.text.utf8.first, first >= 0x30,
            first <= 0x39, (3...4).contains(token.text.utf8.count)
        else { return nil }
        let bytes = Array(token.text.utf8)
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard digits.count == bytes.count - 2,
            let value = Int(String(decoding: digits, as: UTF8.self)), (1...31).contains(value)
        else { return nil }
        let suffix = String(decoding: bytes.suffix(2), as: UTF8.self)
        let expected =
            (11...13).contains(value % 100)
            ? "th" : [1: "st", 2: "nd", 3: "rd"][value % 10] ?? "th"
        return suffix == expected ? value : nil
    }

    /// Words before "the" that make "the 3rd" a day: "on the 3rd", "since the 28th", "the night
    /// of the 23rd".
    static func bareDayPrecedes(_ sentence: Sentence, at index: Int) -> Bool {
        switch sentence.word(index) {
        case "on", "since", "until", "till": return true
        case "of":
            return ["night", "morning", "evening", "afternoon", "eve", "dawn"].contains(
                sentence.word(index - 1))
        default: return false
        }
    }

    /// What may follow a bare day: the sentence's end, punctuation, or a word that starts no
    /// noun phrase of the ordinal's ("on the 3rd, ...", "on the 16th that", "on the 29th and
    /// 30th"); never a noun ("on the 7th border post").
    static func bareDayFollows(_ sentence: Sentence, at index: Int) -> Bool {
        guard index < sentence.tokens.count else { return true }
        let next = sentence[index]
        if next.isPunctuation { return true }
        if ordinalDay(next) != nil { return false }
        return Self.afterBareDay.contains(next.text) && !next.isCapitalized
    }

    /// Words that may follow a bare day: they begin a clause or a phrase of the sentence, never
    /// the ordinal's own noun.
    static let afterBareDay: WordSet = [
        "and", "or", "to", "that", "when", "at", "in", "on", "near", "as", "after", "before",
        "while", "with", "a", "an", "the", "some", "each", "his", "her", "their", "its", "local",
        "said", "according", "around", "about", "along", "during", "by", "from", "two", "three",
        "four", "five", "several", "unknown",
    ]

    /// The most recent day `day` of a month not after `published`: this month's, or the last
    /// month's when the day is still to come.
    static func resolve(day: Int, before published: CivilDate) -> CivilDate? {
        let (year, month, today) = published.components
        if day <= today { return CivilDate(year: year, month: month, day: day) }
        return month == 1
            ? CivilDate(year: year - 1, month: 12, day: day)
            : CivilDate(year: year, month: month - 1, day: day)
    }

    /// The most recent day `day` of `month` not after `published` (or in `year` when given).
    static func resolve(day: Int, month: Int, year: Int?, _ published: CivilDate) -> CivilDate? {
        if let year { return CivilDate(year: year, month: month, day: day) }
        let pubYear = published.components.year
        if let date = CivilDate(year: pubYear, month: month, day: day), date <= published {
            return date
        }
        return CivilDate(year: pubYear - 1, month: month, day: day)
    }
}

extension TimeExpression {
    /// A whole date written absolutely: `2025-03-14`, `14 March 2025`, `March 14, 2025`.
    static func absoluteDate(_ text: String) -> CivilDate? {
        let trimmed = text.trimmingASCIIWhitespaceFast()
        if let period = try? Period(parsing: trimmed), period.kind == .day { return period.start }
        // "2025-12-12T09:14:00Z", "2025-12-12 09:14": the day of a timestamp.
        if trimmed.utf8.count > 10,
            [UInt8(ascii: "T"), UInt8(ascii: " ")].contains(
                Array(trimmed.utf8)[10]),
            let period = try? Period(parsing: String(trimmed.prefix(10))), period.kind == .day
        {
            return period.start
        }
        // "12.12.2025", "2.5.2025": day first, as in the region's offices.
        let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, let day = Int(dotted[0]), let month = Int(dotted[1]),
            let year = Int(dotted[2]), dotted[2].count == 4, (1...31).contains(day),
            (1...12).contains(month)
        {
            return CivilDate(year: year, month: month, day: day)
        }
        guard let sentence = Tokenizer.sentences(of: trimmed, paragraph: 0, firstIndex: 0).first
        else { return nil }
        var words = sentence.tokens.filter { !$0.isPunctuation }
        // "Fri, 12 Dec 2025 09:14 +0500": a weekday before, a time and a zone after.
        if words.first?.entry.weekday != nil { words.removeFirst() }
        if words.count > 3, day(words[0]) != nil || words[0].entry.month != nil {
            words = Array(words.prefix(3))
        }
        guard words.count == 3 else { return nil }
        // "12 December 2025", "12th December 2025", "December 12th, 2025".
        if let day = day(words[0]), let month = words[1].entry.month, let year = words[2].value {
            return CivilDate(year: year, month: month, day: day)
        }
        if let month = words[0].entry.month, let day = day(words[1]), let year = words[2].value {
            return CivilDate(year: year, month: month, day: day)
        }
        return nil
    }
}
