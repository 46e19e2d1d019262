import Foundation
import NewsdeskClustering
import NewsdeskStore

extension TextOpening {
    /// `StoryTimeline.lead(of:)` of the whole text, or nil when the opening is too short to be sure of it
    /// (then read the whole text). The lead is the first non-blank line up to its first ". ", cut to a
    /// hundred characters, so it depends on the line's first 101 characters only: the opening settles it
    /// once it holds them, or the end of the line, or a ". " among them.
    public var lead: String? {
        // Cut between scalars, the last character may lack a combining mark the text gives it: judge without it.
        let settled = isWholeText || text.isEmpty ? Substring(text) : text[..<text.index(before: text.endIndex)]
        guard let start = settled.firstIndex(where: { !$0.isNewline }) else { return isWholeText ? StoryTimeline.lead(of: "") : nil }
        let head = settled[start...].prefix(101).prefix { !$0.isNewline }
        guard isWholeText || head.endIndex < settled.endIndex || head.count > 100 || head.range(of: ". ") != nil else { return nil }
        // The lead of those characters alone: splitting the rest of the opening into lines was most of `stories`' time.
        return StoryTimeline.lead(of: String(head))
    }
}
