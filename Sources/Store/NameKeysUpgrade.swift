import GRDB

/// Rewriting the name keys of a store written before their present form: the stored vectors and
/// collection counts would otherwise hold "e:столтенберга" where new articles bring "e:stoltenberg",
/// and old and new reports of one event would share no names.
extension SQLiteStore {
    /// Migrations record the form in every store; without the record there is nothing older to rewrite.
    public func nameKeysFormat() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT value FROM store_meta WHERE name = 'name_keys'") ?? .max }
    }

    /// Memberships are read a batch at a time and written after each batch (a million vectors do not
    /// fit in memory twice, and rows are not updated under an open cursor on their table). Two old
    /// keys of one article that fold into one add their weights, and the vector is made a unit
    /// again; an old key that now stands under two keys (a name whose ending may be a case ending)
    /// gives each its weight, as ingestion does. The collection counts move with the keys: an old
    /// key's count goes to the new keys its articles' vectors took (a key no stored vector kept is
    /// rewritten without a language), less one for each article that held two old keys of one new key.
    public func rewriteNameKeys(to format: Int, _ rekey: (_ key: String, _ language: String?, _ forms: Set<String>) -> [String]) throws {
        try pool.write { db in
            var moves: [String: [String: Int]] = [:]
            var overcount: [String: Int] = [:]
            let update = try db.makeStatement(sql: "UPDATE membership SET event_vector = ? WHERE article_id = ?")
            var last: Int64 = .min
            while true {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT article_id, event_vector, language FROM membership JOIN article ON article.id = article_id
                    WHERE article_id > ? ORDER BY article_id LIMIT 4096
                    """, arguments: [last])
                guard let final = rows.last else { break }
                last = final["article_id"]
                for row in rows {
                    let vector = EventCoding.decodeVector(row["event_vector"] ?? "")
                    let (rewritten, renamed) = Self.rekeyed(vector, language: row["language"], rekey)
                    var merged: [String: Int] = [:]
                    for (old, new) in renamed {
                        moves[old, default: [:]][new.joined(separator: " "), default: 0] += 1
                        for key in new { merged[key, default: 0] += 1 }
                    }
                    for (new, n) in merged where n > 1 { overcount[new, default: 0] += n - 1 }
                    guard rewritten != vector else { continue }
                    try update.execute(arguments: [EventCoding.encode(rewritten), row["article_id"] as Int64])
                }
            }
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, articles FROM key_frequency WHERE key LIKE 'e:%'") {
                let old = String((row["key"] as String).dropFirst(2))
                let new = moves[old].flatMap { $0.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key }
                    .map { $0.split(separator: " ").map(String.init) } ?? rekey(old, nil, [])
                for key in new { counts["e:" + key, default: 0] += row["articles"] as Int }
            }
            for (new, n) in overcount { counts["e:" + new].map { counts["e:" + new] = max(0, $0 - n) } }
            try db.execute(sql: "DELETE FROM key_frequency WHERE key LIKE 'e:%'")
            let insert = try db.makeStatement(sql: "INSERT INTO key_frequency (key, articles) VALUES (?, ?)")
            for (key, n) in counts.sorted(by: { $0.key < $1.key }) { try insert.execute(arguments: [key, n]) }
            try db.execute(sql: "INSERT OR REPLACE INTO store_meta (name, value) VALUES ('name_keys', ?)", arguments: [format])
        }
    }

    /// The vector with its name keys rewritten, and each of its name keys (without "e:") with its new ones.
    static func rekeyed(_ vector: [String: Float], language: String?,
                        _ rekey: (String, String?, Set<String>) -> [String]) -> ([String: Float], [(String, [String])]) {
        let forms = Set(vector.keys.filter { $0.hasPrefix("e:") }.map { String($0.dropFirst(2)) })
        var out: [String: Float] = [:]
        var renamed: [(String, [String])] = []
        for (key, weight) in vector {
            guard key.hasPrefix("e:") else {
                out[key, default: 0] += weight
                continue
            }
            let old = String(key.dropFirst(2))
            let new = rekey(old, language, forms)
            renamed.append((old, new))
            for key in new { out["e:" + key, default: 0] += weight }
        }
        guard out.count != vector.count || renamed.contains(where: { $0.1.count > 1 }) else { return (out, renamed) }
        let norm = out.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return (norm > 0 ? out.mapValues { $0 / norm } : out, renamed)
    }
}
