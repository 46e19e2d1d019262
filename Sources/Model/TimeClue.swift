
/// What an article tells about when its event happened, as precisely as it tells it:
/// a full day, or a day of a month without the year ("15 June"), or only a weekday
/// ("on Thursday"). Undated scraped text often gives one of the partial forms, and
/// even a weekday separates two meetings of the same people months apart.
public struct TimeClue: Sendable, Hashable, Codable {
    public var date: SimpleDate?
    /// Month and day, known when `date` is, or alone when the year is not.
    public var month: Int?
    public var day: Int?
    /// 0 = Monday … 6 = Sunday, as `SimpleDate.weekday`.
    public var weekday: Int?
    /// True when the day (a full `date`, or only `month` and `day`) is the publication day, the text
    /// naming no day of its own: news is mostly published within days of its event, so it is near,
    /// not exact.
    public var approximate = false

    public init(date: SimpleDate? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil, approximate: Bool = false) {
        self.approximate = approximate
        self.date = date
        self.month = date?.month ?? month
        self.day = date?.day ?? day
        self.weekday = date?.weekday ?? weekday
    }

    public var isEmpty: Bool { date == nil && month == nil && weekday == nil }

    /// What a clue without a full date tells, in words: "Thursday", "16 December", "Thursday 16
    /// December"; nil for a full date or no clue. For timelines that cannot place an event by date.
    public var partialDay: String? {
        guard date == nil else { return nil }
        let weekdayName = weekday.flatMap { (0..<7).contains($0) ? Self.weekdayNames[$0] : nil }
        let dayName = month.flatMap { m in day.flatMap { (1...12).contains(m) ? "\($0) \(Self.monthNames[m - 1])" : nil } }
        let parts = [weekdayName, dayName].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// How well two clues can describe the same event, 0…1, or nil when they cannot
    /// be compared. A day apart still agrees: reports dated by a later time zone,
    /// or "yesterday" from the next morning, land one day off.
    public func agreement(with other: TimeClue) -> Double? {
        if let a = date, let b = other.date {
            let gap = abs(a.dayNumber - b.dayNumber)
            if approximate || other.approximate { return gap <= 2 ? 1 : gap <= 7 ? 0.6 : 0.2 }
            return gap <= 1 ? 1 : gap == 2 ? 0.5 : 0
        }
        if let m1 = month, let d1 = day, let m2 = other.month, let d2 = other.day {
            // Compare in a leap year so that 29 February has a day number.
            guard let a = SimpleDate(year: 2000, month: m1, day: d1), let b = SimpleDate(year: 2000, month: m2, day: d2) else { return nil }
            let gap = min(abs(a.dayNumber - b.dayNumber), 366 - abs(a.dayNumber - b.dayNumber))
            // A publication day on either side: near its event's day, as with full dates; far from it,
            // as unlike as two event days (the year is unknown, so a far gap is weaker evidence here).
            if approximate || other.approximate { return gap <= 2 ? 1 : gap <= 7 ? 0.6 : 0.1 }
            return gap <= 1 ? 1 : 0.1
        }
        if let w1 = weekday, let w2 = other.weekday {
            let gap = abs(w1 - w2)
            return min(gap, 7 - gap) == 0 ? 1 : 0.35
        }
        return nil
    }
}
