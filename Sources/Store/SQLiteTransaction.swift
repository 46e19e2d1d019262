import Foundation
import GRDB
import NewsdeskModel

/// `StoreTransaction` over one GRDB write transaction.
struct SQLiteTransaction: StoreTransaction {
    let db: Database
    /// When this transaction writes: one timestamp for all its rows.
    let now = ISO8601DateFormatter().string(from: Date())

    func upsert(_ stored: StoredArticle) throws -> UpsertResult {
        let a = stored.article
        let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, content_hash FROM article WHERE source_path = ? AND record = ?"),
                                        arguments: [a.sourcePath, a.record ?? 0])
        if let existing, existing["content_hash"] as String == stored.contentHash { return .unchanged(existing["id"]) }
        let values: StatementArguments = [
            stored.contentHash, a.url, a.outlet, a.title, a.byline, a.language, a.languageReliable,
            a.published?.description, a.publishedEvidence?.source, a.publishedEvidence?.raw,
            a.publishedEvidence?.confidence, a.text, a.charset, a.fetched, now,
        ]
        if let existing {
            let id: Int64 = existing["id"]
            try db.cachedStatement(sql: """
                UPDATE article SET content_hash = ?, url = ?, outlet = ?, title = ?, byline = ?, language = ?,
                    language_reliable = ?, published = ?, published_source = ?, published_raw = ?,
                    published_confidence = ?, text = ?, charset = ?, fetched = ?, ingested_at = ?
                WHERE id = ?
                """).execute(arguments: values + [id])
            return .updated(id)
        }
        try db.cachedStatement(sql: """
            INSERT INTO article (source_path, record, content_hash, url, outlet, title, byline, language,
                language_reliable, published, published_source, published_raw, published_confidence,
                text, charset, fetched, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [a.sourcePath, a.record ?? 0] + values)
        return .inserted(db.lastInsertedRowID)
    }

    func setBandKeys(_ keys: [UInt64], for id: Int64) throws {
        guard !keys.isEmpty else {
            return try db.cachedStatement(sql: "DELETE FROM article_bands WHERE article_id = ?").execute(arguments: [id])
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO article_bands (article_id, keys) VALUES (?, ?)")
            .execute(arguments: [id, BandKeys.encode(keys)])
    }

    func duplicateCandidates(ids: [Int64]) throws -> [DuplicateCandidate] {
        try ids.compactMap(candidate)
    }

    func duplicateGroup(canonical: Int64) throws -> [DuplicateCandidate] {
        let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM article WHERE id = ? OR duplicate_of = ? ORDER BY id"),
                                     arguments: [canonical, canonical])
        return try ids.compactMap(candidate)
    }

    func duplicateCandidate(_ id: Int64) throws -> DuplicateCandidate? {
        try candidate(id)
    }

    func moveDuplicates(from: Int64, to: Int64) throws {
        try db.cachedStatement(sql: "UPDATE article SET duplicate_of = ? WHERE duplicate_of = ?").execute(arguments: [to, from])
    }

    func setDuplicateOf(_ canonical: Int64?, for ids: [Int64]) throws {
        for id in ids {
            try db.cachedStatement(sql: "UPDATE article SET duplicate_of = ? WHERE id = ?").execute(arguments: [canonical, id])
        }
    }

    func storedRecords(sourcePath: String) throws -> [(id: Int64, record: Int)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, record FROM article WHERE source_path = ?"), arguments: [sourcePath])
            .map { ($0["id"], $0["record"]) }
    }

    func deleteArticle(_ id: Int64) throws {
        // Its band keys and membership go with it (ON DELETE CASCADE).
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
    }

    func articleIDs(under path: String) throws -> [Int64] {
        // A folder's files sort between "folder/" and "folder0" ("0" follows "/"): a range the
        // (source_path, record) key answers, where LIKE would need escaping and scan.
        let folder = path.hasSuffix("/") ? path : path + "/"
        let upper = String(folder.dropLast()) + "0"
        return try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM article WHERE source_path = ? OR (source_path >= ? AND source_path < ?) ORDER BY id
            """), arguments: [path, folder, upper])
    }

    func storedArticle(_ id: Int64) throws -> StoredArticle? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [id]).map(SQLiteStore.storedArticle)
    }

    func forgetKeyCounts(_ counts: [String: Int], documents: Int) throws {
        try db.cachedStatement(sql: "UPDATE store_meta SET value = MAX(0, value - ?) WHERE name = 'clustered_articles'")
            .execute(arguments: [documents])
        let statement = try db.cachedStatement(sql: "UPDATE key_frequency SET articles = MAX(0, articles - ?) WHERE key = ?")
        for (key, n) in counts.sorted(by: { $0.key < $1.key }) { try statement.execute(arguments: [n, key]) }
    }

    func setMembership(_ m: EventMembership) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO membership (article_id, event_id, story_id, event_date, event_clue, event_vector, lead_figures)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [m.articleID, m.event, m.story, m.eventDate?.description, EventCoding.encode(m.clue, recalled: m.recalled), EventCoding.encode(m.vector),
                                  EventCoding.encode(m.leadFigures)])
    }

    func membership(of id: Int64) throws -> EventMembership? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(EventCoding.columns) FROM membership JOIN article ON article.id = article_id WHERE article_id = ?"),
                         arguments: [id]).map(EventCoding.membership)
    }

    func event(of id: Int64) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT event_id FROM membership WHERE article_id = ?"), arguments: [id])
    }

    func mergeStory(_ from: Int64, into: Int64) throws {
        try db.cachedStatement(sql: "UPDATE membership SET story_id = ? WHERE story_id = ?").execute(arguments: [into, from])
    }

    func undatedMemberships(story: Int64) throws -> [EventMembership] {
        // The same condition as the partial index `membership_undated`, word for word, so SQLite uses it.
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(EventCoding.columns) FROM membership JOIN article ON article.id = article_id
            WHERE story_id = ? AND \(EventCoding.undatedClue)
            ORDER BY article_id
            """), arguments: [story]).map(EventCoding.membership)
    }

    func memberships(event: Int64) throws -> [EventMembership] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(EventCoding.columns) FROM membership JOIN article ON article.id = article_id
            WHERE event_id = ? ORDER BY article_id
            """), arguments: [event]).map(EventCoding.membership)
    }

    private func candidate(_ id: Int64) throws -> DuplicateCandidate? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, length(text) AS length, published, duplicate_of FROM article WHERE id = ?"),
                                         arguments: [id]) else { return nil }
        let published: String? = row["published"]
        return DuplicateCandidate(id: row["id"], length: row["length"], published: published.flatMap { SimpleDate(iso: $0) },
                                  duplicateOf: row["duplicate_of"])
    }

    func text(of id: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM article WHERE id = ?"), arguments: [id])
    }
}
