import NewsdeskExtraction

/// Words that place an event relative to the day an article was published, by
/// language. Rules as data: a new language is new entries, not new code.
enum RelativeDayWords {
    /// Day offsets of words such as "yesterday" (−1).
    static let offsets: [String: Int] = [
        "today": 0, "tonight": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "hoje": 0,
        "vandaag": 0, "dzisiaj": 0, "dziś": 0, "сегодня": 0, "сьогодні": 0,
        "yesterday": -1, "gestern": -1, "hier": -1, "ayer": -1, "ieri": -1, "ontem": -1, "gisteren": -1,
        "wczoraj": -1, "вчера": -1, "вчора": -1, "anteayer": -2, "vorgestern": -2, "avant-hier": -2,
        "позавчера": -2, "позавчора": -2, "eergisteren": -2, "przedwczoraj": -2,
    ]

    /// Words before a weekday that point to the week before ("last Tuesday").
    static let previous: Set<String> = ["last", "letzten", "vergangenen", "pasado", "dernier", "scorso", "scorsa", "passado", "vorigen",
                                        "afgelopen", "vorige", "zeszły", "zeszłą", "ubiegły", "ubiegłą", "прошлый", "прошлую",
                                        "прошлое", "минувшую", "минувший", "минулий", "минулу"]
    /// Words before a weekday that point forward ("next Tuesday").
    static let next: Set<String> = ["next", "coming", "nächsten", "kommenden", "próximo", "próxima", "prochain", "prossimo", "prossima",
                                    "volgende", "komende", "przyszły", "przyszłą", "следующий", "следующую", "следующее",
                                    "наступний", "наступну", "наступного"]

    /// Words after a weekday that point to the week before or after ("mardi dernier", "martes próximo").
    static let previousAfter: Set<String> = ["dernier", "passé", "pasado", "pasada", "scorso", "scorsa", "passado", "passada"]
    static let nextAfter: Set<String> = ["prochain", "próximo", "próxima", "prossimo", "prossima"]

    /// How a weekday is read against the publication day.
    enum Direction { case lastBefore, previousWeek, ahead, nextWeek }

    /// The direction of the weekday at `i`: the last such day on or before the publication day,
    /// unless a word says otherwise ("next", "dernier") or a future tense leads to it (`isAhead`).
    static func direction(_ words: [String], at i: Int, clauseStart: Int = 0) -> Direction {
        let before = i > 0 ? words[i - 1] : ""
        let after = i + 1 < words.count ? words[i + 1] : ""
        if next.contains(before) || nextAfter.contains(after) { return .nextWeek }
        if previous.contains(before) || previousAfter.contains(after) { return .previousWeek }
        return isAhead(words, at: i, clauseStart: clauseStart) ? .ahead : .lastBefore
    }

    /// Whether a future tense or a schedule leads to the weekday at `i`, in the few shapes that
    /// say so: "will meet on Friday", "will be held on Friday", "is expected to vote on Friday",
    /// "scheduled for Friday", "wird am Mittwoch", "zal op maandag", "sera rendu vendredi",
    /// "definirá este jueves", "se réuniront jeudi", within the weekday's clause. Only these shapes,
    /// and each auxiliary only with a weekday of its language (Dutch "werden" is a past tense): the
    /// words are lowercased, so a looser window took "Will Smith apologized on Monday", "more than
    /// expected on Monday" and "Los precios subirán, dijo el lunes".
    static func isAhead(_ words: [String], at i: Int, clauseStart: Int = 0) -> Bool {
        func word(_ back: Int) -> String { i - back >= max(0, clauseStart) ? words[i - back] : "" }
        // "wird seit Montag untersucht", "since Monday": a look back, whatever the tense.
        if lookBack.contains(word(1)) { return false }
        let language = dayLanguage(words[i])
        let auxiliaries = futureAuxiliaries[language] ?? []
        let lead = dayLeads.contains(word(1))
        // The verb right before the day, or before its preposition or article.
        let verb = lead ? 2 : 1
        if auxiliaries.contains(word(verb)) { return true }  // "wird am Mittwoch", "zal maandag"
        if auxiliaries.contains(word(verb + 1)) { return true }  // "will meet on Friday", "sera rendu vendredi"
        // "will be held on Friday", "will take place on Friday", "will hold talks on Friday"; not "Will Smith
        // apologized on Monday" (lowercased, a name is a word like any): a past form before the day is past.
        if auxiliaries.contains(word(verb + 2)), word(verb + 1) == "be" || !word(verb).hasSuffix("ed") { return true }
        // "expected to vote on Friday", "scheduled to meet Friday", "scheduled for Friday"; not "was expected
        // to vote on Monday" nor "had been scheduled for Monday", which tell what did not happen.
        if language == "en" {
            for to in [verb + 1, verb + 2] where word(to) == "to" && schedules.contains(word(to + 1)) {
                return !pastAuxiliaries.contains(word(to + 2))
            }
            if word(1) == "for", schedules.contains(word(2)) { return !pastAuxiliaries.contains(word(3)) }
        }
        return isFutureVerb(word(verb), last: !lead, french: language == "fr")
    }

    /// The language a weekday's name is in, as far as the future's auxiliaries need it: "en", "de",
    /// "nl", "fr", else "".
    static func dayLanguage(_ day: String) -> String {
        if day.hasSuffix("day") { return "en" }
        if day.contains("tag") || day.hasPrefix("mittwoch") || day.hasPrefix("sonnabend") { return "de" }
        if day.contains("dag") { return "nl" }
        if ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].contains(day) { return "fr" }
        if day.hasSuffix("-feira") { return "pt" }
        return ""
    }

    static let lookBack: Set<String> = ["seit", "since", "depuis", "desde", "sinds", "dal", "dalla"]

    /// Words between a verb and its weekday: prepositions and articles ("on Friday", "am Mittwoch",
    /// "el jueves", "este jueves", "il giovedì", "na segunda-feira").
    static let dayLeads: Set<String> = ["on", "this", "am", "op", "el", "este", "le", "ce", "il", "questo", "lo", "o", "na", "no",
                                        "nesta", "neste"]
    /// Auxiliaries of the future, by the weekday's language. Not German "soll": "soll am Montag getötet
    /// haben" is a past event, reported as alleged.
    static let futureAuxiliaries: [String: Set<String>] = [
        "en": ["will", "shall"], "de": ["wird", "werden"], "nl": ["zal", "zullen"], "fr": ["sera", "seront", "aura", "auront"],
    ]
    /// Words of a schedule, followed by "to" or "for". Not "due": "closed due to fog on Monday" is past.
    static let schedules: Set<String> = ["expected", "scheduled", "set", "planned"]
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "been"]

    /// A Spanish, Italian, Portuguese or French future form ("reunirá", "riunirà", "votarão",
    /// "réuniront"; French "réunira" only right before a French weekday): no past form ends so, but
    /// some names and nouns do.
    static func isFutureVerb(_ word: String, last: Bool, french: Bool) -> Bool {
        guard word.count >= 4, !notFuture.contains(word), !word.hasSuffix("front") else { return false }
        if futureEndings.contains(where: word.hasSuffix) { return true }
        // "se réunira lundi"; not "à Ankara lundi", "La Procura lunedì".
        return french && last && word.count >= 7 && word.hasSuffix("ra")
    }

    static let futureEndings = ["rá", "rán", "rà", "ranno", "rão", "ront"]
    /// Names and nouns with a future's ending ("en Teherán el lunes", "el portavoz Beltrán el lunes", "no verão").
    static let notFuture: Set<String> = ["irán", "teherán", "beltrán", "durán", "ferrán", "verão", "ladrão", "patrão", "padrão"]

    /// Words before a date that make it the day of something earlier, not the news day:
    /// a determiner of a noun it modifies ("the 6 February quake", "del 6 de febrero",
    /// "vom 6. Februar") or a look back ("since 6 February").
    static let background: Set<String> = [
        "the", "a", "an", "since", "del", "desde", "du", "depuis", "vom", "seit", "dal", "dall'", "sinds",
    ]

    /// Full weekday names only: abbreviations ("sun", "wed") are ordinary words too often. German and
    /// Dutch also write a weekday and a time of day as one word ("am Montagfrüh", "zondagavond").
    static let weekdays: [String: Int] = {
        let names = MonthNames.weekdays.filter { $0.key.count >= 5 }
        var all = names
        for (name, day) in names { for time in timesOfDay { all[name + time] = all[name + time] ?? day } }
        return all
    }()

    static let timesOfDay = ["früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht",
                             "ochtend", "middag", "avond"]

    /// Weekday forms that are ordinary words too ("в окружающую среду", into the environment): they
    /// name a day only after the preposition a day takes, or a word for last or next.
    static let dayAfterPrepositionOnly: Set<String> = ["среду"]
    static let dayPrepositions: Set<String> = ["в", "во", "у"]

    /// The weekday (0 = Monday) the word at `i` names, if any.
    static func weekday(_ words: [String], at i: Int) -> Int? {
        guard let day = weekdays[words[i]] else { return nil }
        let before = i > 0 ? words[i - 1] : ""
        // "on a Tuesday in March", "an einem Dienstagabend", "every Tuesday": some or any Tuesday, not one day;
        // Italian "rinviata a lunedì", postponed to Monday, neither. But French "a" is a verb ("a lundi
        // promulgué la loi"), Portuguese "a" an article ("A segunda-feira foi…").
        if someOrEvery.contains(before) { return nil }
        if before == "a", !["fr", "pt"].contains(dayLanguage(words[i])) { return nil }
        guard dayAfterPrepositionOnly.contains(words[i]) else { return day }
        if dayPrepositions.contains(before) || previous.contains(before) || next.contains(before) { return day }
        // "в минувшую среду", "в эту среду", "в ту же среду": the preposition two or three words back,
        // across determiners of a day ("в окружающую среду", into the environment, has none).
        for back in 2...3 where i - back >= 0 && dayPrepositions.contains(words[i - back]) {
            if words[(i - back + 1)..<i].allSatisfy({ dayDeterminers.contains($0) || previous.contains($0) || next.contains($0) }) {
                return day
            }
        }
        return nil
    }

    static let someOrEvery: Set<String> = ["every", "each", "ein", "einem", "einen", "jeden", "un", "una", "cada",
                                           "chaque", "ogni", "um", "uma", "een", "elke", "iedere"]

    static let dayDeterminers: Set<String> = ["эту", "ту", "же", "ближайшую", "нынешнюю"]
}

