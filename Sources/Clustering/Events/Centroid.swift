/// A sum of weighted key vectors with its squared norm kept up to date, so that a cosine
/// costs one pass over the smaller side and no square sum.
struct Centroid: Sendable {
    private(set) var weights: [Int32: Float] = [:]
    private(set) var norm2: Float = 0

    var isEmpty: Bool { norm2 <= 0 }
    var count: Int { weights.count }

    mutating func add(_ vector: [(Int32, Float)]) {
        for (id, weight) in vector {
            let old = weights[id] ?? 0
            weights[id] = old + weight
            norm2 += (old + weight) * (old + weight) - old * old
        }
    }

    /// Takes a vector back out; weights never go below zero (stored weights are rounded).
    mutating func subtract(_ vector: [(Int32, Float)]) {
        for (id, weight) in vector {
            guard let old = weights[id] else { continue }
            let new = max(0, old - weight)
            norm2 += new * new - old * old
            weights[id] = new == 0 ? nil : new
        }
    }

    /// Adds another centroid, in key order: summing in dictionary order (seeded per process)
    /// would make the result differ in its last bits from one run to the next.
    mutating func add(_ other: Centroid) {
        add(other.sorted)
    }

    var sorted: [(Int32, Float)] { weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    /// Cosine with a unit vector.
    func cosine(_ vector: [(Int32, Float)]) -> Float {
        norm2 > 0 ? Self.dot(vector, self) / norm2.squareRoot() : 0
    }

    /// The dot product of `entries` (in key order, see `sorted`, for a sum that is the same in every process) with `other`.
    static func dot(_ entries: [(Int32, Float)], _ other: Centroid) -> Float {
        var dot: Float = 0
        for (id, weight) in entries { if let v = other.weights[id] { dot += weight * v } }
        return dot
    }

    /// A cosine from a dot product and the two squared norms.
    static func cosine(dot: Float, _ an: Float, _ bn: Float) -> Float {
        an > 0 && bn > 0 ? dot / (an.squareRoot() * bn.squareRoot()) : 0
    }
}

/// A centroid with its entries in key order, sorted on first use: one side of many cosines.
struct OrderedCentroid {
    let centroid: Centroid
    private var entries: [(Int32, Float)]?

    init(_ centroid: Centroid) { self.centroid = centroid }

    mutating func cosine(with other: Centroid) -> Float {
        if entries == nil { entries = centroid.sorted }
        return Centroid.cosine(dot: Centroid.dot(entries!, other), centroid.norm2, other.norm2)
    }
}
