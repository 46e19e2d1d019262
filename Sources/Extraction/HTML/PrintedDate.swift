import NewsdeskHTML
import NewsdeskModel

/// The day a page prints for its readers beside the headline, and when it overrides what the markup declares.
extension HTMLPublicationDate {
    /// The date printed for readers: the text of the publication `<time>`, else of the first element named as a date.
    func printedDate(time: (date: SimpleDate, raw: String, node: Int32)?, container: Int32) -> (SimpleDate, String)? {
        if let time {
            let text = document.textContent(of: time.node)
            if text.count < 200, let found = DateParser.dates(in: text, limit: 1, shortYears: true, dayFirst: dayFirst).first {
                return (found.date, String(text.prefix(80)))
            }
        }
        // Only a date beside the article counts: a site header's "today" widget prints the fetch day.
        // It sits before the headline, so the search starts at the last <h1> before the body when there is one.
        let start = Int(container)
        var lower = max(0, start - Self.printedDateReach)
        if let headline = (lower..<start).last(where: { document.nodes[$0].kind == .element && document.nodes[$0].name == "h1" }) {
            lower = headline
        }
        let upper = min(document.nodes.count, start + Self.printedDateReach)
        let window = min(lower, upper)..<upper
        return dateElement(in: window) ?? dateLine(in: window)
    }

    /// The first text that is a date and little else ("Stand: 28.04.2020 18:00 Uhr", a heading "2019-01-01").
    func dateLine(in range: Range<Int>) -> (SimpleDate, String)? {
        for i in range where document.nodes[i].kind == .text && document.nodes[i].text.utf8.count < 120 {
            guard document.nodes[Int(document.nodes[i].parent)].name != "script",
                  let found = DateParser.dateLine(collapseWhitespace(document.nodes[i].text)) else { continue }
            return (found.date, collapseWhitespace(document.nodes[i].text))
        }
        return nil
    }

    /// A bare "date" meta tag is as often the last change or the build time as the publication:
    /// a different day printed beside the headline wins over it.
    static func printedOverGeneric(_ printed: (SimpleDate, String)?, _ declared: (SimpleDate, DateEvidence)) -> (SimpleDate, DateEvidence)? {
        guard let (date, raw) = printed, date != declared.0, declared.1.source == "meta",
              genericMetaKeys.contains(where: { declared.1.raw.hasPrefix($0 + " ") }) else { return nil }
        return (date, DateEvidence(source: "page", raw: raw, confidence: 0.7))
    }

    /// How many nodes before or after the start of the article a printed date may sit.
    static let printedDateReach = 250

    /// Another declared day when the page prints it beside the headline: the markup disagrees with
    /// itself (several publication fields, or the piece rewritten and declared modified), and the
    /// day the outlet shows its readers settles it ("Last updated on 20 Feb, 2020" on an evergreen piece).
    func corroborated(_ printed: (SimpleDate, String)?, over declared: (SimpleDate, DateEvidence)) -> (SimpleDate, DateEvidence)? {
        // A short line, not a teaser that happens to carry a date.
        guard let (date, raw) = printed, date != declared.0, raw.count <= 60 else { return nil }
        let fields = Self.publishedMetaKeys.map { metadata.meta[$0]?.first } + Self.modifiedMetaKeys.map { metadata.meta[$0]?.first }
            + ["datePublished", "dateCreated", "dateModified"].map { metadata.jsonLDString($0) }
        guard fields.contains(where: { $0.flatMap(DateParser.parseField) == date }) else { return nil }
        return (date, DateEvidence(source: "page", raw: "\(raw) (printed and declared)", confidence: 0.8))
    }

    /// The printed day instead of a declared timestamp when a time zone explains the difference (see `LocalDay`).
    static func preferPrinted(_ printed: (SimpleDate, String)?, over declared: (SimpleDate, DateEvidence)) -> (SimpleDate, DateEvidence)? {
        guard let (date, raw) = printed, date != declared.0,
              let local = LocalDay.printedDay(date, printedText: raw, stamp: declared.0, stampText: declared.1.raw) else { return nil }
        return (local, DateEvidence(source: "page", raw: "\(raw) (local day of \(declared.1.source) \(declared.1.raw))",
                                    confidence: declared.1.confidence))
    }
}
