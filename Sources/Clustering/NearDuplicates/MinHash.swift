/// A MinHash signature of a shingle set: for each of `count` hash functions, the
/// smallest value over the set. Two signatures agree in a position with probability
/// equal to the Jaccard similarity of the sets, which makes banding (LSH) possible.
public struct MinHashSignature: Sendable, Equatable {
    public static let count = 128

    public let values: [UInt64]

    public init(_ shingles: Shingles) {
        var values = [UInt64](repeating: .max, count: Self.count)
        for shingle in shingles.hashes {
            for i in 0..<Self.count {
                let h = Self.mix(shingle ^ Self.seeds[i])
                if h < values[i] { values[i] = h }
            }
        }
        self.values = values
    }

    init(values: [UInt64]) {
        self.values = values
    }

    /// Fixed seeds, so that signatures stay comparable across runs and stores.
    static let seeds: [UInt64] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &+ 0x9E37_79B9_7F4A_7C15
            return mix(state)
        }
    }()

    /// SplitMix64's finaliser: a cheap, well-spread 64-bit permutation.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The LSH band keys: `bands` groups of `count / bands` values, each folded into one key.
    /// Two rows a band (64 bands) proposes pairs from a Jaccard similarity of about 0.12 up,
    /// low enough for a wire copy inside a longer page; containment then decides.
    public func bandKeys(bands: Int = 64) -> [UInt64] {
        let rows = Self.count / bands
        return (0..<bands).map { band in
            var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for value in values[(band * rows)..<((band + 1) * rows)] { key = Self.mix(key ^ value) }
            return key
        }
    }
}
