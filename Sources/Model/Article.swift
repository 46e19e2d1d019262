/// An extracted article: clean text and the metadata found for it.
public struct Article: Sendable, Equatable, Codable {
    public var sourcePath: String
    public var record: Int?
    public var url: String?
    public var title: String?
    public var byline: String?
    public var outlet: String?
    /// ISO 639-1 code from language identification, or nil when unknown.
    public var language: String?
    /// True when the language identifier called its answer reliable.
    public var languageReliable: Bool
    /// The publication day, or nil when no trustworthy date was found.
    public var published: SimpleDate?
    /// Why `published` was chosen (nil when there is no date).
    public var publishedEvidence: DateEvidence?
    /// The publication day shown without a year ("November 11 - 13:11" above a scraped headline),
    /// when no full date was found: not a date, but still a clue to the event's day.
    public var publishedWithoutYear: MonthDay?
    /// The body: paragraphs and in-body subheadings separated by blank lines.
    public var text: String
    public var charset: String?
    public var fetched: String?

    public init(sourcePath: String, record: Int? = nil, url: String? = nil, title: String? = nil, byline: String? = nil,
                outlet: String? = nil, language: String? = nil, languageReliable: Bool = false,
                published: SimpleDate? = nil, publishedEvidence: DateEvidence? = nil, text: String,
                charset: String? = nil, fetched: String? = nil, publishedWithoutYear: MonthDay? = nil) {
        self.sourcePath = sourcePath
        self.record = record
        self.url = url
        self.title = title
        self.byline = byline
        self.outlet = outlet
        self.language = language
        self.languageReliable = languageReliable
        self.published = published
        self.publishedEvidence = publishedEvidence
        self.text = text
        self.charset = charset
        self.fetched = fetched
        self.publishedWithoutYear = publishedWithoutYear
    }

    /// The paragraphs of the body, in order.
    public var paragraphs: [Substring] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true)
    }
}

/// Where a publication date came from, and how far to trust it.
public struct DateEvidence: Sendable, Equatable, Codable {
    /// The kind of source, e.g. "json-ld", "meta", "time", "url", "dateline", "date-line", "feed".
    public var source: String
    /// The text the date was read from, shortened.
    public var raw: String
    /// 0…1: how likely this is the true publication day.
    public var confidence: Double

    public init(source: String, raw: String, confidence: Double) {
        self.source = source
        self.raw = raw
        self.confidence = confidence
    }
}
