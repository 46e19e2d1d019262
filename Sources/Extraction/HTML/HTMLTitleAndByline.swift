import Foundation
import NewsdeskHTML

/// Chooses the headline and the byline of a page from its markup.
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

    /// Author names: JSON-LD, then meta tags, then the page's byline elements.
    func byline(container: Int32) -> String? {
        var names = metadata.jsonLDAuthors()
        if names.isEmpty, let meta = metadata.first(["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator", "twitter:creator"]),
           !meta.hasPrefix("http"), !meta.hasPrefix("@") {
            names = [meta]
        }
        // Only declared publisher and site names: a blog's host is often its author's name.
        let organisations = Set([metadata.jsonLDPublisher(), metadata.first(["og:site_name"])].compactMap { $0?.lowercased() })
        names = names.filter { !organisations.contains($0.lowercased()) }
        if names.isEmpty { names = bylineElements() }
        if names.isEmpty, let line = bylineLine(before: container) { names = [line] }
        let cleaned = names.map(Self.cleanName).filter { !$0.isEmpty && $0.count < 80 && !organisations.contains($0.lowercased()) }
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
            if itemprop == "author" || itemprop == "creator" || rel == "author" {
                let nameNode = document.descendants(of: index).first { document.attribute("itemprop", of: $0)?.lowercased() == "name" }
                let text = document.textContent(of: nameNode ?? index)
                if !text.isEmpty, text.count < 80 { found.append(text) }
            }
        }
        if !found.isEmpty { return found }
        var inComments = Array(repeating: false, count: document.nodes.count)
        for (i, node) in document.nodes.enumerated() where node.kind == .element && i > 0 {
            let classes = classNames[i]
            inComments[i] = inComments[Int(node.parent)] || classes.has("comment") || node.name == "form" || classes.has("footer")
            guard !inComments[i], classes.has("byline") || classes.has("author") && !classes.has("authority") else { continue }
            let text = Self.cleanName(document.textContent(of: Int32(i)))
            if !text.isEmpty, text.count < 60 { return [text] }
        }
        return []
    }

    /// A "By Jane Doe" / "Von Max Muster" line in the text just before or at the start of
    /// the article: many pages print the byline without marking it up.
    private func bylineLine(before container: Int32) -> String? {
        let start = Int(container)
        let end = min(document.nodes.count, start + 300)
        var i = max(1, start - 300)
        while i < end {
            defer { i += 1 }
            // Most text nodes are ruled out by length and first letter before any string work.
            guard document.nodes[i].kind == .text, document.nodes[i].text.utf8.count < 160,
                  let initial = document.nodes[i].text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                  Self.leadInInitials.contains(Character(initial).lowercased()) else { continue }
            let text = collapseWhitespace(document.nodes[i].text)
            let lower = text.lowercased()
            let multiWordLeadIn = Self.bylineLeadIns.contains { ($0.contains(" ") || $0.hasSuffix(":") || $0.hasSuffix("：")) && lower.hasPrefix($0) }
            guard text.count < 60, let first = text.split(separator: " ").first?.lowercased(),
                  multiWordLeadIn || ["by", "von", "par", "por", "di", "door", "av", "text:"].contains(first) else { continue }
            var line = text
            // "By" alone in its own element, the name in the next one (a link, a span).
            if text.split(separator: " ").count == 1, i + 1 < end {
                let next = document.textContent(of: Int32(i + 1 < document.nodes.count ? i + 1 : i))
                line = text + " " + next
            }
            let name = Self.cleanName(line)
            if !name.isEmpty, name.split(separator: " ").count <= 5, name.first?.isUppercase == true { return name }
        }
        return nil
    }

    /// Phrases that introduce a byline, longest first ("View all posts by", "Von", "Par" …).
    static let bylineLeadIns: [String] = [
        "view all posts by", "zeige alle beiträge von", "alle beiträge von", "weitere artikel von", "post author",
        "posted by", "written by", "geschrieben von", "veröffentlicht von", "publiziert von", "publié par",
        "publicado por", "pubblicato da", "escrito por", "ein beitrag von", "author:", "autor:", "autorin:",
        "zum profil von", "rezept von", "interview:", "posted in", "beitrag von", "artikel von",
        "show all articles of", "alle artikel von", "more articles by", "more from", "redaktion:", "gespeichert von",
        "blog beitrag von", "blogbeitrag von", "ein artikel von", "verfasst von", "erstellt von", "beitrag von", "责任编辑：", "责任编辑:", "rédigé par", "redactado por",
        "auteur :", "auteur:", "von:", "by:", "text:", "texto:", "author", "autorin", "autor", "auteur",
        "von", "vom", "by", "par", "por", "di", "door", "av", "|",
    ].sorted { $0.count > $1.count }

    /// First letters of the byline lead-ins, for a cheap first test.
    static let leadInInitials: Set<String> = Set((bylineLeadIns + ["by", "von", "par", "por", "di", "door", "av", "text:"]).compactMap { $0.first.map { String($0) } })

    /// Where a byline's name ends: dates, roles and comment verbs follow it.
    static let bylineStops = [" am ", " on ", " le ", " el ", " – ", " - ", " | ", ",", "(", " said", " says", " sagt", "•", "·",
                              " im gespräch", "\n", " stand", "; view", " view my", " show all", " follow", " shares", " under "]

    /// Values that fill an author field without naming anyone.
    static let notNames: Set<String> = [
        "name", "name *", "no author", "admin", "wordpressadmin", "administrator", "by", "author", "autor", "unknown",
        "redaktion", "editor", "staff", "guest", "anonymous", "webmaster", "posted", "follow", "link", "publiziert am",
        "veröffentlicht am", "publiziert", "veröffentlicht", "erstellt", "afficher mon profil complet", "view my complete profile", "agencies", "share", "email",
    ]

    /// A person's name from a byline text, or "" when it names no one.
    static func cleanName(_ raw: String) -> String {
        var name = collapseWhitespace(raw)
        var changed = true
        while changed {
            changed = false
            let lower = name.lowercased()
            for leadIn in bylineLeadIns where lower.hasPrefix(leadIn) {
                let rest = name.dropFirst(leadIn.count)
                // "AuthorJane Doe": scraped bylines glue the label to the name.
                guard let next = rest.first, next == " " || next == ":" || next.isUppercase || leadIn.last == ":" || leadIn == "|" else { continue }
                name = collapseWhitespace(String(rest)).trimmingScalars(in: nameEdges)
                changed = true
                break
            }
        }
        for stop in bylineStops {
            if let cut = name.lowercased().firstRange(of: stop), let end = cut.lowerBound.samePosition(in: name) {
                name = String(name[..<end])
            }
        }
        // A number starting a word begins a date or a time; one inside a handle ("delta201") is part of it.
        let characters = Array(name)
        if let cut = characters.indices.first(where: { characters[$0].isNumber && ($0 == 0 || characters[$0 - 1] == " ") }) {
            name = String(characters[..<cut])
        }
        name = name.trimmingScalars(in: nameEdges)
        // A stop word left at the very end ("R. R. am", "Jane Doe on").
        for stop in [" am", " on", " le", " el", " stand", " at"] where name.lowercased().hasSuffix(stop) {
            name = String(name.dropLast(stop.count)).trimmingScalars(in: nameEdges)
        }
        // Handles printed twice ("jesusfreak jesusfreak").
        let words = name.split(separator: " ")
        if words.count == 2, words[0] == words[1] { name = String(words[0]) }
        // "Jr." and initials keep their full stop.
        if let lastWord = name.split(separator: " ").last, lastWord.count <= 3, lastWord.first?.isUppercase == true,
           raw.contains(lastWord + ".") {
            name += "."
        }
        let lower = name.lowercased()
        if notNames.contains(lower) || bylineLeadIns.contains(lower) || bylineLeadIns.contains(lower + ":") || lower.contains("@") || lower.contains("http") || lower.contains("erforderlich")
            || lower.contains("required") || name.count < 2 { return "" }
        return name
    }

    static let nameEdges = BoilerplateLines.creditEdges.union([",", ";", ":", "-", "–", "—", "|", "*", "→", "»", "«", "["])
}
