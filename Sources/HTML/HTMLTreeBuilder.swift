/// Builds an `HTMLDocument` from tokens, repairing markup the way browsers
/// do in the cases that change which text belongs together: implied end tags
/// (`<p>`, `<li>`, table cells), stray end tags, content after `</body>`,
/// and body content that starts before `</head>`. Misnested formatting
/// elements are closed rather than re-opened (the text is kept either way).
struct HTMLTreeBuilder: HTMLTokenSink {
    private var document = HTMLDocument()
    private var stack: [Int32] = [HTMLDocument.root]
    private var singletons: [String: Int32] = [:]

    /// Deeper nesting is flattened: pathological pages must not exhaust memory or recursion.
    static let maximumDepth = 256

    private var current: Int32 { stack[stack.count - 1] }

    func finish() -> HTMLDocument { document }

    mutating func startTag(_ name: String, attributes: [HTMLAttribute], selfClosing: Bool) {
        if name == "html" || name == "head" || name == "body" {
            if let existing = singletons[name] {
                mergeAttributes(attributes, into: existing)
                return
            }
            if name == "body" { closeHead() }
        } else if !HTMLTags.headContent.contains(name) {
            closeHead()
        }
        closeImplied(before: name)
        if stack.count >= Self.maximumDepth, !HTMLTags.void.contains(name) { return }
        let index = append(HTMLNode(kind: .element, name: name, parent: current), attributes: attributes)
        if name == "html" || name == "head" || name == "body" { singletons[name] = index }
        if !HTMLTags.void.contains(name), !(selfClosing && !HTMLTags.rawText.contains(name) && isForeign(name)) {
            stack.append(index)
        }
    }

    mutating func endTag(_ name: String) {
        if name == "br" { startTag("br", attributes: [], selfClosing: true); return }
        if name == "body" || name == "html" || HTMLTags.void.contains(name) { return }
        let boundary = HTMLTags.scopeBoundary.contains(name) ? [] as Set<String> : HTMLTags.scopeBoundary
        var i = stack.count - 1
        while i > 0 {
            let open = document.nodes[Int(stack[i])].name
            if open == name {
                stack.removeSubrange(i...)
                return
            }
            if boundary.contains(open) { return }
            i -= 1
        }
    }

    mutating func text(_ text: String) {
        if singletons["head"] != nil, stack.contains(singletons["head"]!),
           !HTMLTags.headContent.contains(document.nodes[Int(current)].name),
           text.utf8.contains(where: { !isWhitespace($0) }) {
            closeHead()
        }
        let parent = current
        let last = document.nodes[Int(parent)].lastChild
        if last >= 0, document.nodes[Int(last)].kind == .text {
            document.nodes[Int(last)].text += text
            return
        }
        var node = HTMLNode(kind: .text, name: "#text", parent: parent)
        node.text = text
        append(node, attributes: [])
    }

    // MARK: - Helpers

    @discardableResult
    private mutating func append(_ node: HTMLNode, attributes: [HTMLAttribute]) -> Int32 {
        var node = node
        node.attributes = attributes
        let index = Int32(document.nodes.count)
        let parent = Int(node.parent)
        let previous = document.nodes[parent].lastChild
        node.previousSibling = previous
        document.nodes.append(node)
        if previous >= 0 {
            document.nodes[Int(previous)].nextSibling = index
        } else {
            document.nodes[parent].firstChild = index
        }
        document.nodes[parent].lastChild = index
        return index
    }

    private mutating func mergeAttributes(_ attributes: [HTMLAttribute], into index: Int32) {
        for attribute in attributes where !document.nodes[Int(index)].attributes.contains(where: { $0.name == attribute.name }) {
            document.nodes[Int(index)].attributes.append(attribute)
        }
    }

    /// Leaves <head> when body content arrives without `</head>`.
    private mutating func closeHead() {
        guard let head = singletons["head"], let position = stack.firstIndex(of: head) else { return }
        stack.removeSubrange(position...)
    }

    /// Closes the elements that a new start tag ends implicitly.
    private mutating func closeImplied(before name: String) {
        if HTMLTags.closesParagraph.contains(name) { closeInScope("p", stoppingAt: HTMLTags.scopeBoundary) }
        switch name {
        case "li":
            closeInScope("li", stoppingAt: HTMLTags.scopeBoundary.union(["ul", "ol"]))
        case "dd", "dt":
            closeInScope("dd", stoppingAt: HTMLTags.scopeBoundary.union(["dl"]))
            closeInScope("dt", stoppingAt: HTMLTags.scopeBoundary.union(["dl"]))
        case "tr":
            closeInScope("tr", stoppingAt: ["table", "html"])
        case "td", "th":
            closeInScope("td", stoppingAt: ["tr", "table", "html"])
            closeInScope("th", stoppingAt: ["tr", "table", "html"])
        case "option":
            if document.nodes[Int(current)].name == "option" { stack.removeLast() }
        case "a":
            closeInScope("a", stoppingAt: HTMLTags.scopeBoundary)
        default:
            if HTMLTags.headings.contains(name), HTMLTags.headings.contains(document.nodes[Int(current)].name) {
                stack.removeLast()
            }
        }
    }

    private mutating func closeInScope(_ name: String, stoppingAt boundary: Set<String>) {
        var i = stack.count - 1
        while i > 0 {
            let open = document.nodes[Int(stack[i])].name
            if open == name {
                stack.removeSubrange(i...)
                return
            }
            if boundary.contains(open) { return }
            i -= 1
        }
    }

    /// SVG and MathML elements honour `/>`; HTML elements ignore it.
    private func isForeign(_ name: String) -> Bool {
        stack.contains { let n = document.nodes[Int($0)].name; return n == "svg" || n == "math" } || name == "svg" || name == "math"
    }
}
