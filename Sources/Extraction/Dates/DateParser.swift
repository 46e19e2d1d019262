import Foundation
import NewsdeskModel

/// A calendar date found in text, with where it was found.
public struct FoundDate: Equatable, Sendable {
    public var date: SimpleDate
    /// Offset in tokens of the text scanned, to tell early mentions from late ones.
    public var position: Int
    /// True when a weekday name stood next to the date ("Thursday, April 18, 2024").
    public var withWeekday: Bool
    public var raw: String
}

/// Reads full calendar dates (day, month and year) from text in the common
/// written forms: ISO (2021-04-14), numeric (14.04.2021, 14/04/2021, 04/14/2021),
/// and with month names in several languages (14 April 2021, April 14th, 2021,
/// 14. April 2021, 14 de abril de 2021). Partial dates are ignored on purpose:
/// a day without its year is not evidence of a publication date.
public enum DateParser {
    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    /// Plausible years for news; anything else is a number, not a year.
    public static let years = 1990...2100

    /// Parses a timestamp or date field (meta tags, JSON-LD, feeds): the first date in it.
    static func parseField(_ value: String) -> SimpleDate? {
        if let iso = SimpleDate(iso: value.trimmingCharacters(in: .whitespaces)), years.contains(iso.year) { return iso }
        return dates(in: value, limit: 1).first?.date
    }

    /// The date of a line that is a date and little else: "14 April 2021, 10:",
    /// "Thursday, April 18, 2024", "10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019".
    public static func dateLine(_ line: String) -> FoundDate? {
        guard line.count <= 90, let found = dates(in: line, limit: 1).first else { return nil }
        let words = line.split(whereSeparator: { !$0.isLetter }).filter { MonthNames.table[$0.lowercased()] == nil && MonthNames.weekdays[$0.lowercased()] == nil }
        return words.count <= 4 ? found : nil
    }

    /// All dates in `text`, in order, at most `limit`. `shortYears` also reads "28.01.22"
    /// (day.month.two-digit year): only for text already known to be a date, such as a
    /// page's date element, since in prose such numbers are as often scores or versions.
    /// `dayFirst` reads an ambiguous "02/10/2020" as 2 October, as everywhere but in the US.
    public static func dates(in text: some StringProtocol, limit: Int = .max, shortYears: Bool = false, dayFirst: Bool = false) -> [FoundDate] {
        let tokens = tokenize(text)
        var found: [FoundDate] = []
        var i = 0
        while i < tokens.count, found.count < limit {
            if let (date, length) = match(tokens, at: i, dayFirst: dayFirst) ?? (shortYears ? matchShortYear(tokens, at: i) : nil) {
                let weekday = hasWeekday(tokens, before: i)
                let raw = describe(tokens[i..<i + length])
                found.append(FoundDate(date: date, position: i, withWeekday: weekday, raw: raw))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    private static func match(_ t: [Token], at i: Int, dayFirst: Bool) -> (SimpleDate, Int)? {
        func number(_ k: Int) -> (Int, Int)? {
            guard k < t.count, case let .number(value, digits) = t[k] else { return nil }
            return (value, digits)
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, case let .word(word) = t[k] else { return nil }
            return MonthNames.table[word]
        }
        func separator(_ k: Int, _ allowed: String) -> Bool {
            guard k < t.count, case let .separator(c) = t[k] else { return false }
            return allowed.contains(c)
        }
        func word(_ k: Int, _ allowed: Set<String>) -> Bool {
            guard k < t.count, case let .word(w) = t[k] else { return false }
            return allowed.contains(w)
        }
        func year(_ k: Int) -> Int? {
            guard let (value, digits) = number(k), digits == 4, years.contains(value) else { return nil }
            return value
        }

        // 2021-04-14, 2021/04/14, 2021.04.14
        if let y = year(i), separator(i + 1, "-/."), let (m, _) = number(i + 2), separator(i + 3, "-/."),
           let (d, dd) = number(i + 4), dd <= 2, let date = SimpleDate(year: y, month: m, day: d) {
            return (date, 5)
        }
        // 20210414 (in URLs and ids)
        if let (value, digits) = number(i), digits == 8,
           let date = SimpleDate(year: value / 10000, month: value / 100 % 100, day: value % 100), years.contains(date.year) {
            return (date, 1)
        }
        // 14.04.2021, 14/04/2021, 04/14/2021, 14-04-2021
        if let (a, ad) = number(i), ad <= 2, separator(i + 1, "./-"), let (b, bd) = number(i + 2), bd <= 2,
           separator(i + 3, "./-"), let y = year(i + 4) {
            if let date = SimpleDate(year: y, month: b, day: a), a > 12 || !separator(i + 1, "/") || b > 12 || dayFirst { return (date, 5) }
            if let date = SimpleDate(year: y, month: a, day: b) { return (date, 5) }
        }
        // 14 April 2021, 14. April 2021, 14 de abril de 2021, 14-Apr-2021, 14th of April, 2021
        if let (d, dd) = number(i), dd <= 2 {
            var k = i + 1
            if word(k, ["st", "nd", "rd", "th", "er", "º"]) { k += 1 }
            if separator(k, ".-") { k += 1 }
            if word(k, ["de", "of"]) { k += 1 }
            if let m = month(k) {
                k += 1
                if separator(k, ".-,") { k += 1 }
                if word(k, ["de", "del"]) { k += 1 }
                if let y = year(k), let date = SimpleDate(year: y, month: m, day: d) { return (date, k + 1 - i) }
            }
        }
        // April 14, 2021, April 14th 2021, Apr. 14, 2021, Feb 18 10:27:24 2022 (C's asctime)
        if let m = month(i) {
            var k = i + 1
            if separator(k, ".") { k += 1 }
            if let (d, dd) = number(k), dd <= 2 {
                k += 1
                if word(k, ["st", "nd", "rd", "th"]) { k += 1 }
                if separator(k, ",.") { k += 1 }
                if number(k) != nil, separator(k + 1, ":"), number(k + 2) != nil {
                    k += 3
                    if separator(k, ":"), number(k + 1) != nil { k += 2 }
                }
                if let y = year(k), let date = SimpleDate(year: y, month: m, day: d) { return (date, k + 1 - i) }
            }
        }
        return nil
    }

    /// 28.01.22: two-digit day, month and year of this century, with full stops.
    private static func matchShortYear(_ t: [Token], at i: Int) -> (SimpleDate, Int)? {
        guard i + 4 < t.count, case let .number(d, dd) = t[i], dd == 2, t[i + 1] == .separator("."),
              case let .number(m, md) = t[i + 2], md == 2, t[i + 3] == .separator("."),
              case let .number(y, yd) = t[i + 4], yd == 2,
              i + 5 == t.count || t[i + 5] != .separator("."),  // "10.11.12.13" is not a date
              i == 0 || t[i - 1] != .separator("."),
              let date = SimpleDate(year: 2000 + y, month: m, day: d) else { return nil }
        return (date, 5)
    }

    private static func hasWeekday(_ t: [Token], before i: Int) -> Bool {
        for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
            if case let .word(w) = t[k] { return MonthNames.weekdays[w] != nil }
        }
        return false
    }

    private static func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        var number = 0, digits = 0
        var word = ""
        func flush() {
            if digits > 0 { tokens.append(.number(digits > 9 ? 0 : number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(word)) }
            number = 0; digits = 0; word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.value >= 0x30, scalar.value <= 0x39 {
                if !word.isEmpty { flush() }
                if digits < 10 { number = number * 10 + Int(scalar.value - 0x30) }
                digits += 1
            } else if scalar.properties.isAlphabetic {
                if digits > 0 { flush() }
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
                if !scalar.properties.isWhitespace { tokens.append(.separator(Character(scalar))) }
            }
        }
        flush()
        return tokens
    }

    private static func describe(_ token: Token) -> String {
        switch token {
        case let .number(value, digits):
            let s = String(value)
            return String(repeating: "0", count: max(0, digits - s.count)) + s
        case let .word(w): return w
        case let .separator(c): return String(c)
        }
    }

    /// Tokens back to text: words and numbers spaced, separators other than commas joined ("2021-04-14", "14 april, 2021").
    private static func describe(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        var previous: Token?
        for token in tokens {
            if let previous {
                let joins: Bool
                switch (previous, token) {
                case (.separator(let c), _) where c != ",": joins = true
                case (_, .separator): joins = true
                default: joins = false
                }
                if !joins { out += " " }
            }
            out += describe(token)
            previous = token
        }
        return out
    }
}
