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

    /// `dot(entries, other)`, and the same without its largest term.
    static func dotTerms(_ entries: [(Int32, Float)], _ other: Centroid) -> (dot: Float, withoutLargest: Float) {
        var dot: Float = 0, largest: Float = 0
        for (id, weight) in entries {
            guard let v = other.weights[id] else { continue }
            dot += weight * v
            largest = max(largest, weight * v)
        }
        return (dot, dot - largest)
    }

    /// The dot product of two centroids: the one with fewer keys walked, each key looked up in the other.
    ///
    /// Summed in fixed point, because integer sums do not depend on their order: a dictionary's order is
    /// seeded per process, and a float sum in that order could put a score sitting on a threshold on
    /// either side from one run to the next. Sorting the keys first did the same, at a cost: sorting a
    /// story's thousands of keys for each comparison of two stories was 8% of the serial thread's time
    /// with a million articles stored. Weights are never negative, so the sum is at most the product of
    /// the norms: the scale (a power of two, so each product scales exactly) keeps it below 2^59.
    static func dot(_ a: Centroid, _ b: Centroid) -> Float { dotTerms(a, b).dot }

    /// The dot product of two centroids, and the same without its largest term: what they share besides
    /// the one key they share most. One walk, in fixed point, as `dot`.
    static func dotTerms(_ a: Centroid, _ b: Centroid) -> (dot: Float, withoutLargest: Float) {
        let (small, large) = a.weights.count <= b.weights.count ? (a, b) : (b, a)
        let bound = max(1, (Double(a.norm2) * Double(b.norm2)).squareRoot())
        let scale = Double(sign: .plus, exponent: 58 - bound.exponent, significand: 1)
        var sum: Int64 = 0, largest: Int64 = 0
        for (id, weight) in small.weights {
            guard let other = large.weights[id] else { continue }
            let term = Int64(Double(weight) * Double(other) * scale)
            sum &+= term
            largest = max(largest, term)
        }
        return (Float(Double(sum) / scale), Float(Double(sum - largest) / scale))
    }

    /// The cosine of two centroids.
    func cosine(with other: Centroid) -> Float {
        Self.cosine(dot: Self.dot(self, other), norm2, other.norm2)
    }

    /// A cosine from a dot product and the two squared norms.
    static func cosine(dot: Float, _ an: Float, _ bn: Float) -> Float {
        an > 0 && bn > 0 ? dot / (an.squareRoot() * bn.squareRoot()) : 0
    }
}
