import Foundation
import GRDB
import NewsdeskModel

/// An article as listings see it: its row without the text, and at most the opening of the text.
/// `stories` read a million articles whole (7.3 GB) to use about a hundred characters of each text.
public struct ArticleSummary: Sendable, Equatable {
    public var id: Int64
    public var sourcePath: String
    public var record: Int?
    public var url: String?
    public var outlet: String?
    public var title: String?
    public var language: String?
    public var published: SimpleDate?
    /// The start of the text; nil when the reader asked for none.
    public var opening: TextOpening?

    public init(id: Int64, sourcePath: String, record: Int?, url: String?, outlet: String?, title: String?, language: String?,
                published: SimpleDate?, opening: TextOpening?) {
        self.id = id
        self.sourcePath = sourcePath
        self.record = record
        self.url = url
        self.outlet = outlet
        self.title = title
        self.language = language
        self.published = published
        self.opening = opening
    }

    /// The article's name in listings: its path, with "#record" for an item of a container file.
    public var name: String { sourcePath + (record.map { "#\($0)" } ?? "") }

    /// The columns `init(row:)` reads, in the order of the `article` table (the text, if read, comes after them).
    static let columns = "id, source_path, record, url, outlet, title, language, published"

    init(row: Row) {
        let record: Int = row["record"]
        let published: String? = row["published"]
        self.init(id: row["id"], sourcePath: row["source_path"], record: record == 0 ? nil : record, url: row["url"],
                  outlet: row["outlet"], title: row["title"], language: row["language"],
                  published: published.flatMap { SimpleDate(iso: $0) }, opening: nil)
    }
}

/// The first bytes of a text, cut between two Unicode scalars (a character may still lose its last accent).
public struct TextOpening: Sendable, Equatable {
    public var text: String
    /// True when `text` is all of the text.
    public var isWholeText: Bool

    public init(text: String, isWholeText: Bool) {
        self.text = text
        self.isWholeText = isWholeText
    }

    /// At most `limit` bytes of UTF-8. A NUL byte ends the text, as it does when GRDB reads the
    /// whole column (as a C string): the opening must agree with the full read.
    public init(utf8 bytes: UnsafeRawBufferPointer, limit: Int) {
        let length = bytes.prefix(limit + 1).firstIndex(of: 0) ?? bytes.count
        guard length > limit else {
            self.init(text: String(decoding: bytes[..<length], as: UTF8.self), isWholeText: true)
            return
        }
        var cut = limit
        while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // a continuation byte: inside a scalar
        self.init(text: String(decoding: bytes[..<cut], as: UTF8.self), isWholeText: false)
    }

    public init(of text: String, limit: Int) {
        var text = text
        self = text.withUTF8 { TextOpening(utf8: UnsafeRawBufferPointer($0), limit: limit) }
    }
}

/// An article's event and story without the keyed vector, which only ingestion needs: listings
/// need not decode nor hold a million of them.
public struct MembershipSummary: Sendable, Equatable {
    public var articleID: Int64
    public var event: Int64
    public var story: Int64
    /// The article's own event day, when its text gives one.
    public var eventDate: SimpleDate?
    /// Without an event day, what its clue tells ("Thursday", "16 December"), if anything.
    public var partialDay: PartialDay?
    /// The other days its text names (`EventSignals.recalled`).
    public var recalled: [RecalledDay]

    public init(articleID: Int64, event: Int64, story: Int64, eventDate: SimpleDate?, partialDay: PartialDay? = nil,
                recalled: [RecalledDay] = []) {
        self.articleID = articleID
        self.event = event
        self.story = story
        self.eventDate = eventDate
        self.partialDay = partialDay
        self.recalled = recalled
    }

    public init(_ membership: EventMembership) {
        self.init(articleID: membership.articleID, event: membership.event, story: membership.story, eventDate: membership.eventDate,
                  partialDay: membership.eventDate == nil ? membership.clue.partialDay : nil, recalled: membership.recalled)
    }

    static let columns = "article_id, event_id, story_id, event_date, event_clue"

    init(row: Row) {
        let date: String? = row["event_date"]
        let eventDate = date.flatMap { SimpleDate(iso: $0) }
        // Only an undated article's time clue is decoded (most have a date, and a listing reads a million
        // rows); every row's recalled days are, from the clue's seventh field.
        let clue: String? = row["event_clue"]
        self.init(articleID: row["article_id"], event: row["event_id"], story: row["story_id"],
                  eventDate: eventDate, partialDay: eventDate == nil ? clue.flatMap { EventCoding.decodeClue($0).partialDay } : nil,
                  recalled: clue.map(EventCoding.recalledDays(inClue:)) ?? [])
    }
}
