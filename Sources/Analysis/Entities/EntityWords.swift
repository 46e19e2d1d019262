import NewsdeskExtraction

/// Word lists for entity spotting, as data. Capitalised words that are not
/// names: sentence openers, pronouns, titles of address, calendar words.
enum EntityWords {
    /// Words that may join capitalised words inside one name ("Bank of England", "Ursula von der Leyen").
    static let connectors: Set<String> = ["of", "de", "del", "der", "den", "von", "van", "la", "le", "du", "da", "di", "bin", "al", "el", "für"]

    /// Capitalised at the start of a sentence without being names (en, de, fr, es, it, pt, ru, uk, pl, nl).
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "as", "if", "it", "its", "this", "that", "these",
        "those", "there", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "after", "before",
        "while", "when", "with", "without", "from", "by", "to", "of", "about", "over", "under", "since", "also", "however",
        "meanwhile", "according", "speaking", "asked", "despite", "although", "because", "not", "no", "yes", "more",
        "most", "many", "some", "all", "one", "two", "three", "what", "who", "why", "how", "where", "mr", "mrs", "ms",
        "dr", "prof", "sir", "read", "photo", "image", "video", "update", "breaking", "live", "opinion", "analysis",
        "der", "die", "das", "ein", "eine", "im", "am", "und", "oder", "aber", "auch", "nach", "vor", "mit", "bei",
        "nicht", "es", "sie", "er", "wir", "ich", "laut", "zudem", "dabei", "doch", "als", "wie", "so", "zu",
        "le", "la", "les", "un", "une", "des", "du", "et", "ou", "mais", "dans", "pour", "avec", "selon", "il", "elle",
        "ils", "elles", "nous", "on", "ce", "cette",
        "el", "los", "las", "una", "unos", "y", "pero", "en", "con", "para", "según", "por", "este", "esta", "lo", "su",
        "il", "lo", "gli", "i", "e", "ma", "per", "secondo", "o", "os", "as", "um", "uma", "com", "segundo",
        // Demonstratives and sentence-opening adverbs, which stand capitalised at a sentence's start.
        "esto", "eso", "estos", "estas", "ese", "esa", "esos", "esas", "así", "además", "también", "hoy", "ayer", "sin",
        "sobre", "tras", "desde", "ahora", "dies", "diese", "dieser", "dieses", "hier", "heute", "gestern", "damit",
        "mehr", "weniger", "rund", "etwa", "fast", "knapp",
        "ces", "ceci", "cela", "ainsi", "aussi", "aujourd'hui", "questo", "questa", "questi", "oggi", "ieri",
        "inoltre", "isso", "isto", "esse", "essa", "hoje", "ontem", "também",
        // Russian and Ukrainian: they decline, so an opener rarely meets its own lowercase form in the text.
        "в", "во", "на", "по", "за", "из", "от", "до", "для", "при", "после", "перед", "между", "около", "более", "кроме",
        "и", "а", "но", "или", "не", "ни", "он", "она", "оно", "они", "мы", "вы", "я", "это", "этот", "эта", "эти", "тот",
        "так", "также", "как", "что", "когда", "если", "однако", "сегодня", "вчера", "сейчас", "теперь", "ранее", "тогда",
        "там", "здесь", "все", "всего", "почему", "где", "кто", "оба", "обе", "по-прежнему", "впрочем",
        "у", "з", "із", "від", "про", "під", "після", "і", "й", "та", "але", "він", "вона", "вони", "ми", "ви", "це",
        "цей", "ця", "ці", "також", "як", "що", "коли", "якщо", "проте", "сьогодні", "вчора", "зараз", "тепер",
        "раніше", "тут", "всі", "чому", "хто", "обидва", "більше", "близько",
        // Polish and Dutch, leaving out short words that are also names elsewhere ("Po", "Met", "Van").
        "ze", "oraz", "ale", "przez", "dla", "od", "jak", "gdy", "kiedy", "jeśli", "jednak", "dziś", "dzisiaj",
        "wczoraj", "teraz", "także", "również", "według", "ponad", "około", "nie", "tak",
        "het", "een", "maar", "aan", "bij", "naar", "door", "dat", "dit", "deze", "hij", "zij", "ook", "volgens",
        "niet", "geen", "daar", "vandaag", "gisteren", "toen",
    ]

    /// Sentence-opening adverbs, conjunctions and contractions of Italian, Portuguese, French, Spanish and
    /// German: not names at a sentence's start only, since some short ones are names inside one ("Artur
    /// Mas", "Li Na"), where `notNames` refuses a word of up to three letters anywhere.
    static let sentenceOpeners: Set<String> = [
        "quindi", "insieme", "anche", "poi", "però", "dopo", "mentre", "intanto", "infatti", "ancora", "già", "così",
        "nel", "nella", "alla", "dalla", "della", "ecco", "non",
        "já", "em", "na", "nos", "nas", "ao", "pela", "pelo", "mas", "ainda", "depois", "antes", "assim", "ele", "ela",
        "não", "puis", "alors", "après", "avant", "depuis", "donc", "encore", "déjà", "lors", "pourtant", "cependant",
        "enfin", "ensuite", "luego", "después", "mientras", "entonces", "ya", "aunque", "dann", "danach", "zuvor",
        "bereits", "schon", "jetzt", "nun", "damals", "darunter", "deshalb", "trotzdem", "außerdem", "zunächst", "inzwischen",
    ]

    /// Whether a short word before a full stop abbreviates (the sentence goes on) rather than ends a
    /// sentence. An initial ("J."), a dotted form ("U.S."), a title or unit ("Gov.", "Mio."), a month
    /// ("Feb. 6") or a weekday does. A figure or bracket ("(9).", "10%."), an acronym ("the EU."), a
    /// short lowercase word ("did it.") or a short name ("the Fed.") ends one. Taking every word of up
    /// to three characters for an abbreviation ran a name on into the next sentence ("Tribunal da UE.
    /// "Fizemos…" as one name) and read the opener after "(9)." as a name.
    static func isAbbreviation(_ word: Substring.UnicodeScalarView, afterDay: Bool = false) -> Bool {
        guard let first = word.firstIndex(where: { !EntityExtractor.isWordEdge($0) || $0 == "." }) else { return true }
        let letters = word[first...]
        if letters.contains(".") { return true }
        guard letters.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        if letters.count == 1 { return true }
        let lower = Substring(letters).lowercased()
        // "Feb. 6", "Tue. 7": capitalised, as such abbreviations are written, or lowercase after a day ("6 de feb.",
        // "12 ago. 2023"); "two days ago.", "do so.", "al mar." end sentences, and so does "May.", a whole month.
        if MonthNames.table[lower] != nil, afterDay { return true }
        if letters.first!.properties.isUppercase, lower != "may", MonthNames.table[lower] != nil || weekdayAbbreviations.contains(lower) {
            return true
        }
        if letters.first!.properties.isLowercase { return lowercaseAbbreviations.contains(lower) }
        if letters.allSatisfy({ $0.properties.isUppercase }) { return false }
        return titleAbbreviations.contains(lower)
    }

    /// Capitalised abbreviations of up to three letters that a full stop does not end a sentence after
    /// (en, de, fr, es, it, pt, nl, pl, ru): titles of address and rank, "No.", "St.", units of money.
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "gen", "sen", "rep", "col", "lt", "sgt", "cpt", "maj", "adm",
        "rev", "mt", "ft", "no", "nr", "nos", "art", "abs", "vol", "inc", "co", "ltd", "bd", "hr", "fr", "frl", "mio",
        "mrd", "tsd", "mme", "mgr", "sra", "dra", "av", "pl", "ul", "sig", "ks", "dir", "ing", "lic", "hon", "cpl", "pvt",
        "det",
        "г", "им", "ул", "пр", "тыс", "млн", "млрд",
    ]

    static let weekdayAbbreviations: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa", "so"]

    /// Lowercase abbreviations of up to three letters that a full stop does not end a sentence after.
    static let lowercaseAbbreviations: Set<String> = [
        "vs", "ca", "cf", "al", "etc", "bzw", "usw", "vgl", "ggf", "geb", "env", "ecc", "pp", "ed", "nr", "ul", "pl",
        "tj", "np", "itd", "itp", "mln", "mld", "bln", "bn", "tys", "гг", "им", "ул", "пр", "тыс", "млн", "млрд",
        "руб", "коп", "см", "др",
    ]

    /// Elided articles and prepositions that French, Italian and Catalan write onto the next word
    /// ("l'Argentine", "dell'Ucraina", "d'Israël"): the name starts after the apostrophe.
    static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu",
        "dell", "dall", "nell", "sull", "all", "coll", "un", "quest", "quell", "tutt",
    ]

    /// The word after an elided article or preposition, when one opens it and a capital follows; else
    /// the word. Lowercase, the prefix is an article or a preposition ("l'Argentine", "dell'Ucraina").
    /// Capitalised, it is one only at a sentence's start, and only "L'" or a longer form ("L'Argentine a
    /// gagné", "Dell'Ucraina"): inside a sentence it belongs to a name ("L'Oréal", "L'Aquila"), and a
    /// capital single letter opens names anywhere ("N'Djamena", "N'Golo Kanté", "D'Alema").
    static func withoutElision(_ word: Substring, atSentenceStart: Bool) -> Substring {
        // Over bytes first: this runs for every word, and few have an apostrophe (' or the last byte of ’).
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return word }
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }), apostrophe > word.startIndex else { return word }
        let prefix = word[..<apostrophe]
        let rest = word[word.index(after: apostrophe)...]
        guard let first = rest.first, let initial = prefix.first, elisions.contains(prefix.lowercased()) else { return word }
        if first.isLowercase { return rest }  // "L’astronave", "L'esecutivo": an article before a common noun
        guard first.isUppercase else { return word }
        if initial.isUppercase, !(atSentenceStart && (prefix == "L" || prefix.count > 1)) { return word }
        return rest
    }

    static func isCalendarWord(_ lower: String) -> Bool {
        MonthNames.table[lower] != nil || MonthNames.weekdays[lower] != nil
    }
}
