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
    static let previous: Set<String> = ["last", "letzten", "vergangenen", "pasado", "dernier", "scorso", "passado", "vorigen",
                                        "afgelopen", "vorige", "zeszły", "zeszłą", "ubiegły", "ubiegłą", "прошлый", "прошлую",
                                        "прошлое", "минувшую", "минувший", "минулий", "минулу"]
    /// Words before a weekday that point forward ("next Tuesday").
    static let next: Set<String> = ["next", "coming", "nächsten", "kommenden", "próximo", "prochain", "prossimo",
                                    "volgende", "komende", "przyszły", "przyszłą", "следующий", "следующую", "следующее",
                                    "наступний", "наступну", "наступного"]

    /// Words after a weekday that point to the week before or after ("mardi dernier", "martes próximo").
    static let previousAfter: Set<String> = ["dernier", "passé", "pasado", "scorso", "passado"]
    static let nextAfter: Set<String> = ["prochain", "próximo", "prossimo", "próxima", "prossima"]

    /// Words shortly before a weekday that put it ahead of the publication day: a future tense or
    /// a schedule ("ministers will meet on Thursday", "is expected to vote on Friday", "wird am
    /// Montag entscheiden"). A report of what happened names its weekday after the verb ("said on
    /// Thursday that talks will resume"), so only the words before it count.
    static let future: Set<String> = ["will", "shall", "scheduled", "expected", "planned", "upcoming",
                                      "wird", "werden", "soll", "sollen", "geplant", "zal", "zullen"]
    /// Future verb endings of Spanish, Italian, Portuguese and French ("se reunirá el jueves",
    /// "si riunirà giovedì", "se réuniront jeudi"); no past form ends so. Not "due" in English:
    /// "closed due to snow on Monday" is past.
    static let futureEndings = ["rá", "rán", "rà", "ranno", "rão", "ront"]

    /// How a weekday is read against the publication day.
    enum Direction { case lastBefore, previousWeek, ahead, nextWeek }

    /// The direction of the weekday at `i`: the last such day on or before the publication day
    /// unless a word says otherwise.
    static func direction(_ words: [String], at i: Int) -> Direction {
        let before = i > 0 ? words[i - 1] : ""
        let after = i + 1 < words.count ? words[i + 1] : ""
        if next.contains(before) || nextAfter.contains(after) { return .nextWeek }
        if previous.contains(before) || previousAfter.contains(after) { return .previousWeek }
        for word in words[max(0, i - 4)..<i] {
            // Not "front", "confront", "waterfront": English words that end as a French future does.
            if future.contains(word) || word.count > 4 && futureEndings.contains(where: word.hasSuffix) && !word.hasSuffix("front") {
                return .ahead
            }
        }
        return .lastBefore
    }

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
        // "on a Tuesday in March", "an einem Dienstagabend", "every Tuesday": some or any Tuesday, not one day.
        if someOrEvery.contains(before) { return nil }
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

    static let someOrEvery: Set<String> = ["a", "an", "every", "each", "ein", "einem", "einen", "jeden", "un", "una", "cada",
                                           "chaque", "ogni", "um", "uma", "een", "elke", "iedere"]

    static let dayDeterminers: Set<String> = ["эту", "ту", "же", "ближайшую", "нынешнюю"]
}

