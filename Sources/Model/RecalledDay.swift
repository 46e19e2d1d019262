/// A day of a month that an article names besides its own event's day ("the February 6 tremor",
/// "del terremoto del 6 de febrero"): mostly the day of an earlier event of its story. The reports of a
/// later event recall the earlier one's day where that event's own reports, scraped without a date,
/// name only "Monday". Written "--02-06", or "2023-02-06" when the text gives the year.
public struct RecalledDay: Sendable, Hashable, Codable, CustomStringConvertible {
    public var monthDay: MonthDay
    public var year: Int?

    public init(monthDay: MonthDay, year: Int? = nil) {
        self.monthDay = monthDay
        self.year = year.flatMap { SimpleDate(year: $0, month: monthDay.month, day: monthDay.day) != nil ? $0 : nil }
    }

    /// "--02-06" or "2023-02-06".
    public init?(_ text: some StringProtocol) {
        if let date = SimpleDate(iso: text) {
            self.init(monthDay: MonthDay(month: date.month, day: date.day)!, year: date.year)
            return
        }
        guard let monthDay = MonthDay(iso: text) else { return nil }
        self.init(monthDay: monthDay)
    }

    /// The day, as the report that recalls it reads it on `anchor`, its own event's day: the year
    /// written, else the last such day before the anchor (a day recalled is a day gone by).
    public func placed(before anchor: SimpleDate) -> SimpleDate? {
        if let year { return SimpleDate(year: year, month: monthDay.month, day: monthDay.day) }
        for year in stride(from: anchor.year, through: anchor.year - 4, by: -1) {  // 29 February: back to a leap year
            if let day = SimpleDate(year: year, month: monthDay.month, day: monthDay.day), day < anchor { return day }
        }
        return nil
    }

    public var description: String {
        year.flatMap { SimpleDate(year: $0, month: monthDay.month, day: monthDay.day)?.description } ?? monthDay.description
    }
}
