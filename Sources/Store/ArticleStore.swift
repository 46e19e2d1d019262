import NewsdeskModel

/// An article as stored: the extracted article plus what ingestion knows about its source.
public struct StoredArticle: Sendable, Equatable {
    /// Row id, assigned by the store (nil before the first write).
    public var id: Int64?
    public var article: Article
    /// Fingerprint of the raw document: the same value means the same input, so re-ingestion is a no-op.
    public var contentHash: String

    public init(id: Int64? = nil, article: Article, contentHash: String) {
        self.id = id
        self.article = article
        self.contentHash = contentHash
    }

    /// Identifies a document across runs: its file, and its position in a container file.
    public var key: DocumentKey { DocumentKey(sourcePath: article.sourcePath, record: article.record) }
}

/// A document's identity: the file it came from, and its item number within a feed, WARC or JSON Lines file.
public struct DocumentKey: Sendable, Hashable {
    public var sourcePath: String
    public var record: Int?

    public init(sourcePath: String, record: Int?) {
        self.sourcePath = sourcePath
        self.record = record
    }
}

/// What writing a batch changed.
public struct WriteSummary: Sendable, Equatable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }

    public static func += (lhs: inout WriteSummary, rhs: WriteSummary) {
        lhs.inserted += rhs.inserted
        lhs.updated += rhs.updated
        lhs.unchanged += rhs.unchanged
    }
}

/// Where articles live. SQLite is the embedded default; a PostgreSQL store can
/// implement the same protocol without the algorithms above it changing.
public protocol ArticleStore: Sendable {
    /// The stored fingerprint of a document, or nil when it is not stored: lets ingestion
    /// skip extraction for inputs it has already seen.
    func contentHash(of key: DocumentKey) throws -> String?

    /// Writes a batch atomically: all of it is stored, or none of it (a crash or kill
    /// mid-batch leaves the store as it was before the batch). Plain storage: it keeps no
    /// near-duplicate index; ingestion (`NewsdeskPipeline.Ingestion`) maintains that.
    func write(_ batch: [StoredArticle]) throws -> WriteSummary

    /// Every stored article, in insertion order.
    func allArticles() throws -> [StoredArticle]
    /// Every article without its text, only its first `openingBytes` bytes (none for 0), in id
    /// order, one at a time: for listings, which must not hold a million texts.
    func forEachArticleSummary(openingBytes: Int, _ body: (ArticleSummary) throws -> Void) throws
    /// The whole texts of the given articles (for the few whose opening was not enough).
    func texts(of ids: [Int64]) throws -> [Int64: String]

    /// Removes a document and its index entries; true when it was there. Articles that
    /// duplicated it point at a new canonical copy chosen by `rechoose`.
    func delete(_ key: DocumentKey, rechoose: ([DuplicateCandidate]) -> Int64?) throws -> Bool

    func count() throws -> Int

    /// Runs `body` in one write transaction (see `StoreTransaction`).
    func transaction<T>(_ body: (any StoreTransaction) throws -> T) throws -> T

    /// Each article's canonical copy, for those that duplicate another.
    func duplicateLinks() throws -> [Int64: Int64]

    /// Every article's event membership, in insertion order.
    func memberships() throws -> [EventMembership]
    /// The same, one at a time: a million memberships with their keys do not fit in memory at once.
    func forEachMembership(_ body: (EventMembership) throws -> Void) throws
    /// Every membership without its keyed vector, in article id order, one at a time.
    func forEachMembershipSummary(_ body: (MembershipSummary) throws -> Void) throws

    /// The clusterer's collection statistics: articles counted, and articles per key.
    func keyStatistics() throws -> (documents: Int, counts: [(String, Int)])
    /// Every article's near-duplicate band keys, in id order, to rebuild the lookup index.
    func forEachBandKeys(_ body: (Int64, [UInt64]) throws -> Void) throws
    /// Saves them. Statistics, not facts: after a crash they may lag the articles a little.
    func saveKeyStatistics(documents: Int, counts: [(String, Int)]) throws

    /// The form the stored name keys ("e:") are in: 1 before they were folded across scripts, 2 to 4
    /// for the folds of the development builds that led to the present one, 5 since.
    func nameKeysFormat() throws -> Int
    /// Rewrites every stored name key with `rekey` (the key without its "e:", the article's language and
    /// its other name keys; no language and no keys for a count no stored vector explains; one or two
    /// new keys) in one transaction, and records `format`.
    func rewriteNameKeys(to format: Int, _ rekey: (_ key: String, _ language: String?, _ forms: Set<String>) -> [String]) throws
}

/// Correct for any store, but they read everything whole: a store with cheaper reads overrides them.
extension ArticleStore {
    public func forEachMembership(_ body: (EventMembership) throws -> Void) throws {
        for membership in try memberships() { try body(membership) }
    }

    public func forEachMembershipSummary(_ body: (MembershipSummary) throws -> Void) throws {
        try forEachMembership { try body(MembershipSummary($0)) }
    }

    public func forEachArticleSummary(openingBytes: Int, _ body: (ArticleSummary) throws -> Void) throws {
        for stored in try allArticles() {
            guard let id = stored.id else { continue }
            let a = stored.article
            try body(ArticleSummary(id: id, sourcePath: a.sourcePath, record: a.record, url: a.url, outlet: a.outlet, title: a.title,
                                    language: a.language, published: a.published,
                                    opening: openingBytes > 0 ? TextOpening(of: a.text, limit: openingBytes) : nil))
        }
    }

    public func texts(of ids: [Int64]) throws -> [Int64: String] {
        let wanted = Set(ids)
        var texts: [Int64: String] = [:]
        for stored in try allArticles() { if let id = stored.id, wanted.contains(id) { texts[id] = stored.article.text } }
        return texts
    }
}
