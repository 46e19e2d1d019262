import NewsdeskModel

/// The day an event happened, from what all of its articles say. One report may name the full day,
/// another only "20 February" or "Monday", a third nothing but its publication day: together they
/// date the event where each alone cannot, and a report that dates a background fact ("Monday's
/// quake") is outvoted by those that name the event's own day. Pure.
enum EventDating {
    /// The day most of the event's articles point to: the full days they name; the days of a month
    /// they name without a year, placed in the year nearest a full or publication day of the event;
    /// and a weekday named alone, taken as the last such day on or before a publication day (as
    /// "on Monday" is read in a single article). Each article counts once for a day it names exactly
    /// or by its day of the month, half for a weekday that fits. Ties go to the earliest day.
    /// Without any of these, the earliest publication day; nil when there is none.
    static func date(of articles: [StoryTimeline.Member]) -> SimpleDate? {
        let evidence = Evidence(articles)
        var candidates = Set(evidence.fullDays.keys)
        if !evidence.monthDays.isEmpty || !evidence.weekdays.isEmpty {
            let anchors = Set(evidence.fullDays.keys).union(evidence.published)
            for monthDay in evidence.monthDays.keys {
                for anchor in anchors { if let day = nearest(monthDay, to: anchor) { candidates.insert(day) } }
            }
            for weekday in evidence.weekdays.keys {
                for day in evidence.published { candidates.insert(day.adding(days: -((day.weekday - weekday + 7) % 7))) }
            }
        }
        return evidence.best(of: candidates, anchors: []) ?? evidence.published.min()
    }

    /// For an event its own articles cannot date, but that names a day of a month: that day in the year
    /// that puts it nearest a dated event of its story (the story's other events are weeks or months
    /// away, within a year either side). Its named weekdays choose between two years equally near.
    static func date(of articles: [StoryTimeline.Member], near storyDays: [SimpleDate]) -> SimpleDate? {
        let evidence = Evidence(articles)
        guard !evidence.monthDays.isEmpty, !storyDays.isEmpty else { return nil }
        var candidates = Set<SimpleDate>()
        for monthDay in evidence.monthDays.keys {
            for anchor in Set(storyDays) { if let day = nearest(monthDay, to: anchor) { candidates.insert(day) } }
        }
        return evidence.best(of: candidates, anchors: storyDays)
    }

    /// The day `monthDay` nearest `anchor`, in its year or the one before or after (29 February only in leap years).
    static func nearest(_ monthDay: MonthDay, to anchor: SimpleDate) -> SimpleDate? {
        (anchor.year - 1...anchor.year + 1)
            .compactMap { SimpleDate(year: $0, month: monthDay.month, day: monthDay.day) }
            .min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
    }

    /// What an event's articles say about its day, counted.
    struct Evidence {
        var fullDays: [SimpleDate: Int] = [:]
        var monthDays: [MonthDay: Int] = [:]
        /// Weekdays named without a day of the month.
        var weekdays: [Int: Int] = [:]
        var published: Set<SimpleDate> = []

        init(_ articles: [StoryTimeline.Member]) {
            for a in articles {
                if let day = a.eventDate { fullDays[day, default: 0] += 1 }
                if let monthDay = a.partialDay?.monthDay {
                    monthDays[monthDay, default: 0] += 1
                } else if let weekday = a.partialDay?.weekday {
                    weekdays[weekday, default: 0] += 1
                }
                if let day = a.published { published.insert(day) }
            }
        }

        func support(for day: SimpleDate) -> Double {
            let monthDay = MonthDay(month: day.month, day: day.day).flatMap { monthDays[$0] } ?? 0
            return Double((fullDays[day] ?? 0) + monthDay) + 0.5 * Double(weekdays[day.weekday] ?? 0)
        }

        /// The best supported candidate; on ties the nearest to an anchor (if any are given), then the earliest.
        func best(of candidates: Set<SimpleDate>, anchors: [SimpleDate]) -> SimpleDate? {
            func distance(_ day: SimpleDate) -> Int { anchors.map { abs($0.dayNumber - day.dayNumber) }.min() ?? 0 }
            return candidates.map { (day: $0, support: support(for: $0), distance: distance($0)) }
                .max { ($0.support, -$0.distance, -$0.day.dayNumber) < ($1.support, -$1.distance, -$1.day.dayNumber) }?.day
        }
    }
}
