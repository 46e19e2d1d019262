import NewsdeskHTML
import NewsdeskModel

/// Finds the publication date of a page from its markup and URL, strongest evidence first.
struct HTMLPublicationDate {
    let document: HTMLDocument
    let metadata: PageMetadata
    let classNames: ClassNames

    /// Meta keys that carry the publication time, by sites' conventions (Open Graph, Dublin Core, Parse.ly …).
    static let publishedMetaKeys = [
        "article:published_time", "og:article:published_time", "article:published", "datepublished", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "publication_date", "sailthru.date",
        "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
        "dc.date.created", "date", "og:published_time", "article.published", "originalpublicationdate",
        "cxenseparse:recs:publishtime", "ptime", "displaydate", "article_date_original", "release_date",
    ]
    static let modifiedMetaKeys = ["article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified", "dcterms.modified"]

    /// Whether "02/10/2020" is 2 October: pages in any language but (US) English write the day first.
    var dayFirst: Bool {
        guard let language = metadata.htmlLanguage?.lowercased().replacingOccurrences(of: "_", with: "-"), !language.isEmpty else { return false }
        return !(language == "en" || language.hasPrefix("en-us"))
    }

    /// Meta keys too generic to outrank JSON-LD: CMSs fill "date" with the last change as often as with the first.
    static let genericMetaKeys: Set<String> = ["date"]

    /// The best-supported date, with its evidence.
    func resolve(url: String?, container: Int32) -> (SimpleDate, DateEvidence)? {
        let time = timeElement(container: container)
        if let declared = declaredDate(time: time, url: url) {
            let printed = printedDate(time: time, container: container)
            return Self.preferPrinted(printed, over: declared) ?? corroborated(printed, over: declared) ?? Self.printedOverGeneric(printed, declared)
                ?? LocalDay.storedMidnight(stamp: declared.0, stampText: declared.1.raw).map { day in
                    (day, DateEvidence(source: declared.1.source, raw: "\(declared.1.raw) (local midnight)", confidence: declared.1.confidence))
                }
                ?? declared
        }
        if let (date, raw) = dateElement() {
            return (date, DateEvidence(source: "page", raw: raw, confidence: 0.6))
        }
        if let (date, raw) = ScriptDates(document: document).published() {
            return (date, DateEvidence(source: "script", raw: raw, confidence: 0.5))
        }
        if let value = metadata.jsonLDString("dateModified") ?? metadata.first(Self.modifiedMetaKeys),
           let date = DateParser.parseField(value) {
            return (date, DateEvidence(source: "modified", raw: value, confidence: 0.45))
        }
        if let (date, raw) = nearestTextDate(to: container) {
            return (date, DateEvidence(source: "text", raw: raw, confidence: 0.35))
        }
        return nil
    }

    /// Dates the page declares in markup: meta tags named for publication (they name the field
    /// they hold, where JSON-LD is often generated from a different one), JSON-LD, `<time>`,
    /// a generic "date" meta tag, the URL.
    private func declaredDate(time: (date: SimpleDate, raw: String, node: Int32)?, url: String?) -> (SimpleDate, DateEvidence)? {
        for key in Self.publishedMetaKeys where !Self.genericMetaKeys.contains(key) {
            if let value = metadata.meta[key]?.first, let date = DateParser.parseField(value) {
                return (date, DateEvidence(source: "meta", raw: "\(key) \(value)", confidence: 0.9))
            }
        }
        if let value = metadata.jsonLDString("datePublished") ?? metadata.jsonLDString("dateCreated"),
           let date = DateParser.parseField(value) {
            return (date, DateEvidence(source: "json-ld", raw: "datePublished \(value)", confidence: 0.95))
        }
        if let time {
            return (time.date, DateEvidence(source: "time", raw: time.raw, confidence: 0.8))
        }
        // A bare "date" names no event: below the article's own <time>.
        for key in Self.genericMetaKeys {
            if let value = metadata.meta[key]?.first, let date = DateParser.parseField(value) {
                return (date, DateEvidence(source: "meta", raw: "\(key) \(value)", confidence: 0.7))
            }
        }
        if let url, let found = Self.urlDate(url) {
            return (found, DateEvidence(source: "url", raw: url, confidence: 0.75))
        }
        return nil
    }

    /// The full date written in visible text closest to the start of the article container:
    /// pages without markup for it still print the date beside the headline or byline.
    private func nearestTextDate(to container: Int32) -> (SimpleDate, String)? {
        var best: (distance: Int, date: SimpleDate, raw: String)?
        let hidden: Set<String> = ["script", "style", "title", "head", "noscript", "template"]
        let dayFirst = self.dayFirst
        for (i, node) in document.nodes.enumerated() where node.kind == .text && node.text.utf8.count < 400 {
            let distance = abs(i - Int(container))
            if let best, best.distance <= distance { break }
            guard !hidden.contains(document.nodes[Int(node.parent)].name),
                  let found = DateParser.dates(in: node.text, limit: 1, dayFirst: dayFirst).first else { continue }
            // Dates after the start count double: the byline precedes the body, comments follow it.
            // A date inside a sentence is what the story tells about; a dateline states the page's date.
            let weighted = (i < Int(container) ? distance : 2 * distance) * (DateParser.dateLine(node.text) == nil ? 4 : 1)
            if best == nil || weighted < best!.distance {
                best = (weighted, found.date, collapseWhitespace(node.text).prefix(80).description)
            }
        }
        return best.map { ($0.date, $0.raw) }
    }

    /// A `<time>` (or itemprop=datePublished) element: the one marked as publication first, else the first one.
    private func timeElement(container: Int32) -> (date: SimpleDate, raw: String, node: Int32)? {
        var marked: [(date: SimpleDate, raw: String, node: Int32)] = []
        var unmarked: [(date: SimpleDate, raw: String, node: Int32)] = []
        for (i, node) in document.nodes.enumerated() where node.kind == .element {
            let index = Int32(i)
            let itemprop = document.attribute("itemprop", of: index)?.lowercased()
            guard node.name == "time" || itemprop == "datepublished" else { continue }
            let value = document.attribute("datetime", of: index) ?? document.attribute("content", of: index) ?? document.textContent(of: index)
            guard let date = DateParser.parseField(value) else { continue }
            let classes = classNames[i]
            if itemprop == "datepublished" || node.attributes.contains(where: { $0.name == "pubdate" })
                || classes.has("publish") || classes.has("posted") {
                marked.append((date, "<\(node.name)> \(value)", index))
            } else if itemprop != "datemodified", !classes.has("modif"), !classes.has("update") {
                unmarked.append((date, "<time> \(value)", index))
            }
        }
        return articleTime(marked, container: container) ?? articleTime(unmarked, container: container)
    }

    /// One dated `<time>` is the article's wherever it is. Several with different days are a list
    /// (related posts, comments, a sidebar): the article's is the first in its header or body,
    /// and none of them when no `<time>` sits there.
    func articleTime(_ times: [(date: SimpleDate, raw: String, node: Int32)], container: Int32) -> (date: SimpleDate, raw: String, node: Int32)? {
        guard let first = times.first else { return nil }
        if times.allSatisfy({ $0.date == first.date }) { return first }
        let start = Int(container) - Self.printedDateReach, end = subtreeEnd(container)
        return times.first { Int($0.node) >= start && Int($0.node) < end }
    }

    /// The index just past the last descendant of a node (nodes are stored in document order).
    func subtreeEnd(_ index: Int32) -> Int {
        var node = index
        while node >= 0 {
            let next = document.nodes[Int(node)].nextSibling
            if next >= 0 { return Int(next) }
            node = document.nodes[Int(node)].parent
        }
        return document.nodes.count
    }

    /// Text of elements named as dates ("date", "published", "timestamp", "meta"), read as dates.
    func dateElement(in range: Range<Int>? = nil) -> (SimpleDate, String)? {
        for i in range ?? document.nodes.indices where document.nodes[i].kind == .element {
            let classes = classNames[i]
            // "datum" (German, Dutch, Nordic) and "fecha" (Spanish) name dates too.
            // "submitted" is the byline-and-date line of Drupal sites.
            guard classes.has("date") || classes.has("datum") || classes.has("fecha") || classes.has("publish") || classes.has("posted")
                || classes.has("submitted")
                || classes.has("time") || classes.has("byline") || classes.has("meta") else { continue }
            guard !classes.has("update"), !classes.has("modif") else { continue }
            guard let text = shortText(of: Int32(i), limit: 400), text.count < 200,
                  let found = DateParser.dates(in: text, limit: 1, shortYears: true, dayFirst: dayFirst).first else { continue }
            return (found.date, String(text.prefix(80)))
        }
        return nil
    }

    /// The text below a node, or nil as soon as it passes `limit` bytes: a date box is short, and
    /// reading all of a long element (a "meta" wrapper round the whole article) would cost a page walk.
    func shortText(of index: Int32, limit: Int) -> String? {
        var out = ""
        var stack = [index]
        while let current = stack.popLast() {
            let node = document.nodes[Int(current)]
            if node.kind == .text {
                out += node.text
                if out.utf8.count > limit { return nil }
                continue
            }
            if out.last.map({ !$0.isWhitespace }) ?? false { out += " " }
            var child = node.lastChild
            while child >= 0 { stack.append(child); child = document.nodes[Int(child)].previousSibling }
        }
        return collapseWhitespace(out)
    }

    /// A date written in a URL path: /2021/04/14/, /2021-04-14-, /20210414, /14-Apr-2021/.
    static func urlDate(_ url: String) -> SimpleDate? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let segments = path.split(separator: "/")
        for k in segments.indices {
            // The day is one or two digits: in /2003/03/20030331_speech the next segment is a whole date.
            if let year = Int(segments[k]), DateParser.years.contains(year), k + 2 < segments.count,
               let month = Int(segments[k + 1]), segments[k + 2].prefix(while: \.isNumber).count <= 2,
               let day = Int(segments[k + 2].prefix(while: \.isNumber)),
               let date = SimpleDate(year: year, month: month, day: day) {
                return date
            }
        }
        return DateParser.dates(in: path.replacingOccurrences(of: "_", with: "-"), limit: 1).first?.date
    }
}
