/// German capitalises every noun, so a capital there does not mark a name. Without a lexicon,
/// two signs of a common noun that names rarely show: an indefinite article, a determiner, a
/// contraction of preposition and article or a figure right before it ("eine Wohnung", "im
/// Süden", "zahlreiche Menschen", "170 Menschen"), also with declined adjectives between ("einen
/// dritten Testflug"), and a noun-forming ending ("Regierung", "Sicherheit", "Ortszeit"). The
/// definite article alone is not a sign: organisations and some countries take it ("die Nato",
/// "die Ukraine"), and so do relative clauses ("die Macron hielt"); with a declined adjective after
/// it, it is ("die südosttürkische Provinz Hatay"). Country names are exempt ("im Iran", "die Türkei").
enum GermanNouns {
    /// Indefinite articles, determiners, quantifiers, possessives, preposition–article contractions and numbers in words.
    static let markers: Set<String> = indefiniteArticles.union(numberWords).union(contractions).union([
        "dieser", "diese", "dieses", "diesen", "diesem",
        "jeder", "jede", "jedes", "jeden", "jedem", "alle", "allen", "viele", "vielen", "mehrere", "mehreren",
        "einige", "einigen", "zahlreiche", "zahlreichen", "wenige", "wenigen", "beide", "beiden", "manche",
        "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere",
        "unseren", "unserem", "unserer",
    ])

    static let indefiniteArticles: Set<String> = ["ein", "eine", "einen", "einem", "einer", "eines",
                                                  "kein", "keine", "keinen", "keinem", "keiner", "keines"]

    /// Numbers in words mark a noun as figures do ("zwei Wochen", "Tausende Menschen").
    static let numberWords: Set<String> = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                                           "zwölf", "zwanzig", "dreißig", "hundert", "tausend", "hunderte", "hunderten",
                                           "tausende", "tausenden", "dutzende", "dutzenden"]

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

    /// Definite articles: with a declined adjective between them and a capitalised word, that word is
    /// the head noun of the phrase ("die südosttürkische Provinz Hatay", "der ehemalige Kanzler").
    static let definiteArticles: Set<String> = ["der", "die", "das", "den", "dem", "des"]

    /// Whether a lowercase word reads as a declined adjective ("dritten", "neue", "syrischen").
    static func isDeclinedAdjective(_ word: Substring) -> Bool {
        guard word.count > 3, let first = word.first, first.isLowercase else { return false }
        return word.hasSuffix("e") || word.hasSuffix("en") || word.hasSuffix("er") || word.hasSuffix("es") || word.hasSuffix("em")
    }

    /// Where the capitalised word at `index` of a sentence's words heads a phrase of up to three declined
    /// adjectives after an article, a marker (as `isCommonNoun` reads it) or a figure, with no punctuation
    /// between ("einen dritten Testflug", "der syrischen Stadt"): how far the sign holds, or nil. A verb
    /// may end as an adjective does ("Das sagte Merz", "Viele sehen Merz als Favoriten"), and a place
    /// take an adjective ("im sächsischen Bautzen"): where the opener can be a pronoun or also stands
    /// before names, the word is a noun only where it stands, and a name named again elsewhere stays one.
    enum Reach { case here, textWide }

    static func headsAdjectivePhrase(_ index: Int, in words: [Substring], trimmed: (Substring) -> Substring) -> Reach? {
        var j = index - 1
        var adjectives = 0
        while j >= 0 {
            let raw = words[j]
            let word = trimmed(raw)
            guard word == raw else { return nil }  // punctuation ends the phrase
            if adjectives > 0 {
                let lower = word.lowercased()
                // A year is no count: "2021 wurde Scholz Kanzler", "bis 2021 regierte Merkel" put a verb after it.
                let figure = word.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true
                    && !(word.count == 4 && Int(word).map { (1900...2100).contains($0) } == true)
                // Before adjectives a marker is as sure a sign as right before the noun ("einen dritten
                // Testflug", "viele neue Häuser"), and holds as far (`marksTextWide`). A definite article
                // also stands before names that take adjectives ("das zerstörte Mariupol"), and any marker
                // opening a sentence may be a pronoun before a verb ("Keiner wollte Merz widersprechen"):
                // only where it stands.
                let marker = figure || markers.contains(lower)
                if marker || definiteArticles.contains(lower) { return j > 0 && marker && marksTextWide(word) ? .textWide : .here }
            }
            guard adjectives < 3, isDeclinedAdjective(word) else { return nil }
            adjectives += 1
            j -= 1
        }
        return nil
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

    static func isAcronym(_ word: Substring) -> Bool { word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber } }

    static func isCountry(_ word: Substring) -> Bool { CountryNames.isCountry(String(word), language: "de") }
}
