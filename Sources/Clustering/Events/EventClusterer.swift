import Foundation
import NewsdeskModel

/// Online event clustering: articles arrive one at a time; each joins the event whose
/// centroid it is most similar to, or opens a new one. Events whose centroids are
/// similar enough, whatever their dates, share a story.
///
/// Similarity is the cosine of rarity-weighted keys (content terms, entity keys,
/// figures), multiplied by how well the article's time clue agrees with the event's:
/// the same people meet again months later (hard negatives are the norm in news), and
/// the day is what tells those meetings apart. Clues are compared at the most precise
/// level both sides have: full days first, then day-of-month, then weekday.
///
/// Cost per article stays near-constant as the collection grows: candidates come from
/// an inverted index over each article's most telling keys, and each posting list keeps
/// only its most recent events.
public struct EventClusterer: Sendable {
    public struct Settings: Sendable {
        /// Minimum similarity to join an event.
        public var joinThreshold: Float = 0.2
        /// Minimum centroid cosine for two events to share a story.
        public var storyThreshold: Float = 0.08
        /// Minimum cosine of their names and figures, too.
        public var storyActorThreshold: Float = 0.1
        /// The minimum of that cosine without the name or figure the two share most: events of one
        /// story share several actors (a person, an institution, a place, an amount), and two events
        /// that share only "Google", "Turkey" or the figure 10 are two stories about it. The same bar
        /// holds a report in another language away from an event it shares one name with.
        public var storyOtherActorsThreshold: Float = 0.05
        /// That bar rises by the base for each doubling of (1 + the days between the two events / this):
        /// ×2 three months apart, ×3.3 a year apart, ×4.7 three years apart. Most stories run weeks or
        /// months; one that runs for years (an antitrust case from fine to final ruling) keeps its
        /// actors throughout, while pages years apart that share two names are mostly two stories.
        /// Events with no dated report are not held to it.
        public var storyQuietDays: Float = 90
        /// Minimum centroid cosine of two stories as wholes for an event's link to join them.
        /// Higher than for two events: joining two stories claims more than linking two events.
        /// (0.08 let one story grow over 150 invented subjects that share a real name on the
        /// synthetic corpus; 0.15 began to split real stories on dev in some arrival orders.)
        public var storyMergeThreshold: Float = 0.12
        /// Minimum mean cosine over all pairs of articles of the two stories (average linkage),
        /// on words and on names and figures. Half the centroid bars: 1.0× split real dev
        /// stories in some arrival orders, 0.25× let a synthetic story grow over a thousand articles at 100k.
        public var storyAverageWords: Float = 0.06
        public var storyAverageNames: Float = 0.05
        /// The factor on the score of an article whose headline figures share none with the headline
        /// figures of the event's reports (both having some): reports of one event lead with its
        /// figures (a quake's magnitude, a rate rise, a fine, "the third flight"), and two quakes of
        /// one region two weeks apart, reported in the same words, differ there. A factor, not a
        /// veto: a death toll rises from one report to the next. (0.7 split the quakes on dev; 0.5
        /// split real events in other orders.) Graded between this and 1 by the share of the
        /// event's reports that lead with one of the article's figures: a figure only a report
        /// looking back names ("after the first flight in April…") is weak evidence.
        public var leadFigureConflict: Float = 0.7
        /// Keys kept per article, the most telling by weight × rarity.
        public var keysPerArticle = 48
        /// Names and figures kept per article beyond those among its most telling keys.
        public var sharedKeysPerArticle = 16
        /// Keys of an article used to look up candidate events.
        public var lookupKeys = 10
        /// Events kept per posting list (the most recent).
        public var postingLimit = 256
        /// Events compared with an article: those sharing the most lookup keys with it.
        public var candidateLimit = 64
        public init() {}
    }

    /// Where an article went.
    public struct Assignment: Sendable, Equatable {
        public var event: Int64
        public var story: Int64
        /// The article's weighted keys as used, to be stored and replayed with `restore`.
        public var vector: [String: Float]
        /// Stories folded into another by this article: (from, into).
        public var mergedStories: [(Int64, Int64)]

        public static func == (a: Assignment, b: Assignment) -> Bool {
            a.event == b.event && a.story == b.story && a.vector == b.vector
                && a.mergedStories.map(\.0) == b.mergedStories.map(\.0) && a.mergedStories.map(\.1) == b.mergedStories.map(\.1)
        }
    }

    struct Event: Sendable {
        var centroid = Centroid()
        /// The centroid of the members' names and figures alone, for reports in other languages.
        var shared = Centroid()
        var languages = Languages()
        var clues: [TimeClue] = []
        var size = 0
        var story: Int64
        /// The members whose clue tells a time (a date, their text's or their publication's, or only a
        /// weekday or a day of a month, with or without the year), summed apart once the event also
        /// has members with no date: see `rank`. Nil while every member is dated (every synthetic one
        /// is), so it costs nothing there; an event with undated members keeps a second copy of its
        /// timed members' sums.
        var timed: Members?
        /// Members with no date (some of which may still name a weekday or a day of a month).
        var undated = 0
        /// The headline figures of its members, counted.
        var leadFigures = LeadFigures()
    }

    /// Some of an event's members, summed.
    struct Members: Sendable {
        var centroid = Centroid()
        var shared = Centroid()
        var languages = Languages()
        var size = 0
    }

    /// A story's events, and the centroids of all their articles: a story is linked to another
    /// only when the two agree as wholes, not through one event that resembles both.
    struct Story: Sendable {
        var events: [Int64]
        var centroid = Centroid()
        var shared = Centroid()
        var languages: Set<String> = []
        /// Articles summed in the centroids.
        var articles = 0
    }

    public var settings: Settings
    public private(set) var vocabulary = Vocabulary()
    var events: [Int64: Event] = [:]
    var stories: [Int64: Story] = [:]
    var postings: [Int32: [Int64]] = [:]
    private var nextEvent: Int64 = 1
    private var nextStory: Int64 = 1

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    public var eventCount: Int { events.count }
    public var storyCount: Int { stories.count }
    public func story(of event: Int64) -> Int64? { events[event]?.story }
    /// The events of a story that hold a single article.
    public func loneEvents(in story: Int64) -> [Int64] { stories[story]?.events.filter { events[$0]?.size == 1 } ?? [] }

    /// Clusters a new article.
    public mutating func add(_ signals: EventSignals) -> Assignment {
        let (vector, sharedVector) = weigh(signals)
        var best: Int64?
        var bestScore: Float = 0
        let found = candidates(vector)
        let lead = LeadFigures.Probe(signals.leadFigures)
        for candidate in found {
            guard let score = rank(candidate, vector, sharedVector, signals.clue, signals.language, lead) else { continue }
            if score > bestScore || score == bestScore && best.map({ candidate < $0 }) == true {
                bestScore = score
                best = candidate
            }
        }
        let event: Int64
        if let best {
            event = best
        } else {
            event = nextEvent
            nextEvent += 1
            events[event] = Event(story: nextStory)
            stories[nextStory] = Story(events: [event])
            nextStory += 1
        }
        join(event, vector: vector, shared: sharedVector, clue: signals.clue, language: signals.language, lead: signals.leadFigures)
        let merged = linkStories(of: event, candidates: found)
        return Assignment(event: event, story: events[event]!.story, vector: keyed(vector),
                          mergedStories: merged)
    }

    /// How well an article fits an event, as a rank to choose among the events it may join; nil
    /// below the bar to join it.
    ///
    /// The bar is the cosine with the event's centroid, times the agreement of their days. The rank
    /// is the mean cosine with the event's members (average linkage: the centroid cosine times the
    /// centroid's length over the member count). By the centroid cosine alone, a large event whose
    /// reports spread over a subject outranks the small, tight event of the article's own meeting:
    /// its centroid lies near the subject's mean, which every report on the subject resembles (on
    /// dev, the event of a 2018 fine took the reports of the 2021 and 2024 appeal rulings that way).
    ///
    /// `timeFactor`, when given, stands for the agreement of the article's clue with the event's
    /// (a group of reports compared as one has several clues), and `sameDay` for whether its days
    /// are the event's.
    func rank(_ candidate: Int64, _ vector: [(Int32, Float)], _ sharedVector: [(Int32, Float)],
              _ clue: TimeClue, _ language: String?, _ lead: LeadFigures.Probe, timeFactor: Float? = nil, sameDay group: Bool? = nil) -> Float? {
        guard let state = events[candidate] else { return nil }
        // An article with no date is compared with the event's timed members when it has a dated one:
        // members with no time clue at all came in on content alone, and would hold each other (and
        // it) in the wrong event. Its timed members are what fixes an event in time. One that names
        // only a weekday or a day of a month (or shows a publication day without a year) counts: its
        // clue was weighed when it joined, and mostly agreed (on dev, the short undated reports of a
        // 2024 ruling, compared with its one dated report alone, went to the 2018 fine, four of whose
        // five reports are dated, rather than to the ruling, whose two other reports name its weekday).
        let event = clue.date == nil && state.timed != nil && state.size > state.undated
            ? state.timed! : Members(centroid: state.centroid, shared: state.shared, languages: state.languages, size: state.size)
        // Another language shares names and figures with the event, not words.
        let crossLingual = language.map { !event.languages.set.isEmpty && !event.languages.set.contains($0) } ?? false
        let centroid = crossLingual ? event.shared : event.centroid
        var score: Float
        if crossLingual {
            guard let names = namesScore(sharedVector, centroid) else { return nil }
            score = names
        } else {
            score = centroid.cosine(vector)
        }
        if let timeFactor {
            score *= timeFactor
        } else if let agreement = Self.agreement(clue, state.clues) {
            score *= Float(agreement)
        }
        if !lead.isEmpty, let share = state.leadFigures.share(lead) {
            score *= settings.leadFigureConflict + (1 - settings.leadFigureConflict) * share
        }
        // Reports on the same subject from the very same day are one event: the bar
        // drops to the story's. Different outlets word one event differently; the day does not change.
        let sameDay = group ?? (clue.approximate ? false
            : clue.date.map { day in state.clues.contains { $0.date == day && !$0.approximate } } ?? false)
        guard score >= (sameDay ? settings.storyThreshold : settings.joinThreshold) else { return nil }
        let coherence = event.size > 0 ? min(1, centroid.norm2.squareRoot() / Float(event.size)) : 1
        return score * coherence
    }

    /// How well an article's names and figures (a unit vector) meet an event's, or nil when they meet
    /// in one name alone. Across languages only names and figures meet, and one name shared ("Google")
    /// is a subject, not an event: the others must still meet a bar, as for a story link.
    private func namesScore(_ sharedVector: [(Int32, Float)], _ shared: Centroid) -> Float? {
        guard shared.norm2 > 0 else { return nil }
        let terms = Centroid.dotTerms(sharedVector, shared)
        let norm = shared.norm2.squareRoot()
        guard terms.withoutLargest / norm >= settings.storyOtherActorsThreshold else { return nil }
        return terms.dot / norm
    }

    /// Looks again at a stored article once the collection has grown: returns where it moved
    /// (or, alone in its event, the stories it linked), or nil when nothing changed.
    ///
    /// For an article whose text names no day, content alone placed it, against the events there
    /// were when it came. A report of a meeting that arrives before any dated report of that
    /// meeting joins the one dated event on the subject (a fine of 2018 takes the appeal rulings
    /// of 2021 and 2024); once dated reports have opened the right event, the undated ones fit it
    /// better. An article alone in its event found nothing it fitted when it came; events opened
    /// since may take it. Looking again makes the result depend less on arrival order.
    public mutating func reconsider(vector keyed: [String: Float], clue: TimeClue, language: String?, lead: Set<String>,
                                    event home: Int64) -> Assignment? {
        guard let story = events[home]?.story else { return nil }
        let vector = keyed.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }.map { (vocabulary.intern($0.key), $0.value) }
        let shared = normalized(vector.filter { vocabulary.shared($0.0) })
        // Compared as a newcomer: out of its own event first, or its own weight would hold it there.
        remove(vector: keyed, clue: clue, language: language, lead: lead, event: home)
        let probe = LeadFigures.Probe(lead)
        let stay = rank(home, vector, shared, clue, language, probe) ?? 0
        var best: Int64?
        var bestScore = stay
        // Looked up under all its keys, not only its most telling: a second look is rarer than a first.
        let found = candidates(vector, lookupKeys: vector.count)
        for candidate in found where candidate != home {
            guard let score = rank(candidate, vector, shared, clue, language, probe) else { continue }
            if score > bestScore || score == bestScore && best.map({ candidate < $0 }) == true {
                bestScore = score
                best = candidate
            }
        }
        guard let best else {
            restore(vector: keyed, clue: clue, language: language, lead: lead, event: home, story: events[home]?.story ?? story)
            // Its event alone in its story may still belong to a story its first looks did not find.
            guard stories[story]?.events.count == 1 else { return nil }
            let merged = linkStories(of: home, candidates: found, atAnySize: true)
            return merged.isEmpty ? nil : Assignment(event: home, story: events[home]!.story, vector: keyed, mergedStories: merged)
        }
        join(best, vector: vector, shared: shared, clue: clue, language: language, lead: lead)
        return Assignment(event: best, story: events[best]!.story, vector: keyed, mergedStories: [])
    }

    /// Moves a stored article from one event to another without comparing it: a copy going
    /// where its canonical copy went.
    public mutating func transfer(vector keyed: [String: Float], clue: TimeClue, language: String?, lead: Set<String>,
                                  from: Int64, to: Int64) {
        guard events[to] != nil else { return }
        remove(vector: keyed, clue: clue, language: language, lead: lead, event: from)
        let vector = keyed.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }.map { (vocabulary.intern($0.key), $0.value) }
        join(to, vector: vector, shared: normalized(vector.filter { vocabulary.shared($0.0) }), clue: clue, language: language, lead: lead)
    }

    /// Places a near-duplicate in the event of the article it copies, with no similarity
    /// search: a copy belongs where its original is, whatever a reworded headline suggests.
    /// It weighs in the centroid like any report. Nil when that event is not known, or when
    /// the copy's day disagrees with the event's: recurring reports are written from one
    /// template (a central bank's decision, a quake bulletin), and a near-copy of last
    /// month's text is this month's event. Those are clustered like any article.
    public mutating func follow(_ signals: EventSignals, into event: Int64) -> Assignment? {
        guard accepts(copy: signals.clue, into: event) else { return nil }
        let (vector, sharedVector) = weigh(signals)
        join(event, vector: vector, shared: sharedVector, clue: signals.clue, language: signals.language, lead: signals.leadFigures)
        // Its event grew, and other events may have come near since its last look.
        let merged = Self.isYoung(events[event]!) ? linkStories(of: event, candidates: candidates(vector)) : []
        return Assignment(event: event, story: events[event]!.story, vector: keyed(vector),
                          mergedStories: merged)
    }

    /// Whether a copy with this clue may go to `event` without comparison, as `follow` lets it.
    public func accepts(copy clue: TimeClue, into event: Int64) -> Bool {
        guard let state = events[event] else { return false }
        return (Self.agreement(clue, state.clues) ?? 1) >= 1
    }

    /// Counts an article's keys in the collection and weighs them: its unit vector, and the
    /// unit vector of its names and figures alone.
    private mutating func weigh(_ signals: EventSignals) -> ([(Int32, Float)], [(Int32, Float)]) {
        // Sorted keys: the same input gives the same result in every process (dictionary order is seeded).
        let keys = signals.keys.sorted { $0.key < $1.key }
        let ids = vocabulary.count(keys.map(\.key))
        var weighted: [(Int32, Float)] = zip(ids, keys).map { ($0, $1.value * vocabulary.idf($0)) }
        weighted.sort { $0.1 > $1.1 || $0.1 == $1.1 && vocabulary.key($0.0) < vocabulary.key($1.0) }
        // The most telling keys, plus the most telling names and figures even when words of
        // its own language outweigh them: those are what a report in another language shares.
        var kept = Array(weighted.prefix(settings.keysPerArticle))
        kept += weighted.dropFirst(settings.keysPerArticle).filter { vocabulary.shared($0.0) }.prefix(settings.sharedKeysPerArticle)
        let vector = normalized(kept)
        return (vector, normalized(vector.filter { vocabulary.shared($0.0) }))
    }

    /// A weighted vector by key, as assignments report it and `restore` takes it back.
    private func keyed(_ vector: [(Int32, Float)]) -> [String: Float] {
        Dictionary(uniqueKeysWithValues: vector.map { (vocabulary.key($0.0), $0.1) })
    }

    /// Replays a stored article into its stored event and story, without clustering it again.
    public mutating func restore(vector: [String: Float], clue: TimeClue, language: String?, lead: Set<String>, event: Int64, story: Int64) {
        let pairs = vector.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }.map { (vocabulary.intern($0.key), $0.value) }
        if events[event] == nil {
            events[event] = Event(story: story)
            stories[story, default: Story(events: [])].events.append(event)
        }
        join(event, vector: pairs, shared: normalized(pairs.filter { vocabulary.shared($0.0) }), clue: clue, language: language, lead: lead)
        nextEvent = max(nextEvent, event + 1)
        nextStory = max(nextStory, story + 1)
    }

    /// Takes back the collection counts of articles added but not kept (a rolled-back file).
    public mutating func uncount(_ signals: EventSignals) {
        vocabulary.uncount(signals.keys.keys)
    }

    /// Restores the collection statistics saved with `statistics()`.
    public mutating func restoreStatistics(documents: Int, counts: [(String, Int)]) {
        vocabulary.restore(documents: documents, counts: counts)
    }

    /// Takes a stored article back out of its event (when it changed, left the store or moved):
    /// its weighted keys, time clue, language and headline figures as it was added with.
    public mutating func remove(vector: [String: Float], clue: TimeClue, language: String?, lead: Set<String>, event: Int64) {
        guard var state = events[event] else { return }
        state.leadFigures.remove(lead)
        if let i = state.clues.firstIndex(of: clue) { state.clues.remove(at: i) }
        if let language { state.languages.remove(language) }
        let pairs = vector.sorted { $0.key < $1.key }.compactMap { key, weight in vocabulary.id(key).map { ($0, weight) } }
        let shared = normalized(pairs.filter { vocabulary.shared($0.0) })
        if !clue.isEmpty, state.timed != nil {
            state.timed!.centroid.subtract(pairs)
            state.timed!.shared.subtract(shared)
            if let language { state.timed!.languages.remove(language) }
            state.timed!.size -= 1
        }
        if clue.date == nil {
            state.undated -= 1
            // Every member left is dated: the timed sums are the event's own again.
            if state.undated <= 0 { (state.timed, state.undated) = (nil, 0) }
        }
        state.centroid.subtract(pairs)
        state.shared.subtract(shared)
        stories[state.story]?.centroid.subtract(pairs)
        stories[state.story]?.shared.subtract(shared)
        stories[state.story]?.articles -= 1
        state.size -= 1
        guard state.size <= 0 else {
            events[event] = state
            return
        }
        // The event is gone: out of its story and out of every posting list that names it.
        events[event] = nil
        stories[state.story]?.events.removeAll { $0 == event }
        if stories[state.story]?.events.isEmpty == true { stories[state.story] = nil }
        for key in vector.keys {
            guard let id = vocabulary.id(key), var list = postings[id] else { continue }
            list.removeAll { $0 == event }
            postings[id] = list.isEmpty ? nil : list
        }
    }

    private mutating func join(_ event: Int64, vector: [(Int32, Float)], shared: [(Int32, Float)], clue: TimeClue, language: String?,
                               lead: Set<String>) {
        var state = events[event]!
        state.leadFigures.add(lead)
        if clue.date == nil {
            // The first undated member: the members so far are all dated, so all timed.
            if state.timed == nil { state.timed = Members(centroid: state.centroid, shared: state.shared, languages: state.languages, size: state.size) }
            state.undated += 1
        }
        if !clue.isEmpty, state.timed != nil {
            state.timed!.centroid.add(vector)
            state.timed!.shared.add(shared)
            if let language { state.timed!.languages.insert(language) }
            state.timed!.size += 1
        }
        state.centroid.add(vector)
        state.shared.add(shared)
        stories[state.story]!.centroid.add(vector)
        stories[state.story]!.shared.add(shared)
        stories[state.story]!.articles += 1
        if let language {
            state.languages.insert(language)
            stories[state.story]!.languages.insert(language)
        }
        state.size += 1
        // A few clues tell an event's time as well as many do.
        if !clue.isEmpty, state.clues.count < 16 { state.clues.append(clue) }
        events[event] = state
        // Posted under its most telling keys, and its most telling names and figures, which
        // are how a report in another language finds it.
        for id in Self.lookup(vector, shared: shared, count: settings.lookupKeys) {
            Self.post(event, to: &postings[id, default: []], limit: settings.postingLimit)
        }
    }

    /// Moves (or adds) an event to the recent end of a posting list, in place.
    private static func post(_ event: Int64, to list: inout [Int64], limit: Int) {
        guard list.last != event else { return }
        if let i = list.firstIndex(of: event) { list.remove(at: i) }
        list.append(event)
        if list.count > limit { list.removeFirst(list.count - limit) }
    }

    /// The events sharing the most lookup keys with an article, at most `candidateLimit`:
    /// counting hits is cheap, comparing centroids is not, so only the likeliest are compared.
    /// The lookup keys are its most telling keys that some event was posted under: a key new to the
    /// collection is the most telling of all and finds nothing. A report in a language not seen
    /// before had only such keys among its first (its words, and sentence openers taken for names)
    /// and found no event at all, however many names it shared with one.
    func candidates(_ vector: [(Int32, Float)], lookupKeys: Int? = nil) -> [Int64] {
        let posted = vector.filter { postings[$0.0] != nil }
        let lists = Self.lookup(posted, shared: posted.filter { vocabulary.shared($0.0) }, count: lookupKeys ?? settings.lookupKeys).compactMap { postings[$0] }
        var hits: [Int64: Int] = [:]
        hits.reserveCapacity(lists.reduce(0) { $0 + $1.count })  // no rehashing while counting
        for list in lists {
            for event in list { hits[event, default: 0] += 1 }
        }
        // Most hits first; on ties the most recent event (the higher id).
        return TopHits.select(hits, limit: settings.candidateLimit, preferHigherKeys: true)
    }

    /// The keys an article is looked up and posted under: its `count` most telling keys,
    /// and its `count / 2` most telling language-independent ones. Both lists are sorted by weight.
    static func lookup(_ vector: [(Int32, Float)], shared: [(Int32, Float)], count: Int) -> [Int32] {
        var ids = vector.prefix(count).map(\.0)
        for (id, _) in shared.prefix(count / 2) where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// Joins the story of `event` with the stories of similar events found through its article's keys.
    /// Only while an event is young (and then at sizes 8, 16, 32 …): a story link rarely appears
    /// late, and comparing centroids for every article of a large event would cost the most.
    ///
    /// Two tests, both on words and on names and figures: the events must be alike, and so must
    /// their stories as wholes. The second keeps one event that resembles two stories from
    /// chaining them (single linkage grows one story over every subject that shares a name).
    private mutating func linkStories(of event: Int64, candidates: [Int64], atAnySize: Bool = false) -> [(Int64, Int64)] {
        var merged: [(Int64, Int64)] = []
        guard let state = events[event], !state.centroid.isEmpty else { return merged }
        guard atAnySize || Self.isYoung(state) else { return merged }
        for other in candidates where other != event {
            guard let o = events[other], o.story != events[event]!.story, !o.centroid.isEmpty else { continue }
            let otherActors = settings.storyOtherActorsThreshold
                * Self.spanFactor(days: Self.dayGap(state.clues, o.clues), quiet: settings.storyQuietDays)
            guard Self.alike(state.centroid, state.shared, state.languages.set, o.centroid, o.shared, o.languages.set,
                             words: settings.storyThreshold, actors: settings.storyActorThreshold,
                             otherActors: otherActors) else { continue }
            let (mine, theirs) = (stories[events[event]!.story]!, stories[o.story]!)
            // A lone event's story is the event itself: the first test said it all.
            if mine.events.count > 1 || theirs.events.count > 1 {
                guard Self.storiesAgree(mine, theirs, settings) else { continue }
            }
            merged.append(mergeStories(events[event]!.story, o.story))
        }
        return merged
    }

    /// Whether two stories agree as wholes: the cosine of their centroids, and the mean cosine over
    /// all pairs of their articles (average linkage: the same dot product, over the product of their
    /// sizes), on names and figures and on words (across languages, names and figures stand for words).
    /// The centroid cosine alone does not do: a story grown over many subjects has a centroid near the
    /// collection's mean, which every new subject resembles, so by centroids alone it kept growing
    /// (one synthetic story held 772,000 of a million articles); its articles' mean cosine drops as it spreads.
    private static func storiesAgree(_ a: Story, _ b: Story, _ settings: Settings) -> Bool {
        guard a.articles > 0, b.articles > 0 else { return false }
        let pairs = Float(a.articles) * Float(b.articles)
        let names = Centroid.dot(a.shared, b.shared)
        let namesCosine = Centroid.cosine(dot: names, a.shared.norm2, b.shared.norm2)
        guard namesCosine >= settings.storyActorThreshold, names / pairs >= settings.storyAverageNames else { return false }
        if differentLanguages(a.languages, b.languages) { return namesCosine >= settings.storyMergeThreshold }
        let words = Centroid.dot(a.centroid, b.centroid)
        return Centroid.cosine(dot: words, a.centroid.norm2, b.centroid.norm2) >= settings.storyMergeThreshold
            && words / pairs >= settings.storyAverageWords
    }

    /// Whether two events are alike enough to share a story: their names and figures, and their
    /// words (across languages, names and figures stand for the words).
    static func alike(_ a: Centroid, _ aShared: Centroid, _ aLanguages: Set<String>,
                      _ b: Centroid, _ bShared: Centroid, _ bLanguages: Set<String>, words: Float, actors: Float,
                      otherActors: Float) -> Bool {
        // A story's events share actors: their names and figures must meet, not only their words.
        // Tested first: the smaller sum, and the test most unrelated candidates fail.
        let shared = Centroid.dotTerms(aShared, bShared)
        let names = Centroid.cosine(dot: shared.dot, aShared.norm2, bShared.norm2)
        guard names >= actors, Centroid.cosine(dot: shared.withoutLargest, aShared.norm2, bShared.norm2) >= otherActors else { return false }
        if differentLanguages(aLanguages, bLanguages) { return names >= words }
        // Members in a language the other event lacks add words the other cannot share: their
        // names and figures, which it can, stand in for words as they do across languages.
        return a.cosine(with: b) >= words || aLanguages != bLanguages && names >= words
    }

    /// The days between two events' dated reports (their text's day or their publication day): the
    /// gap between the two spans, 0 when they overlap, nil when either has no dated report.
    static func dayGap(_ a: [TimeClue], _ b: [TimeClue]) -> Int? {
        guard let (aFirst, aLast) = span(a), let (bFirst, bLast) = span(b) else { return nil }
        return max(0, max(aFirst, bFirst) - min(aLast, bLast))
    }

    private static func span(_ clues: [TimeClue]) -> (Int, Int)? {
        var result: (Int, Int)?
        for clue in clues {
            guard let day = clue.date?.dayNumber else { continue }
            result = (min(result?.0 ?? day, day), max(result?.1 ?? day, day))
        }
        return result
    }

    /// 1 + log2(1 + days / quiet): how much more two events that far apart must share. 1 when undated.
    static func spanFactor(days: Int?, quiet: Float) -> Float {
        guard let days, quiet > 0 else { return 1 }
        return 1 + log2(1 + Float(days) / quiet)
    }

    /// Reports in no common language: they compare on names and figures.
    private static func differentLanguages(_ a: Set<String>, _ b: Set<String>) -> Bool {
        !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b)
    }

    /// Sizes at which an event looks for story links: up to 4, then 8, 16, 32 …
    private static func isYoung(_ event: Event) -> Bool { event.size <= 4 || event.size & (event.size - 1) == 0 }

    /// Folds the smaller story into the larger (the older on ties); returns (from, into).
    private mutating func mergeStories(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let (na, nb) = (stories[a]!.events.count, stories[b]!.events.count)
        let (from, into) = na > nb || na == nb && a < b ? (b, a) : (a, b)
        let folded = stories.removeValue(forKey: from)!
        for e in folded.events { events[e]?.story = into }
        stories[into]!.events.append(contentsOf: folded.events)
        stories[into]!.centroid.add(folded.centroid)
        stories[into]!.shared.add(folded.shared)
        stories[into]!.articles += folded.articles
        stories[into]!.languages.formUnion(folded.languages)
        return (from, into)
    }

    private func normalized(_ pairs: [(Int32, Float)]) -> [(Int32, Float)] {
        let norm = pairs.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? pairs.map { ($0.0, $0.1 / norm) } : []
    }

    /// How well a clue agrees with an event's clues, at the most precise level both have.
    /// Runs for every candidate event of every article: no closures or arrays are built.
    static func agreement(_ clue: TimeClue, _ clues: [TimeClue]) -> Double? {
        func has(_ c: TimeClue, _ level: Int) -> Bool {
            switch level {
            case 0: c.date != nil
            case 1: c.month != nil
            default: c.weekday != nil
            }
        }
        for level in 0..<3 where has(clue, level) {
            var comparable = false
            var best: Double?
            for other in clues where has(other, level) {
                comparable = true
                if let a = clue.agreement(with: other) { best = max(best ?? a, a) }
            }
            if comparable { return best }
        }
        return nil
    }
}
