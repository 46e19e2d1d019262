import Foundation
import NewsdeskClustering
import NewsdeskStore

extension TextOpening {
    /// `StoryTimeline.lead(of:)` of the whole text, or nil when the opening is too short to be sure of it
    /// (then read the whole text). The lead is the first non-blank line up to its first ". ", cut to a
    /// hundred characters: the opening settles it once that line ends in it, reaches a ". ", or runs past
    /// 100 characters (the lead then lies inside the opening, whatever follows).
    public var lead: String? {
        if isWholeText { return StoryTimeline.lead(of: text) }
        // Cut between scalars, the last character may lack a combining mark the text gives it: judge without it.
        let settled = text.dropLast()
        guard let start = settled.firstIndex(where: { !$0.isNewline }) else { return nil }
        let line = settled[start...].prefix { !$0.isNewline }
        guard line.endIndex < settled.endIndex || line.range(of: ". ") != nil || line.count > 100 else { return nil }
        return StoryTimeline.lead(of: String(settled))
    }
}
