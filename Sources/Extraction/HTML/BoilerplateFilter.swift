import NewsdeskHTML

/// Decides which elements of a page are furniture (menus, ads, comments,
/// captions, hidden parts) so that the text walk can skip them.
struct BoilerplateFilter {
    let document: HTMLDocument
    private var verdicts: [String: Bool] = [:]

    init(document: HTMLDocument) {
        self.document = document
    }

    /// Elements that never hold article text, by tag alone.
    func excludedByTag() -> [Bool] {
        var excluded = Array(repeating: false, count: document.nodes.count)
        for i in 1..<document.nodes.count {
            excluded[i] = excluded[Int(document.nodes[i].parent)]
                || document.nodes[i].kind == .element && BoilerplateRules.droppedTags.contains(document.nodes[i].name)
                    && !isUnclosedControl(Int32(i))
        }
        return excluded
    }

    /// A <button> or <label> left open wraps the rest of the page, paragraphs and all;
    /// one that holds block elements is not a control and is not dropped.
    private func isUnclosedControl(_ index: Int32) -> Bool {
        let name = document.nodes[Int(index)].name
        guard name == "button" || name == "label" else { return false }
        var child = document.nodes[Int(index)].firstChild
        while child >= 0 {
            if document.nodes[Int(child)].flags.contains(.block), document.nodes[Int(child)].name != "br" { return true }
            child = document.nodes[Int(child)].nextSibling
        }
        return false
    }

    /// One flag per node: true when the node and everything below it is furniture.
    /// Nodes in `protected` (the container that holds the prose, and its ancestors)
    /// stay whatever their class names say: sites wrap articles in "hidden-xs",
    /// "read_more" or "date-outer" boxes.
    mutating func excludedNodes(protecting protected: Set<Int32>) -> [Bool] {
        var excluded = excludedByTag()
        for card in teaserCards() where !protected.contains(card) { excluded[Int(card)] = true }
        for i in 1..<document.nodes.count where !excluded[i] {
            if excluded[Int(document.nodes[i].parent)] { excluded[i] = true; continue }
            guard document.nodes[i].kind == .element, !protected.contains(Int32(i)) else { continue }
            excluded[i] = isFurniture(Int32(i))
        }
        return excluded
    }

    private mutating func isFurniture(_ index: Int32) -> Bool {
        let name = document.nodes[Int(index)].name
        if name == "header", hasArticleAncestor(index) { return false }  // the article's own header: standfirst, lead
        if BoilerplateRules.furnitureTags.contains(name) || isHidden(index) { return true }
        var classAndID = ""
        for attribute in document.nodes[Int(index)].attributes where attribute.name == "class" || attribute.name == "id" {
            if attribute.name == "id", Self.isTextDerived(attribute.value) { continue }
            classAndID += " " + attribute.value
        }
        if let role = document.attribute("role", of: index),
           ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"].contains(role) {
            return true
        }
        guard !classAndID.isEmpty else { return false }
        if let cached = verdicts[classAndID] { return cached }
        let verdict = Self.marksBoilerplate(classAndID)
        verdicts[classAndID] = verdict
        return verdict
    }

    /// Lists of teasers for other stories: three or more sibling elements of the same
    /// tag and class where most hold a linked headline ("card" grids, "more stories").
    /// Their blurbs read like prose, so only their repetition gives them away.
    func teaserCards() -> [Int32] {
        let nodes = document.nodes
        var linkedHeading = [Bool](repeating: false, count: nodes.count)
        // Bottom-up: a heading with a link inside (or around it) marks every ancestor.
        // Links to an anchor on the same page ("#section") are not headlines of other stories.
        func leavesThePage(_ link: Int) -> Bool { !(document.attribute("href", of: Int32(link))?.hasPrefix("#") ?? true) }
        for i in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[i].kind == .element {
            let parent = Int(nodes[i].parent)
            let headingInLink = nodes[i].flags.contains(.heading) && nodes[parent].name == "a" && leavesThePage(parent)
            let linkInHeading = nodes[i].name == "a" && nodes[parent].flags.contains(.heading) && leavesThePage(i)
            if linkedHeading[i] || headingInLink || linkInHeading { linkedHeading[parent] = true }
        }
        var cards: [Int32] = []
        for parent in nodes.indices where nodes[parent].kind == .element && linkedHeading[parent] {
            var groups: [String: [Int32]] = [:]
            var child = nodes[parent].firstChild
            while child >= 0 {
                if nodes[Int(child)].kind == .element {
                    let signature = nodes[Int(child)].name + "." + (document.attribute("class", of: child) ?? "")
                    groups[signature, default: []].append(child)
                }
                child = nodes[Int(child)].nextSibling
            }
            // Cards are boxes holding a headline and a blurb; headings themselves are not cards.
            for members in groups.values where members.count >= 3 && !nodes[Int(members[0])].flags.contains(.heading) {
                let withHeadline = members.filter { linkedHeading[Int($0)] }.count
                if 3 * withHeadline >= 2 * members.count { cards.append(contentsOf: members) }
            }
        }
        return cards
    }

    private func hasArticleAncestor(_ index: Int32) -> Bool {
        var node = document.nodes[Int(index)].parent
        while node > 0 {
            if document.nodes[Int(node)].name == "article" || document.nodes[Int(node)].name == "main" { return true }
            node = document.nodes[Int(node)].parent
        }
        return false
    }

    private func isHidden(_ index: Int32) -> Bool {
        for attribute in document.nodes[Int(index)].attributes {
            switch attribute.name {
            case "hidden": return true
            case "class":
                if attribute.value.split(separator: " ").contains(where: { BoilerplateRules.hidingClasses.contains($0.lowercased()) }) {
                    return true
                }
            case "aria-hidden": if attribute.value == "true" { return true }
            case "style":
                let style = String(attribute.value.lowercased().unicodeScalars.filter { $0 != " " })
                if style.has("display:none") || style.has("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }

    /// Ids made from a heading's words ("what-are-you-looking-forward-to-next") or from a URL
    /// name the text, not the element's role.
    static func isTextDerived(_ id: String) -> Bool {
        id.contains("/") || id.contains(":") || id.split(whereSeparator: { $0 == "-" || $0 == "_" }).count >= 4
    }

    /// True when class/id words name furniture and no content word overrides them.
    static func marksBoilerplate(_ classAndID: String) -> Bool {
        // The author box under a post ("author-bio", "about-the-author"): its own words, even beside "content".
        let lower = classAndID.lowercased()
        if BoilerplateRules.authorBoxMarkers.contains(where: { lower.has($0) }) { return true }
        let tokens = classTokens(classAndID)
        var boilerplate = false
        for token in tokens where !BoilerplateRules.notBoilerplate.contains(token) {
            if hasPrefix(token, in: BoilerplateRules.strongPrefixSet) { return true }
            if BoilerplateRules.boilerplateTokens.contains(token) || hasPrefix(token, in: BoilerplateRules.prefixSet) {
                boilerplate = true
            }
        }
        guard boilerplate else { return false }
        return !tokens.contains { BoilerplateRules.contentTokens.contains($0) }
    }

    /// True when some prefix of `token` is in `set` (a few hash look-ups instead of a scan of the list).
    private static func hasPrefix(_ token: String, in set: Set<Substring>) -> Bool {
        var end = token.startIndex
        var length = 0
        while end < token.endIndex, length < BoilerplateRules.longestPrefix {
            end = token.index(after: end)
            length += 1
            if length >= 2, set.contains(token[..<end]) { return true }
        }
        return false
    }

    /// Lowercase words of class/id values: split at non-letters and at camelCase
    /// boundaries, plus each joined word ("articleBody" gives "article", "body", "articlebody").
    static func classTokens(_ value: String) -> [String] {
        var tokens: [String] = []
        let names = value.split(separator: " ").filter { name in
            let lower = name.lowercased()
            return !BoilerplateRules.descriptiveClassPrefixes.contains { lower.hasPrefix($0) }
        }.map { name in
            // A BEM modifier ("section--has-ads", "gallery--with-sidebar") describes a variant, not the element.
            name.range(of: "--").map { name[..<$0.lowerBound] } ?? name
        }
        for word in names.joined(separator: " ").split(whereSeparator: { !$0.isLetter }) {
            let lower = word.lowercased()
            tokens.append(lower)
            var part = ""
            for character in word {
                if character.isUppercase, !part.isEmpty { tokens.append(part.lowercased()); part = "" }
                part.append(character)
            }
            if part.count < word.count { tokens.append(part.lowercased()) }
        }
        return tokens
    }
}
