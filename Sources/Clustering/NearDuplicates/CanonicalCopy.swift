import NewsdeskModel

/// Chooses the copy that stands for a group of near-duplicates: the earliest
/// published, then the most complete (longest text), then the first stored.
public enum CanonicalCopy {
    public struct Candidate: Sendable {
        public var id: Int64
        public var published: SimpleDate?
        public var length: Int

        public init(id: Int64, published: SimpleDate?, length: Int) {
            self.id = id
            self.published = published
            self.length = length
        }
    }

    public static func choose(_ group: [Candidate]) -> Int64? {
        group.min { a, b in
            switch (a.published, b.published) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.length != b.length ? a.length > b.length : a.id < b.id
            }
        }?.id
    }
}
