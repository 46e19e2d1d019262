import GRDB

/// Rewriting the name keys of a store written before they were folded across scripts: the stored
/// vectors and collection counts would otherwise hold "e:stoltenberg" where new articles bring
/// "e:stoltenberg" folded otherwise, and old and new reports of one event would share no names.
extension SQLiteStore {
    public func nameKeysFormat() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT value FROM store_meta WHERE name = 'name_keys'") ?? 2 }
    }

    /// One pass over the memberships, a row at a time (a million vectors do not fit in memory
    /// twice). Two old keys that fold into one add their weights, and the vector is made a unit
    /// again; their collection counts add too, so an article that held both counts twice, which
    /// makes that name look a little commoner than it is until the counts are rebuilt.
    public func rewriteNameKeys(to format: Int, _ rekey: (String, String?) -> String) throws {
        try pool.write { db in
            let update = try db.makeStatement(sql: "UPDATE membership SET event_vector = ? WHERE article_id = ?")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT article_id, event_vector, language FROM membership JOIN article ON article.id = article_id
                WHERE event_vector LIKE '%e:%'
                """)
            while let row = try rows.next() {
                let vector = EventCoding.decodeVector(row["event_vector"] ?? "")
                let language: String? = row["language"]
                let rewritten = Self.rekeyed(vector, language: language, rekey)
                guard rewritten != vector else { continue }
                try update.execute(arguments: [EventCoding.encode(rewritten), row["article_id"] as Int64])
            }
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, articles FROM key_frequency WHERE key LIKE 'e:%'") {
                let key: String = row["key"]
                counts["e:" + rekey(String(key.dropFirst(2)), nil), default: 0] += row["articles"] as Int
            }
            try db.execute(sql: "DELETE FROM key_frequency WHERE key LIKE 'e:%'")
            let insert = try db.makeStatement(sql: "INSERT INTO key_frequency (key, articles) VALUES (?, ?)")
            for (key, n) in counts.sorted(by: { $0.key < $1.key }) { try insert.execute(arguments: [key, n]) }
            try db.execute(sql: "INSERT OR REPLACE INTO store_meta (name, value) VALUES ('name_keys', ?)", arguments: [format])
        }
    }

    static func rekeyed(_ vector: [String: Float], language: String?, _ rekey: (String, String?) -> String) -> [String: Float] {
        var out: [String: Float] = [:]
        for (key, weight) in vector {
            let new = key.hasPrefix("e:") ? "e:" + rekey(String(key.dropFirst(2)), language) : key
            out[new, default: 0] += weight
        }
        guard out.count < vector.count else { return out }
        let norm = out.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? out.mapValues { $0 / norm } : out
    }
}
