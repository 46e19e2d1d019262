import NewsdeskClustering
import NewsdeskStore

/// The in-memory state a run starts from, rebuilt from the store: the clusterer (statistics,
/// then every stored article replayed into its event) and the near-duplicate band index.
///
/// At a million stored articles this is about a minute of work before the first file, so it
/// spreads over the cores: the band index is rebuilt on one thread while the memberships are
/// read and decoded on a second and replayed into the clusterer on the calling one (the replay
/// itself is sequential: events and stories form in stored order). At a million articles this
/// took a one-file ingest from 66 s to 36 s; the cost is a second reader connection for the
/// while, up to 320 MB more of mapped file and page cache (see `SQLiteStore.init`).
extension Ingestion {
    typealias Statistics = (documents: Int, counts: [(String, Int)])

    /// The clusterer and the band index as the store left them.
    func restoredState(statistics: Statistics? = nil) throws -> (EventClusterer, BandIndex) {
        let store = self.store
        let bands = ResultSlots<Result<BandIndex, any Error>>(count: 1)
        let stop = StopFlag()
        let thread = JoinableThread { bands.set(0, Result { try Self.restoredBands(from: store, stop: stop) }) }
        // When the replay fails the band index is not wanted: the run reports the failure at once
        // rather than after the index is complete (some seconds on a million articles).
        defer {
            stop.set()
            thread.join()
        }
        let clusterer = try restoredClusterer(statistics: statistics)
        thread.join()
        return (clusterer, try bands.values[0].get())
    }

    /// The clusterer as the store left it, with `known` statistics or the stored ones.
    func restoredClusterer(statistics known: Statistics? = nil) throws -> EventClusterer {
        var clusterer = EventClusterer()
        let statistics = try known ?? store.keyStatistics()
        clusterer.restoreStatistics(documents: statistics.documents, counts: statistics.counts)
        let store = self.store
        let batches = Handoff<[EventMembership]>(capacity: 4)
        let outcome = ResultSlots<Result<Void, any Error>>(count: 1)
        let reader = JoinableThread {
            var batch: [EventMembership] = []
            do {
                try store.forEachMembership { membership in
                    batch.append(membership)
                    guard batch.count == Self.replayBatch else { return }
                    guard batches.put(batch) else { throw CancellationError() }
                    batch.removeAll(keepingCapacity: true)
                }
                if !batch.isEmpty { _ = batches.put(batch) }
                outcome.set(0, .success(()))
            } catch {
                outcome.set(0, .failure(error))
            }
            batches.finish()
        }
        defer {
            batches.cancel()
            reader.join()
        }
        while let batch = batches.take() {
            for m in batch {
                clusterer.restore(vector: m.vector, clue: m.clue, language: m.language, lead: m.leadFigures, event: m.event, story: m.story)
            }
        }
        reader.join()
        try outcome.values[0].get()
        return clusterer
    }

    /// Memberships handed from the decoding thread to the replay at a time.
    static let replayBatch = 2048

    /// The near-duplicate lookup index, rebuilt from the band keys the store keeps; throws
    /// `CancellationError` once `stop` is set.
    static func restoredBands(from store: any ArticleStore, stop: StopFlag = StopFlag()) throws -> BandIndex {
        var index = BandIndex(capacity: try store.count() * 64 * 3 / 2)
        var read = 0
        try store.forEachBandKeys { id, keys in
            read += 1
            if read % 4096 == 1, stop.isSet { throw CancellationError() }  // a lock per 4,096 rows, not per row
            index.insert(keys, id: id)
        }
        return index
    }
}
