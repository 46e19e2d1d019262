import NewsdeskHTML

/// Finds the article body of a page and returns its paragraphs.
///
/// Every text block votes for the elements that contain it: prose (long
/// enough, few links) adds its length, anything else (menus, link lists,
/// short labels) subtracts. The element with the highest balance is the
/// smallest container that holds the prose without dragging furniture along.
/// Blocks inside it are then kept unless they are link lists or lines that
/// match the boilerplate phrases of `BoilerplateLines`.
/// What the content extractor found on a page.
struct MainContent {
    var paragraphs: [String]
    /// The element chosen as the article body.
    var container: Int32
    /// The element holding the first paragraph.
    var firstBlock: Int32
    /// Per node: true when it was judged furniture.
    var excluded: [Bool]
}

struct MainContentExtractor {
    /// Letters a block needs to count as prose on its own.
    static let proseLength = 60
    /// Weight of non-prose text against prose when choosing the container.
    static let furniturePenalty = 0.6
    /// A sibling of the container joins it when its own balance reaches this share of the container's.
    static let siblingShare = 0.2

    let document: HTMLDocument

    /// The article body as paragraphs, and the container it came from.
    func extract(title: String?) -> MainContent {
        let start = document.elements(named: "body").first ?? HTMLDocument.root
        var filter = BoilerplateFilter(document: document)
        // First pass on tag rules alone: where is the prose? Elements holding at least
        // half of it are then safe from class-name rules in the second pass.
        let rough = TextBlockCollector.collect(document, excluded: filter.excludedByTag(), from: start)
        let protected = majorityProseHolders(rough)

        var content = body(from: start, excluded: filter.excludedNodes(protecting: protected), title: title)
        // Class names can hide the whole article: a "paywall" or "offcanvas" word on the box
        // around the text, when comments or teasers outweigh the article so that it is not
        // protected. An empty body is then read again on tag rules alone: any text beats none.
        // (Re-reading merely short bodies too pulled comments and newsletter boxes under briefs.)
        // Only the paragraphs change: byline and date keep the first container.
        if content.paragraphs.isEmpty {
            content.paragraphs = body(from: start, excluded: filter.excludedByTag(), title: title).paragraphs
        }
        return content
    }

    /// The paragraphs of the best container once `excluded` subtrees are left out.
    private func body(from start: Int32, excluded: [Bool], title: String?) -> MainContent {
        let collector = TextBlockCollector.collect(document, excluded: excluded, from: start)
        guard !collector.blocks.isEmpty else { return MainContent(paragraphs: [], container: start, firstBlock: start, excluded: excluded) }
        // A fragment (a feed item's content) is all body: there is no page around it to leave out.
        let isFragment = document.elements(named: "html").isEmpty && document.elements(named: "body").isEmpty
        let balance = balances(collector)
        let container = isFragment ? start : bestContainer(balance, visited: collector.entry, fallback: start)
        // Bodies split across sibling boxes (a paywall cut, an ad slot between two halves):
        // siblings with a good share of prose of their own come along.
        var ranges = [(collector.entry[Int(container)], collector.exit[Int(container)])]
        if !isFragment, container != start {
            var sibling = document.nodes[Int(document.nodes[Int(container)].parent)].firstChild
            while sibling >= 0 {
                if sibling != container, collector.entry[Int(sibling)] >= 0,
                   balance[Int(sibling)] >= Self.siblingShare * balance[Int(container)] {
                    ranges.append((collector.entry[Int(sibling)], collector.exit[Int(sibling)]))
                }
                sibling = document.nodes[Int(sibling)].nextSibling
            }
        }
        let inside = collector.blocks.filter { block in
            let position = collector.entry[Int(block.owner)]
            return ranges.contains { $0.0 <= position && position <= $0.1 }
        }
        return MainContent(paragraphs: clean(inside, title: title), container: container,
                           firstBlock: inside.first(where: { !$0.isHeading })?.owner ?? container, excluded: excluded)
    }

    /// Whether a block reads as article prose.
    static func isProse(_ block: TextBlock) -> Bool {
        guard block.linkDensity < 0.34, !block.isHeading else { return false }
        if block.length >= proseLength { return true }
        return block.length >= 25 && block.text.last.map { ".!?。！？\"”»".contains($0) } == true
    }

    /// Each element's balance: prose below it minus weighted furniture below it.
    private func balances(_ collector: TextBlockCollector) -> [Double] {
        var balance = [Double](repeating: 0, count: document.nodes.count)
        for block in collector.blocks {
            let vote = Self.isProse(block) ? Double(block.length) : -Self.furniturePenalty * Double(block.length)
            var node = block.owner
            while node >= 0 {
                balance[Int(node)] += vote
                node = document.nodes[Int(node)].parent
            }
        }
        return balance
    }

    private func bestContainer(_ balance: [Double], visited: [Int32], fallback: Int32) -> Int32 {
        var best = fallback
        var bestScore = -Double.infinity
        for (i, score) in balance.enumerated() where score > 0 && visited[i] >= 0 && document.nodes[i].kind == .element {
            let weighted = score * semanticBonus(Int32(i))
            if weighted > bestScore { bestScore = weighted; best = Int32(i) }
        }
        return best
    }

    /// The elements that hold at least half of the prose of the page.
    func majorityProseHolders(_ collector: TextBlockCollector) -> Set<Int32> {
        var prose: [Int32: Int] = [:]
        var total = 0
        for block in collector.blocks where Self.isProse(block) {
            total += block.length
            var node = block.owner
            while node >= 0 {
                prose[node, default: 0] += block.length
                node = document.nodes[Int(node)].parent
            }
        }
        return Set(prose.filter { 2 * $0.value >= total && total > 0 }.keys)
    }

    /// Containers that declare themselves the article body get a small head start.
    private func semanticBonus(_ index: Int32) -> Double {
        let node = document.nodes[Int(index)]
        if node.name == "article" || node.name == "main" { return 1.1 }
        if let prop = document.attribute("itemprop", of: index), BoilerplateRules.bodyItemprops.contains(prop.lowercased()) {
            return 1.15
        }
        return 1.0
    }

    static let anchorGlyphs = Set("#¶§🔗 ".unicodeScalars)

    /// Drops link lists, headlines, boilerplate lines and the short labels at the edges.
    private func clean(_ blocks: [TextBlock], title: String?) -> [String] {
        let normalizedTitle = title.map { collapseWhitespace($0).lowercased() }
        var kept: [TextBlock] = []
        for var block in blocks {
            // "Results¶", "Method #": permalink glyphs that themes append to headings.
            if block.isHeading { block.text = block.text.trimmingScalars(in: Self.anchorGlyphs) }
            if block.tag == "h1" { continue }
            if block.linkDensity > 0.5 { continue }
            if let normalizedTitle, block.isHeading || kept.isEmpty, block.text.lowercased() == normalizedTitle { continue }
            if BoilerplateLines.isBoilerplate(block.text) { continue }
            if block.length < 60, DateParser.dateLine(block.text) != nil { continue }  // a dateline box, not text
            kept.append(block)
        }
        // Bylines, dates and labels sit just before or after the body: trim short non-sentences from the edges.
        func isLabel(_ block: TextBlock) -> Bool {
            !Self.isProse(block) && block.length < 40 && !(block.text.last.map { ".!?:\"”".contains($0) } ?? false)
        }
        while let first = kept.first, isLabel(first), !first.isHeading { kept.removeFirst() }
        while let last = kept.last, isLabel(last) || last.isHeading { kept.removeLast() }
        return kept.map(\.text)
    }
}
