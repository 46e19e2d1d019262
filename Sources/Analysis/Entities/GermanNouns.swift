/// German capitalises every noun, so a capital there does not mark a name. Without a lexicon,
/// two signs of a common noun that names rarely show: an indefinite article, a determiner, a
/// contraction of preposition and article or a figure right before it ("eine Wohnung", "im
/// Süden", "zahlreiche Menschen", "170 Menschen"), and a noun-forming ending ("Regierung",
/// "Sicherheit", "Ortszeit"). The definite article is not a sign: organisations and some
/// countries take it ("die Nato", "die Ukraine"), and so do relative clauses ("die Macron
/// hielt"). Country names are exempt from both signs ("im Iran", "die Türkei").
enum GermanNouns {
    /// Indefinite articles, determiners, quantifiers, possessives and preposition–article contractions.
    static let markers: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines",
        "kein", "keine", "keinen", "keinem", "keiner", "keines", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans",
        "aufs", "ums", "durchs", "fürs", "übers", "unters", "vors", "dieser", "diese", "dieses", "diesen", "diesem",
        "jeder", "jede", "jedes", "jeden", "jedem", "alle", "allen", "viele", "vielen", "mehrere", "mehreren",
        "einige", "einigen", "zahlreiche", "zahlreichen", "wenige", "wenigen", "beide", "beiden", "manche",
        "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere",
        "unseren", "unserem", "unserer",
    ]

    /// Endings that make nouns of other words, and a common compound head.
    static let endings = ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "zeit", "nisse"]

    /// Preposition–article contractions: they stand before names too ("im Bundestag", "im Kreml",
    /// "beim Pentagon"), so they mark only the word they stand before, not the word throughout a text.
    static let contractions: Set<String> = [
        "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "ums", "durchs", "fürs", "übers", "unters", "vors",
    ]

    /// The definite articles that open a sentence without being part of a name ("Den Teig …").
    static let sentenceArticles: Set<String> = ["den", "dem"]

    /// Whether the word after `previous` is a common noun wherever it stands in the text: after an
    /// indefinite article, a determiner, a quantifier, a possessive or a figure ("einen Teig", "170 Menschen").
    static func marksTextWide(_ previous: Substring) -> Bool {
        !contractions.contains(previous.lowercased())
    }

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

    private static func isCountry(_ word: Substring) -> Bool { CountryNames.isCountry(String(word), language: "de") }
}
