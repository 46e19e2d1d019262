/// Month names and abbreviations in the languages news is commonly written in,
/// lowercased, with the month number. Add a language by adding its names.
public enum MonthNames {
    public static let table: [String: Int] = {
        let lists: [[String]] = [
            // English
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
            // German
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
            // French
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "déc"],
            ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
            // Spanish
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre", "noviembre", "diciembre"],
            // Italian
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            // Portuguese
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            // Dutch
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            // Polish (genitive, as in dates) and nominative
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
            // Russian and Ukrainian (genitive)
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
            // Turkish
            ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
        ]
        var table: [String: Int] = [:]
        for list in lists {
            for (i, name) in list.enumerated() where table[name] == nil { table[name] = i + 1 }
        }
        return table
    }()

    /// Weekday names (0 = Monday), for resolving "on Tuesday" and recognising date widgets.
    public static let weekdays: [String: Int] = {
        let lists: [[String]] = [
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
            ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
            ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
            ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
            ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
            ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
            // Polish, Russian and Ukrainian: the accusative first ("w środę", "в среду", "у середу"),
            // as a day of the week is named in news; Russian's nominative "среда" is also "environment".
            ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"],
            ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
            ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"],
            ["понедельник", "вторник", "среду", "четверг", "пятница", "суббота", "воскресенье"],
            ["понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"],
            ["понеділок", "вівторок", "середа", "четвер", "п’ятницю", "субота", "неділя"],
            ["понеділок", "вівторок", "середа", "четвер", "пʼятницю", "субота", "неділя"],
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        ]
        var table: [String: Int] = [:]
        for list in lists {
            for (i, name) in list.enumerated() where table[name] == nil { table[name] = i }
        }
        table["tues"] = 1; table["thur"] = 3; table["thurs"] = 3; table["weds"] = 2
        return table
    }()
}
