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
}
