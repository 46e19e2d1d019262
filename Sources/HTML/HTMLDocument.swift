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
    /// The tag's categories (block, void, heading …), empty for text.
    public var flags: HTMLTags.Flags = []
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

/// Collapses runs of whitespace (including no-break and other Unicode spaces) to one space and trims the ends.
///
/// Works on UTF-8 bytes: it runs over every text node of every page, and
/// per-scalar Unicode property look-ups made it the extractor's top cost.
public func collapseWhitespace(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String in
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let length = whitespaceLength(bytes, at: i)
            if length > 0 {
                pendingSpace = !out.isEmpty
                i += length
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The byte length of the whitespace character at `i` (0 when there is none):
/// ASCII spaces, U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
@inline(__always)
func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b = bytes[i]
    if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
    let n = bytes.count
    switch b {
    case 0xC2 where i + 1 < n:
        return bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85 ? 2 : 0
    case 0xE1 where i + 2 < n:
        return bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80 ? 3 : 0
    case 0xE2 where i + 2 < n:
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b1 == 0x80 { return (b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0 }
        return b1 == 0x81 && b2 == 0x9F ? 3 : 0
    case 0xE3 where i + 2 < n:
        return bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : 0
    case 0xEF where i + 2 < n:
        return bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF ? 3 : 0
    default:
        return 0
    }
}

/// Letters and digits in a text; ASCII is counted without Unicode look-ups.
public func countLettersAndDigits(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
        let v = scalar.value
        if v < 0x80 {
            if (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) { count += 1 }
        } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            count += 1
        }
    }
    return count
}
