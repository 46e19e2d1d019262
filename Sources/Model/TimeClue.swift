
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
    /// For a weekday named alone, true when the text puts it ahead ("will meet on Friday", "next
    /// Friday"): placed by a publication day, it is the next such day, not the last.
    public var ahead = false

    public init(date: SimpleDate? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil, approximate: Bool = false,
                ahead: Bool = false) {
        self.approximate = approximate
        self.ahead = ahead && date == nil && month == nil && weekday != nil
        self.date = date
        self.month = date?.month ?? month
        self.day = date?.day ?? day
        self.weekday = date?.weekday ?? weekday
    }

    public var isEmpty: Bool { date == nil && month == nil && weekday == nil }

    /// What a text without a full date tells (a weekday, a day of a month); nil for a full date, no
    /// clue, or a publication day (a page header's day is when it was published or scraped, not a day
    /// the text names). For timelines that cannot place an event by date.
    public var partialDay: PartialDay? {
        date == nil && !approximate ? PartialDay(weekday: weekday, month: month, day: day, ahead: ahead) : nil
    }

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
            // Another weekday is another day; the factor only hedges against a weekday that names
            // something else ("talks resume on Thursday"). At 0.35 an article as alike as two reports
            // of one recurring subject are (cosine 0.58: NATO urging Russia back from Ukraine's border,
            // in April and in December) joined an event of another weekday; 0.3 changes no dev order.
            return min(gap, 7 - gap) == 0 ? 1 : 0.3
        }
        return nil
    }
}

/// A weekday and/or a day of a month without a year, in two bytes: a listing holds one for each of a
/// million articles. Its description is in words: "Thursday", "16 December", "Thursday 16 December".
public struct PartialDay: Sendable, Hashable, CustomStringConvertible {
    /// ahead (1 or 0) × 4096 + weekday + 1 (0: none) × 512 + month (0: none) × 32 + day.
    private let raw: UInt16

    public init?(weekday: Int?, month: Int?, day: Int?, ahead: Bool = false) {
        let w = weekday.flatMap { (0..<7).contains($0) ? $0 + 1 : nil } ?? 0
        let monthDay = month.flatMap { m in day.flatMap { MonthDay(month: m, day: $0) } }  // 29 February, not 31 April
        let (m, d) = monthDay.map { ($0.month, $0.day) } ?? (0, 0)
        guard w > 0 || m > 0 else { return nil }
        raw = UInt16((ahead && w > 0 && m == 0 ? 4096 : 0) + w * 512 + m * 32 + d)
    }

    /// 0 = Monday … 6 = Sunday, when the text names a weekday.
    public var weekday: Int? { raw % 4096 / 512 > 0 ? Int(raw % 4096 / 512) - 1 : nil }

    /// A weekday named alone that the text puts ahead of its publication ("will meet on Friday").
    public var ahead: Bool { raw >= 4096 }

    /// The day of a month, when the text names one.
    public var monthDay: MonthDay? {
        let m = Int(raw / 32 % 16)
        return m > 0 ? MonthDay(month: m, day: Int(raw % 32)) : nil
    }

    public var description: String {
        let w = Int(raw % 4096 / 512), m = Int(raw / 32 % 16), d = Int(raw % 32)
        let parts = [w > 0 ? Self.weekdayNames[w - 1] : nil, m > 0 ? "\(d) \(Self.monthNames[m - 1])" : nil].compactMap { $0 }
        return parts.joined(separator: " ")
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
}
