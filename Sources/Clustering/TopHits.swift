/// Picks the keys with the most hits from a lookup's hit counts.
///
/// Why not sort: an article's lookups hit thousands of stored events or articles, of which a
/// few dozen are kept, and sorting all the hits was the largest single cost of a lookup. Hit
/// counts are small (at most the number of keys looked up), so keys are bucketed by count and
/// only the bucket that straddles the limit is sorted.
enum TopHits {
    /// The `limit` keys with the most hits, in ascending key order. Among keys with equal hits at
    /// the limit, the higher keys win when `preferHigherKeys` (the most recent), else the lower.
    static func select<Key: BinaryInteger>(_ hits: [Key: Int], limit: Int, preferHigherKeys: Bool) -> [Key] {
        guard hits.count > limit else { return hits.keys.sorted() }
        let most = hits.values.max() ?? 0
        var buckets = [[Key]](repeating: [], count: most + 1)
        for (key, count) in hits where count > 0 { buckets[count].append(key) }
        var kept: [Key] = []
        kept.reserveCapacity(limit)
        for count in stride(from: most, through: 1, by: -1) where !buckets[count].isEmpty {
            if kept.count + buckets[count].count <= limit {
                kept += buckets[count]
            } else {
                let ties = preferHigherKeys ? buckets[count].sorted(by: >) : buckets[count].sorted()
                kept += ties.prefix(limit - kept.count)
            }
            if kept.count == limit { break }
        }
        return kept.sorted()
    }
}
