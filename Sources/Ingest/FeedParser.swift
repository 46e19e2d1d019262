import CLibXML2
import NewsdeskModel

/// One item of an RSS or Atom feed, as the feed states it.
struct FeedItem {
    var title: String?
    var link: String?
    var byline: String?
    var published: String?
    /// "rss pubDate", "rss dc:date", "atom published", "atom updated".
    var publishedSource: String?
    var content: String?
    var format: RawDocument.Format = .text
    /// The item's declared language, else its feed's: RSS <dc:language> or <language>, Atom xml:lang.
    var language: String?
}

/// Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed with libxml2.
/// The parser runs in recovery mode and never fetches anything: no network,
/// no external entities, no DTD loading.
enum FeedParser {
    struct NotAFeed: Error {
        var reason: String
    }

    private static let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    /// libxml2 must be initialised once before it is used from several threads.
    private static let initialised: Void = xmlInitParser()

    /// The feed's items; `xml` is already decoded, so the document's own encoding declaration is ignored.
    static func items(in xml: String) -> Result<[FeedItem], NotAFeed> {
        _ = initialised
        let parsed = xml.withCString { xmlReadMemory($0, Int32(xml.utf8.count), nil, "UTF-8", options) }
        guard let document = parsed else { return .failure(NotAFeed(reason: "the XML could not be parsed")) }
        defer { xmlFreeDoc(document) }
        guard let rootNode = xmlDocGetRootElement(document) else { return .failure(NotAFeed(reason: "no root element")) }
        let root = Element(rootNode, document)
        switch root.key {
        case "rss":
            // RSS 0.9x/2.0: items inside <channel>.
            return .success(root.children("channel").flatMap { channel in
                let language = channel.child("language")?.text.nonEmpty ?? channel.child("dc:language")?.text.nonEmpty
                return channel.children("item").map { rssItem($0, feedLanguage: language) }
            })
        case "rdf:RDF":
            // RSS 1.0: items beside <channel>, as children of the root.
            let language = root.child("channel")?.child("dc:language")?.text.nonEmpty
            return .success(root.children("item").map { rssItem($0, feedLanguage: language) })
        case "atom:feed", "feed":
            let feedAuthors = authors(of: root)
            let language = root.attribute("lang")  // xml:lang
            return .success(root.children("atom:entry", "entry").map { atomItem($0, feedAuthors: feedAuthors, feedLanguage: language) })
        default:
            return .failure(NotAFeed(reason: "the root element is <\(root.key)>"))
        }
    }

    // MARK: - RSS

    private static func rssItem(_ item: Element, feedLanguage: String?) -> FeedItem {
        var result = FeedItem()
        result.language = item.child("dc:language")?.text.nonEmpty ?? feedLanguage
        result.title = item.child("title")?.text.nonEmpty
        result.link = item.child("link")?.text.nonEmpty
            ?? item.child("guid").flatMap { guid in
                let permalink = guid.attribute("isPermaLink")?.lowercased() != "false" && guid.text.hasPrefix("http")
                return permalink ? guid.text : nil
            }
            ?? item.attribute("about")
        let creators = item.children("dc:creator").compactMap { $0.text.nonEmpty }
        result.byline = creators.isEmpty ? item.child("author")?.text.nonEmpty.map(nameInAuthorField) : creators.joined(separator: ", ")
        if let date = item.child("pubDate")?.text.nonEmpty {
            (result.published, result.publishedSource) = (date, "rss pubDate")
        } else if let date = item.child("dc:date")?.text.nonEmpty {
            (result.published, result.publishedSource) = (date, "rss dc:date")
        }
        if let content = item.child("content:encoded")?.text.nonEmpty ?? item.child("description")?.text.nonEmpty {
            result.content = content
            result.format = FormatSniffer.containsMarkup(content) ? .html : .text
        }
        return result
    }

    /// RSS <author> holds an e-mail address, often with the name in parentheses: "jo@example.com (Jo Bloggs)".
    private static func nameInAuthorField(_ field: String) -> String {
        guard let open = field.firstIndex(of: "("), let close = field.lastIndex(of: ")"), open < close else { return field }
        let name = String(field[field.index(after: open)..<close]).trimmingASCIIWhitespace()
        return name.isEmpty ? field : name
    }

    // MARK: - Atom

    private static func atomItem(_ entry: Element, feedAuthors: [String], feedLanguage: String?) -> FeedItem {
        var result = FeedItem()
        result.language = entry.attribute("lang") ?? feedLanguage
        result.title = entry.child("atom:title", "title").map(plainText)?.nonEmpty
        let links = entry.children("atom:link", "link").filter { $0.attribute("href") != nil }
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
        result.link = (alternate ?? links.first)?.attribute("href")
        // An entry without authors inherits the feed's (RFC 4287 §4.2.1).
        let entryAuthors = authors(of: entry)
        result.byline = (entryAuthors.isEmpty ? feedAuthors : entryAuthors).joined(separator: ", ").nonEmpty
        if let date = entry.child("atom:published", "published")?.text.nonEmpty {
            (result.published, result.publishedSource) = (date, "atom published")
        } else if let date = entry.child("atom:updated", "updated")?.text.nonEmpty {
            (result.published, result.publishedSource) = (date, "atom updated")
        }
        if let (content, format) = entry.child("atom:content", "content").flatMap(atomText)
            ?? entry.child("atom:summary", "summary").flatMap(atomText) {
            result.content = content
            result.format = format
        }
        return result
    }

    private static func authors(of element: Element) -> [String] {
        element.children("atom:author", "author").compactMap { $0.child("atom:name", "name")?.text.nonEmpty }
    }

    /// The content of an Atom text construct or <content>, with the format its `type` implies.
    private static func atomText(_ element: Element) -> (String, RawDocument.Format)? {
        // Out-of-line content (src=…) is not in the feed.
        guard element.attribute("src") == nil else { return nil }
        let type = element.attribute("type")?.lowercased() ?? "text"
        switch type {
        case "xhtml", "application/xhtml+xml":
            // The markup sits inside one wrapping <div>, which is not part of the content.
            let wrapper = element.elements.count == 1 && element.elements[0].name == "div" ? element.elements[0] : element
            return wrapper.innerXML.nonEmpty.map { ($0, .html) }
        case "html", "text/html":
            return element.text.nonEmpty.map { ($0, FormatSniffer.containsMarkup($0) ? .html : .text) }
        case "text", "text/plain":
            return element.text.nonEmpty.map { ($0, .text) }
        default:
            // Other media types are base64 or XML payloads, not article text.
            return nil
        }
    }

    /// An Atom title's text; escaped HTML (type="html") loses its tags and basic entities.
    private static func plainText(_ element: Element) -> String {
        guard element.attribute("type")?.lowercased() == "html" else { return element.text }
        var output = ""
        var insideTag = false
        for character in element.text {
            if character == "<" { insideTag = true } else if character == ">" { insideTag = false } else if !insideTag {
                output.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            output = output.replacing(entity, with: character)
        }
        return output.trimmingASCIIWhitespace()
    }
}

/// A libxml2 element, seen through namespace-aware keys such as "dc:creator".
private struct Element {
    let node: xmlNodePtr
    let document: xmlDocPtr

    init(_ node: xmlNodePtr, _ document: xmlDocPtr) {
        self.node = node
        self.document = document
    }

    /// Feeds use many prefixes for the same vocabularies; keys use one fixed prefix per namespace.
    private static let prefixes: [String: String] = [
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/2005/Atom": "atom",
        "http://purl.org/atom/ns#": "atom",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
    ]

    var name: String { String(cString: node.pointee.name) }

    /// "dc:creator", "atom:entry", "item"; an undeclared prefix stays part of the name, as libxml2 leaves it.
    var key: String {
        guard let namespace = node.pointee.ns else { return name }
        let href = namespace.pointee.href.map { String(cString: $0) } ?? ""
        let prefix = Self.prefixes[href] ?? namespace.pointee.prefix.map { String(cString: $0) } ?? ""
        return prefix.isEmpty ? name : "\(prefix):\(name)"
    }

    var elements: [Element] {
        var found: [Element] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { found.append(Element(current, document)) }
            child = current.pointee.next
        }
        return found
    }

    func children(_ keys: String...) -> [Element] { elements.filter { keys.contains($0.key) } }

    func child(_ keys: String...) -> Element? { elements.first { keys.contains($0.key) } }

    /// The text content, entities and CDATA resolved, trimmed.
    var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { nd_xml_free(content) }
        return String(cString: content).trimmingASCIIWhitespace()
    }

    /// An attribute by local name, whatever its namespace (rdf:about is "about").
    func attribute(_ name: String) -> String? {
        let value = name.withCString { chars in
            chars.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlGetProp(node, $0) }
        }
        guard let value else { return nil }
        defer { nd_xml_free(value) }
        return String(cString: value)
    }

    /// The children serialised as XML: the markup of an Atom xhtml content.
    var innerXML: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let current = child {
            xmlNodeDump(buffer, document, current, 0, 0)
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content).trimmingASCIIWhitespace()
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
