import Foundation
import NewsdeskHTML
import NewsdeskModel

/// Cleans text as scrapers save it: a header of menus, widgets, a title, bylines
/// and dates; the body with ads, captions and credits mixed in; a trailer of
/// comment forms and teasers of other stories. Works line by line, in zones:
///
/// - header: lines before the first prose line. The title is the first line there
///   that reads like a headline; short lines (sections, names, dates) are dropped,
///   a long one after the title is the standfirst and kept.
/// - body: every line except boilerplate phrases, captions and repeats.
/// - trailer: from a teaser or comment heading ("You may also like") to the end.
struct TextArticleExtractor {
    struct Result {
        var title: String?
        var byline: String?
        var paragraphs: [String]
        var published: (SimpleDate, DateEvidence)?
        var publishedWithoutYear: MonthDay?
    }

    /// Headings after which a scraped page holds only teasers, comments and footers.
    static let trailerHeadings: Set<String> = [
        "you may also like", "you might also like", "related articles", "related stories", "related posts", "related",
        "latest news", "latest articles", "must read", "more stories", "top news", "top stories", "recommended to you",
        "recommended", "most popular", "most read", "trending", "trending now", "more news", "read next",
        "please enter your comment", "leave a reply", "leave a comment", "comments", "post a comment",
        "das könnte sie auch interessieren", "mehr zum thema", "à lire aussi", "sur le même sujet", "te puede interesar",
        "noticias relacionadas", "más noticias", "articles similaires", "ähnliche artikel", "stay connected",
    ]

    func extract(_ content: String) -> Result {
        var lines = content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { collapseWhitespace(String($0)) }
        var published: (SimpleDate, DateEvidence)?
        if let first = lines.firstIndex(where: { !$0.isEmpty }) {
            if let (date, rest) = Self.leadingDateLine(lines[first]) {
                published = (date, DateEvidence(source: "date-line", raw: String(lines[first].prefix(16)), confidence: 0.9))
                lines[first] = rest
            } else if let rest = Self.leadingMonthLine(lines[first]) {
                lines[first] = rest  // the prefix names only a month: no date, but not part of the headline either
            }
        }
        lines = lines.filter { !$0.isEmpty }
        lines = Self.withoutTruncatedRepeats(lines)

        var result = Result(paragraphs: [])
        let chosenTitle = Self.chooseTitle(lines)
        var seen = Set<String>()
        var inHeader = true
        var headerDates: [(FoundDate, String, afterTitle: Bool, widget: Bool)] = []
        var bylines: [(index: Int, name: String)] = []
        var yearless: MonthDay?
        for (i, line) in lines.enumerated() {
            let lower = line.lowercased().trimmingScalars(in: BoilerplateLines.edgePunctuation)
            if Self.trailerHeadings.contains(lower), !result.paragraphs.isEmpty { break }
            if line.count < 120, !seen.insert(line).inserted { continue }
            if BoilerplateLines.isBoilerplate(line) { continue }
            if inHeader, !Self.isProse(line) {
                if let found = DateParser.dateLine(line) {
                    let widget = Self.isWidgetNeighbourhood(lines, around: i)
                    headerDates.append((found, line, result.title != nil, widget))
                    continue
                }
                if yearless == nil, Self.isTimestamp(line), !Self.isWidgetNeighbourhood(lines, around: i) {
                    yearless = Self.monthDay(inTimestamp: line)
                }
                if result.title == nil, i == chosenTitle { result.title = line; continue }
                if result.title != nil, line.split(separator: " ").count >= 8 { result.paragraphs.append(line); continue }
                if result.title != nil, Self.looksLikeName(line) { bylines.append((i, line)) }
                continue
            }
            inHeader = false
            result.paragraphs.append(line)
        }
        // A name right above a date line is the byline; "Ukrainian News" above it is a section.
        let dated = bylines.first { $0.index + 1 < lines.count && DateParser.dateLine(lines[$0.index + 1]) != nil }
        result.byline = (dated ?? bylines.first).map { BylineNames.clean($0.name) }
        if published == nil { published = Self.choosePublished(headerDates, firstParagraph: result.paragraphs.first) }
        result.published = published
        if published == nil { result.publishedWithoutYear = yearless }
        return result
    }

    // MARK: - Line kinds

    static func isProse(_ line: String) -> Bool {
        if line.hasSuffix("...") || line.hasSuffix("…") { return false }  // a truncated teaser
        let words = line.split(separator: " ").count
        if words >= 25 { return true }
        guard words >= 8, let last = line.last else { return false }
        return ".!?\"”»)".contains(last) || ":;".contains(last) && words >= 12
    }

    /// The title among the header lines: the headline-like line right above a byline or
    /// date line when there is one (menus and section names come before it), else the first.
    static func chooseTitle(_ lines: [String]) -> Int? {
        var candidates: [Int] = []
        for (i, line) in lines.enumerated() {
            if isProse(line), !BoilerplateLines.isBoilerplate(line) { break }
            if isHeadline(line), !BoilerplateLines.isBoilerplate(line) { candidates.append(i) }
        }
        let bylineAbove = candidates.first { i in
            guard i + 1 < lines.count else { return false }
            let next = lines[i + 1]
            let lower = next.lowercased()
            return DateParser.dateLine(next) != nil || looksLikeName(next)
                || BylineNames.leadIns.contains { lower.hasPrefix($0 + " ") && $0.count > 1 }
        }
        // Title, then a standfirst sentence, then the byline: the title is the line above.
        if let j = bylineAbove, candidates.contains(j - 1), lines[j].split(separator: " ").count >= 8 { return j - 1 }
        return bylineAbove ?? candidates.first
    }

    static func isHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        let separators = line.split(whereSeparator: { "|•·»".contains($0) }).count - 1
        return words >= 4 && line.count <= 220 && separators < 2 && DateParser.dateLine(line) == nil  // "A | B | C" is a menu
            && !isTimestamp(line)
    }

    /// "November 11 - 13:11", "Mon 4 March, 09:30": a day and a time without a year, which
    /// DateParser does not take for a date line. Fewer than two words that are not month or
    /// day names: no headline is made of those.
    static func isTimestamp(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        let named = words.filter { MonthNames.table[$0] != nil || MonthNames.weekdays[$0] != nil }
        return !named.isEmpty && words.count - named.count < 2 && line.contains(where: \.isNumber)
    }

    /// The day and month of a timestamp line: the number beside the month name, before it first
    /// ("Mon 4 March, 09:30", "4 mars – 09 h 30"), else after it ("November 11 - 13:11"); never the clock's.
    static func monthDay(inTimestamp line: String) -> MonthDay? {
        let clock = line.replacingOccurrences(of: #"\d{1,2}\s?[:h]\s?\d{2}"#, with: " ", options: .regularExpression)
        let words = clock.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        guard let i = words.firstIndex(where: { $0.count >= 3 && MonthNames.table[$0] != nil }),
              let month = MonthNames.table[words[i]] else { return nil }
        for k in [i - 1, i + 1] where words.indices.contains(k) {
            if let day = Int(words[k]), let found = MonthDay(month: month, day: day) { return found }
        }
        return nil
    }

    /// "Jane Doe", "By Jane Doe": two to four capitalised words.
    static func looksLikeName(_ line: String) -> Bool {
        let name = BylineNames.clean(line)
        let words = name.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true } && !name.contains(where: \.isNumber)
    }


    /// A " date 2021-04-13 " prefix that some scrapers put before the text.
    static func leadingDateLine(_ line: String) -> (SimpleDate, String)? {
        guard line.lowercased().hasPrefix("date ") else { return nil }
        let rest = line.dropFirst(5)
        guard let date = SimpleDate(iso: rest), DateParser.years.contains(date.year) else { return nil }
        return (date, collapseWhitespace(String(rest.dropFirst(10))))
    }

    /// The rest of a line after a " date 2023-02 " prefix: the scraper's date with only a year and month.
    static func leadingMonthLine(_ line: String) -> String? {
        guard line.lowercased().hasPrefix("date ") else { return nil }
        let rest = line.dropFirst(5)
        let head = Array(rest.prefix(8))
        guard head.count >= 7, head[4] == "-", head.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || $0.element.isASCII && $0.element.isNumber }),
              let year = Int(String(head[0..<4])), DateParser.years.contains(year),
              let month = Int(String(head[5..<7])), (1...12).contains(month),
              head.count == 7 || head[7] == " " else { return nil }
        return collapseWhitespace(String(rest.dropFirst(7)))
    }

    /// Dates shown beside a temperature, a city or a "Buy now" button belong to the site's
    /// header widget (the day the page was fetched), not to the article.
    static func isWidgetNeighbourhood(_ lines: [String], around index: Int) -> Bool {
        let window = lines[max(0, index - 3)...min(lines.count - 1, index + 3)]
        return window.contains { line in
            isTemperature(line) || ["buy now", "subscribe", "sign in", "log in", "e-paper", "epaper", "today's paper"].contains(line.lowercased())
        }
    }

    static func isTemperature(_ line: String) -> Bool {
        let compact = line.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "°", with: "")
        guard let last = compact.last, last == "C" || last == "F" else { return false }
        let number = compact.dropLast()
        return !number.isEmpty && number.count <= 6 && number.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
    }

    /// A header date after the title is the byline's; one before the title counts only without
    /// widget cues; a dateline at the start of the body comes next.
    static func choosePublished(_ dates: [(FoundDate, String, afterTitle: Bool, widget: Bool)], firstParagraph: String?) -> (SimpleDate, DateEvidence)? {
        if let byline = dates.first(where: { $0.afterTitle && !$0.widget }) {
            return (byline.0.date, DateEvidence(source: "byline", raw: byline.1, confidence: 0.8))
        }
        if let paragraph = firstParagraph, let found = DateParser.dates(in: paragraph.prefix(80), limit: 1).first, found.position < 12 {
            return (found.date, DateEvidence(source: "dateline", raw: String(paragraph.prefix(60)), confidence: 0.7))
        }
        if let header = dates.first(where: { !$0.widget && !$0.0.withWeekday }) {
            return (header.0.date, DateEvidence(source: "header", raw: header.1, confidence: 0.5))
        }
        return nil
    }

    /// Drops "World NATO calls on Moscow to…" when the full headline follows: scrapers keep
    /// truncated teaser copies of a title next to the title itself.
    static func withoutTruncatedRepeats(_ lines: [String]) -> [String] {
        var kept: [String] = []
        for (i, line) in lines.enumerated() {
            // "Home News World Storm hits coast" above "Storm hits coast": a breadcrumb glued to the title.
            if i + 1 < lines.count, lines[i + 1].count >= 20, line.count > lines[i + 1].count, line.hasSuffix(lines[i + 1]) { continue }
            guard line.hasSuffix("...") || line.hasSuffix("…") else { kept.append(line); continue }
            let stem = straightQuotes(line.trimmingScalars(in: Set(".… ".unicodeScalars)))
            let words = stem.split(separator: " ")
            let probes = [stem, words.dropFirst().joined(separator: " ")].filter { $0.split(separator: " ").count >= 4 }
            let next = lines[(i + 1)..<min(lines.count, i + 4)].map(straightQuotes)
            if probes.contains(where: { probe in next.contains { $0.hasPrefix(probe) } }) { continue }
            kept.append(line)
        }
        return kept
    }

    /// Typographic quotes as straight ones, so that copies of a line made by different tools compare equal.
    static func straightQuotes(_ text: String) -> String {
        String(text.map { "“”„‟«»\"".contains($0) ? "\"" : "‘’‚‛".contains($0) ? "'" : $0 })
    }
}
