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
    /// How far back from its own event's day a recalled day may lie: an event's sequels recall it by
    /// its day within weeks ("two weeks after the February 6 quake"); older days recalled ("the
    /// October 7 attack" eight months on, "since February 24, 2022") are anniversaries and
    /// background, and a weekday alone would fit one in seven of them.
    static let maximumDaysBack = 31

    /// A recalled day and the reports recalling it.
    struct Candidate {
        var day: SimpleDate
        var reports: Int
    }

    /// Event id → day, for the undated events (no entry in `dated`) that a recalled day fits.
    static func dates(_ byEvent: [Int64: [StoryTimeline.Member]], dated: [Int64: SimpleDate]) -> [Int64: SimpleDate] {
        var recalls: [Int64: [SimpleDate: Set<Int64>]] = [:]  // story → recalled day → reports recalling it
        var eventDays: [Int64: Set<SimpleDate>] = [:]
        for (id, day) in dated {
            guard let articles = byEvent[id], let story = articles.first?.story else { continue }
            eventDays[story, default: []].insert(day)
            for a in articles {
                for recalled in a.recalled {
                    guard let placed = recalled.placed(before: day), day.dayNumber - placed.dayNumber <= maximumDaysBack else { continue }
                    recalls[story, default: [:]][placed, default: []].insert(a.duplicateOf ?? a.id)
                }
            }
        }
        // Per story, once: the days recalled often enough that no event of the story has, by weekday
        // and by day of the month, so that each undated event looks up only the days it could fit.
        var byWeekday: [Int64: [Int: [Candidate]]] = [:], byMonthDay: [Int64: [MonthDay: [Candidate]]] = [:]
        for (story, days) in recalls {
            for (day, reports) in days where reports.count >= minimumReports && !(eventDays[story]?.contains(day) ?? false) {
                let candidate = Candidate(day: day, reports: reports.count)
                byWeekday[story, default: [:]][day.weekday, default: []].append(candidate)
                if let monthDay = MonthDay(month: day.month, day: day.day) { byMonthDay[story, default: [:]][monthDay, default: []].append(candidate) }
            }
        }
        var result: [Int64: SimpleDate] = [:]
        for (id, articles) in byEvent where dated[id] == nil {
            guard let story = articles.first?.story, byWeekday[story] != nil else { continue }
            let evidence = EventDating.Evidence(articles)
            var candidates: [SimpleDate: Candidate] = [:]
            for weekday in Set(evidence.weekdays.keys).union(evidence.weekdaysAhead.keys) {
                for c in byWeekday[story]?[weekday] ?? [] { candidates[c.day] = c }
            }
            for monthDay in evidence.monthDays.keys {
                for c in byMonthDay[story]?[monthDay] ?? [] { candidates[c.day] = c }
            }
            let fitting = candidates.values.map { (day: $0.day, support: evidence.support(for: $0.day), reports: $0.reports) }
                .filter { $0.support > 0 }
                .sorted { ($0.support, $0.reports, $0.day.dayNumber) > ($1.support, $1.reports, $1.day.dayNumber) }
            guard let best = fitting.first else { continue }
            // Two days that fit equally well: the text cannot tell which.
            if fitting.count > 1, fitting[1].support == best.support, fitting[1].reports == best.reports { continue }
            result[id] = best.day
        }
        return result
    }
}
