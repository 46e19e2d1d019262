import Foundation
import NewsdeskAnalysis
import NewsdeskStore

extension Ingestion {
    /// What `remove(paths:)` did.
    public struct Removal: Sendable, Equatable {
        public var removed = 0
        /// The paths given under which nothing was stored, as given.
        public var notStored: [String] = []
    }

    /// Takes every article stored from `paths` out of the store: a file's records, or every
    /// file stored under a folder, whether or not they are still on disk. One transaction, so
    /// a failure removes nothing. Copies of a removed canonical copy elect a new one; the key
    /// statistics that weigh event keys forget the removed articles, so that removing much of
    /// a store does not leave its words weighed as if they were still there. Events and stories
    /// keep their other articles: each is as the store lists it, from the articles left.
    public func remove(paths: [String]) throws -> Removal {
        var result = Removal()
        try store.transaction { transaction in
            var removed = Set<Int64>()
            var keyCounts: [String: Int] = [:]
            var clustered = 0
            for path in paths {
                let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                let stored = try transaction.articleIDs(under: absolute)
                if stored.isEmpty { result.notStored.append(path) }
                for id in stored where !removed.contains(id) {
                    // Its keys were counted when it was clustered: the same pure stage gives them back.
                    if try transaction.event(of: id) != nil, let stored = try transaction.storedArticle(id) {
                        for key in ContentKeys.signals(for: stored.article).keys.keys { keyCounts[key, default: 0] += 1 }
                        clustered += 1
                    }
                    try transaction.detach(id, rechoose: Self.rechoose)
                    try transaction.deleteArticle(id)
                    removed.insert(id)
                }
            }
            try transaction.forgetKeyCounts(keyCounts, documents: clustered)
            result.removed = removed.count
        }
        return result
    }
}
