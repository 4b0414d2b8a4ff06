internal import TallyCore

/// The days an article reports as news: the 60 days up to its publication. Events before it are
/// background; a time after publication is not a report of something that happened.
struct NewsWindow: Sendable {
    var published: CivilDate
    /// The first day of the window.
    var start: CivilDate

    init(published: CivilDate) {
        self.published = published
        start = published.advanced(by: -60)
    }

    /// Whether a time lies before the window: it ends before it, or it is an earlier year
    /// ("last year" in January).
    func isBefore(_ time: TimeExpression) -> Bool {
        time.lastDay < start
            || (time.precision == .year && time.date.components.year < published.components.year)
            // "In July", read in mid-September: a month most of which lies before the window.
            || (time.precision == .month && time.daysOfMonth == nil
                && time.date.advanced(by: 15) < start)
    }

    /// Whether a time can be an event's of this article: not before the window, not after
    /// publication.
    func admits(_ time: TimeExpression) -> Bool {
        !isBefore(time) && time.date <= published
    }
}
