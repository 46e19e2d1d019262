/// Element categories from the HTML standard that the parser and the
/// text walkers need. Kept as data so that a rule reads as a lookup.
public enum HTMLTags {
    /// Elements that never have content or an end tag.
    public static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound",
    ]

    /// Elements whose content is raw text up to their own end tag.
    static let rawText: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext",
    ]

    /// Raw-text elements whose character references are decoded (RCDATA).
    static let escapableRawText: Set<String> = ["title", "textarea"]

    /// Start tags that close an open <p> (the standard's "close a p element" list).
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
        "li", "dd", "dt", "listing", "plaintext", "summary", "search",
    ]

    /// Elements that bound the search for an open element to close.
    static let scopeBoundary: Set<String> = [
        "html", "table", "td", "th", "caption", "template", "object", "marquee", "applet", "button",
    ]

    /// Elements allowed in <head>; any other start tag ends the head.
    static let headContent: Set<String> = [
        "meta", "link", "title", "script", "style", "noscript", "base", "template",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements that start a new line of text when rendered.
    public static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "summary",
        "option", "select", "textarea", "title", "menu", "picture", "video", "audio",
    ]

    /// True when an element separates the words on either side of it.
    public static func breaksText(_ name: String) -> Bool {
        block.contains(name) || name == "img" || name == "td" || name == "th"
    }

    /// The categories of a tag, looked up once per tag instead of once per rule.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let void = Flags(rawValue: 1 << 0)
        public static let rawText = Flags(rawValue: 1 << 1)
        public static let closesParagraph = Flags(rawValue: 1 << 2)
        public static let scopeBoundary = Flags(rawValue: 1 << 3)
        public static let headContent = Flags(rawValue: 1 << 4)
        public static let heading = Flags(rawValue: 1 << 5)
        public static let block = Flags(rawValue: 1 << 6)
        public static let implying = Flags(rawValue: 1 << 7)
    }

    private static let flagTable: [String: Flags] = {
        var table: [String: Flags] = [:]
        let sets: [(Set<String>, Flags)] = [
            (void, .void), (rawText, .rawText), (closesParagraph, .closesParagraph), (scopeBoundary, .scopeBoundary),
            (headContent, .headContent), (headings, .heading), (block, .block),
            (["p", "li", "dd", "dt", "tr", "td", "th", "a", "svg", "math"], .implying),
        ]
        for (names, flag) in sets {
            for name in names { table[name, default: []].insert(flag) }
        }
        return table
    }()

    public static func flags(_ name: String) -> Flags { flagTable[name] ?? [] }
}
