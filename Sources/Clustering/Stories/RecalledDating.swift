import NewsdeskModel

/// Dates the events of a story that their own reports cannot date, from the days the story's dated
/// reports recall. Reports scraped without a date often name only "Monday"; the reports of a later
/// event of the story recall that event by its day ("two weeks after the February 6 quake"). A
/// recalled day that fits what the undated event's reports say (the weekday, the day of the month)
/// dates it. Pure.
enum RecalledDating {
    /// Distinct reports (a copy counts with its canonical report) that must recall a day: one
    /// report's background day may be anything; two that recall the same day recall an event.
    static let minimumReports = 2

    /// Event id → day, for the undated events (no entry in `dated`) that a recalled day fits.
    static func dates(_ byEvent: [Int64: [StoryTimeline.Member]], dated: [Int64: SimpleDate]) -> [Int64: SimpleDate] {
        // Story → recalled day → the reports recalling it, each placed before its own event's day.
        var recalls: [Int64: [SimpleDate: Set<Int64>]] = [:]
        var eventDays: [Int64: Set<SimpleDate>] = [:]
        for (id, day) in dated {
            guard let articles = byEvent[id], let story = articles.first?.story else { continue }
            eventDays[story, default: []].insert(day)
            for a in articles {
                for recalled in a.recalled {
                    if let placed = recalled.placed(before: day) { recalls[story, default: [:]][placed, default: []].insert(a.duplicateOf ?? a.id) }
                }
            }
        }
        var result: [Int64: SimpleDate] = [:]
        for (id, articles) in byEvent where dated[id] == nil {
            guard let story = articles.first?.story, let days = recalls[story] else { continue }
            let evidence = EventDating.Evidence(articles)
            // A day some dated event of the story has is that event's, not this one's.
            let fitting = days.filter { $0.value.count >= minimumReports && !(eventDays[story]?.contains($0.key) ?? false) }
                .map { (day: $0.key, support: evidence.support(for: $0.key), reports: $0.value.count) }
                .filter { $0.support > 0 }
                .sorted { ($0.support, $0.reports) > ($1.support, $1.reports) }
            guard let best = fitting.first else { continue }
            // Two days that fit equally well: the text cannot tell which.
            if fitting.count > 1, fitting[1].support == best.support, fitting[1].reports == best.reports { continue }
            result[id] = best.day
        }
        return result
    }
}
