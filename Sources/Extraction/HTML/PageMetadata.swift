import Foundation
import NewsdeskHTML

/// What a page says about itself in markup: meta tags, JSON-LD, links.
/// Read once per page; the resolvers for title, byline and date pick from it.
struct PageMetadata {
    /// Meta tag values by lowercased `name`, `property` or `itemprop`, in page order.
    var meta: [String: [String]] = [:]
    /// Article-like JSON-LD objects (NewsArticle, Article, BlogPosting, WebPage …), most specific first.
    var jsonLD: [[String: Any]] = []
    var canonicalURL: String?
    var htmlLanguage: String?
    var documentTitle: String?
    /// Names of the Person objects in the JSON-LD, by "@id", for authors given by reference.
    var people: [String: String] = [:]

    static let articleTypes: [String] = [
        "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "article", "blogposting", "socialmediaposting",
        "liveblogposting", "report", "scholarlyarticle", "techarticle", "opinionnewsarticle", "webpage",
        // Other creative works that pages publish as their main content, after the article types.
        "creativework", "howto", "recipe", "review", "discussionforumposting", "videoobject", "podcastepisode",
    ]

    init(document: HTMLDocument) {
        var found: [(rank: Int, object: [String: Any])] = []
        for i in document.nodes.indices where document.nodes[i].kind == .element {
            let index = Int32(i)
            switch document.nodes[i].name {
            case "meta":
                guard let content = document.attribute("content", of: index), !content.isEmpty else { continue }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let name = document.attribute(key, of: index) {
                        meta[name.lowercased(), default: []].append(collapseWhitespace(content))
                    }
                }
            case "link" where canonicalURL == nil:
                if document.attribute("rel", of: index)?.lowercased() == "canonical" { canonicalURL = document.attribute("href", of: index) }
            case "html" where htmlLanguage == nil:
                htmlLanguage = document.attribute("lang", of: index) ?? document.attribute("xml:lang", of: index)
            case "title" where documentTitle == nil:
                documentTitle = document.textContent(of: index)
            case "script":
                guard document.attribute("type", of: index)?.lowercased().contains("ld+json") == true else { continue }
                let text = document.textContent(of: index)
                guard let data = text.data(using: .utf8),
                      let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
                Self.collectArticles(json, into: &found)
                Self.collectPeople(json, into: &people)
            default:
                continue
            }
        }
        jsonLD = found.sorted { $0.rank < $1.rank }.map(\.object)
    }

    /// The first value of the first meta key that has one.
    func first(_ keys: [String]) -> String? {
        for key in keys {
            if let value = meta[key]?.first(where: { !$0.isEmpty }) { return value }
        }
        return nil
    }

    /// A string field of the article JSON-LD objects.
    func jsonLDString(_ key: String) -> String? {
        for object in jsonLD {
            if let value = object[key] as? String, !value.isEmpty { return value }
        }
        return nil
    }

    /// Author names from JSON-LD (`author` as a string, an object with `name`, or a list of either).
    /// Organisations are left out: a publisher named as author is not a byline.
    func jsonLDAuthors() -> [String] {
        for object in jsonLD {
            let names = people(in: object["author"] ?? object["creator"] as Any)
            if !names.isEmpty { return names }
        }
        return []
    }

    private func people(in value: Any) -> [String] {
        if let object = value as? [String: Any] {
            let type = (object["@type"] as? String)?.lowercased() ?? ""
            if type.contains("organization") || type.contains("organisation") || type == "newsmediaorganization" { return [] }
            // {"@id": "…#author"}: the Person is described elsewhere in the graph.
            if object["name"] == nil, let id = object["@id"] as? String, let name = people[id] { return [name] }
        }
        if let list = value as? [Any] { return list.flatMap { people(in: $0) } }
        return Self.names(in: value)
    }

    /// Person objects anywhere in the JSON-LD, by "@id".
    private static func collectPeople(_ json: Any, into people: inout [String: String]) {
        if let list = json as? [Any] {
            list.forEach { collectPeople($0, into: &people) }
        } else if let object = json as? [String: Any] {
            let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String] ?? [])
            if types.contains(where: { $0.lowercased() == "person" }), let id = object["@id"] as? String, let name = object["name"] as? String {
                people[id] = name
            }
            for value in object.values where value is [Any] || value is [String: Any] { collectPeople(value, into: &people) }
        }
    }

    /// The publisher's name from JSON-LD.
    func jsonLDPublisher() -> String? {
        for object in jsonLD {
            if let name = Self.names(in: object["publisher"] as Any).first { return name }
        }
        return nil
    }

    private static func names(in value: Any) -> [String] {
        if let name = value as? String { return name.isEmpty || name.hasPrefix("http") ? [] : [name] }
        if let object = value as? [String: Any] { return names(in: object["name"] as Any) }
        if let list = value as? [Any] { return list.flatMap { names(in: $0) } }
        return []
    }

    /// Walks JSON-LD (objects, lists, `@graph`) and keeps the objects of article types.
    private static func collectArticles(_ json: Any, into found: inout [(rank: Int, object: [String: Any])]) {
        if let list = json as? [Any] {
            list.forEach { collectArticles($0, into: &found) }
        } else if let object = json as? [String: Any] {
            let types: [String]
            if let type = object["@type"] as? String { types = [type] } else { types = object["@type"] as? [String] ?? [] }
            let ranks = types.compactMap { articleTypes.firstIndex(of: $0.lowercased()) }
            if let rank = ranks.min() { found.append((rank, object)) }
            if let graph = object["@graph"] { collectArticles(graph, into: &found) }
            if let main = object["mainEntity"] { collectArticles(main, into: &found) }
        }
    }
}
