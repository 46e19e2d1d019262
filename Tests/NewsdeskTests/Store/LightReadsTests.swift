import Foundation
import NewsdeskModel
import NewsdeskStore
import Testing

/// A store of invented articles whose texts probe the opening reads: blank lines longer than an
/// opening, accents cut from their letter, a NUL, a feed item, a copy, an article without an event.
enum LightReadsFixture {
    static func day(_ iso: String) -> SimpleDate { SimpleDate(iso: iso)! }

    static let articles: [(article: Article, event: Int64?, story: Int64, eventDate: String?)] = [
        (Article(sourcePath: "ostrel/ferry.html", url: "https://ostrel.example/ferry", title: "Ferry to Ostrel sails again",
                 outlet: "Ostrel Post", language: "en", published: day("2031-03-11"),
                 text: "The Ostrel ferry sailed again on Monday. Crews had mended the ramp.\n\nMore later."), 1, 1, "2031-03-10"),
        (Article(sourcePath: "ostrel/ramp.txt", language: "en", published: day("2031-03-12"),
                 text: "\n\n  \nThe port of Ostrel reopened its ramp after a two-week repair, the harbour office told reporters on the quay that morning"),
         1, 1, "2031-03-10"),
        (Article(sourcePath: "wire/feed.jsonl", record: 2, url: "https://wire.example/2", title: "Ferry to Ostrel sails again",
                 outlet: "Wire", language: "en", published: day("2031-03-11"),
                 text: "The Ostrel ferry sailed again on Monday. Crews had mended the ramp."), 1, 1, "2031-03-09"),
        (Article(sourcePath: "kessel/storm.txt", title: "  ", language: "en", published: day("2031-03-14"),
                 text: String(repeating: "\n", count: 1500) + "Storm warning for the Kessel coast. Winds reach 90 km/h."), 2, 1, nil),
        (Article(sourcePath: "kessel/cafe.txt", language: "fr", published: day("2031-03-15"),
                 text: "Les cafe\u{301}s de Ve\u{301}rand " + String(repeating: "re\u{301}clament ", count: 200)), 2, 1, nil),
        (Article(sourcePath: "notes/orphan.txt", text: "A note that no event holds."), nil, 0, nil),
        (Article(sourcePath: "tides/april.txt", outlet: "Tide Desk", published: day("2031-04-01"),
                 text: "Tide tables\u{0} for April."), 3, 2, "2031-04-02"),
        (Article(sourcePath: "tides/short.txt", published: day("2031-04-01"), text: "Low water."), 3, 2, nil),
        (Article(sourcePath: "tides/long.txt", published: day("2031-04-03"),
                 text: String(repeating: "a", count: 1020) + " b. c"), 3, 2, "2031-04-01"),
        (Article(sourcePath: "tides/harbour.txt", language: "zh", published: day("2031-04-02"),
                 text: String(repeating: "港口今天重新开放", count: 60) + "。船只恢复航行。"), 3, 2, nil),
    ]

    /// Writes the articles with their memberships; the feed item duplicates the first article.
    static func store() throws -> SQLiteStore {
        let path = TestScratch.folder.appendingPathComponent("newsdesk-light-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try store.write(articles.enumerated().map { StoredArticle(article: $1.article, contentHash: "\($0)") })
        let ids = try store.allArticles().map { $0.id! }
        try store.transaction { transaction in
            for (id, entry) in zip(ids, articles) {
                guard let event = entry.event else { continue }
                try transaction.setMembership(EventMembership(articleID: id, event: event, story: entry.story,
                                                              eventDate: entry.eventDate.map(day), clue: TimeClue(),
                                                              vector: ["ostrel": 0.5, "ferry": 0.25]))
            }
            try transaction.setDuplicateOf(ids[0], for: [ids[2]])
        }
        return store
    }
}

@Suite struct LightReadsTests {
    func summaries(_ store: SQLiteStore, openingBytes: Int) throws -> [ArticleSummary] {
        var all: [ArticleSummary] = []
        try store.forEachArticleSummary(openingBytes: openingBytes) { all.append($0) }
        return all
    }

    @Test func summariesHoldWhatTheFullReadHolds() throws {
        let store = try LightReadsFixture.store()
        let full = try store.allArticles()
        for openingBytes in [0, 1, 7, 64, 1024] {
            let light = try summaries(store, openingBytes: openingBytes)
            #expect(light.map(\.id) == full.map { $0.id! })
            for (summary, stored) in zip(light, full) {
                let a = stored.article
                #expect(summary.name == a.sourcePath + (a.record.map { "#\($0)" } ?? ""))
                #expect([summary.sourcePath, summary.url, summary.outlet, summary.title, summary.language]
                        == [a.sourcePath, a.url, a.outlet, a.title, a.language])
                #expect(summary.record == a.record && summary.published == a.published)
                guard openingBytes > 0 else { #expect(summary.opening == nil); continue }
                let opening = try #require(summary.opening)
                #expect(opening.text.utf8.count <= openingBytes)
                #expect(a.text.unicodeScalars.starts(with: opening.text.unicodeScalars))
                #expect(opening.isWholeText == (opening.text == a.text))
            }
        }
    }

    @Test func aNulEndsTheOpeningAsItEndsTheFullRead() throws {
        let store = try LightReadsFixture.store()
        let full = try #require(try store.allArticles().first { $0.article.sourcePath == "tides/april.txt" })
        let light = try #require(try summaries(store, openingBytes: 1024).first { $0.id == full.id })
        #expect(light.opening == TextOpening(text: full.article.text, isWholeText: true))
    }

    @Test func textsByIdAreTheFullTexts() throws {
        let store = try LightReadsFixture.store()
        let full = try store.allArticles()
        let ids = [full[3].id!, full[0].id!, 999]
        #expect(try store.texts(of: ids) == [full[3].id!: full[3].article.text, full[0].id!: full[0].article.text])
    }

    @Test func membershipSummariesAreTheMembershipsWithoutVectors() throws {
        let store = try LightReadsFixture.store()
        var light: [MembershipSummary] = []
        try store.forEachMembershipSummary { light.append($0) }
        #expect(light == (try store.memberships()).map(MembershipSummary.init))
        #expect(light.count == LightReadsFixture.articles.filter { $0.event != nil }.count)
    }
}
