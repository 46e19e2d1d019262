import NewsdeskHTML

/// The byline of a page: names the page declares (JSON-LD, meta tags) and names it
/// prints (byline elements, "By …" lines), weighed against each other.
extension HTMLTitleAndByline {
    /// Author names, `; `-separated. Declared names win unless they look like the
    /// site itself or a login handle and the page prints a better one.
    func byline(container: Int32, firstBlock: Int32) -> String? {
        // Only declared publisher and site names: a blog's host is often its author's name.
        let organisations = Set([metadata.jsonLDPublisher(), metadata.first(["og:site_name"])].compactMap { $0?.lowercased() })
        func usable(_ raw: [String]) -> [String] {
            var unique: [String] = []
            for name in raw.map(BylineNames.clean) where !name.isEmpty && name.count < 80 && !organisations.contains(name.lowercased())
                && !unique.contains(where: { $0.lowercased() == name.lowercased() }) {
                unique.append(name)
            }
            return unique
        }
        let declared = usable(declaredNames())
        if !declared.isEmpty, !declared.contains(where: isSiteLike), !declared.contains(where: BylineNames.isHandle) {
            return declared.joined(separator: "; ")
        }
        var printed = usable(bylineElements())
        if printed.isEmpty { printed = usable(bylineLine(container: container, firstBlock: firstBlock).map { [$0] } ?? []) }
        guard !printed.isEmpty else {
            if !declared.isEmpty { return declared.joined(separator: "; ") }
            // No person anywhere: the organisation the page declares as its author signs the piece.
            return organisationAuthor()
        }
        if declared.isEmpty || declared.contains(where: isSiteLike) { return printed.joined(separator: "; ") }
        // A handle ("jdoe", "jane.doe", "Jane") gives way to the printed full name it abbreviates.
        if printed.count == 1, declared.count == 1, BylineNames.expands(declared[0], to: printed[0]) { return printed[0] }
        return declared.joined(separator: "; ")
    }

    /// Names from JSON-LD, else the author meta tags, else the "Written by" label of the
    /// Twitter card that SEO plugins fill from the post's author.
    private func declaredNames() -> [String] {
        let names = metadata.jsonLDAuthors()
        if !names.isEmpty { return names }
        if let meta = metadata.first(["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator", "twitter:creator"]),
           !meta.hasPrefix("http"), !meta.hasPrefix("@") {
            return [meta]
        }
        for n in 1...2 {
            if let label = metadata.first(["twitter:label\(n)"])?.lowercased(), Self.cardAuthorLabels.contains(label),
               let value = metadata.first(["twitter:data\(n)"]) {
                return [value]
            }
        }
        return []
    }

    /// The author when the page declares an organisation: a JSON-LD Organization, or an author meta tag
    /// that is the site's own name (both left out above while a person could still be found).
    private func organisationAuthor() -> String? {
        for object in metadata.jsonLD {
            if let author = object["author"] as? [String: Any], let type = author["@type"] as? String,
               type.lowercased().contains("organi"), let name = author["name"] as? String {
                let cleaned = BylineNames.clean(name)
                if !cleaned.isEmpty { return cleaned }
            }
        }
        if let meta = metadata.first(["author"]) {
            let cleaned = BylineNames.clean(meta)
            if !cleaned.isEmpty, cleaned.count < 80 { return cleaned }
        }
        return nil
    }

    static let cardAuthorLabels: Set<String> = [
        "written by", "geschrieben von", "verfasst von", "escrito por", "écrit par", "scritto da", "autor", "author", "auteur",
    ]

    /// A declared author that is the site or a company: its host, its name, a legal form.
    private func isSiteLike(_ name: String) -> Bool {
        let lower = name.lowercased()
        let siteWords = [metadata.first(["og:site_name", "application-name"]), metadata.jsonLDPublisher()]
            .compactMap { $0?.lowercased() }.filter { $0.count >= 3 }
        if siteWords.contains(where: { lower.has($0) || $0.has(lower) }) { return true }
        return BylineNames.looksLikeOrganisation(lower)
    }

    /// Elements marked as the author: `itemprop`/`rel` author, a schema.org Person, or an author/byline class.
    private func bylineElements() -> [String] {
        var found: [String] = []
        var people: [String] = []
        for (i, node) in document.nodes.enumerated() where node.kind == .element {
            let index = Int32(i)
            let itemprop = document.attribute("itemprop", of: index)?.lowercased()
            let rel = document.attribute("rel", of: index)?.lowercased()
            let isPerson = document.attribute("itemtype", of: index)?.lowercased().hasSuffix("schema.org/person") == true
            if itemprop == "author" || itemprop == "creator" || rel == "author" || isPerson {
                let isAuthor = itemprop == "author" || itemprop == "creator" || rel == "author"
                let nameNode = document.descendants(of: index).first { document.attribute("itemprop", of: $0)?.lowercased() == "name" }
                // A Person may carry its name only in a <meta itemprop="name" content="…">.
                let text = nameNode.flatMap { document.attribute("content", of: $0) } ?? document.textContent(of: nameNode ?? index)
                if !text.isEmpty, text.count < 80 {
                    if isAuthor { found.append(text) } else { people.append(text) }
                }
            }
        }
        if !found.isEmpty { return found }
        // A page that describes one Person names its author; one with many lists comments or staff.
        if people.count == 1 { return people }
        var inComments = Array(repeating: false, count: document.nodes.count)
        for (i, node) in document.nodes.enumerated() where node.kind == .element && i > 0 {
            let classes = classNames[i]
            inComments[i] = inComments[Int(node.parent)] || classes.has("comment") || node.name == "form" || classes.has("footer")
            guard !inComments[i], classes.has("byline") || classes.has("author") && !classes.has("authority") || Self.hasAutorClass(classes) else { continue }
            let text = BylineNames.clean(labelledText(Int32(i)))
            if !text.isEmpty, text.count < 60 { return [text] }
        }
        return []
    }

    /// "autor", "autorin", "autoren", "autores" in a class name, but not "autoresize" or "autorefresh".
    private static func hasAutorClass(_ classes: String) -> Bool {
        guard classes.has("autor") else { return false }
        return classes.split(whereSeparator: { !$0.isLetter }).contains { token in
            token.hasPrefix("autor") && !["autoresiz", "autorefr", "autorot", "autorun", "autorepl", "autoreg", "autorest"].contains { token.hasPrefix($0) }
        }
    }

    /// The element's text; when it is only a label ("Autor:", "Von"), the text that follows it.
    private func labelledText(_ index: Int32) -> String {
        let text = collapseWhitespace(document.textContent(of: index))
        guard BylineNames.isLabel(text) else { return text }
        return text + " " + textAfter(index, limit: 12)
    }

    /// The first non-empty text after the subtree of `index`, within `limit` nodes.
    private func textAfter(_ index: Int32, limit: Int) -> String {
        var i = Int(index) + 1
        while i < document.nodes.count, isInside(Int32(i), index) { i += 1 }
        let end = min(document.nodes.count, i + limit)
        while i < end {
            if document.nodes[i].kind == .text {
                let text = collapseWhitespace(document.nodes[i].text)
                // Two letters after a label are a weekday or an initial in a table, not a name.
                if text.count > 2, !BylineNames.isLabel(text) || text.count > 12 { return text }
            }
            i += 1
        }
        return ""
    }

    private func isInside(_ node: Int32, _ ancestor: Int32) -> Bool {
        var n = node
        while n >= 0 {
            if n == ancestor { return true }
            n = document.nodes[Int(n)].parent
        }
        return false
    }

    /// A "By Jane Doe" / "Von Max Muster" line in the text just before or at the start of
    /// the article: many pages print the byline without marking it up.
    private func bylineLine(container: Int32, firstBlock: Int32) -> String? {
        let start = Int(container)
        if let name = bylineLine(from: max(1, start - 300), to: min(document.nodes.count, start + 300)) { return name }
        // A wide container (a page wrapper) starts far above the text: look above the first paragraph too.
        let first = Int(firstBlock)
        if first > start + 300, let name = bylineLine(from: max(start + 300, first - 200), to: min(document.nodes.count, first + 100)) { return name }
        // Signatures at the end of the text ("Text: Jane Doe" below the last paragraph).
        let last = Int(lastDescendant(of: container))
        guard last > start + 300 else { return nil }
        return bylineLine(from: max(start + 300, last - 150), to: min(document.nodes.count, last + 60))
    }

    private func lastDescendant(of index: Int32) -> Int32 {
        var node = index
        while document.nodes[Int(node)].lastChild >= 0 { node = document.nodes[Int(node)].lastChild }
        return node
    }

    private func bylineLine(from first: Int, to end: Int) -> String? {
        // A lowercase handle ("Gespeichert von jdoe", the CMS account) counts only when no printed full name follows.
        var handle: String?
        var i = first
        while i < end {
            defer { i += 1 }
            // Most text nodes are ruled out by length and first letter before any string work.
            guard document.nodes[i].kind == .text, document.nodes[i].text.utf8.count < 160,
                  let initial = document.nodes[i].text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { continue }
            if initial.properties.numericType != nil {
                if document.nodes[i].text.utf8.count < 80, let name = BylineNames.afterDate(collapseWhitespace(document.nodes[i].text)) { return name }
                continue
            }
            guard BylineNames.leadInInitials.contains(Character(initial).lowercased()) else { continue }
            let text = collapseWhitespace(document.nodes[i].text)
            let lower = text.lowercased()
            let multiWordLeadIn = BylineNames.leadIns.contains { ($0.contains(" ") || $0.hasSuffix(":") || $0.hasSuffix("：")) && lower.hasPrefix($0) }
            guard text.count < 60, let first = text.split(separator: " ").first?.lowercased(),
                  multiWordLeadIn || BylineNames.shortLeadIns.contains(first) || BylineNames.isLabel(text) else { continue }
            var line = text
            // The lead-in alone in its own element ("By", "Ein Artikel von", "Autor:"), the name in the next one.
            if text.utf8.count <= 32, BylineNames.clean(text).isEmpty, !lower.hasPrefix("posted in") {
                line = text + " " + textAfter(Int32(i), limit: 8)
            }
            let name = BylineNames.clean(line)
            // Handles are often lowercase ("Gespeichert von rasos"); after a bare "von" or "by" a lowercase word is prose.
            guard !name.isEmpty, name.split(separator: " ").count <= 5 else { continue }
            if name.first?.isUppercase == true { return name }
            if multiWordLeadIn, !name.contains(" "), handle == nil { handle = name }
        }
        return handle
    }
}
