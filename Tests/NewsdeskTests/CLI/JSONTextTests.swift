import Foundation
import Testing
@testable import NewsdeskCLI

/// The hand-written JSON must be the bytes Foundation's serializer writes: scripts compare outputs.
@Suite struct JSONTextTests {
    static func foundation(_ value: Any, pretty: Bool) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        return String(decoding: try! JSONSerialization.data(withJSONObject: value, options: options), as: UTF8.self)
    }

    static let awkward: String = {
        var text = "Kessveld \"Harbour\" C:\\port/fees é – 港 😀 "
        for byte in UInt8(0)..<0x20 { text.unicodeScalars.append(Unicode.Scalar(byte)) }
        return text + "\u{7F}\u{2028}"
    }()

    static var story: [String: Any] { [
        "story_id": "s1", "title": awkward,
        "events": [
            ["event_id": "e1", "date": NSNull(), "sources": ["a.txt", "b/c.html"], "articles": [] as [Any],
             "nested": [String: Any](), "count": -42, "flag": true] as [String: Any],
            ["event_id": "e2", "date": "2025-03-04", "sources": [String](), "articles": [["title": "Zürich", "url": NSNull()]]] as [String: Any],
        ],
    ] }

    @Test(arguments: [false, true]) func writesWhatFoundationWrites(pretty: Bool) {
        #expect(JSONText.encode(Self.story, pretty: pretty) == Self.foundation(Self.story, pretty: pretty))
        #expect(JSONText.encode([Any](), pretty: pretty) == Self.foundation([Any](), pretty: pretty))
        #expect(JSONText.encode(["empty": ""], pretty: pretty) == Self.foundation(["empty": ""], pretty: pretty))
    }

    /// Numbers with a fraction are left to Foundation, whose formatting is not reproduced.
    @Test func declinesFloatingPointNumbers() {
        #expect(JSONText.encode(["weight": 0.5], pretty: false) == nil)
        #expect(ArticleJSON.encode(["weight": 0.5]) == Self.foundation(["weight": 0.5], pretty: false))
    }
}
