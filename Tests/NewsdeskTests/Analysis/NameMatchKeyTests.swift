import Testing
@testable import NewsdeskAnalysis

/// Fictional names, in the scripts and cases news would write them in.
@Suite struct NameMatchKeyTests {
    @Test(arguments: [
        ("Balanchuk", "en"), ("Баланчук", "ru"), ("Баланчука", "ru"), ("Баланчуком", "ru"), ("Баланчуку", "uk"),
        ("Balanchuka", "pl"), ("Balanchukiem", "pl"),
    ])
    func caseFormsAndScriptsOfOneSurnameMatch(form: String, language: String) {
        let key = EntityExtractor.key(form)
        // The article names him in another form too, as reports do.
        let forms: Set<String> = [key, EntityExtractor.key(language == "pl" ? "Balanchuk" : "Баланчук")]
        #expect(NameMatchKey.key(key, language: language, forms: forms) == NameMatchKey.key("balanchuk", language: "en"))
    }

    /// "-ом", "-им" also close names in their plain form: without another form of the name in the
    /// article, the name keeps them, and the stem stands beside it.
    @Test func plainNamesWithACaseLikeEndingKeepIt() {
        #expect(NameMatchKey.keys(EntityExtractor.key("Газпром"), language: "ru") == ["gazprom", "gazpr"])
        #expect(NameMatchKey.keys(EntityExtractor.key("Ибрагим"), language: "ru", forms: ["ибрагим", "ким"])
                == [NameMatchKey.key("ibragim", language: "en"), "ibrag"])
        #expect(NameMatchKey.keys(EntityExtractor.key("Макроном"), language: "ru").contains(NameMatchKey.key("macron", language: "fr")))
        #expect(NameMatchKey.keys("telekom", language: "pl", forms: ["telekom", "telek"]) == ["telek"])
        // The plain name declined ("Газпрома") shows the ending belongs to it.
        #expect(NameMatchKey.keys(EntityExtractor.key("Газпром"), language: "ru", forms: ["газпром", "газпрома"]) == ["gazprom"])
        #expect(NameMatchKey.keys("telekom", language: "pl", forms: ["telekom", "telekomu"]) == ["telekom"])
        #expect(NameMatchKey.keys("telekom", language: "en") == ["telekom"])
        // A country's English key has no case ending, whatever the article's language.
        #expect(ContentKeys.nameKeys("brytania", name: "Wielka Brytania", language: "pl") == ["kingdom"])
    }

    /// Adjectival surnames: the romanisations ("-skiy", "-s'kyy") and English spellings ("-sky", "-skyy").
    @Test func adjectivalSurnamesMatchAcrossRomanisations() {
        let english = NameMatchKey.key("orlovsky", language: "en")
        #expect(NameMatchKey.key("orlovskyy", language: "en") == english)
        for (form, language) in [("Орловский", "ru"), ("Орловского", "ru"), ("Орловським", "uk"), ("Орловського", "uk")] {
            let forms: Set<String> = [EntityExtractor.key(form), EntityExtractor.key(language == "uk" ? "Орловський" : "Орловский")]
            #expect(NameMatchKey.key(EntityExtractor.key(form), language: language, forms: forms) == english, "\(form)")
        }
    }

    @Test func placesInOtherCasesAndScriptsMatch() {
        #expect(NameMatchKey.key(EntityExtractor.key("Клайпеде"), language: "ru") == NameMatchKey.key("klaipeda", language: "en"))
        #expect(NameMatchKey.key(EntityExtractor.key("Вильнюсе"), language: "ru") == NameMatchKey.key("vilnius", language: "en"))
        #expect(NameMatchKey.key(EntityExtractor.key("Київ"), language: "uk") == NameMatchKey.key("kyiv", language: "en"))
        #expect(NameMatchKey.key(EntityExtractor.key("Линдквист"), language: "ru") == NameMatchKey.key("lindqvist", language: "sv"))
    }

    /// Greek spells a foreign b, d, g that opens a name with two letters; the key reads them as one.
    /// Inside a word they stay, as English spells Greek names ("Konstantinos").
    @Test func greekDigraphsOpeningForeignNames() {
        #expect(NameMatchKey.key(EntityExtractor.key("Ντόνετσκ"), language: "el") == NameMatchKey.key("donetsk", language: "en"))
        #expect(NameMatchKey.key(EntityExtractor.key("Μπρίστολ"), language: "el") == NameMatchKey.key("bristol", language: "en"))
        #expect(NameMatchKey.key(EntityExtractor.key("Κωνσταντίνος"), language: "el") == NameMatchKey.key("konstantinos", language: "en"))
        #expect(NameMatchKey.key(EntityExtractor.key("Αντώνης"), language: "el") == NameMatchKey.key("antonis", language: "en"))
    }

    /// Folding a folded key changes nothing: an older store's keys, folded again, stay put.
    @Test(arguments: ["china", "chekhov", "zelenskyy", "schmidt", "kyiv", "macron", "ceausescu", "xiaomi", "g77", "mercedes"])
    func foldingTwiceIsFoldingOnce(name: String) {
        let once = NameMatchKey.key(name, language: "en")
        #expect(NameMatchKey.refold(once) == once)
    }

    /// Figures in names keep their digits: "G77" is not "G7".
    @Test func repeatedDigitsStay() {
        #expect(NameMatchKey.key("g77", language: "en") != NameMatchKey.key("g7", language: "en"))
        #expect(NameMatchKey.key("a330", language: "en") == "a330")
    }

    /// Language identification calls short or mixed Cyrillic texts "ro" at times: the script decides
    /// the romanisation and the case endings then, not the code.
    @Test func aKeyInAnotherScriptThanItsLanguageIsReadByItsScript() {
        let english = NameMatchKey.key("balanchuk", language: "en")
        let forms: Set<String> = ["баланчуком", "баланчук"]
        #expect(NameMatchKey.key(EntityExtractor.key("Баланчуком"), language: "ro", forms: forms) == english)
        #expect(NameMatchKey.key(EntityExtractor.key("Баланчуком"), language: nil, forms: forms) == english)
        #expect(NameMatchKey.key(EntityExtractor.key("Вучић"), language: "sr") == NameMatchKey.key("vucic", language: "hr"))
        // A Latin name in a Russian report keeps its ending: Russian case endings are Cyrillic.
        #expect(NameMatchKey.keys("telekom", language: "ru") == NameMatchKey.keys("telekom", language: "en"))
    }

    /// How other scripts and Slavic Latin spell "c", "sh", "ch", "zh", "kh", a final "-ow" and German "sch".
    @Test(arguments: [("Шмидт", "ru", "schmidt", "de"), ("Šojgu", "cs", "shoigu", "en"), ("Чехова", "ru", "chekhov", "en"),
                      ("Жуков", "ru", "zhukov", "en"), ("Харьков", "ru", "kharkov", "en"), ("Клинтон", "ru", "clinton", "en"),
                      ("Макрона", "ru", "macron", "fr"), ("Мерседес", "ru", "mercedes", "es"), ("Мерроу", "ru", "merrow", "en"),
                      ("Moscou", "fr", "moscow", "en"), ("Нью-Йорк", "ru", "york", "en"), ("Порт-Мерроу", "ru", "merrow", "en")])
    func spellingsOfOneSoundMeet(form: String, language: String, other: String, otherLanguage: String) {
        #expect(NameMatchKey.key(EntityExtractor.key(form), language: language) == NameMatchKey.key(other, language: otherLanguage))
    }

    /// The fold must not make different names one: consonants carry a name.
    @Test func differentNamesStayApart() {
        #expect(NameMatchKey.key("balanchuk", language: "en") != NameMatchKey.key("balanchak", language: "en"))
        #expect(NameMatchKey.key("brandt", language: "de") != NameMatchKey.key("brant", language: "en"))
        #expect(NameMatchKey.key("lindberg", language: "sv") != NameMatchKey.key("lindqvist", language: "sv"))
    }

    /// Short keys keep their letters: an acronym is no stem.
    @Test func shortKeysKeepTheirLetters() {
        #expect(NameMatchKey.key("eu", language: "en") == "eu")
        #expect(NameMatchKey.key("ким", language: "ru") == "kim")
        #expect(NameMatchKey.key("нато", language: "ru") == NameMatchKey.key("nato", language: "en"))
    }

    @Test func countriesInOtherCasesKeyAsInEnglish() {
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Турции"), language: "ru") == "turkey")
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Ukrainy"), language: "pl") == "ukraine")
        #expect(CountryNames.englishKey(key: EntityExtractor.key("США"), language: "ru") == "states")
    }
}
