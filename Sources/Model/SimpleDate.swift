/// A calendar day without time zone, written YYYY-MM-DD.
public struct SimpleDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A valid Gregorian day, or nil (month 13, 31 April and 29 February in common years are refused).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= SimpleDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD", also at the start of a longer timestamp.
    public init?(iso: some StringProtocol) {
        let digits = iso.utf8.prefix(10).map { $0 }
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
              let year = Int(String(decoding: digits[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: digits[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: digits[8..<10], as: UTF8.self)) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences and weekdays.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 10) % 7 }

    public func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

    /// The last day with `weekday` (0 = Monday) on or before this one.
    public func onOrBefore(weekday day: Int) -> SimpleDate { adding(days: -((weekday - day + 7) % 7)) }

    /// The first day with `weekday` (0 = Monday) on or after this one.
    public func onOrAfter(weekday day: Int) -> SimpleDate { adding(days: (day - weekday + 7) % 7) }

    public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = SimpleDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A day of a month without its year ("November 11"), as a page header may show a recent day.
public struct MonthDay: Sendable, Hashable, Codable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    /// A day that exists in some year (29 February included), or nil.
    public init?(month: Int, day: Int) {
        guard SimpleDate(year: 2000, month: month, day: day) != nil else { return nil }
        self.month = month
        self.day = day
    }

    /// This day in the year that puts it on or before `published` (or the day after, for a later time
    /// zone: "1 January" published on 31 December), within a year back: how news reads "13 April"
    /// written without its year. Nil when no year within reach has it (29 February).
    public func onOrBefore(_ published: SimpleDate) -> SimpleDate? {
        for year in [published.year + 1, published.year, published.year - 1] {
            if let date = SimpleDate(year: year, month: month, day: day), date.dayNumber <= published.dayNumber + 1 { return date }
        }
        return nil
    }

    /// Parses ISO 8601's form for a day of a month without a year, as `description` writes it: "--11-11".
    public init?(iso: some StringProtocol) {
        let digits = Array(iso.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "-"), digits[1] == UInt8(ascii: "-"), digits[4] == UInt8(ascii: "-"),
              let month = Int(String(decoding: digits[2..<4], as: UTF8.self)),
              let day = Int(String(decoding: digits[5..<7], as: UTF8.self)) else { return nil }
        self.init(month: month, day: day)
    }

    /// ISO 8601's form for a day of a month without a year: "--11-11".
    public var description: String {
        "--" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }
}
