import Foundation
import GRDB
import NewsdeskModel

/// An article's place in the event structure, as stored.
public struct EventMembership: Sendable, Equatable {
    public var articleID: Int64
    public var event: Int64
    public var story: Int64
    /// The article's own event day, when its text gives one.
    public var eventDate: SimpleDate?
    public var clue: TimeClue
    /// The weighted keys the clusterer used for it, to replay or take back out.
    public var vector: [String: Float]
    /// The article's language, read from its row (not written by `setMembership`).
    public var language: String?
    /// The figures of its headline and first sentence, as the clusterer counted them.
    public var leadFigures: Set<String>
    /// The other days its text names (`EventSignals.recalled`), stored with the clue.
    public var recalled: [RecalledDay]

    public init(articleID: Int64, event: Int64, story: Int64, eventDate: SimpleDate?, clue: TimeClue, vector: [String: Float],
                language: String? = nil, leadFigures: Set<String> = [], recalled: [RecalledDay] = []) {
        self.recalled = recalled
        self.language = language
        self.leadFigures = leadFigures
        self.articleID = articleID
        self.event = event
        self.story = story
        self.eventDate = eventDate
        self.clue = clue
        self.vector = vector
    }
}

/// Compact text forms for the clustering columns: "key<TAB>weight" lines, and
/// "date|month|day|weekday|~" (the last for a day, full or without its year, that is only the publication day). Keys never hold whitespace (they are single words).
enum EventCoding {
    static func encode(_ vector: [String: Float]) -> String {
        vector.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }.joined(separator: "\n")
    }

    /// Over UTF-8 bytes: every stored article is decoded at the start of each ingest run, and
    /// splitting by characters was two thirds of that replay.
    static func decodeVector(_ text: String) -> [String: Float] {
        var vector: [String: Float] = [:]
        var text = text
        text.withUTF8 { bytes in
            vector.reserveCapacity(bytes.count / 16)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var tab = start
                while tab < end, bytes[tab] != 0x09 { tab += 1 }
                if tab < end, let weight = Float(String(decoding: bytes[(tab + 1)..<end], as: UTF8.self)) {
                    vector[String(decoding: bytes[start..<tab], as: UTF8.self)] = weight
                }
                start = end + 1
            }
        }
        return vector
    }

    /// "date|month|day|weekday|~", with "|>" after it for a weekday the text puts ahead, and then
    /// "|days" for the days it recalls ("--02-06,1999-08-17"). Rows written before a field read without it.
    static func encode(_ clue: TimeClue, recalled days: [RecalledDay] = []) -> String {
        let fields = [clue.date?.description, clue.month.map(String.init), clue.day.map(String.init), clue.weekday.map(String.init),
                      clue.approximate ? "~" : nil]
        let recalled = days.isEmpty ? "" : "|" + days.map(\.description).joined(separator: ",")
        return fields.map { $0 ?? "" }.joined(separator: "|") + (clue.ahead || !recalled.isEmpty ? "|" : "")
            + (clue.ahead ? ">" : "") + recalled
    }

    static func decodeClue(_ text: String) -> TimeClue {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 4 else { return TimeClue() }
        let approximate = parts.count > 4 && parts[4] == "~"
        if let date = SimpleDate(iso: parts[0]) { return TimeClue(date: date, approximate: approximate) }
        return TimeClue(month: Int(parts[1]), day: Int(parts[2]), weekday: Int(parts[3]), approximate: approximate,
                        ahead: parts.count > 5 && parts[5] == ">")
    }

    static func decodeRecalled(_ field: some StringProtocol) -> [RecalledDay] {
        field.split(separator: ",").compactMap { RecalledDay($0) }
    }

    /// The recalled days stored with a clue, after its sixth field.
    static func recalledDays(inClue text: String) -> [RecalledDay] {
        let parts = text.split(separator: "|", maxSplits: 6, omittingEmptySubsequences: false)
        return parts.count > 6 ? decodeRecalled(parts[6]) : []
    }

    /// Figures separated by spaces (a figure holds none).
    static func encode(_ figures: Set<String>) -> String { figures.sorted().joined(separator: " ") }

    static func decodeFigures(_ text: String?) -> Set<String> {
        Set((text ?? "").split(separator: " ").map(String.init))
    }

    /// The rows whose clue has no date (a dated clue starts with its ISO date): articles whose text
    /// names no full day and that have no publication day with a year either.
    static let undatedClue = "event_clue NOT GLOB '[0-9]*'"

    /// The columns `membership(_:)` reads.
    /// Read from `membership JOIN article` (the language is the article's).
    static let columns = "article_id, event_id, story_id, event_date, event_clue, event_vector, language, lead_figures"

    static func membership(_ row: Row) -> EventMembership {
        let date: String? = row["event_date"]
        let clue: String = row["event_clue"] ?? ""
        return EventMembership(articleID: row["article_id"], event: row["event_id"], story: row["story_id"],
                               eventDate: date.flatMap { SimpleDate(iso: $0) }, clue: decodeClue(clue),
                               vector: decodeVector(row["event_vector"] ?? ""), language: row["language"],
                               leadFigures: decodeFigures(row["lead_figures"]), recalled: recalledDays(inClue: clue))
    }
}

/// Band keys of one article as a blob: 8 bytes each, little-endian, in band order.
enum BandKeys {
    static func encode(_ keys: [UInt64]) -> Data {
        var data = Data(capacity: keys.count * 8)
        for key in keys { withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func decode(_ data: Data) -> [UInt64] {
        data.withUnsafeBytes { raw in
            (0..<raw.count / 8).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
    }
}
