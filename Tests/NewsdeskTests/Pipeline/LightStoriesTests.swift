import Foundation
import NewsdeskClustering
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// `stories`, `export` and `eval` read openings and light memberships: they must show what reading
/// every article and membership whole showed.
@Suite struct LightStoriesTests {
    /// The timeline as it was built before the light reads: whole texts, whole memberships.
    func fullTimeline(_ store: SQLiteStore) throws -> StoryTimeline {
        let links = try store.duplicateLinks()
        let memberships = Dictionary(uniqueKeysWithValues: try store.memberships().map { ($0.articleID, $0) })
        return StoryTimeline(try store.allArticles().compactMap { stored in
            guard let id = stored.id, let m = memberships[id] else { return nil }
            let a = stored.article
            return StoryTimeline.Member(id: id, name: a.sourcePath + (a.record.map { "#\($0)" } ?? ""), title: a.title,
                                        lead: StoryTimeline.lead(of: a.text), outlet: a.outlet, url: a.url, published: a.published,
                                        event: m.event, story: m.story, eventDate: m.eventDate, duplicateOf: links[id],
                                        partialDay: m.eventDate == nil ? m.clue.partialDay : nil,
                                        language: a.language)
        })
    }

    /// Every field a reader sees, one line each.
    func lines(_ timeline: StoryTimeline) -> [String] {
        var lines: [String] = []
        for story in timeline.stories {
            lines.append("s\(story.id) \(story.title)")
            for event in story.events {
                lines.append("e\(event.id) \(event.date?.description ?? "-") \(event.title) \(event.sources)")
                for a in event.articles {
                    let fields: [String?] = [a.name, a.title, a.lead, a.outlet, a.url, a.published?.description,
                                             a.eventDate?.description, a.duplicateOf.map(String.init)]
                    lines.append(fields.map { $0 ?? "-" }.joined(separator: " | "))
                }
            }
        }
        return lines
    }

    @Test func storedStoriesShowWhatTheFullReadsShowed() throws {
        let store = try LightReadsFixture.store()
        let stored = try StoredStories(store: store)
        let full = try fullTimeline(store)
        #expect(lines(stored.timeline) == lines(full))
        #expect(stored.articleCount == LightReadsFixture.articles.count)
        let all = try store.allArticles()
        #expect(stored.names == Dictionary(uniqueKeysWithValues: all.map { ($0.id!, $0.article.sourcePath + ($0.article.record.map { "#\($0)" } ?? "")) }))
        #expect(stored.memberships == Dictionary(uniqueKeysWithValues: try store.memberships().map { ($0.articleID, MembershipSummary($0)) }))
        #expect(stored.duplicateLinks == (try store.duplicateLinks()))
        // The storm article's lead lies past its opening: it was read whole, and it names its event.
        #expect(lines(stored.timeline).contains { $0.hasPrefix("e2 2031-03-14 Storm warning for the Kessel coast.") })
    }

    /// An undated event read from the store shows the partial day its members' stored clues name
    /// most often; a publication day shown without a year does not count.
    /// A new store holding these texts as articles of `folder`, and their ids.
    func store(of texts: [String], in folder: String) throws -> (SQLiteStore, [Int64]) {
        let store = try SQLiteStore(path: TestScratch.folder.appendingPathComponent("newsdesk-\(folder)-\(UUID().uuidString).sqlite").path)
        _ = try store.write(texts.enumerated().map { StoredArticle(article: Article(sourcePath: "\(folder)/\($0).txt", text: $1), contentHash: "\($0)") })
        return (store, try store.allArticles().map { $0.id! })
    }

    @Test func anUndatedEventShowsItsPartialDayFromTheStore() throws {
        let (store, ids) = try store(of: ["The Ostrel ferry talks resumed on Thursday.", "Talks on the Ostrel ferry resumed Thursday.",
                                          "Ferry talks resumed.", "Ferry talks resumed, a harbour official said."], in: "talks")
        let clues = [TimeClue(weekday: 3), TimeClue(weekday: 3), TimeClue(month: 5, day: 2, approximate: true),
                     TimeClue(month: 5, day: 2, approximate: true)]
        try store.transaction { transaction in
            for (id, clue) in zip(ids, clues) {
                try transaction.setMembership(EventMembership(articleID: id, event: 1, story: 1, eventDate: nil, clue: clue, vector: ["ferry": 1]))
            }
        }
        let event = try #require(try StoredStories(store: store).timeline.stories.first?.events.first)
        #expect(event.date == nil)
        #expect(event.partialDay == "Thursday")
    }

    @Test func storedRecalledDaysDateAnUndatedEventInStoriesAndExportAlike() throws {
        let (store, ids) = try store(of: ["The Ostrel ferry ran aground on Monday.", "An Ostrel ferry ran aground Monday.",
                                          "The inquiry into the 5 March grounding opened.", "Inquiry opens into the Ostrel grounding of 5 March."],
                                     in: "ostrel")
        let recalled = [RecalledDay("--03-05")!]
        let memberships = [(1, nil, TimeClue(weekday: 0), []), (1, nil, TimeClue(weekday: 0), []),
                           (2, "2029-03-14", TimeClue(date: SimpleDate(iso: "2029-03-14")), recalled),
                           (2, "2029-03-14", TimeClue(date: SimpleDate(iso: "2029-03-14")), recalled)]
        try store.transaction { transaction in
            for (id, (event, day, clue, days)) in zip(ids, memberships) {
                try transaction.setMembership(EventMembership(articleID: id, event: Int64(event), story: 1, eventDate: day.flatMap { SimpleDate(iso: $0) },
                                                              clue: clue, vector: ["ferry": 1], recalled: days))
            }
        }
        let timeline = try StoredStories(store: store).timeline
        #expect(timeline.eventDates[1] == SimpleDate(iso: "2029-03-05"))
        #expect(timeline.stories.first?.events.first?.dateRecalled == true)
        #expect(try ExportLookups(store: store).eventDates == timeline.eventDates)
    }

    @Test func exportLookupsDateEventsAsTheTimelineDoes() throws {
        let store = try LightReadsFixture.store()
        let lookups = try ExportLookups(store: store)
        let full = try fullTimeline(store)
        #expect(lookups.eventDates == full.eventDates)
        #expect(lookups.eventDates == [1: SimpleDate(iso: "2031-03-10")!, 2: SimpleDate(iso: "2031-03-14")!, 3: SimpleDate(iso: "2031-04-01")!])
        let names = try StoredStories(store: store).names
        #expect(lookups.originalNames == lookups.duplicateLinks.values.reduce(into: [:]) { $0[$1] = names[$1] })
        #expect(lookups.originalNames.values.sorted() == ["ostrel/ferry.html"])
    }

    /// Texts that put a line end, a ". ", an accent or a long word at every byte an opening may end on.
    static let texts: [String] = [
        "Harbour closed. Ships wait.", "\n\n\r\nHarbour closed. Ships wait.", "Harbour closed.\nShips wait.",
        "Harbour closed\r\nShips wait. Then more.", "Cafe\u{301}. Ve\u{301}rand. ", "Ve\u{301}rand cafe\u{301}\u{301}s protest",
        String(repeating: "word ", count: 40), String(repeating: "x", count: 130) + ". Next.", String(repeating: "港口", count: 80),
        "🇫🇷🇩🇪 flags. Then 👩‍👩‍👧 family.", String(repeating: "e\u{301}", count: 120), String(repeating: "ab ", count: 33) + "c. d",
        "", "\n\n\n", "One line without any stop at all",
        "Harbour closed. \u{301}still one sentence, since the accent joins the space. Next.",
    ]

    @Test func openingLeadsAreWholeTextLeadsOrNothing() {
        for text in Self.texts {
            let whole = StoryTimeline.lead(of: text)
            for limit in 1...(text.utf8.count + 2) {
                let opening = TextOpening(of: text, limit: limit)
                if let lead = opening.lead { #expect(lead == whole, "\(text.debugDescription) cut at \(limit) bytes") }
                if opening.isWholeText { #expect(opening.lead == whole) }
            }
        }
    }

    @Test func aFirstSentenceInTheOpeningSettlesTheLead() {
        let text = "The Ostrel ferry sailed again on Monday. " + String(repeating: "Crews had mended the ramp. ", count: 100)
        #expect(TextOpening(of: text, limit: 1024).lead == "The Ostrel ferry sailed again on Monday.")
        #expect(TextOpening(of: text, limit: 20).lead == nil)
    }
}
