import NewsdeskClustering

/// A map from article id to its shingles, bounded by their total size; the oldest entries
/// leave first. Bounded in bytes, not entries: a store of long articles would otherwise
/// hold several times the memory of one of short ones.
final class ShingleCache {
    private var entries: [Int64: Shingles] = [:]
    private var order: [Int64] = []
    private var head = 0
    private var bytes = 0
    let budget: Int

    init(budget: Int) { self.budget = budget }

    subscript(id: Int64) -> Shingles? { entries[id] }

    var count: Int { entries.count }

    func removeAll() {
        entries.removeAll()
        order.removeAll()
        head = 0
        bytes = 0
    }

    func insert(_ shingles: Shingles, for id: Int64) {
        if let old = entries.updateValue(shingles, forKey: id) {
            bytes -= Self.size(old)
        } else {
            order.append(id)
        }
        bytes += Self.size(shingles)
        while bytes > budget, head < order.count {
            if let gone = entries.removeValue(forKey: order[head]) { bytes -= Self.size(gone) }
            head += 1
        }
        if head > order.count / 2, head > 1024 { order.removeFirst(head); head = 0 }  // keep the queue from growing without end
    }

    /// The hashes, and about as much again for the entry and the array around them.
    private static func size(_ shingles: Shingles) -> Int { shingles.hashes.count * 8 + 64 }
}
