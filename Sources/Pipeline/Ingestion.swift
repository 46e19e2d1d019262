import Foundation
import NewsdeskAnalysis
import NewsdeskClustering
import NewsdeskExtraction
import NewsdeskIngest
import NewsdeskModel
import NewsdeskStore

/// Reads files into the store: extraction for new or changed documents, then
/// near-duplicate linking and event clustering, one transaction per file. Where the
/// stages meet the store.
public struct Ingestion {
    public struct Summary: Sendable, Equatable {
        public var documents = 0
        public var inserted = 0
        public var updated = 0
        public var unchanged = 0
        /// New or changed articles found to copy one already stored (or earlier in the same file).
        public var duplicates = 0
        /// Stored items no longer in their file (a feed that dropped them).
        public var removed = 0
        /// Articles moved to another event by the review at the end of the run (see `reviewAtEndOfRun`).
        public var moved = 0
        /// "PATH: problem", one per file or item that could not be read.
        public var failures: [String] = []

        public init(documents: Int = 0, inserted: Int = 0, updated: Int = 0, unchanged: Int = 0, duplicates: Int = 0,
                    removed: Int = 0, moved: Int = 0, failures: [String] = []) {
            self.removed = removed
            self.moved = moved
            self.documents = documents
            self.inserted = inserted
            self.updated = updated
            self.unchanged = unchanged
            self.duplicates = duplicates
            self.failures = failures
        }
    }

    let store: any ArticleStore
    let reader = DocumentReader()
    let extractor = ArticleExtractor()
    let threshold = NearDuplicateIndex.defaultThreshold
    /// Shingles of articles seen in this run: a wire story's copies arrive close together,
    /// and each would otherwise re-shingle the same candidates. 256 MB: about a hundred
    /// thousand news articles (20,000 left one candidate in fourteen to re-read and re-shingle at 100k).
    let shingleCache = ShingleCache(budget: 256 << 20)
    /// Seconds between saves of the clusterer's statistics during a run.
    static let statisticsInterval: TimeInterval = 300
    static let minimumShingles = NearDuplicateIndex.minimumShingles
    /// Near-duplicate candidates read per article, those sharing the most band keys.
    static let duplicateCandidateLimit = 32

    public init(store: any ArticleStore) {
        self.store = store
    }

    /// Ingests `files` in order; `progress` is called after each file with the number done.
    /// A file that cannot be read or stored is reported in the summary and the run goes on.
    public func ingest(files: [String], progress: (Int) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        try upgradeStoredKeys()
        var (clusterer, bands) = try restoredState()
        var lastSave = Date()
        defer { try? saveStatistics(clusterer) }
        // Reading and the pure stages of the next file run while this file's transaction does:
        // the store and clusterer steps are sequential, the rest spreads over the cores.
        let handoff = Handoff<ReadFile>(capacity: 1)
        let (store, reader, extractor) = (self.store, self.reader, self.extractor)
        let readerThread = JoinableThread {
            // Reading and preparing run below the storing thread's priority (see `WorkerPool`).
            WorkerPool.lowerPriority()
            let pool = WorkerPool(extraThreads: ProcessInfo.processInfo.activeProcessorCount - 1)
            defer { pool.stop() }
            for file in files {
                guard handoff.put(Self.read(file, store: store, reader: reader, extractor: extractor, pool: pool)) else { return }
            }
            handoff.finish()
        }
        // On an early exit the reader is told to stop, then waited for: it ends within the file it is on.
        defer {
            handoff.cancel()
            readerThread.join()
        }
        var done = 0
        var touched = Set<Int64>()
        while let read = handoff.take() {
            let file = read.file
            // Statistics are saved now and then, so a run killed after hours keeps most of them.
            if Date().timeIntervalSince(lastSave) > Self.statisticsInterval {
                try? saveStatistics(clusterer)
                lastSave = Date()
            }
            done += 1
            defer { progress(done) }
            let (path, prepared, seen, complete) = (read.path, read.prepared, read.seen, read.complete)
            summary.documents += read.documents
            summary.unchanged += read.unchanged
            summary.failures += read.failures
            let summaryBefore = summary
            var clustered: [EventSignals] = []
            do {
                try store.transaction { transaction in
                    for item in prepared {
                        let stored = item.stored
                        let result = try transaction.upsert(stored)
                        switch result {
                        case .inserted: summary.inserted += 1
                        case .updated:
                            summary.updated += 1
                            try detach(result.id, in: transaction)  // its text changed: old links may no longer hold
                            if let old = try transaction.membership(of: result.id) { clusterer.remove(vector: old.vector, clue: old.clue, language: old.language, lead: old.leadFigures, event: old.event) }
                        case .unchanged: summary.unchanged += 1; continue
                        }
                        let original = try link(result.id, item, bands: &bands, in: transaction)
                        if original != nil { summary.duplicates += 1 }
                        clustered.append(item.signals)
                        touched.insert(try cluster(result.id, item, copying: original, with: &clusterer, in: transaction))
                    }
                    // Items gone from a file read in full (a shorter feed) leave the store too.
                    guard complete else { return }
                    for (id, record) in try transaction.storedRecords(sourcePath: path) where !seen.contains(record) {
                        try detach(id, in: transaction)
                        if let old = try transaction.membership(of: id) { clusterer.remove(vector: old.vector, clue: old.clue, language: old.language, lead: old.leadFigures, event: old.event) }
                        try transaction.deleteArticle(id)
                        summary.removed += 1
                    }
                }
            } catch {
                // The transaction rolled back: the counts, the shingle cache and the clusterer
                // forget this file too (the clusterer is rebuilt from the store, keeping this
                // run's statistics minus the file's articles).
                summary = summaryBefore
                summary.failures.append("\(file): could not be stored: \(error)")
                shingleCache.removeAll()
                for signals in clustered { clusterer.uncount(signals) }
                let statistics = clusterer.vocabulary.statistics()
                (clusterer, bands) = try restoredState(statistics: statistics)
            }
        }
        do {
            summary.moved = try reviewAtEndOfRun(touched: touched, articles: summary.inserted + summary.updated, clusterer: &clusterer)
        } catch {
            // Nothing moved in the store: the articles stay in the events they were stored with. The
            // clusterer, which took the moves, is not used again (the next run rebuilds it from the store).
            summary.failures.append("reviewing the run's events: \(error)")
        }
        return summary
    }

    /// A file read and prepared, waiting for its transaction.
    struct ReadFile: Sendable {
        var file: String
        /// The absolute path documents are stored under.
        var path: String
        var documents = 0
        var unchanged = 0
        var failures: [String] = []
        /// Records seen in the file, and whether it was read to its end.
        var seen = Set<Int>()
        var complete = true
        var prepared: [Prepared] = []
    }

    /// Reads a file and runs the pure stages on its new or changed documents. Documents
    /// are stored under their absolute path, so `corpus`, `./corpus` and `/home/me/corpus`
    /// name the same documents.
    static func read(_ file: String, store: any ArticleStore, reader: DocumentReader, extractor: ArticleExtractor,
                     pool: WorkerPool) -> ReadFile {
        var result = ReadFile(file: file, path: URL(fileURLWithPath: file).standardizedFileURL.path)
        var pending: [(RawDocument, String)] = []
        reader.read(path: file) { outcome in
            switch outcome {
            case .failure(let error):
                result.complete = false
                result.failures.append(error.description)
            case .success(var document):
                result.documents += 1
                document.sourcePath = result.path
                result.seen.insert(document.record ?? 0)
                let hash = contentFingerprint(document)
                let stored = try? store.contentHash(of: DocumentKey(sourcePath: result.path, record: document.record))
                if stored == hash {
                    result.unchanged += 1  // seen before, unchanged: not even extracted again
                } else {
                    pending.append((document, hash))
                }
            }
        }
        result.prepared = prepare(pending, extractor: extractor, pool: pool)
        return result
    }

    /// Indexes an article's shingle bands and joins it to the duplicate group of the
    /// stored articles it nearly copies; the group's canonical copy is chosen anew.
    /// Returns a stored article it copies, nil when it copies none.
    private func link(_ id: Int64, _ item: Prepared, bands: inout BandIndex, in transaction: any StoreTransaction) throws -> Int64? {
        let (article, shingles) = (item.stored.article, item.shingles)
        // A body of a few words ("Subscribe to read") says nothing about copying; empty ones
        // would all share one signature. They are neither indexed nor linked.
        guard !item.bandKeys.isEmpty else {  // `prepare` leaves them empty for too few shingles
            try transaction.setBandKeys([], for: id)
            return nil
        }
        let keys = item.bandKeys
        try transaction.setBandKeys(keys, for: id)
        shingleCache.insert(shingles, for: id)
        // Only the articles sharing the most bands are read, so a store full of similar
        // boilerplate does not slow each insert.
        let proposed = bands.candidates(keys, excluding: id, limit: Self.duplicateCandidateLimit)
        bands.insert(keys, id: id)
        // Shingles first (mostly cached), rows after: most candidates share a band by chance,
        // and only the copies need their length and date read.
        let copied = try proposed.filter { candidate in
            let theirs = try shingleCache[candidate] ?? Shingles(text: transaction.text(of: candidate) ?? "")
            shingleCache.insert(theirs, for: candidate)
            return theirs.containment(with: shingles) >= threshold
        }
        let matches = try transaction.duplicateCandidates(ids: copied)
        guard let original = matches.first?.id else { return nil }
        // Each group's canonical copy is already its best member, so the new group's canonical
        // is the best of those and the newcomer: no need to read whole groups, which can be large.
        var contenders: [Int64: DuplicateCandidate] = [id: DuplicateCandidate(id: id, length: article.text.unicodeScalars.count, published: article.published, duplicateOf: nil)]
        for canonical in Set(matches.map { $0.duplicateOf ?? $0.id }) {
            contenders[canonical] = try matches.first { $0.id == canonical } ?? transaction.duplicateCandidate(canonical)
        }
        let choice = CanonicalCopy.choose(contenders.values.map {
            CanonicalCopy.Candidate(id: $0.id, published: $0.published, length: $0.length)
        }) ?? id
        try transaction.setDuplicateOf(nil, for: [choice])
        for other in contenders.keys.sorted() where other != choice {
            try transaction.moveDuplicates(from: other, to: choice)
            try transaction.setDuplicateOf(choice, for: [other])
        }
        return original
    }

    /// What the pure stages make of one document, before anything touches the store.
    struct Prepared: Sendable {
        var stored: StoredArticle
        var signals: EventSignals
        var shingles: Shingles
        /// The MinHash band keys of the shingles, empty when there are too few shingles to index.
        var bandKeys: [UInt64]
    }

    /// Extraction, event signals, shingles and their MinHash of a file's new or changed documents, on all
    /// cores: they are pure and independent, unlike the store and clusterer steps after them.
    static func prepare(_ pending: [(RawDocument, String)], extractor: ArticleExtractor, pool: WorkerPool) -> [Prepared] {
        let results = ResultSlots<Prepared>(count: pending.count)
        pool.forEach(pending.count) { i in
            let article = extractor.extract(pending[i].0)
            let shingles = Shingles(text: article.text)
            let keys = shingles.hashes.count >= minimumShingles ? MinHashSignature(shingles).bandKeys() : []
            results.set(i, Prepared(stored: StoredArticle(article: article, contentHash: pending[i].1),
                                    signals: ContentKeys.signals(for: article), shingles: shingles, bandKeys: keys))
        }
        return results.values
    }

    /// Places an article in an event (and so a story), recording stories it joined together.
    /// A copy of a stored article goes to its original's event.
    /// Returns the event it joined.
    private func cluster(_ id: Int64, _ item: Prepared, copying original: Int64?, with clusterer: inout EventClusterer,
                         in transaction: any StoreTransaction) throws -> Int64 {
        let signals = item.signals
        let followed = try original.flatMap { try transaction.event(of: $0) }.flatMap { clusterer.follow(signals, into: $0) }
        let assignment = followed ?? clusterer.add(signals)
        for (from, into) in assignment.mergedStories { try transaction.mergeStory(from, into: into) }
        try transaction.setMembership(EventMembership(articleID: id, event: assignment.event, story: assignment.story,
                                                      eventDate: signals.clue.approximate ? nil : signals.clue.date, clue: signals.clue, vector: assignment.vector,
                                                      leadFigures: signals.leadFigures, recalled: signals.recalled))
        return assignment.event
    }

    private func saveStatistics(_ clusterer: EventClusterer) throws {
        let statistics = clusterer.vocabulary.statistics()
        try store.saveKeyStatistics(documents: statistics.documents, counts: statistics.counts)
    }

    private func detach(_ id: Int64, in transaction: any StoreTransaction) throws {
        try transaction.detach(id, rechoose: Self.rechoose)
    }

    /// Re-elects a canonical copy among the articles left when theirs is deleted.
    public static func rechoose(_ orphans: [DuplicateCandidate]) -> Int64? {
        guard orphans.count > 1 else { return orphans.first?.id }
        return CanonicalCopy.choose(orphans.map { CanonicalCopy.Candidate(id: $0.id, published: $0.published, length: $0.length) })
    }
}

/// One slot per task of a parallel loop; each task writes only its own slot, under a lock.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Read once every task has ended (after the pool's `forEach` returns or the thread is joined):
    /// the lock orders the writes, and the join makes them visible here.
    var values: [T] { slots.map { $0! } }
}

/// A flag one thread sets and another polls: asks a helper thread to stop early.
final class StopFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// A bounded queue between one producer thread and one consumer: `put` waits while it is
/// full, `take` while it is empty; nil once the producer has finished and all is taken.
final class Handoff<T: Sendable>: @unchecked Sendable {
    private var items: [T] = []
    private var finished = false
    private var cancelled = false
    private let condition = NSCondition()
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// False when the consumer has gone: the producer should stop.
    func put(_ item: T) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    func take() -> T? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty, !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops early: a waiting producer is released and told to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
