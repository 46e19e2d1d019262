import NewsdeskHTML

/// Decides which elements of a page are furniture (menus, ads, comments,
/// captions, hidden parts) so that the text walk can skip them.
struct BoilerplateFilter {
    let document: HTMLDocument
    /// Characters of paragraph text below each node, to keep a container that holds the article.
    private var paragraphText: [Int]
    private var verdicts: [String: Bool] = [:]

    init(document: HTMLDocument) {
        self.document = document
        paragraphText = Array(repeating: 0, count: document.nodes.count)
        // Children follow their parents in the node array, so one backward pass sums subtrees.
        for i in stride(from: document.nodes.count - 1, through: 1, by: -1) {
            let node = document.nodes[i]
            if node.kind == .text, document.nodes[Int(node.parent)].name == "p" {
                paragraphText[i] = node.text.utf8.count
            }
            paragraphText[Int(node.parent)] += paragraphText[i]
        }
    }

    /// One flag per node: true when the node and everything below it is boilerplate.
    mutating func excludedNodes() -> [Bool] {
        var excluded = Array(repeating: false, count: document.nodes.count)
        let total = max(1, paragraphText[0])
        for i in 1..<document.nodes.count {
            let node = document.nodes[i]
            if excluded[Int(node.parent)] { excluded[i] = true; continue }
            guard node.kind == .element else { continue }
            let share = Double(paragraphText[i]) / Double(total)
            excluded[i] = isBoilerplate(Int32(i), share: share)
        }
        return excluded
    }

    private mutating func isBoilerplate(_ index: Int32, share: Double) -> Bool {
        let node = document.nodes[Int(index)]
        if BoilerplateRules.droppedTags.contains(node.name) { return true }
        if BoilerplateRules.furnitureTags.contains(node.name), share < 0.4 { return true }
        if isHidden(index) { return share < 0.5 }
        var classAndID = ""
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" || attribute.name == "role" {
            classAndID += " " + attribute.value
        }
        if let role = document.attribute("role", of: index),
           ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"].contains(role) {
            return share < 0.4
        }
        guard !classAndID.isEmpty else { return false }
        let verdict: Bool
        if let cached = verdicts[classAndID] {
            verdict = cached
        } else {
            verdict = Self.marksBoilerplate(classAndID)
            verdicts[classAndID] = verdict
        }
        // A container holding most of the article text stays, whatever its name says.
        return verdict && share < 0.4
    }

    private func isHidden(_ index: Int32) -> Bool {
        for attribute in document.nodes[Int(index)].attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if attribute.value == "true" { return true }
            case "style":
                let style = String(attribute.value.lowercased().unicodeScalars.filter { $0 != " " })
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }

    /// True when class/id words name furniture and no content word overrides them.
    static func marksBoilerplate(_ classAndID: String) -> Bool {
        let tokens = classTokens(classAndID)
        var boilerplate = false
        for token in tokens {
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
        for word in value.split(whereSeparator: { !$0.isLetter }) {
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
