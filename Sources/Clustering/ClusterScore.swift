/// B-cubed precision, recall and F1 of a clustering against gold labels, as
/// ../shared/bench/tools/cluster_score.py computes them: per item, the share of its
/// predicted cluster that shares its gold label (precision) and the share of its
/// gold cluster that shares its predicted one (recall), averaged over items.
public struct ClusterScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    public init(gold: [String: String], predicted: [String: String]) {
        var goldClusters: [String: Set<String>] = [:]
        var predictedClusters: [String: Set<String>] = [:]
        for (item, label) in gold {
            goldClusters[label, default: []].insert(item)
            predictedClusters[predicted[item] ?? "missing:" + item, default: []].insert(item)
        }
        var p = 0.0, r = 0.0
        for (item, label) in gold {
            let g = goldClusters[label]!, q = predictedClusters[predicted[item] ?? "missing:" + item]!
            let shared = Double(g.intersection(q).count)
            p += shared / Double(q.count)
            r += shared / Double(g.count)
        }
        let n = Double(max(1, gold.count))
        precision = p / n
        recall = r / n
    }

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }

    /// Pairwise precision and recall: over all pairs of items, those put together in
    /// both clusterings, as cluster_score.py counts them (1 when there is nothing to count).
    /// Counted per cluster intersection, not per pair, so it stays linear in the items.
    public static func pairwise(gold: [String: String], predicted: [String: String]) -> ClusterScore {
        func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        var goldSizes: [String: Int] = [:], predictedSizes: [String: Int] = [:], both: [String: Int] = [:]
        for (item, label) in gold {
            let q = predicted[item] ?? "missing:" + item
            goldSizes[label, default: 0] += 1
            predictedSizes[q, default: 0] += 1
            both[label + "\u{1F}" + q, default: 0] += 1
        }
        let together = both.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSizes.values.reduce(0) { $0 + pairs($1) }
        return ClusterScore(precision: predictedPairs > 0 ? together / predictedPairs : 1,
                            recall: goldPairs > 0 ? together / goldPairs : 1)
    }
}
