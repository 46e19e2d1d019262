import Foundation
import NewsdeskHTML

/// Chooses the headline and the byline of a page from its markup (the byline in `HTMLByline.swift`).
struct HTMLTitleAndByline {
    let document: HTMLDocument
    let metadata: PageMetadata
    let classNames: ClassNames

    /// Separators between a headline and a site name in `<title>` and `og:title`.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " • ", " ~ "]

    /// The headline: the page's `<h1>` when the declared titles confirm it, else the
    /// declared title (JSON-LD headline, og:title, `<title>`) without its site name.
    /// `firstBlock` is the element holding the first paragraph of the body: the
    /// heading just above it is the headline when the declared titles name only the site.
    func title(siteNames: [String], content: MainContent, hint: String?) -> String? {
        let declared = [metadata.first(["og:title", "twitter:title"]), metadata.jsonLDString("headline"), metadata.documentTitle]
            .compactMap { $0.map(collapseWhitespace) }.filter { !$0.isEmpty }
        let siteParts = Set(declared.flatMap { Self.siteSegments(of: $0) } + siteNames.map { $0.lowercased() })
        let headings = document.elements(named: "h1").map { document.textContent(of: $0) }
            .filter { $0.count >= 3 && !siteParts.contains($0.lowercased()) }
        for heading in headings {
            let lower = heading.lowercased()
            if declared.contains(where: { $0.lowercased().contains(lower) }) { return heading }
            // "Kicker Headline" in the <h1>: the declared headline is the clean one.
            if let inner = declared.first(where: { lower.contains($0.lowercased()) && 2 * $0.count >= heading.count }) { return inner }
        }
        if let hint { return hint }  // a feed or export named the item
        if declared.isEmpty, let heading = headings.first { return heading }  // nothing declared: the page's own <h1>
        if let heading = headingAbove(content.firstBlock, excluded: content.excluded) { return heading }
        if let first = declared.first { return Self.withoutSiteName(first, siteNames: siteNames) }
        return headings.first
    }

    /// The last h1–h3 before `block` in document order, within a few hundred nodes.
    private func headingAbove(_ block: Int32, excluded: [Bool]) -> String? {
        var i = Int(block)
        let limit = max(0, i - 400)
        while i > limit {
            i -= 1
            let node = document.nodes[i]
            guard node.kind == .element, node.name == "h1" || node.name == "h2" || node.name == "h3", !excluded[i] else { continue }
            let text = document.textContent(of: Int32(i))
            if text.count >= 3, !BoilerplateLines.isBoilerplate(text) { return text }
        }
        return nil
    }

    /// The end segments of a "Headline | Site" title that are shorter than its longest segment:
    /// where sites put their name. A heading equal to one of them is the site's logo, not a headline.
    static func siteSegments(of title: String) -> [String] {
        for separator in titleSeparators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { collapseWhitespace($0).lowercased() }.filter { !$0.isEmpty }
            guard parts.count > 1, let longest = parts.map(\.count).max() else { continue }
            return [parts.first!, parts.last!].filter { $0.count < longest }
        }
        return []
    }

    /// Removes a leading or trailing site name: keeps the longest part, unless a part names the site.
    static func withoutSiteName(_ title: String, siteNames: [String]) -> String {
        for separator in titleSeparators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { collapseWhitespace($0) }.filter { !$0.isEmpty }
            guard parts.count > 1 else { continue }
            let lowerNames = siteNames.map { $0.lowercased() }
            let remaining = parts.filter { part in
                let lower = part.lowercased()
                return !lowerNames.contains { !$0.isEmpty && (lower == $0 || lower.replacingOccurrences(of: " ", with: "").contains($0.replacingOccurrences(of: " ", with: ""))) }
            }
            if remaining.count == 1 { return remaining[0] }
            // Without a known site name, the site is the short end part.
            if let last = parts.last, last.count < 30, parts.count == 2, parts[0].count > last.count { return parts[0] }
            if let first = parts.first, first.count < 25, parts.count == 2, parts[1].count > 2 * first.count { return parts[1] }
            return title
        }
        return title
    }
}
