import Foundation

/// The keys seen so far, interned to small integers, with how many articles used each:
/// the collection statistics that make a rare name weigh more than a common word.
public struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    private(set) var keys: [String] = []
    private(set) var frequency: [Int32] = []
    /// Whether a key reads the same in every language: entity keys ("e:") and figures ("n:").
    private(set) var isShared: [Bool] = []
    public private(set) var documents = 0
    /// Articles that any collection is assumed to hold besides those seen. Without it,
    /// the first few articles would weigh every shared word as worthless (all seen
    /// articles have it); with it, a small collection weighs words almost evenly and a
    /// large one by their real rarity.
    static let priorDocuments = 50.0

    public init() {}

    public func id(_ key: String) -> Int32? { ids[key] }

    public mutating func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(keys.count)
        ids[key] = id
        keys.append(key)
        frequency.append(0)
        isShared.append(key.hasPrefix("e:") || key.hasPrefix("n:"))
        return id
    }

    /// Counts one article's keys.
    public mutating func count(_ keys: some Sequence<String>) -> [Int32] {
        documents += 1
        return keys.map { key in
            let id = intern(key)
            frequency[Int(id)] += 1
            return id
        }
    }

    /// Takes back one article's counts (its file was not stored after all).
    public mutating func uncount(_ keys: some Sequence<String>) {
        documents = max(0, documents - 1)
        for key in keys {
            if let id = ids[key], frequency[Int(id)] > 0 { frequency[Int(id)] -= 1 }
        }
    }

    /// Restores counts saved earlier (see `statistics`).
    public mutating func restore(documents: Int, counts: [(String, Int)]) {
        self.documents = documents
        for (key, n) in counts { frequency[Int(intern(key))] = Int32(n) }
    }

    public func statistics() -> (documents: Int, counts: [(String, Int)]) {
        (documents, zip(keys, frequency).map { ($0, Int($1)) })
    }

    /// Inverse document frequency, smoothed by `priorDocuments`.
    public func idf(_ id: Int32) -> Float {
        Float(log((Double(documents) + Self.priorDocuments) / (Double(frequency[Int(id)]) + 1)))
    }

    public func key(_ id: Int32) -> String { keys[Int(id)] }

    public func shared(_ id: Int32) -> Bool { isShared[Int(id)] }
}
