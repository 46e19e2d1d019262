/// A parsed HTML page: a flat array of nodes linked by index.
///
/// Nodes live in one array and point at each other by index, so building a
/// tree costs no allocation per node beyond its strings; node 0 is the document.
public struct HTMLDocument: Sendable {
    /// Every node of the page in document order; index 0 is the document root.
    public internal(set) var nodes: [HTMLNode]

    /// The index of the document root.
    public static let root: Int32 = 0

    init() {
        nodes = [HTMLNode(kind: .document, name: "#document", parent: -1)]
        nodes.reserveCapacity(2048)
    }

    /// Parses HTML from UTF-8 bytes. Never fails: malformed markup is repaired
    /// as browsers would in the common cases (unclosed tags, stray end tags).
    public init(utf8 bytes: some Collection<UInt8>) {
        let parsed = bytes.withContiguousStorageIfAvailable { buffer -> HTMLDocument in
            var tokenizer = HTMLTokenizer(input: buffer, sink: HTMLTreeBuilder())
            tokenizer.run()
            return tokenizer.sink.finish()
        }
        self = parsed ?? HTMLDocument(utf8: Array(bytes))
    }

    /// Parses HTML held in a string.
    public init(html: String) {
        var text = html
        self = text.withUTF8 { HTMLDocument(utf8: $0) }
    }

    public subscript(index: Int32) -> HTMLNode {
        nodes[Int(index)]
    }

    /// The children of a node, in order.
    public func children(of index: Int32) -> ChildSequence {
        ChildSequence(nodes: nodes, next: nodes[Int(index)].firstChild)
    }

    /// The value of an attribute of an element (names are lowercase), or nil.
    public func attribute(_ name: String, of index: Int32) -> String? {
        for attribute in nodes[Int(index)].attributes where attribute.name == name {
            return attribute.value
        }
        return nil
    }

    /// All descendant elements of `index` in document order (the node itself excluded).
    public func descendants(of index: Int32) -> [Int32] {
        var result: [Int32] = []
        var stack: [Int32] = []
        var child = nodes[Int(index)].lastChild
        while child >= 0 { stack.append(child); child = nodes[Int(child)].previousSibling }
        while let current = stack.popLast() {
            result.append(current)
            var c = nodes[Int(current)].lastChild
            while c >= 0 { stack.append(c); c = nodes[Int(c)].previousSibling }
        }
        return result
    }

    /// Every element with the given tag name, in document order.
    public func elements(named name: String) -> [Int32] {
        var result: [Int32] = []
        for (i, node) in nodes.enumerated() where node.kind == .element && node.name == name {
            result.append(Int32(i))
        }
        return result
    }

    /// The concatenated text below a node, with whitespace collapsed.
    public func textContent(of index: Int32) -> String {
        var out = ""
        appendText(of: index, to: &out)
        return collapseWhitespace(out)
    }

    private func appendText(of index: Int32, to out: inout String) {
        let node = nodes[Int(index)]
        if node.kind == .text { out += node.text; return }
        if node.kind == .element, HTMLTags.breaksText(node.name) { out += " " }
        var child = node.firstChild
        while child >= 0 {
            appendText(of: child, to: &out)
            child = nodes[Int(child)].nextSibling
        }
        if node.kind == .element, HTMLTags.breaksText(node.name) { out += " " }
    }

    /// Iterates the children of a node.
    public struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [HTMLNode]
        var upcoming: Int32
        init(nodes: [HTMLNode], next: Int32) {
            self.nodes = nodes
            self.upcoming = next
        }
        public mutating func next() -> Int32? {
            guard upcoming >= 0 else { return nil }
            defer { upcoming = nodes[Int(upcoming)].nextSibling }
            return upcoming
        }
    }
}

/// One node of an `HTMLDocument`.
public struct HTMLNode: Sendable {
    public enum Kind: UInt8, Sendable { case document, element, text }

    public var kind: Kind
    /// Lowercase tag name for elements, "#text" for text, "#document" for the root.
    public var name: String
    public var attributes: [HTMLAttribute] = []
    /// The decoded text of a text node (empty for elements).
    public var text: String = ""
    public var parent: Int32
    public var firstChild: Int32 = -1
    public var lastChild: Int32 = -1
    public var nextSibling: Int32 = -1
    public var previousSibling: Int32 = -1

    init(kind: Kind, name: String, parent: Int32) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }
}

/// A name/value pair on an element; names are lowercase.
public struct HTMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String
}

/// Collapses runs of whitespace (including no-break spaces) to one space and trims the ends.
public func collapseWhitespace(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
            pendingSpace = !out.isEmpty
        } else {
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
    }
    return String(out)
}
