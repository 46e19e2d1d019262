import Foundation
import NewsdeskModel

/// The JSON shape of an extracted article: the field names are a contract with scripts.
enum ArticleJSON {
    static func object(_ article: Article) -> [String: Any] {
        var object: [String: Any] = [
            "source_path": article.sourcePath,
            "url": article.url ?? NSNull(),
            "title": article.title ?? NSNull(),
            "byline": article.byline ?? NSNull(),
            "outlet": article.outlet ?? NSNull(),
            "language": article.language ?? NSNull(),
            "language_reliable": article.languageReliable,
            "published": article.published?.description ?? NSNull(),
            "published_evidence": article.publishedEvidence.map { "\($0.source): \($0.raw)" } ?? NSNull(),
            "published_confidence": article.publishedEvidence?.confidence ?? NSNull(),
            "text": article.text,
            "charset": article.charset ?? NSNull(),
            "fetched": article.fetched ?? NSNull(),
        ]
        if let record = article.record { object["record"] = record }
        // Only when shown: a day and month with no year, in ISO 8601's form "--11-11".
        if let day = article.publishedWithoutYear { object["published_without_year"] = day.description }
        return object
    }

    static func encode(_ value: Any, pretty: Bool = false) -> String {
        if let text = JSONText.encode(value, pretty: pretty) { return text }
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
