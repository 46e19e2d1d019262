/// Builds an `HTMLDocument` from tokens, repairing markup the way browsers
/// do in the cases that change which text belongs together: implied end tags
/// (`<p>`, `<li>`, table cells), stray end tags, content after `</body>`,
/// and body content that starts before `</head>`. Misnested formatting
/// elements are closed rather than re-opened (the text is kept either way).
struct HTMLTreeBuilder: HTMLTokenSink {
    private var document = HTMLDocument()
    private var stack: [Int32] = [HTMLDocument.root]
    private var singletons: [String: Int32] = [:]
    /// How many elements of each name that implies end tags are open: most start
    /// tags then need no walk up the stack (the walk cost a fifth of parsing).
    private var openImplying: [String: Int] = [:]
    private var headOpen = false

    /// Deeper nesting is flattened: pathological pages must not exhaust memory or recursion.
    static let maximumDepth = 256

    private var current: Int32 { stack[stack.count - 1] }

    func finish() -> HTMLDocument { document }

    mutating func startTag(_ name: String, attributes: [HTMLAttribute], selfClosing: Bool) {
        let flags = HTMLTags.flags(name)
        if name == "html" || name == "head" || name == "body" {
            if let existing = singletons[name] {
                mergeAttributes(attributes, into: existing)
                return
            }
            if name == "body" { closeHead() }
        } else if !flags.contains(.headContent), headOpen {
            closeHead()
        }
        closeImplied(before: name, flags: flags)
        if stack.count >= Self.maximumDepth, !flags.contains(.void) { return }
        var node = HTMLNode(kind: .element, name: name, parent: current)
        node.flags = flags
        let index = append(node, attributes: attributes)
        if name == "html" || name == "head" || name == "body" { singletons[name] = index }
        if !flags.contains(.void), !(selfClosing && !flags.contains(.rawText) && isForeign(name)) {
            stack.append(index)
            if flags.contains(.implying) { openImplying[name, default: 0] += 1 }
            if name == "head" { headOpen = true }
        }
    }

    mutating func endTag(_ name: String) {
        if name == "br" { startTag("br", attributes: [], selfClosing: true); return }
        let flags = HTMLTags.flags(name)
        if name == "body" || name == "html" || flags.contains(.void) { return }
        let crossesBoundaries = flags.contains(.scopeBoundary)
        var i = stack.count - 1
        while i > 0 {
            let open = document.nodes[Int(stack[i])]
            if open.name == name {
                pop(from: i)
                return
            }
            if !crossesBoundaries, open.flags.contains(.scopeBoundary) { return }
            i -= 1
        }
    }

    /// Closes the open elements from stack position `position` up.
    private mutating func pop(from position: Int) {
        for index in stack[position...] {
            let node = document.nodes[Int(index)]
            if node.flags.contains(.implying) { openImplying[node.name, default: 1] -= 1 }
            if node.name == "head" { headOpen = false }
        }
        stack.removeSubrange(position...)
    }

    mutating func text(_ text: String) {
        if headOpen, !document.nodes[Int(current)].flags.contains(.headContent),
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
        pop(from: position)
    }

    /// Closes the elements that a new start tag ends implicitly.
    private mutating func closeImplied(before name: String, flags: HTMLTags.Flags) {
        if flags.contains(.closesParagraph) { closeInScope("p", stoppingAt: HTMLTags.scopeBoundary) }
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
            if document.nodes[Int(current)].name == "option" { pop(from: stack.count - 1) }
        case "a":
            closeInScope("a", stoppingAt: HTMLTags.scopeBoundary)
        default:
            if flags.contains(.heading), document.nodes[Int(current)].flags.contains(.heading) {
                pop(from: stack.count - 1)
            }
        }
    }

    private mutating func closeInScope(_ name: String, stoppingAt boundary: Set<String>) {
        guard openImplying[name, default: 0] > 0 else { return }
        var i = stack.count - 1
        while i > 0 {
            let open = document.nodes[Int(stack[i])].name
            if open == name {
                pop(from: i)
                return
            }
            if boundary.contains(open) { return }
            i -= 1
        }
    }

    /// SVG and MathML elements honour `/>`; HTML elements ignore it.
    private func isForeign(_ name: String) -> Bool {
        openImplying["svg", default: 0] > 0 || openImplying["math", default: 0] > 0 || name == "svg" || name == "math"
    }
}
