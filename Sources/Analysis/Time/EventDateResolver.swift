import NewsdeskExtraction
import NewsdeskModel

/// When the reported event happened, as far as the text tells, with its evidence.
public struct EventDate: Sendable, Equatable {
    public var date: SimpleDate
    /// What the date was read from: "weekday: Tuesday", "date: 13 April", "published" …
    public var evidence: String
    /// 0…1.
    public var confidence: Double
}

/// Resolves the event day of an article: the first time expression in its lead,
/// read against the publication date. "On Tuesday" in an article published on
/// Wednesday 14 April 2021 is 13 April; "13 April" takes the publication year;
/// "yesterday" is the day before. News leads name the event day first, so the
/// first resolvable mention wins; without any, the publication day stands in.
public enum EventDateResolver {
    /// How much of the text counts as the lead.
    static let leadLength = 1_200

    public static func resolve(text: String, published: SimpleDate?) -> EventDate? {
        let lead = String(text.prefix(leadLength))
        let words = tokens(lead)
        for (i, word) in words.enumerated() {
            if let full = DateParser.dates(in: words[i..<min(words.count, i + 6)].joined(separator: " "), limit: 1).first,
               full.position == 0 {
                return EventDate(date: full.date, evidence: "date: \(full.raw)", confidence: 0.85)
            }
            guard let published else { continue }
            if let date = partialDate(words, at: i, published: published) {
                return EventDate(date: date.0, evidence: "date: \(date.1)", confidence: 0.8)
            }
            if let offset = RelativeDayWords.offsets[word] {
                return EventDate(date: published.adding(days: offset), evidence: "relative: \(word)", confidence: 0.7)
            }
            if let weekday = RelativeDayWords.weekdays[word] {
                // "Saturday, November 18": the explicit day beside the weekday decides.
                for k in (i + 1)..<min(words.count, i + 4) {
                    if let date = partialDate(words, at: k, published: published.adding(days: 7)) {
                        return EventDate(date: date.0, evidence: "date: \(word) \(date.1)", confidence: 0.85)
                    }
                }
                let before = i > 0 ? words[i - 1] : ""
                var back = (published.weekday - weekday + 7) % 7
                if RelativeDayWords.next.contains(before) {
                    back = -((weekday - published.weekday + 7) % 7)
                    if back == 0 { back = -7 }
                } else if RelativeDayWords.previous.contains(before), back == 0 {
                    back = 7
                }
                return EventDate(date: published.adding(days: -back), evidence: "weekday: \(word)", confidence: 0.75)
            }
        }
        return published.map { EventDate(date: $0, evidence: "published", confidence: 0.4) }
    }

    /// "13 April", "April 13", "13. April", "13 de abril", "(Feb 7)": a day and month without a year,
    /// placed in the year that puts it on or shortly before the publication day (within a year back).
    private static func partialDate(_ words: [String], at i: Int, published: SimpleDate) -> (SimpleDate, String)? {
        func day(_ k: Int) -> Int? {
            guard k >= 0, k < words.count, let n = Int(words[k].trimmingPrefix("0")), (1...31).contains(n) else { return nil }
            return n
        }
        guard let month = MonthNames.table[words[i]], words[i].count >= 3 else { return nil }
        let d = day(i + 1) ?? day(i - 1) ?? (i >= 2 && words[i - 1] == "de" ? day(i - 2) : nil)
        guard let d else { return nil }
        for year in [published.year, published.year - 1] {
            if let date = SimpleDate(year: year, month: month, day: d), date <= published.adding(days: 1),
               date.dayNumber >= published.dayNumber - 366 {
                return (date, "\(d) \(words[i])")
            }
        }
        return nil
    }

    /// Lowercased words; digits stay separate words and "13." loses its full stop.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        for (i, character) in characters.enumerated() {
            // "14.04.2021" and "14/04/2021" stay one word, for the date parser.
            if (character == "." || character == "/"), current.last?.isNumber == true, i + 1 < characters.count, characters[i + 1].isNumber {
                current.append(character)
                continue
            }
            if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-" {
                if let last = current.last, last.isNumber != character.isNumber, character != "-", last != "-", last != ".", last != "/" {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
