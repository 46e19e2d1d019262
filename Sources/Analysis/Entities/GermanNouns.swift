/// German capitalises every noun, so a capital there does not mark a name. Without a lexicon,
/// two signs of a common noun that names rarely show: an article, a determiner or a figure
/// right before it ("die Stadt", "im Süden", "170 Menschen"; people's and most places' names
/// take none), and a noun-forming ending ("Regierung", "Sicherheit", "Ortszeit"). Country
/// names are exempt: "die Türkei" takes an article and is a name that must carry across languages.
enum GermanNouns {
    /// Articles, determiners, quantifiers and preposition–article contractions.
    static let markers: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "kein", "keine", "keinen", "keinem", "keiner", "keines", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans",
        "aufs", "ums", "durchs", "fürs", "übers", "unters", "vors", "dieser", "diese", "dieses", "diesen", "diesem",
        "jeder", "jede", "jedes", "jeden", "jedem", "alle", "allen", "viele", "vielen", "mehrere", "mehreren",
        "einige", "einigen", "zahlreiche", "zahlreichen", "wenige", "wenigen", "beide", "beiden", "manche",
        "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere",
        "unseren", "unserem", "unserer",
    ]

    /// Endings that make nouns of other words, and a common compound head.
    static let endings = ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "zeit", "nisse"]

    static func isCommonNoun(_ word: Substring, after previous: Substring) -> Bool {
        let before = previous.lowercased()
        let marked = markers.contains(before) || previous.unicodeScalars.first.map { $0.properties.numericType != nil } == true
        return marked && !isAcronym(word) && !isCountry(word)
    }

    static func hasNounEnding(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return endings.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 } && !isAcronym(word) && !isCountry(word)
    }

    private static func isAcronym(_ word: Substring) -> Bool { word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber } }

    private static func isCountry(_ word: Substring) -> Bool {
        let key = EntityExtractor.fold(String(word))
        return CountryNames.englishKey(name: String(word), key: key, language: "de") != key
    }
}
