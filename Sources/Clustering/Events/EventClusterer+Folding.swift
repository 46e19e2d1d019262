import NewsdeskModel

extension EventClusterer {
    /// The event that `id` belongs in as a whole, or nil: an event of several reports, compared as one
    /// report would be (its centroid against the timed members of each candidate, at the bar to join,
    /// times the worst agreement of its members' day clues with the candidate's), that fits another
    /// event with dated members.
    ///
    /// Two ways one meeting ends up in two events, which looking at reports one at a time does not undo:
    /// - Undated reports that arrive before any dated report of their meeting open an event of their
    ///   own and hold each other there. Each, looked at again, finds its companions more like it than
    ///   the meeting's dated reports (often one or two short items). As a group they share more with
    ///   those reports than any one of them does: their centroid sums what each adds.
    /// - Dated reports of one day that came before the event on that day had grown: they keep to the
    ///   event they opened, each in agreement with its day. Such an event goes only into a larger one
    ///   (the older on ties), never the other way, so two halves do not swap; and only when every day
    ///   clue of the one agrees fully with the other's (the same day, a day apart at most): two dated
    ///   events are two meetings unless their days say otherwise, however alike their words.
    public func foldTarget(for id: Int64) -> Int64? {
        guard let event = events[id], event.size >= 2 else { return nil }
        let anchored = event.size > event.undated
        let (vector, shared) = Self.heaviest(event, limit: settings.keysPerArticle + settings.sharedKeysPerArticle, vocabulary)
        let language = event.languages.set.count == 1 ? event.languages.set.first : nil
        let lead = LeadFigures.Probe(event.leadFigures.figures)
        let clues = Array(Set(event.clues))
        let days = Self.days(clues)
        var best: Int64?
        var bestScore: Float = 0
        for candidate in candidates(vector) where candidate != id {
            guard let other = events[candidate], other.size > other.undated else { continue }
            if anchored, other.size < event.size || other.size == event.size && candidate > id { continue }
            // The worst-agreeing member's clue counts: a single weekday against the other's day tells them apart.
            var factor: Float = 1
            for clue in clues { if let agreement = Self.agreement(clue, other.clues) { factor = min(factor, Float(agreement)) } }
            if anchored, factor < 1 { continue }
            // Two dated events of the very same day are held to the bar a report of that day meets.
            let sameDay = anchored && !days.isEmpty && days.isSubset(of: Self.days(other.clues))
            guard let score = rank(candidate, vector, shared, TimeClue(), language, lead, timeFactor: factor, sameDay: sameDay) else { continue }
            if score > bestScore || score == bestScore && best.map({ candidate < $0 }) == true {
                bestScore = score
                best = candidate
            }
        }
        return best
    }

    /// The full days that clues name (not those that are only a publication day).
    private static func days(_ clues: [TimeClue]) -> Set<SimpleDate> {
        Set(clues.compactMap { $0.approximate ? nil : $0.date })
    }

    /// Whether an event has a member with a date (its text's day or its publication day).
    public func hasDatedMember(_ id: Int64) -> Bool { events[id].map { $0.size > $0.undated } ?? false }

    /// The events of a story with more than one member, by id: those `foldTarget` looks at.
    public func groupEvents(in story: Int64) -> [Int64] {
        (stories[story]?.events ?? []).filter { (events[$0]?.size ?? 0) >= 2 }.sorted()
    }

    /// An event's centroid as an article's vector: its `limit` heaviest keys, heaviest first, as a unit
    /// vector, and its names and figures alone. Bounded like an article's, so that comparing a large
    /// event costs what comparing an article does.
    private static func heaviest(_ event: Event, limit: Int, _ vocabulary: Vocabulary) -> ([(Int32, Float)], [(Int32, Float)]) {
        let kept = event.centroid.weights.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
            .prefix(limit).map { ($0.key, $0.value) }
        let shared = kept.filter { vocabulary.shared($0.0) }
        return (unit(kept), unit(shared))
    }

    private static func unit(_ pairs: [(Int32, Float)]) -> [(Int32, Float)] {
        let norm = pairs.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? pairs.map { ($0.0, $0.1 / norm) } : []
    }
}
