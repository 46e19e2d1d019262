import NewsdeskExtraction

/// Ordinals that number an event in a series: "the third test flight", "la segunda ronda",
/// "der zweite Streik". The same people and words recur from one event of a series to the next,
/// and the ordinal is what tells them apart; it survives translation as a figure does ("#3").
/// Rules as data, by language: a new language is new entries, not new code. Words that are also
/// common nouns or adverbs in their language are left out ("prima" is "before" in Italian, "cuarto"
/// a room in Spanish), and each table applies to its own language only ("premier" is a head of
/// government in English).
enum OrdinalWords {
    static let numbers: [String: [String: Int]] = [
        "en": ["first": 1, "maiden": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10],
        "es": ["primer": 1, "primera": 1, "primero": 1, "segunda": 2, "tercer": 3, "tercera": 3, "tercero": 3, "quinto": 5],
        "fr": ["premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5],
        "de": ["erste": 1, "ersten": 1, "erster": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweiter": 2, "dritte": 3,
               "dritten": 3, "dritter": 3, "vierte": 4, "vierten": 4, "fünfte": 5, "fünften": 5],
        "it": ["primo": 1, "terzo": 3, "terza": 3, "quarto": 4],
        "pt": ["primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3],
    ]
    /// Suffixes of "1st", "2nd", "3rd", "4th".
    static let suffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// Words after which an ordinal does not number an event of a series: it counts occasions ("for the
    /// first time"), or is part of a title or a name ("First Minister", "Second Circuit").
    static let notSeries: Set<String> = [
        "time", "times", "vez", "fois", "mal", "volta",
        "minister", "lady", "secretary", "amendment", "circuit", "league", "division", "world", "person", "class",
    ]

    /// The ordinals in a text of the given language that qualify a following word, as "#N". Numeric
    /// ordinals ("3rd") in any language, but not a day of a month ("June 15th", "15th of June").
    static func ordinals(in text: String, language: String?) -> Set<String> {
        let words = EventDateResolver.tokens(text)
        let table = language.flatMap { numbers[$0] } ?? [:]
        var found = Set<String>()
        var i = 0
        while i < words.count {
            defer { i += 1 }
            var next = i + 1
            var number = table[words[i]]
            if number == nil, let n = Int(words[i]), n > 0, n <= 100, next < words.count, suffixes.contains(words[next]) {
                let after = next + 1 < words.count && words[next + 1] == "of" ? next + 2 : next + 1
                let month = (i > 0 && MonthNames.table[words[i - 1]] != nil) || (after < words.count && MonthNames.table[words[after]] != nil)
                if !month { number = n }
                next += 1
            }
            guard let number, next < words.count, !notSeries.contains(words[next]) else { continue }
            found.insert("#\(number)")
        }
        return found
    }
}
