import NewsdeskHTML

/// Chooses the headline and the byline of a page from its markup.
struct HTMLTitleAndByline {
    let document: HTMLDocument
    let metadata: PageMetadata

    /// Separators between a headline and a site name in `<title>` and `og:title`.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " • ", " ~ "]

    /// The headline: the page's `<h1>` when the declared titles confirm it, else the
    /// declared title (JSON-LD headline, og:title, `<title>`) without its site name.
    func title(siteNames: [String]) -> String? {
        let declared = [metadata.first(["og:title", "twitter:title"]), metadata.jsonLDString("headline"), metadata.documentTitle]
            .compactMap { $0.map(collapseWhitespace) }.filter { !$0.isEmpty }
        let headings = document.elements(named: "h1").map { document.textContent(of: $0) }.filter { $0.count >= 6 }
        for heading in headings {
            let lower = heading.lowercased()
            if declared.contains(where: { $0.lowercased().contains(lower) || lower.contains($0.lowercased()) }) { return heading }
        }
        if let first = declared.first { return Self.withoutSiteName(first, siteNames: siteNames) }
        return headings.first
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

    /// Author names: JSON-LD, then meta tags, then the page's byline elements.
    func byline(container: Int32) -> String? {
        var names = metadata.jsonLDAuthors()
        if names.isEmpty, let meta = metadata.first(["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator", "twitter:creator"]),
           !meta.hasPrefix("http"), !meta.hasPrefix("@") {
            names = [meta]
        }
        if names.isEmpty { names = bylineElements() }
        let cleaned = names.map(Self.cleanName).filter { !$0.isEmpty && $0.count < 80 }
        var unique: [String] = []
        for name in cleaned where !unique.contains(where: { $0.lowercased() == name.lowercased() }) { unique.append(name) }
        return unique.isEmpty ? nil : unique.joined(separator: "; ")
    }

    private func bylineElements() -> [String] {
        var found: [String] = []
        for (i, node) in document.nodes.enumerated() where node.kind == .element {
            let index = Int32(i)
            let itemprop = document.attribute("itemprop", of: index)?.lowercased()
            let rel = document.attribute("rel", of: index)?.lowercased()
            if itemprop == "author" || rel == "author" {
                let nameNode = document.descendants(of: index).first { document.attribute("itemprop", of: $0)?.lowercased() == "name" }
                let text = document.textContent(of: nameNode ?? index)
                if !text.isEmpty, text.count < 80 { found.append(text) }
            }
        }
        if !found.isEmpty { return found }
        for (i, node) in document.nodes.enumerated() where node.kind == .element {
            let classes = ((document.attribute("class", of: Int32(i)) ?? "") + " " + (document.attribute("id", of: Int32(i)) ?? "")).lowercased()
            guard classes.contains("byline") || classes.contains("author") && !classes.contains("authority") else { continue }
            let text = document.textContent(of: Int32(i))
            if !text.isEmpty, text.count < 80 { return [text] }
        }
        return []
    }

    /// Words that introduce a byline ("By", "Von", "Par", "Por" …).
    static let bylinePrefixes = ["by ", "von ", "par ", "por ", "di ", "door ", "av ", "autor: ", "author: ", "written by ", "text: ", "texto: ", "autorin: "]

    static func cleanName(_ raw: String) -> String {
        var name = collapseWhitespace(raw)
        for prefix in bylinePrefixes where name.lowercased().hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        if let cut = name.range(of: " | ") { name = String(name[..<cut.lowerBound]) }
        return name.trimmingScalars(in: BoilerplateLines.creditEdges.union([",", ";", ":", "-", "–", "—"]))
    }
}
