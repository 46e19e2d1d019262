import NewsdeskAnalysis
import NewsdeskModel
import Testing
@testable import NewsdeskClustering

@Suite struct EventClusteringTests {
    @Test func bcubedMatchesAHandComputedExample() {
        // gold: {a, b} {c}; predicted: {a} {b, c}
        let score = ClusterScore(gold: ["a": "1", "b": "1", "c": "2"], predicted: ["a": "X", "b": "Y", "c": "Y"])
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.recall - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.f1 - 2.0 / 3.0) < 1e-9)
        #expect(ClusterScore(gold: ["a": "1", "b": "2"], predicted: ["a": "X", "b": "Y"]).f1 == 1)
    }

    @Test func pairwiseMatchesAHandComputedExample() {
        // gold: {a, b, c} {d}; predicted: {a, b} {c, d}: pairs ab, cd predicted; ab, ac, bc gold.
        let score = ClusterScore.pairwise(gold: ["a": "1", "b": "1", "c": "1", "d": "2"],
                                          predicted: ["a": "X", "b": "X", "c": "Y", "d": "Y"])
        #expect(abs(score.precision - 0.5) < 1e-9)
        #expect(abs(score.recall - 1.0 / 3.0) < 1e-9)
        #expect(ClusterScore.pairwise(gold: ["a": "1"], predicted: ["a": "X"]).f1 == 1)
    }

    @Test func topHitsKeepTheMostHitAndBreakTiesAtTheLimitEitherWay() {
        let hits: [Int64: Int] = [1: 3, 2: 1, 3: 2, 4: 2, 5: 2, 6: 3, 7: 1]
        #expect(TopHits.select(hits, limit: 3, preferHigherKeys: true) == [1, 5, 6])
        #expect(TopHits.select(hits, limit: 3, preferHigherKeys: false) == [1, 3, 6])
        #expect(TopHits.select(hits, limit: 5, preferHigherKeys: true) == [1, 3, 4, 5, 6])
        #expect(TopHits.select(hits, limit: 9, preferHigherKeys: false) == [1, 2, 3, 4, 5, 6, 7])
        #expect(TopHits.select([Int64: Int](), limit: 2, preferHigherKeys: true).isEmpty)
    }

    @Test func readsFiguresAcrossDecimalConventions() {
        #expect(ContentKeys.numbers("rates rose 0,75 points to 2.25%, the 3rd rise in 2022; 7 members voted") == ["0.75", "2.25"])
        #expect(ContentKeys.numbers("A 6.4 quake, 1,200 dead, 12,5 km deep") == ["6.4", "1200", "12.5"])
        // Trailing decimal zeros are dropped: a whole number left is read as one.
        #expect(ContentKeys.numbers("a band of 2,50% to 2.75%, up from 3.00%; 10.0 points") == ["2.5", "2.75", "10"])
        // Digits written onto a word name something; a range's dash is not a word.
        #expect(ContentKeys.numbers("after Covid-19 the G20 and Ковид-19 sent 40 F-16 jets, 10–15 each") == ["40", "10", "15"])
        #expect(ContentKeys.numbers("COVID\u{2011}19 cost Rs500 crore, KSh250 and MH17's 298") == ["500", "250", "298"])
        // Scripts without case write figures onto words: those are figures.
        #expect(ContentKeys.numbers("地震造成35人死亡，120人受伤") == ["35", "120"])
        #expect(ContentKeys.numbers("נהרגו כ-100 בני אדם") == ["100"])
    }

    func signals(_ text: String, day: Int?) -> EventSignals {
        let article = Article(sourcePath: "x", published: day.map { SimpleDate(year: 2025, month: 3, day: $0)! }, text: text)
        return ContentKeys.signals(for: article)
    }

    static let closure = "Harbour Master Ilse Brandt closed the Narrows on Tuesday after the Caddon Star collision, Brandt told the VMSB inquiry in Port Avel."
    static let reopening = "Harbour Master Ilse Brandt reopened the Narrows on Tuesday after divers cleared the wreck of the Caddon Star, Brandt told reporters in Port Avel."
    static let plant = "Lumera opened a battery plant in Kessveld on Tuesday, chief executive Mira Castellane said at the ceremony with 400 workers."

    /// The same people meet twice, a week apart: two events of one story, not one event.
    @Test func sameActorsOnDifferentDaysAreDifferentEventsOfOneStory() {
        var clusterer = EventClusterer()
        let a = clusterer.add(signals(Self.closure, day: 12))
        let b = clusterer.add(signals(Self.closure.replacingOccurrences(of: "closed", with: "shut"), day: 12))
        let c = clusterer.add(signals(Self.reopening, day: 19))
        let d = clusterer.add(signals(Self.reopening.replacingOccurrences(of: "reopened", with: "opened again"), day: 19))
        let e = clusterer.add(signals(Self.plant, day: 12))
        #expect(a.event == b.event)
        #expect(c.event == d.event)
        #expect(a.event != c.event)
        #expect(e.event != a.event && e.event != c.event)
        #expect(clusterer.story(of: a.event) == clusterer.story(of: c.event))
        #expect(clusterer.story(of: e.event) != clusterer.story(of: a.event))
    }

    /// One event that resembles two stories (a meeting where both subjects came up) joins
    /// at most one of them: it does not chain the two into one story. Without the tests of
    /// the stories as wholes it does, so the scenario really bridges them.
    @Test func aBridgingEventDoesNotChainTwoStories() {
        func stories(wholeStoryTests: Bool) -> (harbour: Set<Int64>, plant: Set<Int64>) {
            var settings = EventClusterer.Settings()
            if !wholeStoryTests { (settings.storyMergeThreshold, settings.storyAverageWords, settings.storyAverageNames) = (0, 0, 0) }
            var clusterer = EventClusterer(settings: settings)
            let harbour = [
                "Harbour Master Ilse Brandt closed the Narrows on Monday after the Caddon Star collision, the VMSB inquiry in Port Avel heard.",
                "Divers working for Harbour Master Ilse Brandt on Monday cleared the wreck of the Caddon Star from the Narrows near Port Avel.",
                "Harbour Master Ilse Brandt reopened the Narrows to tankers on Monday, ending the closure after the Caddon Star collision at Port Avel.",
                "The VMSB inquiry in Port Avel blamed the Caddon Star's pilot on Monday for the collision that closed the Narrows, Ilse Brandt said.",
                "Tugs towed the burnt hull of the Caddon Star to the Port Avel dry dock on Monday, Harbour Master Ilse Brandt said.",
                "Insurers of the Caddon Star agreed on Monday to pay Port Avel for the clean-up of the Narrows, Harbour Master Ilse Brandt said.",
            ].enumerated().map { clusterer.add(signals($1, day: 1 + 5 * $0)).event }
            let plant = [
                "Lumera opened a battery plant in Kessveld on Tuesday, chief executive Mira Castellane said at the ceremony with 400 workers.",
                "Lumera's battery plant in Kessveld hired 250 more workers on Tuesday, chief executive Mira Castellane told the town council.",
                "Mira Castellane said on Tuesday that Lumera will double the output of its Kessveld battery plant, where 650 workers now build cells.",
                "Kessveld's council approved a second Lumera battery plant on Tuesday after Mira Castellane promised 300 more jobs in the town.",
                "Lumera's Kessveld battery plant shipped its millionth cell on Tuesday, Mira Castellane told staff at a party for 700 workers.",
                "Mira Castellane opened a training school for battery workers beside the Lumera plant in Kessveld on Tuesday.",
            ].enumerated().map { clusterer.add(signals($1, day: 2 + 5 * $0)).event }
            _ = clusterer.add(signals("Ilse Brandt and Lumera chief executive Mira Castellane met in Port Avel on Thursday: "
                + "the Kessveld battery plant will ship cells through the Narrows once the Caddon Star wreck is gone, "
                + "Castellane told the town council.", day: 30))
            return (Set(harbour.compactMap { clusterer.story(of: $0) }), Set(plant.compactMap { clusterer.story(of: $0) }))
        }
        let separate = stories(wholeStoryTests: true)
        #expect(separate.harbour.count == 1 && separate.plant.count == 1)
        #expect(separate.harbour != separate.plant)
        let chained = stories(wholeStoryTests: false)
        #expect(chained.harbour == chained.plant)
    }

    /// An event with a member in another language holds words that a later event in one language
    /// cannot share, however alike the two are: names and figures may then stand for words, as
    /// they do between events in no common language. Same language sets: words must meet the bar.
    @Test func aMemberInAnotherLanguageLetsNamesStandForWords() {
        func centroid(_ entries: [(Int32, Float)]) -> Centroid {
            var c = Centroid()
            c.add(entries)
            return c
        }
        // Words: cosine 0.05, below the bar of 0.08; names and figures: cosine 0.6, above it.
        let (aWords, bWords) = (centroid([(1, 0.05), (2, 0.99875)]), centroid([(1, 1)]))
        let (aNames, bNames) = (centroid([(10, 0.6), (11, 0.8)]), centroid([(10, 1)]))
        func alike(_ a: Set<String>, _ b: Set<String>) -> Bool {
            EventClusterer.alike(aWords, aNames, a, bWords, bNames, b, words: 0.08, actors: 0.1, otherActors: 0)
        }
        #expect(alike(["en", "de"], ["en"]))
        #expect(alike(["de"], ["en"]))
        #expect(!alike(["en"], ["en"]))
        #expect(!alike([], []))
    }

    /// Two events that share one actor only ("Google", "Turkey", the figure 10) are two stories
    /// about it; with a second actor in common they may be one story.
    @Test func aStoryLinkNeedsMoreThanOneSharedActor() {
        func centroid(_ entries: [(Int32, Float)]) -> Centroid {
            var c = Centroid()
            c.add(entries)
            return c
        }
        let words = centroid([(1, 0.6), (2, 0.8)])
        let one = (centroid([(10, 0.9), (11, 0.44)]), centroid([(10, 0.9), (12, 0.44)]))
        let two = (centroid([(10, 0.8), (11, 0.6)]), centroid([(10, 0.8), (11, 0.3), (12, 0.52)]))
        func alike(_ names: (Centroid, Centroid)) -> Bool {
            EventClusterer.alike(words, names.0, ["en"], words, names.1, ["en"], words: 0.08, actors: 0.1, otherActors: 0.05)
        }
        #expect(one.0.cosine(with: one.1) > 0.1)  // alike enough by the cosine alone
        #expect(!alike(one))
        #expect(alike(two))
    }

    /// The farther apart two events are, the more actors they must share to be one story: the same
    /// harbour master and port weeks apart are one story, years apart two; undated, the base bar holds.
    @Test func eventsYearsApartNeedMoreSharedActorsToBeOneStory() {
        let closure = "Harbour Master Ilse Brandt closed the Narrows on Tuesday after the Caddon Star collision, Brandt told the VMSB inquiry in Port Avel."
        let museum = "Ilse Brandt opened a ferry museum in Port Avel on Friday with Mayor Tomas Ferreira and the Halvorsen Foundation, whose chair Greta Lindqvist gave its model of the Sorrel lighthouse."
        func sameStory(_ first: SimpleDate?, _ second: SimpleDate?) -> Bool {
            var clusterer = EventClusterer()
            let a = clusterer.add(ContentKeys.signals(for: Article(sourcePath: "a", published: first, text: closure)))
            let b = clusterer.add(ContentKeys.signals(for: Article(sourcePath: "b", published: second, text: museum)))
            #expect(a.event != b.event)
            return clusterer.story(of: a.event) == clusterer.story(of: b.event)
        }
        let day = SimpleDate(year: 2025, month: 3, day: 12)!
        #expect(sameStory(day, day.adding(days: 23)))
        #expect(!sameStory(day, day.adding(days: 4 * 365)))
        #expect(sameStory(nil, nil))
        #expect(EventClusterer.dayGap([TimeClue(date: day), TimeClue(date: day.adding(days: 9))],
                                      [TimeClue(date: day.adding(days: 30)), TimeClue(weekday: 2)]) == 21)
        #expect(EventClusterer.dayGap([TimeClue(date: day)], [TimeClue(weekday: 2)]) == nil)
        #expect(EventClusterer.spanFactor(days: 0, quiet: 90) == 1 && EventClusterer.spanFactor(days: 90, quiet: 90) == 2)
    }

    /// Across languages only names and figures meet: a report in another language that shares one
    /// name with an event ("Lumera") is about its subject, not its event, however heavy that name is;
    /// one that shares its people, place and figures joins.
    @Test func anotherLanguageJoinsAnEventOnMoreThanOneSharedName() {
        let day = SimpleDate(year: 2025, month: 3, day: 12)!
        func english(_ text: String) -> EventSignals {
            ContentKeys.signals(for: Article(sourcePath: "en", language: "en", published: day, text: text))
        }
        func german(_ text: String) -> EventSignals {
            ContentKeys.signals(for: Article(sourcePath: "de", language: "de", published: day, text: text))
        }
        func joins(_ report: EventSignals) -> Bool {
            var clusterer = EventClusterer()
            let a = clusterer.add(english("Lumera opened a battery plant in Kessveld. Lumera said the plant makes Lumera cells. "
                                          + "Lumera chief executive Mira Castellane said it employs 400 workers."))
            let b = clusterer.add(english("Lumera's new Kessveld battery plant opened. Lumera cells will be made there by 400 workers, "
                                          + "Lumera's Mira Castellane said."))
            #expect(a.event == b.event)
            return clusterer.add(report).event == a.event
        }
        #expect(joins(german("Lumera eröffnete in Kessveld ein Batteriewerk mit 400 Arbeitern, sagte Mira Castellane.")))
        #expect(!joins(german("Gegen Lumera streikt Jonas Brehm. Bei Lumera fehlen Löhne, so Brehm. Lumera schweigt. Lumera zahlt nicht.")))
    }

    /// An article is looked up under its most telling keys that some event was posted under: a report
    /// whose rarest words and names are new to the collection (a text in a language not seen before,
    /// with its own sentence openers taken for names) still finds the event it shares the rest with.
    @Test func anArticleWhoseRarestKeysAreNewStillFindsItsEvent() {
        let day = TimeClue(date: SimpleDate(year: 2025, month: 3, day: 12)!)
        let common = ["t:narrows", "t:closed", "t:collision", "t:harbour", "t:inquiry", "e:brandt", "e:caddon", "e:avel", "e:vmsb", "n:212"]
        var clusterer = EventClusterer()
        let event = clusterer.add(EventSignals(keys: Dictionary(uniqueKeysWithValues: common.map { ($0, 1) }), clue: day))
        let newWords = (0..<16).map { "t:new\($0)" } + (0..<8).map { "e:new\($0)" }
        let newcomer = EventSignals(keys: Dictionary(uniqueKeysWithValues: (common + newWords).map { ($0, 1) }), clue: day)
        #expect(clusterer.add(newcomer).event == event.event)
    }

    /// A copy joins its original's event even when a reworded headline resembles another
    /// event more, and weighs in it; a near-copy that reports another day (a recurring
    /// bulletin written from one template) and an unknown event leave it to ordinary clustering.
    @Test func aCopyFollowsItsOriginalUnlessItsDayDisagrees() {
        var clusterer = EventClusterer()
        let original = clusterer.add(signals(Self.closure, day: 12))
        let reopened = clusterer.add(signals(Self.reopening, day: 19))
        let copy = clusterer.follow(signals(Self.reopening.replacingOccurrences(of: "reopened", with: "closed"), day: 12), into: original.event)
        #expect(copy?.event == original.event)
        #expect(copy?.event != reopened.event)
        #expect(copy?.vector.isEmpty == false)
        #expect(clusterer.follow(signals(Self.closure, day: 26), into: original.event) == nil)
        #expect(clusterer.follow(signals(Self.closure, day: 12), into: 999) == nil)
    }

    /// A French report of the same closure joins the English one through names, figures and the day.
    @Test func translationJoinsThroughNamesFiguresAndDay() {
        var clusterer = EventClusterer()
        let english = clusterer.add(signals(Self.closure + " The 212-metre Caddon Star lost 1,450 tonnes of fuel.", day: 12))
        _ = clusterer.add(signals(Self.plant, day: 12))
        let french = clusterer.add(signals("La capitainerie d'Ilse Brandt a fermé les Narrows mardi après la collision du Caddon Star : "
            + "le navire de 212 mètres a perdu 1 450 tonnes de carburant, a déclaré Brandt à l'enquête du VMSB à Port Avel.", day: 12))
        #expect(french.event == english.event)
    }

    /// A Russian report meets the English ones through names in another script and case
    /// ("Брандт", "Каддон Стар", "в Порт-Авеле"), and its weekday ("во вторник"); there are no figures.
    @Test func aReportInAnotherScriptJoinsThroughRomanisedNames() {
        var clusterer = EventClusterer()
        let english = clusterer.add(signals(Self.closure, day: 12))
        let plant = clusterer.add(signals(Self.plant, day: 12))
        let article = Article(sourcePath: "ru", language: "ru", published: SimpleDate(year: 2025, month: 3, day: 12)!,
                              text: "Капитан порта Ильзе Брандт во вторник закрыла пролив Нэрроуз после столкновения судна "
                                + "Каддон Стар. Об этом Брандт сообщила комиссии VMSB в Порт-Авеле.")
        let russian = clusterer.add(ContentKeys.signals(for: article))
        #expect(russian.event == english.event)
        #expect(russian.event != plant.event)
    }

    /// The order articles arrive in does not change which belong together here.
    @Test func orderDoesNotChangeTheGrouping() {
        let texts = [(Self.closure, 12), (Self.reopening, 19), (Self.plant, 12),
                     (Self.closure.replacingOccurrences(of: "closed", with: "shut"), 12),
                     (Self.reopening.replacingOccurrences(of: "reopened", with: "opened again"), 19)]
        func grouping(_ order: [Int]) -> Set<Set<Int>> {
            var clusterer = EventClusterer()
            var events: [Int: Int64] = [:]
            for i in order { events[i] = clusterer.add(signals(texts[i].0, day: texts[i].1)).event }
            return Set(Dictionary(grouping: texts.indices, by: { events[$0]! }).values.map(Set.init))
        }
        #expect(grouping([0, 1, 2, 3, 4]) == grouping([4, 3, 2, 1, 0]))
        #expect(grouping([0, 1, 2, 3, 4]) == [[0, 3], [1, 4], [2]])
    }

    /// Replaying stored memberships rebuilds a clusterer that places the next article as the original would.
    @Test func restoredClustererContinuesLikeTheOriginal() {
        var original = EventClusterer()
        var stored: [(EventClusterer.Assignment, EventSignals)] = []
        for (text, day) in [(Self.closure, 12), (Self.plant, 12)] {
            let s = signals(text, day: day)
            stored.append((original.add(s), s))
        }
        var restored = EventClusterer()
        let statistics = original.vocabulary.statistics()
        restored.restoreStatistics(documents: statistics.documents, counts: statistics.counts)
        for (assignment, s) in stored {
            restored.restore(vector: assignment.vector, clue: s.clue, language: nil, lead: s.leadFigures, event: assignment.event, story: assignment.story)
        }
        let next = signals(Self.closure.replacingOccurrences(of: "closed", with: "shut"), day: 12)
        #expect(restored.add(next) == original.add(next))
    }

    @Test func timeCluesCompareAtTheirCommonPrecision() {
        let tuesday = TimeClue(date: SimpleDate(year: 2025, month: 3, day: 11)!)
        #expect(tuesday.agreement(with: TimeClue(date: SimpleDate(year: 2025, month: 3, day: 12)!)) == 1)
        #expect(tuesday.agreement(with: TimeClue(date: SimpleDate(year: 2025, month: 3, day: 18)!)) == 0)
        #expect(tuesday.agreement(with: TimeClue(month: 3, day: 11)) == 1)
        #expect(tuesday.agreement(with: TimeClue(month: 7, day: 11))! < 0.5)
        #expect(tuesday.agreement(with: TimeClue(weekday: tuesday.weekday)) == 1)
        #expect(tuesday.agreement(with: TimeClue(weekday: (tuesday.weekday! + 2) % 7))! < 0.5)
        #expect(tuesday.agreement(with: TimeClue()) == nil)
        // A publication day standing in for the event day is near, not exact.
        let publishedLater = TimeClue(date: SimpleDate(year: 2025, month: 3, day: 16)!, approximate: true)
        #expect(tuesday.agreement(with: publishedLater)! > 0.5)
        #expect(tuesday.agreement(with: TimeClue(date: SimpleDate(year: 2025, month: 5, day: 2)!, approximate: true))! < 0.5)
    }

    /// An event emptied by a removal leaves no trace that a later similar article could trip on.
    @Test func removingTheLastArticleOfAnEventLeavesNoDanglingEvent() {
        var clusterer = EventClusterer()
        let closure = signals(Self.closure, day: 12)
        let first = clusterer.add(closure)
        clusterer.remove(vector: first.vector, clue: closure.clue, language: closure.language, lead: closure.leadFigures, event: first.event)
        #expect(clusterer.eventCount == 0)
        #expect(clusterer.storyCount == 0)
        let again = clusterer.add(signals(Self.closure.replacingOccurrences(of: "closed", with: "shut"), day: 12))
        #expect(again.event != first.event)
        #expect(clusterer.eventCount == 1)
    }

    /// Headline figures are the title's and the first sentence's, not the body's.
    @Test func headlineFiguresAreTheTitlesAndFirstSentences() {
        let article = Article(sourcePath: "x", title: "6.9 quake hits Valdoria",
                              text: "A magnitude 6.9 earthquake struck near Port Avel, killing 40 people. Rescuers counted 215 damaged houses.")
        #expect(ContentKeys.leadFigures(of: article) == ["6.9", "40"])
    }

    /// A body that opens with a photo caption and a dateline leads with its first sentence of prose:
    /// the caption's figures recall another event, the one-word dateline has none.
    @Test func leadFiguresSkipACaptionAndADateline() {
        let text = "Foto: Jonas Brehm/vpa Aufräumarbeiten in Kessveld nach dem Beben vom 3. März\n\n"
            + "Port Avel. Ein Erdbeben der Stärke 5,9 hat die Provinz Valdoria erschüttert, teilte die Warte mit.\n"
            + "Am 3. März hatte ein Beben der Stärke 7,1 die Region verwüstet."
        #expect(ContentKeys.leadFigures(of: Article(sourcePath: "x", language: "de", text: text)) == ["5.9"])
        // A body of captions alone keeps its first line.
        #expect(ContentKeys.leadFigures(of: Article(sourcePath: "x", text: "Gallery of 215 images\nCredit: VPA")) == ["215"])
    }

    /// The ordinal that numbers an event of a series counts with the headline figures, in the article's
    /// language; one that counts occasions ("for the first time"), names a title ("First Minister") or
    /// a day ("June 15th") does not, nor a word that is an ordinal in another language only.
    @Test(arguments: [
        ("en", "Orla rocket breaks up on its third test flight", "The rocket lost contact after six minutes.", ["#3"]),
        ("en", "Orla rocket flies for the first time", "The rocket lost contact after six minutes.", []),
        ("en", "Kessveld ferry crews strike again", "The 2nd strike this spring halted 14 crossings.", ["#2", "14"]),
        ("es", "Huelga en los ferris de Kessveld", "La segunda huelga de la primavera paralizó el puerto por primera vez.", ["#2"]),
        ("de", "Fährstreik in Kessveld", "Der dritte Streik des Frühjahrs legte den Hafen lahm.", ["#3"]),
        ("en", "Valdoria's First Minister resigns", "Premier Aino Valk named a successor on June 5th.", []),
        ("en", "Port Avel reopens", "The premier said the quay would reopen on the 3rd of May.", []),
    ])
    func ordinalsOfASeriesAreHeadlineFigures(language: String, title: String, text: String, expected: [String]) {
        let article = Article(sourcePath: "x", title: title, language: language, text: text)
        #expect(ContentKeys.leadFigures(of: article) == Set(expected))
    }

    /// Two quakes of one region two weeks apart, both reported as of a "Monday" in the same words:
    /// their headline magnitudes differ, and that keeps them apart; a report of the first with a
    /// higher death toll still joins it, through the magnitude both lead with.
    @Test func headlineFiguresThatDisagreeKeepTwoQuakesApart() {
        func events(conflict: Float) -> (first: Int64, update: Int64, second: Int64) {
            var settings = EventClusterer.Settings()
            settings.leadFigureConflict = conflict
            var clusterer = EventClusterer(settings: settings)
            func add(_ title: String, _ text: String) -> Int64 {
                clusterer.add(ContentKeys.signals(for: Article(sourcePath: "x", title: title, text: text))).event
            }
            let body = " Rescue teams searched collapsed buildings in Port Avel and Kessveld through the night, and the "
                + "Valdorian civil protection agency opened shelters in schools along the coast."
            let first = add("Magnitude 6.9 earthquake hits Valdoria", "A magnitude 6.9 earthquake struck the Valdorian coast on Monday, "
                + "killing at least 40 people, officials said." + body)
            let update = add("Valdoria quake toll rises to 120", "At least 120 people died after the magnitude 6.9 earthquake struck the "
                + "Valdorian coast on Monday, officials said." + body)
            let second = add("Magnitude 5.8 earthquake hits Valdoria", "A magnitude 5.8 earthquake shook Orrin on Monday, two weeks "
                + "after the deadly quake, the Valdorian seismology office said. Walls fell in Orrin and Tessel.")
            return (first, update, second)
        }
        let apart = events(conflict: EventClusterer.Settings().leadFigureConflict)
        #expect(apart.update == apart.first)
        #expect(apart.second != apart.first)
        // Without the headline figures the second quake joins the first: the scenario needs them.
        let together = events(conflict: 1)
        #expect(together.second == together.first)
    }
}
