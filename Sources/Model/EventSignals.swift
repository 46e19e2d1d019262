/// What an article offers event clustering, read from its text by the analysis stage:
/// weighted keys ("t:" content terms, "e:" entity keys, "n:" figures) and its time clue.
public struct EventSignals: Sendable, Equatable {
    /// Key → weight (a damped count); rarity weighting is the clusterer's job, it knows the collection.
    public var keys: [String: Float]
    public var clue: TimeClue
    /// ISO 639-1 code, when known: reports in another language are compared on names and figures only.
    public var language: String?
    /// The figures of its headline and first sentence: the facts a report leads with ("6.4" of a
    /// quake, "0.75" of a rate rise), which reports of one event repeat.
    public var leadFigures: Set<String>
    /// Other days of a month the text names, not its event's: mostly the days of earlier events it
    /// recalls, which date those events in a story's timeline when their own reports cannot. Kept
    /// apart from the clue, which the clusterer copies often and compares.
    public var recalled: [RecalledDay]

    public init(keys: [String: Float], clue: TimeClue, language: String? = nil, leadFigures: Set<String> = [],
                recalled: [RecalledDay] = []) {
        self.recalled = recalled
        self.keys = keys
        self.clue = clue
        self.language = language
        self.leadFigures = leadFigures
    }
}
