import NewsdeskModel

/// Reconciles a machine timestamp with the day a page prints for readers.
///
/// A timestamp in meta tags or JSON-LD is an instant, often written in UTC; the page prints
/// the day in the newsroom's zone. "2022-05-04T01:10Z" is 3 May in the Americas and
/// "2021-11-04T23:00Z" is 5 November in Europe, and readers (and archives) go by the printed day.
enum LocalDay {
    /// A time of day found in a text, and what it says about its zone.
    struct Clock: Equatable {
        /// Minutes since midnight.
        var minutes: Int
        /// False when the seconds or their fraction are not zero.
        var wholeMinute = true
        /// True for UTC ("Z", "+00:00", "GMT", "UTC"), false for another explicit offset, nil when none is given.
        var utc: Bool?
    }

    /// The printed day when it is the timestamp's day moved across midnight by a time zone, else nil.
    /// A stamp with an explicit non-zero offset is already local; a stamp without a time of day cannot move.
    static func printedDay(_ printed: SimpleDate, printedText: String, stamp: SimpleDate, stampText: String) -> SimpleDate? {
        guard let clock = clock(in: stampText), clock.utc != false else { return nil }
        let shift = printed.dayNumber - stamp.dayNumber
        guard shift == 1 || shift == -1 else { return nil }
        if let shown = self.clock(in: printedText) {
            // Zones are whole quarter hours from UTC-10 (Hawaii) to UTC+14: the printed clock must be one of them.
            let offset = shown.minutes + shift * 1440 - clock.minutes
            return (-600...840).contains(offset) && offset % 15 == 0 ? printed : nil
        }
        // Without a printed clock: a day later needs a stamp late enough for a zone east of UTC to
        // cross midnight, a day earlier one early enough for a zone west of it. Most newsrooms sit
        // between UTC-10 and UTC+10; the rarer zones beyond are left to pages that print a clock.
        return shift == 1 && clock.minutes >= 14 * 60 || shift == -1 && clock.minutes < 10 * 60 ? printed : nil
    }

    /// The next day for a UTC stamp at exactly 22:00 or 23:00: that is how a CMS stores a day given
    /// without a time (local midnight) in a zone one or two hours east of UTC, as in most of Europe.
    /// Real publication at that exact second is rare; a later printed day is then the intended one.
    static func storedMidnight(stamp: SimpleDate, stampText: String) -> SimpleDate? {
        guard let clock = clock(in: stampText), clock.utc == true, clock.wholeMinute,
              clock.minutes == 22 * 60 || clock.minutes == 23 * 60 else { return nil }
        return stamp.adding(days: 1)
    }

    /// The first "H:MM" in `text` with its am/pm and zone designator, if any.
    static func clock(in text: String) -> Clock? {
        let s = Array(text.unicodeScalars)
        func digit(_ k: Int) -> Int? {
            guard k >= 0, k < s.count, s[k].value >= 48, s[k].value <= 57 else { return nil }
            return Int(s[k].value - 48)
        }
        for i in s.indices where s[i] == ":" {
            guard let ones = digit(i - 1), let m1 = digit(i + 1), m1 < 6, let m2 = digit(i + 2), digit(i + 3) == nil else { continue }
            let tens = digit(i - 2)
            guard digit(i - 3) == nil else { continue }
            var hour = (tens ?? 0) * 10 + ones
            guard hour < 24 else { continue }
            var k = i + 3
            var wholeMinute = true
            // Seconds and fractions: ":56", ".152".
            for mark: Unicode.Scalar in [":", "."] where k < s.count && s[k] == mark && digit(k + 1) != nil {
                k += 1
                while let d = digit(k) { wholeMinute = wholeMinute && d == 0; k += 1 }
            }
            let rest = String(String.UnicodeScalarView(s[k..<min(s.count, k + 8)])).lowercased()
            let trimmed = rest.drop { $0 == " " }
            if hour <= 12, trimmed.hasPrefix("pm") || trimmed.hasPrefix("p.m") { hour = hour % 12 + 12 }
            if hour <= 12, trimmed.hasPrefix("am") || trimmed.hasPrefix("a.m") { hour %= 12 }
            return Clock(minutes: hour * 60 + m1 * 10 + m2, wholeMinute: wholeMinute, utc: zone(rest))
        }
        return nil
    }

    /// Whether the text right after a clock names UTC (true), another offset (false) or no zone (nil).
    private static func zone(_ rest: String) -> Bool? {
        if rest.hasPrefix("z") { return true }
        if let sign = rest.first, sign == "+" || sign == "-" {
            let digits = rest.dropFirst().filter(\.isNumber)
            guard !digits.isEmpty else { return nil }
            return digits.allSatisfy { $0 == "0" }
        }
        let word = rest.drop { $0 == " " }
        if word.hasPrefix("gmt") || word.hasPrefix("utc") { return true }
        return nil
    }
}
