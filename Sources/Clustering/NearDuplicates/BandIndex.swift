/// The LSH band index in memory: which articles share a band key with a new one.
///
/// Why in memory and by hand: as an SQLite index, 64 band keys an article meant 64 random
/// B-tree inserts, and past a few hundred thousand articles each commit rewrote most of the
/// index's pages (hundreds of KB written per article). The store keeps each article's keys
/// as one blob, written in sequence, and this index is rebuilt from them at start. No
/// package here offers a compact multi-map; a dictionary of arrays would cost about ten
/// times the memory. Here an entry is 8 bytes: a 32-bit fingerprint of (band, key) and a
/// 32-bit article id, in one open-addressing table with linear probing.
///
/// A fingerprint may collide, so a candidate is a proposal: shingle containment decides.
/// Entries of deleted or changed articles stay until the next start; their candidates
/// are dropped or rejected when read from the store.
public struct BandIndex: Sendable {
    private var slots: [UInt64]
    public private(set) var count = 0
    /// Articles kept per key: a band shared by more is boilerplate, not evidence of copying.
    public static let keyLimit = 512

    public init(capacity: Int = 1 << 12) {
        var size = 1 << 12
        while size < capacity { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    /// Adds an article's band keys (in band order).
    public mutating func insert(_ keys: [UInt64], id: Int64) {
        guard let id = UInt32(exactly: id) else { return }
        if (count + keys.count) * 10 > slots.count * 7 { grow() }
        for (band, key) in keys.enumerated() { insert(Self.fingerprint(band, key), id) }
    }

    /// Articles sharing the most band keys with `keys`, at most `limit`, in id order.
    public func candidates(_ keys: [UInt64], excluding id: Int64, limit: Int) -> [Int64] {
        var hits: [UInt32: Int] = [:]
        for (band, key) in keys.enumerated() {
            let print = Self.fingerprint(band, key)
            var i = home(print)
            while slots[i] != 0 {
                if UInt32(truncatingIfNeeded: slots[i] >> 32) == print { hits[UInt32(truncatingIfNeeded: slots[i]), default: 0] += 1 }
                i = (i + 1) & (slots.count - 1)
            }
        }
        if let own = UInt32(exactly: id) { hits[own] = nil }
        // A copy shares many bands; a chance collision one or two.
        return TopHits.select(hits, limit: limit, preferHigherKeys: false).map { Int64($0) }
    }

    private mutating func insert(_ print: UInt32, _ id: UInt32) {
        var i = home(print)
        var same = 0
        while slots[i] != 0 {
            if UInt32(truncatingIfNeeded: slots[i] >> 32) == print {
                if UInt32(truncatingIfNeeded: slots[i]) == id { return }  // already there
                same += 1
                if same >= Self.keyLimit { return }
            }
            i = (i + 1) & (slots.count - 1)
        }
        slots[i] = UInt64(print) << 32 | UInt64(id)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        count = 0
        for entry in old where entry != 0 {
            insert(UInt32(truncatingIfNeeded: entry >> 32), UInt32(truncatingIfNeeded: entry))
        }
    }

    private func home(_ print: UInt32) -> Int {
        Int(truncatingIfNeeded: MinHashSignature.mix(UInt64(print))) & (slots.count - 1)
    }

    /// 32 bits of (band, key), never 0 (0 marks an empty slot).
    static func fingerprint(_ band: Int, _ key: UInt64) -> UInt32 {
        let mixed = MinHashSignature.mix(key ^ (UInt64(band) &* 0xD6E8_FEB8_6659_FD93))
        let print = UInt32(truncatingIfNeeded: mixed >> 32)
        return print == 0 ? 1 : print
    }
}
