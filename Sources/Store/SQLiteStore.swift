import Foundation
import GRDB
import NewsdeskModel

/// The embedded store: one SQLite file in WAL mode, versioned migrations.
public final class SQLiteStore: ArticleStore {
    private let pool: DatabasePool

    /// Opens (or creates) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// Schema changes, in order. Never edit a shipped migration: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source_path", .text).notNull()
                // 0 for single-document files: SQLite treats NULLs as distinct in unique keys.
                t.column("record", .integer).notNull().defaults(to: 0)
                t.column("content_hash", .text).notNull()
                t.column("url", .text)
                t.column("outlet", .text)
                t.column("title", .text)
                t.column("byline", .text)
                t.column("language", .text)
                t.column("language_reliable", .boolean).notNull().defaults(to: false)
                t.column("published", .text)
                t.column("published_source", .text)
                t.column("published_raw", .text)
                t.column("published_confidence", .double)
                t.column("text", .text).notNull()
                t.column("charset", .text)
                t.column("fetched", .text)
                t.column("ingested_at", .text).notNull()
                t.uniqueKey(["source_path", "record"])
            }
        }
        return migrator
    }

    public func contentHash(of key: DocumentKey) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM article WHERE source_path = ? AND record = ?",
                                arguments: [key.sourcePath, key.record ?? 0])
        }
    }

    public func write(_ batch: [StoredArticle]) throws -> WriteSummary {
        let now = ISO8601DateFormatter().string(from: Date())
        return try pool.write { db in
            var summary = WriteSummary()
            for stored in batch {
                let a = stored.article
                let existing = try Row.fetchOne(db, sql: "SELECT id, content_hash FROM article WHERE source_path = ? AND record = ?",
                                                arguments: [a.sourcePath, a.record ?? 0])
                if let existing, existing["content_hash"] as String == stored.contentHash {
                    summary.unchanged += 1
                    continue
                }
                let values: StatementArguments = [
                    stored.contentHash, a.url, a.outlet, a.title, a.byline, a.language, a.languageReliable,
                    a.published?.description, a.publishedEvidence?.source, a.publishedEvidence?.raw,
                    a.publishedEvidence?.confidence, a.text, a.charset, a.fetched, now,
                ]
                if let existing {
                    try db.execute(sql: """
                        UPDATE article SET content_hash = ?, url = ?, outlet = ?, title = ?, byline = ?, language = ?,
                            language_reliable = ?, published = ?, published_source = ?, published_raw = ?,
                            published_confidence = ?, text = ?, charset = ?, fetched = ?, ingested_at = ?
                        WHERE id = ?
                        """, arguments: values + [existing["id"] as Int64])
                    summary.updated += 1
                } else {
                    try db.execute(sql: """
                        INSERT INTO article (source_path, record, content_hash, url, outlet, title, byline, language,
                            language_reliable, published, published_source, published_raw, published_confidence,
                            text, charset, fetched, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [a.sourcePath, a.record ?? 0] + values)
                    summary.inserted += 1
                }
            }
            return summary
        }
    }

    public func allArticles() throws -> [StoredArticle] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY id").map(Self.storedArticle)
        }
    }

    public func delete(_ key: DocumentKey) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM article WHERE source_path = ? AND record = ?", arguments: [key.sourcePath, key.record ?? 0])
            return db.changesCount > 0
        }
    }

    public func count() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    private static func storedArticle(_ row: Row) -> StoredArticle {
        let record: Int = row["record"]
        var evidence: DateEvidence?
        if let source: String = row["published_source"] {
            evidence = DateEvidence(source: source, raw: row["published_raw"] ?? "", confidence: row["published_confidence"] ?? 0)
        }
        let published: String? = row["published"]
        let article = Article(sourcePath: row["source_path"], record: record == 0 ? nil : record, url: row["url"],
                              title: row["title"], byline: row["byline"], outlet: row["outlet"], language: row["language"],
                              languageReliable: row["language_reliable"], published: published.flatMap { SimpleDate(iso: $0) },
                              publishedEvidence: evidence, text: row["text"], charset: row["charset"], fetched: row["fetched"])
        return StoredArticle(id: row["id"], article: article, contentHash: row["content_hash"])
    }
}
