/// Finds near-duplicates (syndicated wire copies, light rewrites) among articles
/// added one at a time. MinHash bands propose candidates in constant time per band;
/// shingle containment at or above `threshold` confirms them. Removing an article
/// takes it out of the bands. In memory; a store persists the same band keys.
public struct NearDuplicateIndex: Sendable {
    /// Containment of 5-word shingles at which two texts count as copies of one text.
    public static let defaultThreshold = 0.30
    /// Texts with fewer 5-word shingles (about 25 words) are too short to call copies.
    public static let minimumShingles = 20

    public let threshold: Double
    private var buckets: [Int: [UInt64: [Int64]]] = [:]
    private var entries: [Int64: (shingles: Shingles, keys: [UInt64])] = [:]

    public init(threshold: Double = defaultThreshold) {
        self.threshold = threshold
    }

    /// Adds an article and returns the stored articles it nearly duplicates, best match first.
    @discardableResult
    public mutating func add(id: Int64, text: String) -> [(id: Int64, containment: Double)] {
        let shingles = Shingles(text: text)
        remove(id: id)
        guard shingles.hashes.count >= Self.minimumShingles else { return [] }  // too short to call a copy
        let keys = MinHashSignature(shingles).bandKeys()
        var candidates = Set<Int64>()
        for (band, key) in keys.enumerated() {
            candidates.formUnion(buckets[band]?[key] ?? [])
        }
        candidates.remove(id)
        var matches: [(id: Int64, containment: Double)] = []
        for candidate in candidates {
            guard let other = entries[candidate] else { continue }
            let containment = shingles.containment(with: other.shingles)
            if containment >= threshold { matches.append((candidate, containment)) }
        }
        for (band, key) in keys.enumerated() { buckets[band, default: [:]][key, default: []].append(id) }
        entries[id] = (shingles, keys)
        return matches.sorted { $0.containment > $1.containment || $0.containment == $1.containment && $0.id < $1.id }
    }

    /// Takes an article out of the index.
    public mutating func remove(id: Int64) {
        guard let entry = entries.removeValue(forKey: id) else { return }
        for (band, key) in entry.keys.enumerated() {
            buckets[band]?[key]?.removeAll { $0 == id }
        }
    }

    public var count: Int { entries.count }
}
