import NewsdeskModel

/// Groups articles into events, one article at a time. An article joins the most
/// similar event when the similarity reaches `threshold`, else it opens a new one.
///
/// Similarity mixes the cosine of entity keys (names survive translation), of content
/// terms (within a language), and the overlap of figures ("7.8", "2.42"), each weighted
/// by rarity in what has been seen so far. Time vetoes: an event day two or more days
/// away from every dated article of the event divides the score, because the same
/// people meet again (hard negatives are the norm in news).
public struct EventClusterer: Sendable {
    public struct Event: Sendable {
        public var members: [Int64] = []
        var entities: [String: Double] = [:]
        var terms: [String: Double] = [:]
        var numbers: [String: Int] = [:]
        public var dates: [SimpleDate] = []
    }

    public var threshold = 0.22
    public private(set) var events: [Event] = []
    private var documentFrequency: [String: Int] = [:]
    private var documents = 0

    public init() {}

    /// Adds an article; returns the index of its event.
    @discardableResult
    public mutating func add(_ article: EventFeatures) -> Int {
        documents += 1
        for key in Set(article.entities.keys.map { "e:" + $0 } + article.terms.keys.map { "t:" + $0 } + article.numbers.map { "n:" + $0 }) {
            documentFrequency[key, default: 0] += 1
        }
        var best = -1
        var bestScore = 0.0
        for (i, event) in events.enumerated() {
            let score = similarity(article, event)
            if score > bestScore { bestScore = score; best = i }
        }
        if best < 0 || bestScore < threshold {
            events.append(Event())
            best = events.count - 1
        }
        events[best].members.append(article.id)
        for (k, v) in article.entities { events[best].entities[k, default: 0] += v }
        for (k, v) in article.terms { events[best].terms[k, default: 0] += v }
        for n in article.numbers { events[best].numbers[n, default: 0] += 1 }
        if let date = article.eventDate { events[best].dates.append(date) }
        return best
    }

    func similarity(_ a: EventFeatures, _ event: Event) -> Double {
        let entity = cosine(a.entities, event.entities, prefix: "e:")
        let term = cosine(a.terms, event.terms, prefix: "t:")
        var number = 0.0
        if !a.numbers.isEmpty, !event.numbers.isEmpty {
            let shared = a.numbers.filter { event.numbers[$0] != nil }
            let weight = shared.reduce(0.0) { $0 + idf("n:" + $1) }
            let total = a.numbers.reduce(0.0) { $0 + idf("n:" + $1) }
            number = total > 0 ? weight / total : 0
        }
        var score = 0.45 * entity + 0.35 * term + 0.2 * number
        if let date = a.eventDate, !event.dates.isEmpty {
            let gap = event.dates.map { abs($0.dayNumber - date.dayNumber) }.min()!
            if gap >= 2 { score *= gap <= 4 ? 0.5 : 0.15 }
        }
        return score
    }

    private func idf(_ key: String) -> Double {
        let df = Double(documentFrequency[key] ?? 0)
        return max(0.0, log((Double(documents) + 1) / (df + 1))) + 0.1
    }

    private func cosine(_ a: [String: Double], _ b: [String: Double], prefix: String) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for (k, v) in a {
            let w = idf(prefix + k)
            let x = v * w
            na += x * x
            if let u = b[k] { dot += x * u * w }
        }
        for (k, u) in b { let y = u * idf(prefix + k); nb += y * y }
        return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0
    }
}

import Foundation
