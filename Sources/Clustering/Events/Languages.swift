/// The languages of a group of articles, counted, so that taking an article out removes its
/// language only with the last article in it: a report moved out of an event must not leave
/// the event looking bilingual, or reports in that language are compared with it on words.
struct Languages: Sendable {
    private(set) var set: Set<String> = []
    private var counts: [String: Int] = [:]

    mutating func insert(_ language: String) {
        counts[language, default: 0] += 1
        set.insert(language)
    }

    mutating func remove(_ language: String) {
        guard let count = counts[language] else { return }
        if count > 1 {
            counts[language] = count - 1
        } else {
            counts[language] = nil
            set.remove(language)
        }
    }
}
