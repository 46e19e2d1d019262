import NewsdeskModel

/// What event clustering compares: weighted entity keys, content terms and numbers,
/// and the event day when the article gives one.
public struct EventFeatures: Sendable {
    public var id: Int64
    public var entities: [String: Double]
    public var terms: [String: Double]
    /// Figures with their decimals ("7.8", "2.42", "75"); years and one-digit counts left out.
    public var numbers: Set<String>
    public var eventDate: SimpleDate?

    public init(id: Int64, entities: [String: Double], terms: [String: Double], numbers: Set<String>, eventDate: SimpleDate?) {
        self.id = id
        self.entities = entities
        self.terms = terms
        self.numbers = numbers
        self.eventDate = eventDate
    }

    /// Content words: four letters or more, lowercased, a light plural fold, stop words out.
    public static func terms(_ text: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        var word = ""
        func flush() {
            defer { word = "" }
            guard word.count >= 4, !stopWords.contains(word) else { return }
            var w = word
            if w.hasSuffix("s"), w.count > 4, !w.hasSuffix("ss") { w.removeLast() }
            counts[w, default: 0] += 1
        }
        for character in text.lowercased() {
            if character.isLetter { word.append(character) } else { flush() }
        }
        flush()
        return counts
    }

    /// Numbers as written, decimal commas read as points: "0,75" and "0.75" are one figure.
    public static func numbers(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        let characters = Array(text)
        func flush() {
            defer { current = "" }
            var n = current
            while let last = n.last, last == "." || last == "," { n.removeLast() }
            guard !n.isEmpty else { return }
            let normalized = n.replacingOccurrences(of: ",", with: ".")
            if let value = Double(normalized), value < 1e15 {  // longer digit runs are ids, not figures
                if normalized.contains("."), value < 1000 {
                    result.insert(normalized)
                } else if !normalized.contains("."), value >= 10, !(1990...2100).contains(Int(value)) {
                    result.insert(normalized)
                }
            }
        }
        for (i, c) in characters.enumerated() {
            if c.isASCII, c.isNumber {
                current.append(c)
            } else if (c == "." || c == ","), !current.isEmpty, i + 1 < characters.count, characters[i + 1].isNumber,
                      !current.contains(".") && !current.contains(",") {
                // "1,200" groups thousands; "0,75" and "7,8" are decimal commas.
                let digitsAfter = characters[(i + 1)...].prefix { $0.isASCII && $0.isNumber }.count
                if !(c == "," && digitsAfter == 3) { current.append(c) }
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static let stopWords: Set<String> = [
        "that", "this", "with", "from", "have", "been", "were", "will", "would", "which", "their", "there", "they",
        "said", "says", "also", "after", "about", "more", "than", "into", "over", "when", "what", "where", "while",
        "other", "some", "such", "only", "most", "could", "should", "very", "because", "before", "since", "under",
        "them", "then", "these", "those", "being", "does", "each", "just", "like", "many", "much", "even", "well",
        "year", "years", "time", "first", "last", "week", "month", "today", "according", "including", "however",
        "para", "como", "pero", "este", "esta", "sobre", "entre", "desde", "durante", "cuando", "donde", "también",
        "dass", "sich", "nicht", "eine", "einen", "einer", "wird", "werden", "wurde", "nach", "auch", "sind", "oder",
        "dans", "pour", "avec", "sont", "mais", "plus", "leur", "cette", "elle", "nous", "vous", "être", "avoir",
    ]
}
