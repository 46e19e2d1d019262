import Foundation
import GRDB
import NewsdeskModel

/// The embedded store: one SQLite file in WAL mode, versioned migrations.
public final class SQLiteStore: ArticleStore {
    let pool: DatabasePool

    /// Opens (or creates) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        // WAL with synchronous=NORMAL: a killed process loses no committed transaction and
        // never leaves a torn one; only a power cut may roll back the last few commits.
        // FULL would add an fsync per file ingested.
        // A 64 MB page cache per connection keeps the upper levels of the indexes in memory
        // as the store grows; the default 2 MB does not.
        // Memory-mapped reads are capped at 256 MB: mapped pages count as the process's own
        // memory, and at a million articles a 2 GB map pushed the peak past 4 GB. Since the
        // band index moved to memory, the reads left are the candidate rows of each article, and
        // the kernel's page cache serves them as well.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456")
        }
        pool = try Self.open(path, configuration)
    }

    /// Two processes opening a new store at once (an `ingest` and a `stories`) race twice:
    /// switching the file to WAL does not wait for a lock, and GRDB reads the list of applied
    /// migrations outside the migrations' own transactions, so both may start the same one.
    /// Each migration commits together with its identifier, so the loser's attempt fails and
    /// rolls back whole; opening again after a short pause settles both.
    private static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempt = 1
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrator.migrate(pool)
                return pool
            } catch is DatabaseError where attempt < 10 {
                usleep(UInt32(20_000 * attempt))
                attempt += 1
            }
        }
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
        migrator.registerMigration("v2: near-duplicates") { db in
            try db.alter(table: "article") { t in
                t.add(column: "duplicate_of", .integer).references("article", onDelete: .setNull)
            }
            try db.create(table: "article_band") { t in
                t.column("article_id", .integer).notNull().references("article", onDelete: .cascade)
                t.column("band", .integer).notNull()
                t.column("key", .integer).notNull()
            }
            try db.create(index: "article_band_lookup", on: "article_band", columns: ["band", "key"])
            try db.create(index: "article_band_article", on: "article_band", columns: ["article_id"])
        }
        migrator.registerMigration("v3: events and stories") { db in
            try db.alter(table: "article") { t in
                t.add(column: "event_id", .integer)
                t.add(column: "story_id", .integer)
                t.add(column: "event_date", .text)
                t.add(column: "event_clue", .text)
                t.add(column: "event_vector", .text)
            }
            try db.create(index: "article_event", on: "article", columns: ["event_id"])
            try db.create(index: "article_story", on: "article", columns: ["story_id"])
            // Collection statistics of the clusterer: how many articles used each key.
            try db.create(table: "key_frequency") { t in
                t.primaryKey("key", .text)
                t.column("articles", .integer).notNull()
            }
            try db.create(table: "store_meta") { t in
                t.primaryKey("name", .text)
                t.column("value", .integer).notNull()
            }
        }
        migrator.registerMigration("v4: duplicate group index") { db in
            // A duplicate group is looked up by its canonical copy: without this, a table scan per article.
            try db.create(index: "article_duplicate_of", on: "article", columns: ["duplicate_of"])
        }
        migrator.registerMigration("v5: cluster articles stored before events") { db in
            // Articles stored before v3 have no event; forgetting their fingerprint makes the
            // next ingest of their files extract and cluster them instead of skipping them.
            try db.execute(sql: "UPDATE article SET content_hash = '' WHERE event_id IS NULL")
        }
        migrator.registerMigration("v6: narrow clustering tables") { db in
            // Event and story updates rewrote whole article rows, text included, and the band
            // index took 64 random B-tree inserts per article: at a few hundred thousand articles
            // these were most of the store's writes. Memberships and band keys get narrow tables.
            try db.create(table: "membership") { t in
                t.primaryKey("article_id", .integer).references("article", onDelete: .cascade)
                t.column("event_id", .integer).notNull()
                t.column("story_id", .integer).notNull()
                t.column("event_date", .text)
                t.column("event_clue", .text)
                t.column("event_vector", .text)
            }
            try db.create(index: "membership_event", on: "membership", columns: ["event_id"])
            try db.create(index: "membership_story", on: "membership", columns: ["story_id"])
            try db.execute(sql: """
                INSERT INTO membership SELECT id, event_id, story_id, event_date, event_clue, event_vector
                FROM article WHERE event_id IS NOT NULL
                """)
            try db.drop(index: "article_event")
            try db.drop(index: "article_story")
            try db.alter(table: "article") { t in
                for column in ["event_id", "story_id", "event_date", "event_clue", "event_vector"] { t.drop(column: column) }
            }
            // Band keys as one blob an article, written in sequence; the lookup index is
            // rebuilt in memory from them (see BandIndex).
            try db.create(table: "article_bands") { t in
                t.primaryKey("article_id", .integer).references("article", onDelete: .cascade)
                t.column("keys", .blob).notNull()
            }
            // One article's rows at a time: a large store's keys do not fit in memory at once.
            let insert = try db.makeStatement(sql: "INSERT INTO article_bands (article_id, keys) VALUES (?, ?)")
            var current: (id: Int64, keys: [UInt64])?
            let rows = try Row.fetchCursor(db, sql: "SELECT article_id, key FROM article_band ORDER BY article_id, band")
            while let row = try rows.next() {
                let id: Int64 = row["article_id"]
                if let done = current, done.id != id { try insert.execute(arguments: [done.id, BandKeys.encode(done.keys)]) }
                if current?.id != id { current = (id, []) }
                current!.keys.append(UInt64(bitPattern: row["key"]))
            }
            if let done = current { try insert.execute(arguments: [done.id, BandKeys.encode(done.keys)]) }
            try db.drop(table: "article_band")
        }
        migrator.registerMigration("v7: undated articles by story") { db in
            // The end-of-run review reads a story's articles without an event day; most stored
            // articles have one (every synthetic one does), and a partial index skips them unread.
            try db.execute(sql: "CREATE INDEX membership_undated ON membership (story_id, article_id) WHERE event_date IS NULL")
        }
        migrator.registerMigration("v8: articles without any date by story") { db in
            // v7's index also held the articles dated by their publication day only (no event day,
            // a dated clue), which the review does not read: on a feed most articles are such.
            try db.execute(sql: "DROP INDEX membership_undated")
            try db.execute(sql: "CREATE INDEX membership_undated ON membership (story_id) WHERE \(EventCoding.undatedClue)")
        }
        migrator.registerMigration("v9: headline figures") { db in
            // Stored before: none known, so those articles' headline figures never conflict.
            try db.alter(table: "membership") { t in t.add(column: "lead_figures", .text) }
        }
        migrator.registerMigration("v10: name keys across scripts") { db in
            // Name keys took a new form (see `nameKeysFormat`); a store with memberships holds the old
            // one until the pipeline rewrites them, which needs the analysis the store does not know.
            try db.execute(sql: """
                INSERT OR REPLACE INTO store_meta (name, value)
                SELECT 'name_keys', CASE WHEN EXISTS (SELECT 1 FROM membership) THEN 1 ELSE 2 END
                """)
        }
        migrator.registerMigration("v11: name keys, third form") { db in
            // The fold changed again (form 3); an empty store has nothing in an older form.
            try db.execute(sql: """
                UPDATE store_meta SET value = 3 WHERE name = 'name_keys' AND NOT EXISTS (SELECT 1 FROM membership)
                """)
        }
        migrator.registerMigration("v12: name keys, fourth form") { db in
            // The fold changed again (form 4: "ch" kept, so that folding is idempotent).
            try db.execute(sql: """
                UPDATE store_meta SET value = 4 WHERE name = 'name_keys' AND NOT EXISTS (SELECT 1 FROM membership)
                """)
        }
        migrator.registerMigration("v13: name keys, fifth form") { db in
            // Form 5: a final "-ou" read as "-ow", hyphenated Cyrillic names keyed by their last part.
            try db.execute(sql: """
                UPDATE store_meta SET value = 5 WHERE name = 'name_keys' AND NOT EXISTS (SELECT 1 FROM membership)
                """)
        }
        return migrator
    }

    public func memberships() throws -> [EventMembership] {
        var all: [EventMembership] = []
        try forEachMembership { all.append($0) }
        return all
    }

    public func forEachMembership(_ body: (EventMembership) throws -> Void) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(EventCoding.columns) FROM membership JOIN article ON article.id = article_id ORDER BY article_id")
            while let row = try rows.next() { try body(EventCoding.membership(row)) }
        }
    }

    public func forEachMembershipSummary(_ body: (MembershipSummary) throws -> Void) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(MembershipSummary.columns) FROM membership ORDER BY article_id")
            while let row = try rows.next() { try body(MembershipSummary(row: row)) }
        }
    }

    public func forEachArticleSummary(openingBytes: Int, _ body: (ArticleSummary) throws -> Void) throws {
        // Without the text column SQLite need not even read a long text's overflow pages. With it, the
        // text is read in place and only its opening becomes a String.
        let columns = ArticleSummary.columns + (openingBytes > 0 ? ", text" : "")
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM article ORDER BY id")
            while let row = try rows.next() {
                var summary = ArticleSummary(row: row)
                if openingBytes > 0 {
                    summary.opening = try row.withUnsafeData(named: "text") { data in
                        (data ?? Data()).withUnsafeBytes { TextOpening(utf8: $0, limit: openingBytes) }
                    }
                }
                try body(summary)
            }
        }
    }

    public func texts(of ids: [Int64]) throws -> [Int64: String] {
        try pool.read { db in
            let statement = try db.makeStatement(sql: "SELECT text FROM article WHERE id = ?")
            var texts: [Int64: String] = [:]
            for id in ids { texts[id] = try String.fetchOne(statement, arguments: [id]) }
            return texts
        }
    }

    public func forEachBandKeys(_ body: (Int64, [UInt64]) throws -> Void) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT article_id, keys FROM article_bands ORDER BY article_id")
            while let row = try rows.next() { try body(row["article_id"], BandKeys.decode(row["keys"])) }
        }
    }

    public func keyStatistics() throws -> (documents: Int, counts: [(String, Int)]) {
        try pool.read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT value FROM store_meta WHERE name = 'clustered_articles'") ?? 0
            let counts = try Row.fetchAll(db, sql: "SELECT key, articles FROM key_frequency").map { ($0["key"] as String, $0["articles"] as Int) }
            return (documents, counts)
        }
    }

    public func saveKeyStatistics(documents: Int, counts: [(String, Int)]) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO store_meta (name, value) VALUES ('clustered_articles', ?)", arguments: [documents])
            let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO key_frequency (key, articles) VALUES (?, ?)")
            for (key, n) in counts { try statement.execute(arguments: [key, n]) }
        }
    }

    public func contentHash(of key: DocumentKey) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM article WHERE source_path = ? AND record = ?",
                                arguments: [key.sourcePath, key.record ?? 0])
        }
    }

    public func write(_ batch: [StoredArticle]) throws -> WriteSummary {
        try transaction { transaction in
            var summary = WriteSummary()
            for stored in batch {
                switch try transaction.upsert(stored) {
                case .inserted: summary.inserted += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
            }
            return summary
        }
    }

    public func transaction<T>(_ body: (any StoreTransaction) throws -> T) throws -> T {
        try pool.write { db in try body(SQLiteTransaction(db: db)) }
    }

    public func duplicateLinks() throws -> [Int64: Int64] {
        try pool.read { db in
            var links: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, duplicate_of FROM article WHERE duplicate_of IS NOT NULL") {
                links[row["id"]] = row["duplicate_of"]
            }
            return links
        }
    }

    public func allArticles() throws -> [StoredArticle] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY id").map(Self.storedArticle)
        }
    }

    public func delete(_ key: DocumentKey, rechoose: ([DuplicateCandidate]) -> Int64?) throws -> Bool {
        try pool.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE source_path = ? AND record = ?",
                                              arguments: [key.sourcePath, key.record ?? 0]) else { return false }
            let transaction = SQLiteTransaction(db: db)
            try transaction.detach(id, rechoose: rechoose)  // its copies elect a new canonical
            try transaction.deleteArticle(id)
            return true
        }
    }

    public func count() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    static func storedArticle(_ row: Row) -> StoredArticle {
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
