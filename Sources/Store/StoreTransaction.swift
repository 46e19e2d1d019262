import NewsdeskModel

/// A stored article as the duplicate detector sees it.
public struct DuplicateCandidate: Sendable, Equatable {
    public var id: Int64
    /// The text's length in Unicode scalars (SQLite's `length`): the longer copy is the more
    /// complete. The text itself is read only when its shingles are needed (`text(of:)`).
    public var length: Int
    public var published: SimpleDate?
    /// The canonical copy this article duplicates, nil when it is canonical itself.
    public var duplicateOf: Int64?

    public init(id: Int64, length: Int, published: SimpleDate?, duplicateOf: Int64?) {
        self.id = id
        self.length = length
        self.published = published
        self.duplicateOf = duplicateOf
    }
}

/// Whether a write added, changed or left a document alone.
public enum UpsertResult: Sendable, Equatable {
    case inserted(Int64)
    case updated(Int64)
    case unchanged(Int64)

    public var id: Int64 {
        switch self {
        case .inserted(let id), .updated(let id), .unchanged(let id): return id
        }
    }
}

/// The operations ingestion runs inside one transaction: everything done through it
/// is committed together when the closure returns, or not at all when it throws.
public protocol StoreTransaction {
    func upsert(_ stored: StoredArticle) throws -> UpsertResult
    /// Replaces the near-duplicate band keys of an article.
    func setBandKeys(_ keys: [UInt64], for id: Int64) throws
    /// The stored articles among `ids`, as the duplicate detector sees them (ids no longer stored are left out).
    func duplicateCandidates(ids: [Int64]) throws -> [DuplicateCandidate]
    /// The canonical copy and every article pointing at it.
    func duplicateGroup(canonical: Int64) throws -> [DuplicateCandidate]
    /// One stored article as the duplicate detector sees it.
    func duplicateCandidate(_ id: Int64) throws -> DuplicateCandidate?
    /// The body text of a stored article.
    func text(of id: Int64) throws -> String?
    /// Points every copy of `from` at `to` instead.
    func moveDuplicates(from: Int64, to: Int64) throws
    func setDuplicateOf(_ canonical: Int64?, for ids: [Int64]) throws
    /// The stored items of a file: row id and record number (0 for single-document files).
    func storedRecords(sourcePath: String) throws -> [(id: Int64, record: Int)]
    /// Removes one article with its index entries (detach it from its duplicate group first).
    func deleteArticle(_ id: Int64) throws
    /// The ids of the articles stored from a file (every record of it), or from every file
    /// under a folder: `path` is absolute, and need not exist on disk any more.
    func articleIDs(under path: String) throws -> [Int64]
    /// One stored article in full.
    func storedArticle(_ id: Int64) throws -> StoredArticle?
    /// Takes removed articles out of the key statistics that weigh event keys: `documents`
    /// fewer clustered articles, and each key in `counts` in that many fewer of them.
    func forgetKeyCounts(_ counts: [String: Int], documents: Int) throws
    /// Records an article's event and story.
    func setMembership(_ membership: EventMembership) throws
    /// An article's stored event membership, if it has one.
    func membership(of id: Int64) throws -> EventMembership?
    /// The event of an article, if it has one (its membership without decoding the rest).
    func event(of id: Int64) throws -> Int64?
    /// Moves every article of story `from` into story `into`.
    func mergeStory(_ from: Int64, into: Int64) throws
    /// The memberships of a story's articles whose text gives no day (their clue has no date), by article id.
    func undatedMemberships(story: Int64) throws -> [EventMembership]
    /// The memberships of an event's articles, by article id.
    func memberships(event: Int64) throws -> [EventMembership]
}

extension StoreTransaction {
    /// Takes an article out of its duplicate group: it stops pointing at a canonical copy,
    /// and the copies that pointed at it elect a new canonical among themselves with `rechoose`.
    public func detach(_ id: Int64, rechoose: ([DuplicateCandidate]) -> Int64?) throws {
        try setDuplicateOf(nil, for: [id])
        try elect(among: duplicateGroup(canonical: id).filter { $0.id != id }, rechoose: rechoose)
    }

    /// Makes the copies left of a group whose canonical copy goes one group again: the one
    /// `rechoose` picks is canonical, the others point at it.
    public func elect(among orphans: [DuplicateCandidate], rechoose: ([DuplicateCandidate]) -> Int64?) throws {
        guard let canonical = rechoose(orphans) else { return }
        try setDuplicateOf(nil, for: [canonical])
        try setDuplicateOf(canonical, for: orphans.map(\.id).filter { $0 != canonical })
    }
}
