import ArgumentParser
import Foundation
import NewsdeskClustering
import NewsdeskIngest
import NewsdeskModel
import NewsdeskPipeline
import NewsdeskStore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Ingest files into a temporary store and score events, stories and duplicates against labels.",
        discussion: """
        LABELS is a TSV file with columns file, event_id and story_id (and optionally event_date, to count \
        the labelled articles whose event the timeline dates right); an article matches a label by the \
        base name of its source path, with "#RECORD" for an item of a feed, WARC or JSON Lines file. Prints B-cubed and pairwise precision, recall and F1 for events and \
        stories, as ../shared/bench/tools/cluster_score.py computes them on `newsdesk export`. With \
        --pairs (columns file_a, file_b, type), every pair of type near_duplicate must be linked, and a \
        duplicate link between articles of different gold events counts as a false claim.
        """
    )

    @Option(help: "TSV labels: file, event_id, story_id.")
    var labels: String

    @Option(help: "TSV pairs: file_a, file_b, type (near_duplicate pairs are scored).")
    var pairs: String?

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    func run() throws {
        let gold = try Self.table(labels)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("eval.sqlite").path)
        let (files, _) = DocumentReader.files(in: paths)
        let summary = try Ingestion(store: store).ingest(files: files)
        for failure in summary.failures { printError("newsdesk: \(failure)") }
        let stored = try StoredStories(store: store)

        var predictedEvent: [String: String] = [:], predictedStory: [String: String] = [:], idOfName: [String: Int64] = [:]
        // In id order, the last of two articles with one base name wins, as in cluster_score.py.
        for (id, m) in stored.memberships.sorted(by: { $0.key < $1.key }) {
            // "file.txt", or "feed.jsonl#3" for an item of a container file.
            let name = URL(fileURLWithPath: stored.names[id]!).lastPathComponent
            if idOfName[name] != nil { printError("newsdesk: two articles are named \(name); the later one is scored") }
            predictedEvent[name] = "e\(m.event)"
            predictedStory[name] = "s\(m.story)"
            idOfName[name] = id
        }
        let goldEvent = gold.reduce(into: [String: String]()) { $0[$1["file"] ?? ""] = $1["event_id"] }
        let goldStory = gold.reduce(into: [String: String]()) { $0[$1["file"] ?? ""] = $1["story_id"] }
        let missing = goldEvent.keys.filter { predictedEvent[$0] == nil }.sorted()
        guard missing.isEmpty else {
            printError("newsdesk: \(missing.count) of \(goldEvent.count) labelled articles were not ingested, e.g. \(missing.prefix(3).joined(separator: ", "))")
            throw ExitCode(2)
        }
        for (level, g, p) in [("event", goldEvent, predictedEvent), ("story", goldStory, predictedStory)] {
            let predicted = g.keys.reduce(into: [String: String]()) { $0[$1] = p[$1] }
            let bcubed = ClusterScore(gold: g, predicted: predicted)
            let pairwise = ClusterScore.pairwise(gold: g, predicted: predicted)
            print("\(level): \(g.count) articles, \(Set(g.values).count) gold clusters, \(Set(predicted.values).count) predicted")
            print(String(format: "  pairwise P=%.3f R=%.3f F1=%.3f", pairwise.precision, pairwise.recall, pairwise.f1))
            print(String(format: "  B-cubed  P=%.3f R=%.3f F1=%.3f", bcubed.precision, bcubed.recall, bcubed.f1))
        }
        printEventDates(gold: gold, idOfName: idOfName, stored: stored)
        if let pairs {
            let wanted = try Self.table(pairs).filter { $0["type"] == "near_duplicate" }
            func canonical(_ name: String) -> Int64? { idOfName[name].map { stored.duplicateLinks[$0] ?? $0 } }
            let found = wanted.filter { row in
                guard let a = canonical(row["file_a"] ?? ""), let b = canonical(row["file_b"] ?? "") else { return false }
                return a == b
            }
            let nameOfID = Dictionary(uniqueKeysWithValues: idOfName.map { ($1, $0) })
            let crossEvent = stored.duplicateLinks.filter { copy, original in
                guard let a = nameOfID[copy], let b = nameOfID[original], let ea = goldEvent[a], let eb = goldEvent[b] else { return false }
                return ea != eb
            }
            print("duplicates: \(found.count)/\(wanted.count) near_duplicate pairs linked, \(stored.duplicateLinks.count) links in all, "
                  + "\(crossEvent.count) across gold events")
        }
    }

    /// With an `event_date` column: how many labelled articles' events the timeline dates to their day.
    func printEventDates(gold: [[String: String]], idOfName: [String: Int64], stored: StoredStories) {
        let labelled = gold.compactMap { row in row["event_date"].flatMap { SimpleDate(iso: $0) }.map { (row["file"] ?? "", $0) } }
        guard !labelled.isEmpty else { return }
        let dates = stored.timeline.eventDates
        var right = 0, undated = 0
        for (name, day) in labelled {
            let predicted = idOfName[name].flatMap { stored.memberships[$0] }.flatMap { dates[$0.event] }
            if predicted == day { right += 1 } else if predicted == nil { undated += 1 }
        }
        print("event dates: \(right)/\(labelled.count) labelled articles dated right, \(undated) undated, "
              + "\(labelled.count - right - undated) wrong")
    }

    /// A TSV file as rows keyed by the header's column names.
    static func table(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }
}
