import NewsdeskAnalysis
import NewsdeskModel
import Testing
@testable import NewsdeskClustering

/// Articles whose text names no day: where they go first, and where a second look moves them.
@Suite struct UndatedArticleTests {
    func signals(_ text: String, published: SimpleDate?) -> EventSignals {
        ContentKeys.signals(for: Article(sourcePath: "x", published: published, text: text))
    }

    static let fine = "The Avel Competition Board fined the shipping line Norrmark 3.1 million crowns on Tuesday for fixing berth fees "
        + "in the Narrows, board chair Tove Haller said. Norrmark said it would appeal the fine."
    static let appeal = "Norrmark lost its appeal against the 3.1 million crown fine for fixing berth fees in the Narrows: the Avel "
        + "appeals court upheld the Competition Board's ruling, and judge Sanna Orre said the court found the fees were fixed."
    static let appealAgain = "The Avel appeals court upheld the Competition Board's 3.1 million crown fine on Norrmark, judge Sanna Orre "
        + "said on Wednesday, ruling that the shipping line had fixed berth fees in the Narrows. Norrmark lost its appeal."
    static let appealOnceMore = "Judge Sanna Orre of the Avel appeals court on Wednesday rejected Norrmark's appeal and upheld the fine "
        + "for fixing berth fees in the Narrows, saying the court found the Competition Board right."

    /// An undated report of a ruling arrives before any dated one and joins the fine's event, the only
    /// event on the subject. Once dated reports of the ruling have opened its event, a second look
    /// moves it there.
    @Test func aSecondLookMovesAnUndatedReportToItsOwnMeeting() throws {
        var clusterer = EventClusterer()
        let fine = clusterer.add(signals(Self.fine, published: SimpleDate(year: 2025, month: 3, day: 12)))
        let undated = signals(Self.appeal, published: nil)
        #expect(undated.clue.date == nil)
        let early = clusterer.add(undated)
        #expect(early.event == fine.event)  // the scenario: content alone put it with the fine
        let september = SimpleDate(year: 2025, month: 9, day: 18)
        let ruling = clusterer.add(signals(Self.appealAgain, published: september))
        let rulingAgain = clusterer.add(signals(Self.appealOnceMore, published: september))
        #expect(ruling.event != fine.event)
        #expect(rulingAgain.event == ruling.event)
        let look = clusterer.reconsider(vector: early.vector, clue: undated.clue, language: nil, lead: undated.leadFigures, event: early.event)
        let moved = try #require(look)
        #expect(moved.event == ruling.event)
        // Settled: a further look leaves it where it is.
        #expect(clusterer.reconsider(vector: moved.vector, clue: undated.clue, language: undated.language, lead: undated.leadFigures, event: moved.event) == nil)
    }

    /// A look that finds nothing better leaves the article, and its event, as they were.
    @Test func aSecondLookKeepsAnArticleThatFitsWhereItIs() throws {
        var clusterer = EventClusterer()
        let march = SimpleDate(year: 2025, month: 3, day: 12)
        let fine = clusterer.add(signals(Self.fine, published: march))
        let undated = signals(Self.fine.replacingOccurrences(of: " on Tuesday", with: ""), published: nil)
        let copy = clusterer.add(undated)
        #expect(copy.event == fine.event)
        let before = try #require(clusterer.events[fine.event])
        #expect(clusterer.reconsider(vector: copy.vector, clue: undated.clue, language: undated.language, lead: undated.leadFigures, event: copy.event) == nil)
        #expect(clusterer.eventCount == 1)
        let after = try #require(clusterer.events[fine.event])
        #expect(after.size == 2 && after.undated == 1 && after.timed?.size == 1)
        #expect(Set(after.clues) == Set(before.clues) && after.clues.count == before.clues.count)
        #expect(abs(after.centroid.norm2 - before.centroid.norm2) < 1e-4)
        #expect(after.languages.set == before.languages.set)
        // Still a full member: the next report of the fine joins the same event.
        let next = clusterer.add(signals(Self.fine.replacingOccurrences(of: "fined", with: "penalised"), published: march))
        #expect(next.event == fine.event)
    }

    /// A member taken out takes its language with it when it was the last in that language: the
    /// event is no longer compared on words with reports in that language.
    @Test func removingTheLastMemberInALanguageTakesTheLanguageOut() throws {
        var clusterer = EventClusterer()
        let march = SimpleDate(year: 2025, month: 3, day: 12)
        let englishSignals = ContentKeys.signals(for: Article(sourcePath: "x", language: "en", published: march, text: Self.fine))
        let english = clusterer.add(englishSignals)
        var german = ContentKeys.signals(for: Article(sourcePath: "x", language: "de", published: march,
            text: "Die Wettbewerbsbehörde von Avel verhängte am Dienstag gegen die Reederei Norrmark eine Strafe von 3,1 Millionen Kronen, sagte Tove Haller."))
        german.clue = englishSignals.clue
        let placed = clusterer.add(german)
        #expect(placed.event == english.event)  // the scenario: one bilingual event
        #expect(clusterer.events[english.event]?.languages.set == ["en", "de"])
        clusterer.remove(vector: placed.vector, clue: german.clue, language: "de", lead: german.leadFigures, event: placed.event)
        #expect(clusterer.events[english.event]?.languages.set == ["en"])
    }

    /// Signals with hand-made keys (content terms), for scenarios whose geometry must be exact.
    func keys(_ weights: [String: Float], day: Int?) -> EventSignals {
        EventSignals(keys: Dictionary(uniqueKeysWithValues: weights.map { ("t:" + $0.key, $0.value) }),
                     clue: TimeClue(date: day.map { SimpleDate(year: 2025, month: 3, day: $0)! }))
    }

    /// An undated report is compared with the event's dated reports, not with undated ones that
    /// came in on content alone: its twin among those does not draw it into an event whose dated
    /// reports it does not resemble.
    @Test func anUndatedReportIsComparedWithTheDatedReportsOfAnEvent() {
        var clusterer = EventClusterer()
        let first = clusterer.add(keys(["a": 1, "b": 1, "c": 1, "d": 1], day: nil))
        // Two dated reports join it: the first through the one key it shares, the second through the first.
        #expect(clusterer.add(keys(["a": 1, "x": 1, "y": 1, "z": 1], day: 4)).event == first.event)
        #expect(clusterer.add(keys(["x": 1, "y": 1, "z": 1, "w": 1], day: 4)).event == first.event)
        // The undated report's twin: alike it, unlike the dated reports. Compared with all three
        // members, it would join (cosine above 0.5); with the dated two, it opens its own event.
        let twin = clusterer.add(keys(["a": 1, "b": 1, "c": 1, "d": 1], day: nil))
        #expect(twin.event != first.event)
    }

    /// Members that name only a weekday, the weekday of the event's day, count with its dated members:
    /// they joined in agreement with its day. An event of one dated report and two such reports is
    /// compared with all three, and the undated report that resembles them joins it, not the event
    /// of another day whose two dated reports it resembles less.
    @Test func membersNamingTheEventsWeekdayCountWithItsDatedOnes() {
        var clusterer = EventClusterer()
        let other = clusterer.add(keys(["m": 1, "n": 1, "v": 1, "w": 1], day: 20))
        #expect(clusterer.add(keys(["m": 1, "n": 1, "v": 1, "z": 1], day: 20)).event == other.event)
        let meeting = clusterer.add(keys(["p": 1, "q": 1, "r": 1, "s": 1], day: 4))
        let weekday = SimpleDate(year: 2025, month: 3, day: 4)!.weekday
        for terms in [["p", "q", "m", "n"], ["m", "n", "p", "u"]] {
            let report = EventSignals(keys: Dictionary(uniqueKeysWithValues: terms.map { ("t:" + $0, Float(1)) }),
                                      clue: TimeClue(weekday: weekday))
            #expect(clusterer.add(report).event == meeting.event)  // the scenario: they join on their weekday
        }
        // Compared with the meeting's dated report alone, it would go to the other event.
        #expect(clusterer.add(keys(["m": 1, "n": 1, "p": 1, "u": 1], day: nil)).event == meeting.event)
    }

    /// A report naming another weekday than an event's day is another day's, even when it is as alike
    /// as two reports of one recurring subject are (cosine about 0.64 here).
    @Test func anotherWeekdayKeepsAnAlikeReportApart() {
        var clusterer = EventClusterer()
        let tuesday = clusterer.add(keys(["a": 1, "b": 1, "c": 1, "d": 1], day: 4))
        #expect(clusterer.add(keys(["a": 1, "b": 1, "c": 1, "e": 1], day: 4)).event == tuesday.event)
        let thursday = SimpleDate(year: 2025, month: 3, day: 6)!.weekday
        let report = EventSignals(keys: Dictionary(uniqueKeysWithValues: ["a", "b", "c", "x", "y"].map { ("t:" + $0, Float(1)) }),
                                  clue: TimeClue(weekday: thursday))
        #expect(clusterer.add(report).event != tuesday.event)
        // Naming the event's own weekday, it joins.
        let same = EventSignals(keys: report.keys, clue: TimeClue(weekday: SimpleDate(year: 2025, month: 3, day: 4)!.weekday))
        #expect(clusterer.add(same).event == tuesday.event)
    }

    /// Taking members out keeps the timed sums right: a member naming a weekday leaves them, and once
    /// no undated member is left they are dropped (the event's own sums are its timed ones again).
    @Test func takingMembersOutKeepsTheTimedSums() throws {
        var clusterer = EventClusterer()
        let dated = keys(["p": 1, "q": 1, "r": 1, "s": 1], day: 4)
        let meeting = clusterer.add(dated)
        let weekdayOnly = EventSignals(keys: ["t:p": 1, "t:q": 1, "t:m": 1], clue: TimeClue(weekday: SimpleDate(year: 2025, month: 3, day: 4)!.weekday))
        let named = clusterer.add(weekdayOnly)
        let bare = keys(["p": 1, "q": 1, "r": 1, "u": 1], day: nil)
        let undated = clusterer.add(bare)
        #expect(named.event == meeting.event && undated.event == meeting.event)  // the scenario
        var event = try #require(clusterer.events[meeting.event])
        #expect(event.timed?.size == 2 && event.undated == 2)
        clusterer.remove(vector: named.vector, clue: weekdayOnly.clue, language: nil, lead: [], event: meeting.event)
        event = try #require(clusterer.events[meeting.event])
        #expect(event.timed?.size == 1 && event.undated == 1)
        #expect(abs((event.timed?.centroid.norm2 ?? 0) - 1) < 1e-4)  // the dated report's unit vector alone
        clusterer.remove(vector: undated.vector, clue: bare.clue, language: nil, lead: [], event: meeting.event)
        event = try #require(clusterer.events[meeting.event])
        #expect(event.timed == nil && event.undated == 0 && event.size == 1)
    }

    /// Among events an article may join, the one whose members it resembles most on average wins,
    /// not the one with the nearest centroid: a large event spread over a subject has its centroid
    /// near the subject's mean, nearer any report on the subject than a small, tight event can be.
    @Test func aTightEventOutranksOneSpreadOverTheSubject() {
        var clusterer = EventClusterer()
        // Eight reports of one day, each sharing only the subject with the others.
        let spread = (0..<8).map { clusterer.add(keys(["subject": 1, "aside\($0)": 1], day: 4)).event }
        #expect(Set(spread).count == 1)
        let tight = clusterer.add(keys(["subject": 1, "harbour": 1, "tanker": 1, "pilot": 1], day: 20))
        #expect(tight.event != spread[0])
        // Its cosine with the spread event's centroid is the higher; its mean cosine with the
        // tight event's one member is higher than with the eight spread members.
        let undated = clusterer.add(keys(["subject": 2, "harbour": 1, "berth": 1], day: nil))
        #expect(undated.event == tight.event)
    }

    /// A second look searches under all of an article's keys. Reports whose most telling keys lead
    /// only to other events found nothing on arrival; their event, alone in its story, may then
    /// link its story to the story it shares names and words with, whatever its size.
    @Test func aSecondLookLinksALoneArticleToItsStory() {
        var clusterer = EventClusterer()
        let harbour = ["harbour": Float(1), "tanker": 1, "pilot": 1]
        func signals(_ terms: [String: Float], names: [String: Float], day: Int?) -> EventSignals {
            var keys = Dictionary(uniqueKeysWithValues: terms.map { ("t:" + $0.key, $0.value) })
            for (name, weight) in names { keys["e:" + name] = weight }
            return EventSignals(keys: keys, clue: TimeClue(date: day.map { SimpleDate(year: 2025, month: 3, day: $0)! }))
        }
        let known = clusterer.add(signals(harbour, names: ["brandt": 1, "avel": 1], day: 4))
        // Its own words and names outweigh what it shares with the harbour story.
        var terms = harbour
        for i in 0..<12 { terms["own\(i)"] = 3 }
        var names = ["brandt": Float(1), "avel": 1]
        for i in 0..<6 { names["someone\(i)"] = 3 }
        // Each of its most telling keys leads to another event, which it is nothing like.
        for i in 0..<12 { _ = clusterer.add(signals(["own\(i)": 1, "decoy\(i)": 4, "other\(i)": 4], names: [:], day: 20)) }
        for i in 0..<6 { _ = clusterer.add(signals(["decoyname\(i)": 4], names: ["someone\(i)": 1], day: 20)) }
        let undated = signals(terms, names: names, day: nil)
        // Five reports of it: an event past the sizes at which events look for story links as they grow.
        var lone = clusterer.add(undated)
        for _ in 1..<5 { lone = clusterer.add(undated) }
        #expect(clusterer.events[lone.event]?.size == 5)
        #expect(lone.story != known.story)  // the scenario: their first looks found nothing
        let look = clusterer.reconsider(vector: lone.vector, clue: undated.clue, language: nil, lead: undated.leadFigures, event: lone.event)
        #expect(look?.event == lone.event)  // too unlike the harbour event to join it
        #expect(look.map { clusterer.story(of: $0.event) } == clusterer.story(of: known.event))
        #expect(look?.mergedStories.isEmpty == false)
    }
}
