import NewsdeskModel

/// The day an event happened, from what all of its articles say. One report may name the full day,
/// another only "20 February" or "Monday", a third nothing but its publication day: together they
/// date the event where each alone cannot, and a report that dates a background fact ("Monday's
/// quake") is outvoted by those that name the event's own day. Pure.
enum EventDating {
    /// The day most of the event's articles point to, among:
    /// - the full days they name;
    /// - the days of a month they name without a year, placed as a single article's text places
    ///   them against its own publication day (on or up to a year before another report's
    ///   publication day), or nearest a full day another report names;
    /// - a weekday named alone, as the last such day on or before another report's publication (the
    ///   next on or after it when its text puts it ahead: "will meet on Friday").
    ///
    /// Each article counts once for a day it names exactly or by its day of the month, half for a
    /// weekday named alone that fits. Ties go to the day nearest a publication day, then to the one
    /// whose weekday reports give with its day of the month, then the earliest. Without any, the earliest publication
    /// day; nil when there is none.
    static func date(of articles: [StoryTimeline.Member]) -> SimpleDate? {
        let evidence = Evidence(articles)
        var candidates = Set(evidence.fullDays.keys)
        for monthDay in evidence.monthDays.keys {
            for day in evidence.published { if let placed = monthDay.onOrBefore(day) { candidates.insert(placed) } }
            for day in evidence.fullDays.keys { if let placed = nearest(monthDay, to: day) { candidates.insert(placed) } }
        }
        for day in evidence.published {
            for weekday in evidence.weekdays.keys { candidates.insert(day.onOrBefore(weekday: weekday)) }
            // "will meet on Friday" in a report with no publication day: the Friday on or after another's.
            for weekday in evidence.weekdaysAhead.keys { candidates.insert(day.onOrAfter(weekday: weekday)) }
        }
        let published = SortedDays(Array(evidence.published))
        return evidence.best(of: candidates, near: published) ?? evidence.published.min()
    }

    /// For an event its own articles cannot date, but that names a day of a month: that day in the year
    /// that puts it nearest a dated event of its story (the story's other events are weeks or months
    /// away, within a year either side). The weekdays its articles name choose between two years equally near.
    static func date(of articles: [StoryTimeline.Member], near story: SortedDays) -> SimpleDate? {
        let evidence = Evidence(articles)
        guard !evidence.monthDays.isEmpty, !story.isEmpty else { return nil }
        var candidates = Set<SimpleDate>()
        for monthDay in evidence.monthDays.keys {
            for year in story.years {
                // Within half a year of a dated event: the day nearest to it (29 February, in a leap year
                // within a year either side, may be further).
                for y in year - 1...year + 1 {
                    if let day = SimpleDate(year: y, month: monthDay.month, day: monthDay.day),
                       story.distance(to: day) <= 183 || monthDay.month == 2 && monthDay.day == 29 {
                        candidates.insert(day)
                    }
                }
            }
        }
        return evidence.best(of: candidates, near: story)
    }

    /// The day `monthDay` nearest `anchor`, in its year or the one before or after (29 February only in leap years).
    static func nearest(_ monthDay: MonthDay, to anchor: SimpleDate) -> SimpleDate? {
        (anchor.year - 1...anchor.year + 1)
            .compactMap { SimpleDate(year: $0, month: monthDay.month, day: monthDay.day) }
            .min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
    }

    /// Days sorted, for the distance from a day to the nearest of them.
    struct SortedDays {
        private let numbers: [Int]
        /// The years they fall in.
        let years: [Int]

        init(_ days: [SimpleDate]) {
            numbers = Array(Set(days.map(\.dayNumber))).sorted()
            years = Array(Set(days.map(\.year))).sorted()
        }

        var isEmpty: Bool { numbers.isEmpty }

        /// Days from `day` to the nearest day held; 0 when none is.
        func distance(to day: SimpleDate) -> Int {
            guard !numbers.isEmpty else { return 0 }
            let n = day.dayNumber
            var low = 0, high = numbers.count
            while low < high {
                let mid = (low + high) / 2
                if numbers[mid] < n { low = mid + 1 } else { high = mid }
            }
            let after = low < numbers.count ? numbers[low] - n : Int.max
            let before = low > 0 ? n - numbers[low - 1] : Int.max
            return min(after, before)
        }
    }

    /// What an event's articles say about its day, counted.
    struct Evidence {
        var fullDays: [SimpleDate: Int] = [:]
        /// Days of a month named without a year, and how many of those name the weekday too, by weekday.
        var monthDays: [MonthDay: Int] = [:]
        var monthDayWeekdays: [MonthDay: [Int]] = [:]
        /// Weekdays named without a day of the month: those before the publication, and those its text
        /// puts ahead of it.
        var weekdays: [Int: Int] = [:]
        var weekdaysAhead: [Int: Int] = [:]
        var published: Set<SimpleDate> = []

        init(_ articles: [StoryTimeline.Member]) {
            for a in articles {
                if let day = a.eventDate { fullDays[day, default: 0] += 1 }
                if let monthDay = a.partialDay?.monthDay {
                    monthDays[monthDay, default: 0] += 1
                    if let weekday = a.partialDay?.weekday { monthDayWeekdays[monthDay, default: Array(repeating: 0, count: 7)][weekday] += 1 }
                } else if let weekday = a.partialDay?.weekday {
                    if a.partialDay?.ahead == true { weekdaysAhead[weekday, default: 0] += 1 } else { weekdays[weekday, default: 0] += 1 }
                }
                if let day = a.published { published.insert(day) }
            }
        }

        func support(for day: SimpleDate) -> Double {
            var support = Double(fullDays[day] ?? 0) + 0.5 * Double((weekdays[day.weekday] ?? 0) + (weekdaysAhead[day.weekday] ?? 0))
            if let monthDay = MonthDay(month: day.month, day: day.day), let count = monthDays[monthDay] { support += Double(count) }
            return support
        }

        /// How many reports give the weekday of `day` with its day of the month ("Tuesday 2 July").
        func weekdayFit(for day: SimpleDate) -> Int {
            MonthDay(month: day.month, day: day.day).flatMap { monthDayWeekdays[$0]?[day.weekday] } ?? 0
        }

        /// The best supported candidate; on ties the nearest to one of `anchors` (if any), then the one whose
        /// weekday the reports give with its day of the month (it settles between years; one report's
        /// "Wednesday 7 March" does not outweigh another's full day), then the earliest.
        func best(of candidates: Set<SimpleDate>, near anchors: SortedDays) -> SimpleDate? {
            candidates.map { (day: $0, support: support(for: $0), distance: anchors.distance(to: $0), fit: weekdayFit(for: $0)) }
                .max { ($0.support, -$0.distance, $0.fit, -$0.day.dayNumber) < ($1.support, -$1.distance, $1.fit, -$1.day.dayNumber) }?.day
        }
    }
}
