import Foundation
import GRDB
import NewsdeskModel
@testable import NewsdeskStore
import Testing

/// A store written by an older version opens with everything it held.
@Suite struct MigrationTests {
    @Test func v6MovesMembershipsAndBandKeysIntoNarrowTables() throws {
        let path = TestScratch.folder.appendingPathComponent("newsdesk-v5-\(UUID().uuidString).sqlite").path
        let keys: [Int64: [UInt64]] = [1: (0..<64).map { UInt64($0) * 7 + 1 }, 2: (0..<64).map { UInt64.max - UInt64($0) }]
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v5: cluster articles stored before events")
            try queue.write { db in
                for id in [Int64(1), 2] {
                    try db.execute(sql: """
                        INSERT INTO article (id, source_path, content_hash, text, language, ingested_at, event_id, story_id,
                            event_date, event_clue, event_vector)
                        VALUES (?, ?, 'h', 'The ferry left the harbour at dawn.', 'en', '2025-01-01', ?, 9, '2025-03-11', '2025-03-11', 't:ferry=1')
                        """, arguments: [id, "old-\(id).txt", 100 + id])
                    for (band, key) in keys[id]!.enumerated() {
                        try db.execute(sql: "INSERT INTO article_band (article_id, band, key) VALUES (?, ?, ?)",
                                       arguments: [id, band, Int64(bitPattern: key)])
                    }
                }
            }
        }
        let store = try SQLiteStore(path: path)
        let memberships = try store.memberships()
        #expect(memberships.map(\.articleID) == [1, 2])
        #expect(memberships.map(\.event) == [101, 102])
        #expect(memberships.allSatisfy { $0.story == 9 && $0.eventDate?.description == "2025-03-11" && $0.language == "en" })
        var stored: [Int64: [UInt64]] = [:]
        try store.forEachBandKeys { id, list in stored[id] = list }
        #expect(stored == keys)
        #expect(try store.delete(DocumentKey(sourcePath: "old-2.txt", record: nil), rechoose: { $0.first?.id }))
        stored = [:]
        try store.forEachBandKeys { id, list in stored[id] = list }
        #expect(stored == [1: keys[1]!])
        #expect(try store.memberships().map(\.articleID) == [1])
    }

    /// A store with memberships from before v10 says its name keys are in form 1; rewriting them folds
    /// two old keys of one name into one (weights added, the vector a unit again, other keys scaled
    /// with it), hands each rewrite the article's language and other name keys, moves the counts with
    /// the keys (less the article that held both), and records the new form. A new store needs none.
    @Test func v10RewritesOldNameKeysAndTheirCounts() throws {
        let path = TestScratch.folder.appendingPathComponent("newsdesk-v9-\(UUID().uuidString).sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v9: headline figures")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO article (id, source_path, content_hash, text, language, ingested_at)
                    VALUES (1, 'old.txt', 'h', 'Баланчук прибыл в порт.', 'ru', '2025-01-01')
                    """)
                try db.execute(sql: "INSERT INTO membership (article_id, event_id, story_id, event_vector) VALUES (1, 5, 5, ?)",
                               arguments: [EventCoding.encode(["e:баланчук": 0.48, "e:баланчука": 0.64, "t:порт": 0.6])])
                try db.execute(sql: """
                    INSERT INTO article (id, source_path, content_hash, text, language, ingested_at)
                    VALUES (2, 'old2.txt', 'h', 'Паром прибыл в порт с Тексасом.', 'ru', '2025-01-01')
                    """)
                try db.execute(sql: "INSERT INTO membership (article_id, event_id, story_id, event_vector) VALUES (2, 6, 6, ?)",
                               arguments: [EventCoding.encode(["e:тексасом": 0.8, "t:порт": 0.6])])
                try db.execute(sql: """
                    INSERT INTO key_frequency (key, articles) VALUES ('e:баланчук', 3), ('e:баланчука', 2), ('t:порт', 4), ('e:тексасом', 1)
                    """)
            }
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.nameKeysFormat() == 1)
        var seen: [(String, String?, Set<String>)] = []
        try store.rewriteNameKeys(to: 5) { key, language, forms in
            seen.append((key, language, forms))
            // A name whose ending may be a case ending takes two keys, as ingestion gives it.
            return key == "тексасом" ? ["тексасом", "тексас"] : [String(key.prefix(8))]
        }
        #expect(try store.nameKeysFormat() == 5)
        #expect(seen.contains { $0.0 == "баланчука" && $0.1 == "ru" && $0.2 == ["баланчук", "баланчука"] })
        let memberships = try store.memberships()
        let vector = try #require(memberships.first?.vector)
        #expect(Set(vector.keys) == ["e:баланчук", "t:порт"])
        // (0.48 + 0.64, 0.6) made a unit: (1.12, 0.6) / 1.2706
        #expect(abs((vector["e:баланчук"] ?? 0) - 0.8815) < 1e-3)
        #expect(abs((vector["t:порт"] ?? 0) - 0.4722) < 1e-3)
        // (0.8, 0.8, 0.6) made a unit
        let second = try #require(memberships.last?.vector)
        #expect(abs((second["e:тексасом"] ?? 0) - 0.6247) < 1e-3 && abs((second["e:тексас"] ?? 0) - 0.6247) < 1e-3)
        #expect(abs((second["t:порт"] ?? 0) - 0.4685) < 1e-3)
        let counts = Dictionary(uniqueKeysWithValues: try store.keyStatistics().counts)
        // 3 + 2, less the one article that held both; the two-key name counts under both.
        #expect(counts == ["e:баланчук": 4, "t:порт": 4, "e:тексасом": 1, "e:тексас": 1])
        let fresh = try SQLiteStore(path: TestScratch.folder.appendingPathComponent("newsdesk-\(UUID().uuidString).sqlite").path)
        #expect(try fresh.nameKeysFormat() == 5)
    }

    @Test func bandKeysSurviveTheirBlob() {
        let keys: [UInt64] = [0, 1, 0x0102030405060708, UInt64.max]
        #expect(BandKeys.decode(BandKeys.encode(keys)) == keys)
        #expect(BandKeys.decode(Data()).isEmpty)
    }
}
