import NewsdeskHTML

/// A run of text between two block boundaries of a page, e.g. one paragraph.
struct TextBlock {
    /// The nearest block-level element that holds the text.
    var owner: Int32
    var tag: String
    var text: String
    /// Letters and digits in the text (spaces and punctuation do not count).
    var length: Int
    /// The part of `length` inside links.
    var linkLength: Int

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
    var isHeading: Bool { tag.count == 2 && tag.first == "h" && tag.last!.isNumber }
    var isListItem: Bool { tag == "li" || tag == "dd" || tag == "dt" }
}

/// Splits the visible text of a page into blocks, skipping excluded subtrees,
/// and numbers every element in document order so that "is this block inside
/// that element" is a comparison of two integers.
struct TextBlockCollector {
    let document: HTMLDocument
    let excluded: [Bool]
    private(set) var blocks: [TextBlock] = []
    /// Pre-order number of each element on entry, and the last number used inside it.
    private(set) var entry: [Int32]
    private(set) var exit: [Int32]
    private var counter: Int32 = 0
    private var buffer = ""
    private var bufferLength = 0
    private var bufferLinkLength = 0

    /// Marks a <br> in the buffer: newlines in the source are mere whitespace, a <br> is a line break.
    static let lineBreakScalar: Unicode.Scalar = "\u{E000}"
    static let lineBreakCharacter = Character(lineBreakScalar)
    static let lineBreak = String(lineBreakCharacter)

    init(document: HTMLDocument, excluded: [Bool]) {
        self.document = document
        self.excluded = excluded
        entry = Array(repeating: -1, count: document.nodes.count)
        exit = Array(repeating: -1, count: document.nodes.count)
    }

    /// The blocks below `start`, skipping excluded subtrees.
    static func collect(_ document: HTMLDocument, excluded: [Bool], from start: Int32) -> TextBlockCollector {
        var collector = TextBlockCollector(document: document, excluded: excluded)
        collector.walk(start, owner: start, inLink: false)
        collector.flush(owner: start)
        return collector
    }

    private mutating func walk(_ index: Int32, owner: Int32, inLink: Bool) {
        // Fields are read in place: copying a whole node retains its strings and attributes.
        let i = Int(index)
        switch document.nodes[i].kind {
        case .text:
            append(document.nodes[i].text, inLink: inLink)
        case .document, .element:
            guard !excluded[i] else { return }
            counter += 1
            entry[i] = counter
            defer { exit[i] = counter }
            let name = document.nodes[i].name
            if name == "br" { buffer += Self.lineBreak; return }
            let isBlock = document.nodes[i].flags.contains(.block)
            if isBlock { flush(owner: owner) }
            let childOwner = isBlock ? index : owner
            let childInLink = inLink || name == "a"
            var child = document.nodes[i].firstChild
            while child >= 0 {
                walk(child, owner: childOwner, inLink: childInLink)
                child = document.nodes[Int(child)].nextSibling
            }
            if isBlock { flush(owner: index) }
        }
    }

    private mutating func append(_ text: String, inLink: Bool) {
        let letters = countLettersAndDigits(text)
        buffer += text
        bufferLength += letters
        if inLink { bufferLinkLength += letters }
    }

    private mutating func flush(owner: Int32) {
        defer { buffer = ""; bufferLength = 0; bufferLinkLength = 0 }
        guard bufferLength > 0 else { return }
        let text: String
        if document.nodes[Int(owner)].name == "pre" {
            text = String(buffer.map { $0 == Self.lineBreakCharacter ? "\n" : $0 })
        } else if buffer.unicodeScalars.contains(Self.lineBreakScalar) {
            text = buffer.split(separator: Self.lineBreakCharacter).map { collapseWhitespace(String($0)) }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        } else {
            text = collapseWhitespace(buffer)
        }
        blocks.append(TextBlock(owner: owner, tag: document.nodes[Int(owner)].name, text: text,
                                length: bufferLength, linkLength: bufferLinkLength))
    }
}
