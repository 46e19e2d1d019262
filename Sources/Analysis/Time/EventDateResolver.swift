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
    /// Words at the start of a text that may form a dateline.
    static let datelineWords = 6
    /// A bare weekday counts only in the first words: past the opening sentences it is more
    /// often what comes next ("they face Mexico on Saturday") than the news day.
    static let weekdayWords = 80

    public static func resolve(text: String, published: SimpleDate?) -> EventDate? {
        located(LeadWords(String(text.prefix(leadLength))), published: published)?.date
    }

    /// `resolve`, with the word at which the mention starts.
    private static func located(_ lead: LeadWords, published: SimpleDate?) -> (date: EventDate, at: Int)? {
        let words = lead.words
        var first: (date: EventDate, at: Int)?
        var i = 0
        while i < words.count {
            defer { i += 1 }
            guard let found = mention(lead, at: i, published: published),
                  i < weekdayWords || !found.evidence.hasPrefix("weekday:") else { continue }
            // A lead may recall an earlier day ("pictured on July 27") before the news;
            // news reports what happened within the week, so a mention that close wins.
            // A dateline ("CARROW (Feb 7) -", the first few words) is the news day itself.
            guard let published, i >= datelineWords, abs(found.date.dayNumber - published.dayNumber) > 7 else { return (found, i) }
            if first == nil { first = (found, i) }
        }
        return first ?? published.map { (EventDate(date: $0, evidence: "published", confidence: 0.4), words.count) }
    }

    /// The day a time expression starting at word `i` names, if any.
    private static func mention(_ lead: LeadWords, at i: Int, published: SimpleDate?) -> EventDate? {
        let words = lead.words
        let word = words[i]
        // Only a figure or a time word can open a time expression: one lookup settles most
        // words, and the full parser runs on the few left, not on every word of the lead.
        let figure = word.unicodeScalars.first.map(isDigit) == true
        guard figure || timeWords.contains(word) else { return nil }
        if mayOpenFullDate(words, at: i), let full = DateParser.dates(in: words[i..<min(words.count, i + 6)].joined(separator: " "), limit: 1).first,
           full.position == 0 {
            return EventDate(date: full.date, evidence: "date: \(full.raw)", confidence: 0.85)
        }
        guard let published else { return nil }
        if let date = partialDate(words, at: i, published: published) {
            return EventDate(date: date.0, evidence: "date: \(date.1)", confidence: 0.8)
        }
        if let offset = RelativeDayWords.offsets[word] {
            return EventDate(date: published.adding(days: offset), evidence: "relative: \(word)", confidence: 0.7)
        }
        guard let weekday = RelativeDayWords.weekday(words, at: i) else { return nil }
        // "Saturday, November 18": the explicit day beside the weekday decides.
        for k in (i + 1)..<min(words.count, i + 4) {
            if let date = partialDate(words, at: k, published: published.adding(days: 7)) {
                return EventDate(date: date.0, evidence: "date: \(word) \(date.1)", confidence: 0.85)
            }
        }
        let date = switch RelativeDayWords.direction(words, at: i, clauseStart: lead.clauseStarts[i]) {
        case .lastBefore: published.onOrBefore(weekday: weekday)
        case .previousWeek: published.adding(days: -1).onOrBefore(weekday: weekday)
        case .ahead: published.onOrAfter(weekday: weekday)
        case .nextWeek: published.adding(days: 1).onOrAfter(weekday: weekday)
        }
        return EventDate(date: date, evidence: "weekday: \(word)", confidence: 0.75)
    }

    /// Whether a full date (day, month and year) can start at word `i`, in the forms
    /// `DateParser` reads. The parser was most of the cost of this scan, and most figures
    /// in a lead are counts, not days: it now runs only where a date can start.
    static func mayOpenFullDate(_ words: [String], at i: Int) -> Bool {
        func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let word = words[i]
        let next = words[(i + 1)..<min(words.count, i + 4)]
        // "April 14, 2021", "Apr. 14th 2021"
        if MonthNames.table[word] != nil { return next.prefix(2).contains { $0.utf8.first.map(isASCIIDigit) == true } }
        // The parser reads ASCII digits only.
        guard let first = word.utf8.first, isASCIIDigit(first) else { return false }
        // "2021-04-14", "14.04.2021", "14-apr-2021" are one word here; "20210414" too.
        if !word.utf8.allSatisfy(isASCIIDigit) || word.utf8.count == 8 { return true }
        // "14 April 2021", "14th of April, 2021", "14 de abril de 2021"
        return word.utf8.count <= 2 && next.contains { MonthNames.table[$0] != nil }
    }

    /// The time clue of an article: the resolved event day when there is one, else what
    /// the lead says without a publication date to anchor it: "15 June", "on Thursday", else the
    /// publication day a page showed without its year, near the event's as a publication day is.
    public static func clue(text: String, published: SimpleDate?, publishedWithoutYear: MonthDay? = nil) -> TimeClue {
        let lead = LeadWords(String(text.prefix(leadLength)))
        let partial = published == nil ? partialClue(lead) : nil
        if let (resolved, at) = located(lead, published: published) {
            // Without a publication day, a full date is taken at its word, unless the lead named
            // another day before it: "ce lundi 6 février … le plus important depuis le séisme du 17
            // août 1999" reports the Monday, and recalls 1999.
            if let (clue, i) = partial, i + 4 < at, !Self.agrees(clue, resolved.date) { return clue }
            return TimeClue(date: resolved.date, approximate: resolved.confidence < 0.7)
        }
        return partial?.clue ?? publishedWithoutYear.map { TimeClue(month: $0.month, day: $0.day, approximate: true) } ?? TimeClue()
    }

    /// How much of the text is read for recalled days, in bytes: past the lead, where background
    /// paragraphs recall earlier events, but bounded, as the lead is.
    static let recallBytes = 4_000
    /// Recalled days kept per article, the first named.
    static let recallLimit = 4

    /// The days of a month the text names other than its event's own (`clue`'s day of the month, or its
    /// full day): "hardest hit by a February 6 tremor", "el terremoto del 6 de febrero", "on 6 Feb. 2023",
    /// with the year when one is written right after. A day named with the clue's own day of the month
    /// is that day, not another.
    public static func recalledDays(text: String, clue: TimeClue) -> [RecalledDay] {
        var days: [RecalledDay] = []
        for window in dayWindows(text) {
            let words = LeadWords(window).words
            for i in words.indices where MonthNames.table[words[i]] != nil {
                guard let (month, day) = monthDay(words, at: i), let monthDay = MonthDay(month: month, day: day),
                      !isNotTheMonth(words[i], day: day, in: window),
                      !(clue.month == month && clue.day == day) else { continue }
                // "6 February 2023", "February 6, 2023": a year within the next two words.
                let year = words[(i + 1)..<min(words.count, i + 3)].lazy.compactMap { word -> Int? in
                    guard word.utf8.count == 4, let n = Int(word), (1900...2100).contains(n) else { return nil }
                    return n
                }.first
                let recalled = RecalledDay(monthDay: monthDay, year: year)
                if !days.contains(recalled) { days.append(recalled) }
                if days.count == recallLimit { return days }
            }
        }
        return days
    }

    /// English "may" and "march" are words besides months ("12 may still be trapped", "20 march"): the
    /// month only as written with its capital beside the day ("12 May", "May 12").
    static func isNotTheMonth(_ word: String, day: Int, in window: String) -> Bool {
        guard word == "may" || word == "march" else { return false }
        let month = word == "may" ? "May" : "March"
        return !window.contains("\(day) \(month)") && !window.contains("\(month) \(day)")
    }

    /// The stretches of the text's opening around each figure of one or two digits (a day of a month
    /// is one), widened to the next space (at most 24 bytes further), overlapping ones joined. A day and
    /// its month stand within a few words of each other and most words are nowhere near a figure, so
    /// only these stretches are split into words (allocating a string per word), not all 4,000 bytes.
    static func dayWindows(_ text: String) -> [String] {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        var text = text
        return text.withUTF8 { bytes in
            let end = min(bytes.count, recallBytes)
            let reach = 40, widen = 24
            var ranges: [Range<Int>] = []
            var i = 0
            while i < end {
                guard isDigit(bytes[i]) else { i += 1; continue }
                var j = i
                while j < end, isDigit(bytes[j]) { j += 1 }
                // Not a longer number, nor digits written onto a word ("G20").
                if j - i <= 2, i == 0 || !(bytes[i - 1] >= 0x41 && bytes[i - 1] <= 0x7A) {
                    var low = max(0, i - reach), high = min(end, j + reach)
                    var steps = 0
                    while low > 0, !isSpace(bytes[low - 1]), steps < widen { low -= 1; steps += 1 }
                    steps = 0
                    while high < end, !isSpace(bytes[high]), steps < widen { high += 1; steps += 1 }
                    if let last = ranges.last, last.upperBound >= low {
                        ranges[ranges.count - 1] = last.lowerBound..<max(high, last.upperBound)
                    } else {
                        ranges.append(low..<high)
                    }
                }
                i = j
            }
            return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Whether a partial clue could name the day `date`.
    private static func agrees(_ clue: TimeClue, _ date: SimpleDate) -> Bool {
        (clue.weekday.map { $0 == date.weekday } ?? true) && (clue.month.map { $0 == date.month && clue.day == date.day } ?? true)
    }

    /// Without a publication day to measure against, the place of a mention is all there is:
    /// the opening sentences name the news day; past them, and in a date that modifies a
    /// noun ("the 6 February quake", "del terremoto del 6 de febrero"), a day is background.
    private static func partialClue(_ lead: LeadWords) -> (clue: TimeClue, at: Int)? {
        let words = lead.words
        for i in words.prefix(weekdayWords).indices {
            if let (month, day) = monthDay(words, at: i), !isBackground(words, at: i) {
                let weekday = (max(0, i - 3)..<min(words.count, i + 3)).lazy.compactMap { RelativeDayWords.weekday(words, at: $0) }.first
                return (TimeClue(month: month, day: day, weekday: weekday), i)
            }
            if let weekday = RelativeDayWords.weekday(words, at: i) {
                if let (month, day) = (i + 1..<min(words.count, i + 4)).lazy.compactMap({ monthDay(words, at: $0) }).first {
                    return (TimeClue(month: month, day: day, weekday: weekday), i)
                }
                let direction = RelativeDayWords.direction(words, at: i, clauseStart: lead.clauseStarts[i])
                return (TimeClue(weekday: weekday, ahead: direction == .ahead || direction == .nextWeek), i)
            }
        }
        return nil
    }

    private static func monthDay(_ words: [String], at i: Int) -> (Int, Int)? {
        func day(_ k: Int) -> Int? {
            guard k >= 0, k < words.count, let n = Int(words[k].trimmingPrefix("0")), (1...31).contains(n) else { return nil }
            return n
        }
        guard let month = MonthNames.table[words[i]], words[i].count >= 3 else { return nil }
        guard let d = day(i + 1) ?? day(i - 1) ?? (i >= 2 && words[i - 1] == "de" ? day(i - 2) : nil),
              SimpleDate(year: 2000, month: month, day: d) != nil else { return nil }
        return (month, d)
    }

    /// Whether the day and month around the month name at `i` follow a background word.
    private static func isBackground(_ words: [String], at i: Int) -> Bool {
        func isDay(_ k: Int) -> Bool { k >= 0 && k < words.count && Int(words[k]) != nil }
        let start = isDay(i - 1) ? i - 1 : i >= 2 && words[i - 1] == "de" && isDay(i - 2) ? i - 2 : i
        return start > 0 && RelativeDayWords.background.contains(words[start - 1])
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
        guard let d, let date = MonthDay(month: month, day: d)?.onOrBefore(published) else { return nil }
        return (date, "\(d) \(words[i])")
    }

    /// "Monday's meeting", "yesterday's vote": the day word without its possessive ending.
    static func dropPossessive(_ word: String) -> String {
        let possessive = possessiveLength(word.utf8)
        guard possessive > 0 else { return word }
        let stem = String(word.utf8.dropLast(possessive))!
        return timeWords.contains(stem) ? stem : word
    }

    /// Every word that can open a time expression besides a figure.
    static let timeWords = Set(MonthNames.table.keys).union(MonthNames.weekdays.keys).union(RelativeDayWords.offsets.keys)
        .union(RelativeDayWords.weekdays.keys)

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.isASCII ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil }

    /// Lowercased words; digits stay separate words and "13." loses its full stop.
    static func tokens(_ text: String) -> [String] { LeadWords(text).words }

    /// Lowercased words, and where each one's clause starts: what reads a weekday's tense must not
    /// reach into the sentence or clause before ("Prices will rise; on Monday the council met").
    struct LeadWords {
        var words: [String] = []
        /// For each word, the index of the first word of its clause.
        var clauseStarts: [Int] = []

        init(_ text: String) {
            var start = 0
            for (word, afterStop) in EventDateResolver.words(text) {
                if afterStop { start = words.count }
                words.append(word)
                clauseStarts.append(start)
            }
        }
    }

    /// Each word, and whether a punctuation mark that ends a sentence or clause, or a line break, comes
    /// before it (since the word before).
    static func words(_ text: String) -> [(String, Bool)] {
        // Over scalars, with ASCII tested first: this runs on every article's lead.
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A) : s.properties.isAlphabetic
        }
        var words: [(String, Bool)] = []
        var current = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        var stop = false
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        forEachLowercasedScalar(of: text) { scalars.append($0) }
        func flush() {
            if !current.isEmpty {
                words.append((dropPossessive(String(current)), stop))
                stop = false
            }
            current = String.UnicodeScalarView()
            last = nil
        }
        for (i, scalar) in scalars.enumerated() {
            // "14.04.2021" and "14/04/2021" stay one word, for the date parser.
            if scalar == "." || scalar == "/", let l = last, isDigit(l), i + 1 < scalars.count, isDigit(scalars[i + 1]) {
                current.append(scalar)
                last = scalar
                continue
            }
            if isLetter(scalar) || isDigit(scalar) || scalar == "'" || scalar == "’" || scalar == "-" {
                if let l = last, isDigit(l) != isDigit(scalar), scalar != "-", l != "-", l != ".", l != "/" { flush() }
                current.append(scalar)
                last = scalar
            } else {
                flush()
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || scalar == "," || scalar == ";" || scalar == ":" {
                    stop = true
                }
            }
        }
        flush()
        return words
    }
}
