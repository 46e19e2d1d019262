import Testing
@testable import NewsdeskClustering

/// The dot product of two centroids is summed in fixed point: it must equal the float dot product
/// closely, give the same bits whatever order the keys were added in, and not overflow on large sums.
@Suite struct CentroidTests {
    private func centroid(_ entries: [(Int32, Float)]) -> Centroid {
        var c = Centroid()
        for entry in entries { c.add([entry]) }
        return c
    }

    @Test func theDotProductMatchesTheFloatSum() {
        let a = centroid([(1, 0.5), (2, 0.25), (3, 2), (7, 0.125)])
        let b = centroid([(2, 4), (3, 0.3), (9, 1)])
        #expect(abs(Centroid.dot(a, b) - (0.25 * 4 + 2 * 0.3)) < 1e-6)
        #expect(Centroid.dot(a, b) == Centroid.dot(b, a))
        #expect(Centroid.dot(a, Centroid()) == 0)
    }

    @Test func theOrderKeysWereAddedInDoesNotChangeTheResult() {
        let entries: [(Int32, Float)] = (1...500).map { (Int32($0), 1 / Float($0) + 0.1) }
        let other = centroid(entries.map { ($0.0, $0.1 * 3.7) })
        let forward = centroid(entries)
        let backward = centroid(entries.reversed())
        #expect(Centroid.dot(forward, other).bitPattern == Centroid.dot(backward, other).bitPattern)
        #expect(forward.cosine(with: other) > 0.999)
    }

    @Test func largeWeightsDoNotOverflow() {
        // A story of a hundred thousand reports sums weights far above one.
        let a = centroid((1...2_000).map { (Int32($0), 100_000) })
        let b = centroid((1...2_000).map { (Int32($0), 50_000) })
        let expected = Float(2_000) * 100_000 * 50_000
        #expect(abs(Centroid.dot(a, b) - expected) / expected < 1e-5)
        #expect(abs(a.cosine(with: b) - 1) < 1e-5)
    }

    @Test func theDotProductWithoutItsLargestTermLeavesOutOneKey() {
        let a = centroid([(1, 0.9), (2, 0.3), (3, 0.1)])
        let b = centroid([(1, 0.8), (2, 0.5), (4, 1)])
        #expect(abs(Centroid.dotTerms(a, b).withoutLargest - 0.3 * 0.5) < 1e-6)
        #expect(Centroid.dotTerms(a, b).withoutLargest == Centroid.dotTerms(b, a).withoutLargest)
        // One key in common: nothing is left.
        #expect(Centroid.dotTerms(centroid([(1, 1), (5, 1)]), centroid([(1, 1), (6, 1)])).withoutLargest == 0)
    }
}
