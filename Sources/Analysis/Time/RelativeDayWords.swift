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
                                        "afgelopen", "zeszły", "ubiegły", "прошлый", "прошлую", "прошлое", "минулий", "минулу", "минулої"]
    /// Words before a weekday that point forward ("next Tuesday").
    static let next: Set<String> = ["next", "coming", "nächsten", "kommenden", "próximo", "prochain", "prossimo",
                                    "volgende", "komende", "przyszły", "следующий", "следующую", "наступний", "наступну"]

    /// Words before a date that make it the day of something earlier, not the news day:
    /// a determiner of a noun it modifies ("the 6 February quake", "del 6 de febrero",
    /// "vom 6. Februar") or a look back ("since 6 February").
    static let background: Set<String> = [
        "the", "a", "an", "since", "del", "desde", "du", "depuis", "vom", "seit", "dal", "dall'", "sinds",
    ]

    /// Full weekday names only: abbreviations ("sun", "wed") are ordinary words too often.
    static let weekdays: [String: Int] = MonthNames.weekdays.filter { $0.key.count >= 5 }
}

