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

    /// A path `remove` refuses: one that names no file, or the whole file system (an unset
    /// variable in `"$DIR"` or `"$DIR/"` would otherwise empty the store).
    public struct RefusedPath: Error, CustomStringConvertible {
        public var path: String
        public var description: String {
            path.isEmpty ? "an empty path names no file: nothing removed"
                : "\(path): that is every stored article; delete the store file instead: nothing removed"
        }
    }

    /// Takes every article stored from `paths` out of the store: a file's records, or every
    /// file stored under a folder, whether or not they are still on disk. One transaction, so
    /// a failure removes nothing. Each duplicate group that loses its canonical copy elects a new
    /// one among the copies left, once. The key statistics that weigh event keys forget the
    /// removed articles (their keys as extraction gives them today), so that removing much of a
    /// store does not leave its words weighed as if they were still there. Events and stories
    /// keep their other articles.
    public func remove(paths: [String]) throws -> Removal {
        let absolute = try paths.map { path in
            let resolved = URL(fileURLWithPath: path).standardizedFileURL.path
            guard !path.isEmpty, resolved != "/" else { throw RefusedPath(path: path) }
            return resolved
        }
        var result = Removal()
        try upgradeStoredKeys()
        try store.transaction { transaction in
            var doomed = Set<Int64>()
            for (path, resolved) in zip(paths, absolute) {
                let ids = try transaction.articleIDs(under: resolved)
                if ids.isEmpty { result.notStored.append(path) }
                doomed.formUnion(ids)
            }
            var keyCounts: [String: Int] = [:]
            var clustered = 0
            var groups = Set<Int64>()
            for id in doomed.sorted() {
                // Its keys were counted when it was clustered: the same pure stage gives them back.
                if try transaction.event(of: id) != nil, let stored = try transaction.storedArticle(id) {
                    for key in ContentKeys.signals(for: stored.article).keys.keys { keyCounts[key, default: 0] += 1 }
                    clustered += 1
                }
                if let candidate = try transaction.duplicateCandidate(id) { groups.insert(candidate.duplicateOf ?? id) }
            }
            // A group whose canonical copy goes elects one among the copies that stay; a group
            // that keeps its canonical copy just loses the removed copies.
            for canonical in groups.sorted() where doomed.contains(canonical) {
                let left = try transaction.duplicateGroup(canonical: canonical).filter { !doomed.contains($0.id) }
                try transaction.elect(among: left, rechoose: Self.rechoose)
            }
            for id in doomed.sorted() { try transaction.deleteArticle(id) }
            try transaction.forgetKeyCounts(keyCounts, documents: clustered)
            result.removed = doomed.count
        }
        return result
    }
}
