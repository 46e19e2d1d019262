/// One document as found by ingestion: decoded text plus where it came from.
///
/// Container formats (feeds, WARC, JSON Lines) yield one `RawDocument` per
/// item; `record` tells them apart within their file.
public struct RawDocument: Sendable, Equatable {
    /// What the content is: markup to extract from, or text as scraped.
    public enum Format: String, Sendable, Codable {
        case html
        case text
    }

    /// The file the document came from, as the user named it.
    public var sourcePath: String
    /// The item's position within a container file (feed item, WARC record, JSONL line), from 1.
    public var record: Int?
    public var format: Format
    /// The content, decoded to UTF-8.
    public var content: String
    /// The charset the bytes were decoded from, and how it was decided.
    public var charset: String?
    public var url: String?
    /// When the page was fetched (WARC-Date), as given.
    public var fetched: String?
    /// Metadata carried beside the content by the container (feed item, JSONL fields).
    public var hints: MetadataHints

    public init(sourcePath: String, record: Int? = nil, format: Format, content: String, charset: String? = nil,
                url: String? = nil, fetched: String? = nil, hints: MetadataHints = MetadataHints()) {
        self.sourcePath = sourcePath
        self.record = record
        self.format = format
        self.content = content
        self.charset = charset
        self.url = url
        self.fetched = fetched
        self.hints = hints
    }
}

/// Metadata that a container states outright: used when the page itself says less.
public struct MetadataHints: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    /// A publication date or timestamp as the container wrote it.
    public var published: String?
    /// Where `published` came from ("rss pubDate", "jsonl published" …).
    public var publishedSource: String?
    /// The language the container declares ("en", "de-AT"): a JSON Lines field, a feed's or item's.
    public var language: String?

    public init(title: String? = nil, byline: String? = nil, published: String? = nil, publishedSource: String? = nil,
                language: String? = nil) {
        self.title = title
        self.byline = byline
        self.published = published
        self.publishedSource = publishedSource
        self.language = language
    }
}
