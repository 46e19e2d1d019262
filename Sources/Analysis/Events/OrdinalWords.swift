/// Ordinals that number an event in a series: "the third test flight", "la segunda ronda",
/// "der zweite Streik". The same people and words recur from one event of a series to the next,
/// and the ordinal is what tells them apart; it survives translation as a figure does ("#3").
/// Rules as data: a new language is new entries, not new code. Words that are also common
/// nouns or adverbs are left out ("prima" is "before" in Italian, "cuarto" a room in Spanish).
enum OrdinalWords {
    static let numbers: [String: Int] = [
        "first": 1, "maiden": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
        "primer": 1, "primera": 1, "primero": 1, "segunda": 2, "tercer": 3, "tercera": 3, "tercero": 3, "quinto": 5,
        "premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
        "erste": 1, "ersten": 1, "erster": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweiter": 2, "dritte": 3,
        "dritten": 3, "dritter": 3, "vierte": 4, "vierten": 4, "fünfte": 5, "fünften": 5,
        "primo": 1, "terzo": 3, "terza": 3, "quarto": 4,
        "primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3,
    ]
    /// Suffixes of "1st", "2nd", "3rd", "4th".
    static let suffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// Words after which an ordinal counts occasions, not an event of a series: "for the first time".
    static let idioms: Set<String> = ["time", "times", "vez", "fois", "mal", "volta", "keer"]

    /// The ordinals in a text that qualify a following word, as "#N".
    static func ordinals(in text: String) -> Set<String> {
        let words = EventDateResolver.tokens(text)
        var found = Set<String>()
        var i = 0
        while i < words.count {
            defer { i += 1 }
            var next = i + 1
            var number = numbers[words[i]]
            if number == nil, let n = Int(words[i]), n > 0, n <= 100, next < words.count, suffixes.contains(words[next]) {
                number = n
                next += 1
            }
            guard let number, next < words.count, !idioms.contains(words[next]) else { continue }
            found.insert("#\(number)")
        }
        return found
    }
}
