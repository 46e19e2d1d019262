import NewsdeskHTML
import NewsdeskModel

/// Publication dates in the JSON data that script-rendered pages carry for their own code
/// (`{"publishedDate":"2016-11-04T20:37:27Z"}`, `"published_at": "…"`), for pages that
/// declare no date in markup. Read as plain text: such data is often not valid JSON on its own.
/// (The tokenizer keeps the bodies of JSON scripts only, not code.)
struct ScriptDates {
    let document: HTMLDocument

    /// Field names that app frameworks and CMS exports use for the publication time.
    static let keys = ["\"datePublished\"", "\"publishedDate\"", "\"published_at\"", "\"publishedAt\"",
                       "\"publish_date\"", "\"publishDate\"", "\"first_published_at\"", "\"firstPublishedAt\""]

    /// The first date value of a publication key in an inline script, with the text it came from.
    func published() -> (SimpleDate, String)? {
        for script in document.elements(named: "script") where document.attribute("src", of: script) == nil {
            var child = document.nodes[Int(script)].firstChild
            while child >= 0 {
                let text = document.nodes[Int(child)].text
                for key in Self.keys where text.has(key) {
                    if let found = Self.value(after: key, in: text) { return found }
                }
                child = document.nodes[Int(child)].nextSibling
            }
        }
        return nil
    }

    /// `"key" : "value"`: the date in the quoted value following the key's first occurrence.
    static func value(after key: String, in text: String) -> (SimpleDate, String)? {
        guard let range = text.range(of: key) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" }
        guard rest.first == "\"" else { return nil }
        let value = rest.dropFirst().prefix { $0 != "\"" }.prefix(40).replacingOccurrences(of: "\\/", with: "/")
        guard let date = DateParser.parseField(value) else { return nil }
        return (date, "\(key.dropFirst().dropLast()) \(value)")
    }
}
