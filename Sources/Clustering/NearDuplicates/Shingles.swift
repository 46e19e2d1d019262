/// Word shingles of a text: the overlapping runs of `size` consecutive words,
/// hashed to 64 bits. Words are lowercased runs of letters and digits in any
/// script, so punctuation, quotes and spacing differences between copies of a
/// wire story do not matter.
public struct Shingles: Sendable, Equatable {
    public static let defaultSize = 5

    /// Distinct shingle hashes, in ascending order: two sets meet in one merge pass, where
    /// a hashed set cost a hash per lookup for every candidate copy compared.
    public let hashes: [UInt64]

    public init(text: String, size: Int = defaultSize) {
        let words = Self.words(text)
        var hashes: [UInt64] = []
        if words.count >= size {
            hashes.reserveCapacity(words.count - size + 1)
            for start in 0...(words.count - size) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for word in words[start..<start + size] {
                    hash = (hash ^ word) &* 0x100_0000_01b3
                }
                hashes.append(hash)
            }
        } else if !words.isEmpty {
            hashes.append(words.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ $1) &* 0x100_0000_01b3 })
        }
        hashes.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(hashes.count)
        for hash in hashes where distinct.last != hash { distinct.append(hash) }
        self.hashes = distinct
    }

    /// Each word of the text as a 64-bit FNV-1a hash of its lowercased scalars.
    static func words(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // ASCII first: Unicode property lookups cost a table search per scalar.
            if value < 0x80 {
                let isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                if isLetter || (value >= 0x30 && value <= 0x39) {
                    hash = (hash ^ UInt64(isLetter ? value | 0x20 : value)) &* 0x100_0000_01b3
                    inWord = true
                    continue
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    hash = (hash ^ UInt64(lower.value)) &* 0x100_0000_01b3
                }
                inWord = true
                continue
            }
            if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        return words
    }

    /// Shared shingles over the smaller set: how much of the shorter text the longer one contains.
    /// A syndicated copy inside a page with more around it still scores high, which Jaccard would not.
    public func containment(with other: Shingles) -> Double {
        let smaller = min(hashes.count, other.hashes.count)
        guard smaller > 0 else { return 0 }
        var (i, j, shared) = (0, 0, 0)
        let (a, b) = (hashes, other.hashes)
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { shared += 1; i += 1; j += 1 }
        }
        return Double(shared) / Double(smaller)
    }
}
