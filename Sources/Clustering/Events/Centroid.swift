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
        guard norm2 > 0 else { return 0 }
        var dot: Float = 0
        for (id, w) in vector { if let v = weights[id] { dot += w * v } }
        return dot / norm2.squareRoot()
    }

    /// Cosine of two centroids, the first given as its entries in key order (see `sorted`).
    static func cosine(_ a: [(Int32, Float)], _ an: Float, _ b: Centroid) -> Float {
        guard an > 0, b.norm2 > 0 else { return 0 }
        var dot: Float = 0
        for (id, weight) in a { if let v = b.weights[id] { dot += weight * v } }
        return dot / (an.squareRoot() * b.norm2.squareRoot())
    }
}

/// A centroid with its entries in key order, sorted on first use: one side of many cosines.
struct OrderedCentroid {
    let centroid: Centroid
    private var entries: [(Int32, Float)]?

    init(_ centroid: Centroid) { self.centroid = centroid }

    mutating func cosine(with other: Centroid) -> Float {
        if entries == nil { entries = centroid.sorted }
        return Centroid.cosine(entries!, centroid.norm2, other)
    }

    /// The plain dot product, summed in key order.
    mutating func dot(with other: Centroid) -> Float {
        if entries == nil { entries = centroid.sorted }
        var dot: Float = 0
        for (id, weight) in entries! { if let v = other.weights[id] { dot += weight * v } }
        return dot
    }
}
