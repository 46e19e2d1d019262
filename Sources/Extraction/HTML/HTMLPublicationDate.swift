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

    /// The best-supported date, with its evidence.
    func resolve(url: String?, container: Int32) -> (SimpleDate, DateEvidence)? {
        if let value = metadata.jsonLDString("datePublished") ?? metadata.jsonLDString("dateCreated"),
           let date = DateParser.parseField(value) {
            return (date, DateEvidence(source: "json-ld", raw: "datePublished \(value)", confidence: 0.95))
        }
        for key in Self.publishedMetaKeys {
            if let value = metadata.meta[key]?.first, let date = DateParser.parseField(value) {
                return (date, DateEvidence(source: "meta", raw: "\(key) \(value)", confidence: 0.9))
            }
        }
        if let (date, raw) = timeElement(container: container) {
            return (date, DateEvidence(source: "time", raw: raw, confidence: 0.8))
        }
        if let url, let found = Self.urlDate(url) {
            return (found, DateEvidence(source: "url", raw: url, confidence: 0.75))
        }
        if let (date, raw) = dateElement() {
            return (date, DateEvidence(source: "page", raw: raw, confidence: 0.6))
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

    /// The full date written in visible text closest to the start of the article container:
    /// pages without markup for it still print the date beside the headline or byline.
    private func nearestTextDate(to container: Int32) -> (SimpleDate, String)? {
        var best: (distance: Int, date: SimpleDate, raw: String)?
        let hidden: Set<String> = ["script", "style", "title", "head", "noscript", "template"]
        for (i, node) in document.nodes.enumerated() where node.kind == .text && node.text.utf8.count < 400 {
            let distance = abs(i - Int(container))
            if let best, best.distance <= distance { break }
            guard !hidden.contains(document.nodes[Int(node.parent)].name),
                  let found = DateParser.dates(in: node.text, limit: 1).first else { continue }
            // Dates after the start count double: the byline precedes the body, comments follow it.
            let weighted = i < Int(container) ? distance : 2 * distance
            if best == nil || weighted < best!.distance {
                best = (weighted, found.date, collapseWhitespace(node.text).prefix(80).description)
            }
        }
        return best.map { ($0.date, $0.raw) }
    }

    /// A `<time>` (or itemprop=datePublished) element: the one marked as publication first, else the first one.
    private func timeElement(container: Int32) -> (SimpleDate, String)? {
        var first: (SimpleDate, String)?
        for (i, node) in document.nodes.enumerated() where node.kind == .element {
            let index = Int32(i)
            let itemprop = document.attribute("itemprop", of: index)?.lowercased()
            guard node.name == "time" || itemprop == "datepublished" else { continue }
            let value = document.attribute("datetime", of: index) ?? document.attribute("content", of: index) ?? document.textContent(of: index)
            guard let date = DateParser.parseField(value) else { continue }
            let classes = classNames[i]
            if itemprop == "datepublished" || node.attributes.contains(where: { $0.name == "pubdate" })
                || classes.has("publish") || classes.has("posted") {
                return (date, "<\(node.name)> \(value)")
            }
            if itemprop == "datemodified" || classes.has("modif") || classes.has("update") { continue }
            if first == nil { first = (date, "<time> \(value)") }
        }
        return first
    }

    /// Text of elements named as dates ("date", "published", "timestamp", "meta"), read as dates.
    private func dateElement() -> (SimpleDate, String)? {
        for (i, node) in document.nodes.enumerated() where node.kind == .element {
            let classes = classNames[i]
            guard classes.has("date") || classes.has("publish") || classes.has("posted")
                || classes.has("time") || classes.has("byline") || classes.has("meta") else { continue }
            guard !classes.has("update"), !classes.has("modif") else { continue }
            let text = document.textContent(of: Int32(i))
            guard text.count < 200, let found = DateParser.dates(in: text, limit: 1).first else { continue }
            return (found.date, String(text.prefix(80)))
        }
        return nil
    }

    /// A date written in a URL path: /2021/04/14/, /2021-04-14-, /20210414, /14-Apr-2021/.
    static func urlDate(_ url: String) -> SimpleDate? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let segments = path.split(separator: "/")
        for k in segments.indices {
            if let year = Int(segments[k]), DateParser.years.contains(year), k + 2 < segments.count,
               let month = Int(segments[k + 1]), let day = Int(segments[k + 2].prefix(2)),
               let date = SimpleDate(year: year, month: month, day: day) {
                return date
            }
        }
        return DateParser.dates(in: path.replacingOccurrences(of: "_", with: "-"), limit: 1).first?.date
    }
}
