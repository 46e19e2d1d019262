import Testing
@testable import NewsdeskAnalysis
import NewsdeskModel

@Suite struct CountryNamesTests {
    @Test func countryNamesKeyAsInEnglish() {
        #expect(CountryNames.englishKey("turkei", language: "de") == "turkey")
        #expect(CountryNames.englishKey("turquia", language: "es") == "turkey")
        #expect(CountryNames.englishKey("allemagne", language: "fr") == "germany")
        #expect(CountryNames.englishKey("syrien", language: "de") == "syria")
        #expect(CountryNames.englishKey("russlands", language: "de") == "russia")  // a genitive
        #expect(CountryNames.englishKey(name: "Estados Unidos", key: "unidos", language: "es") == "states")
        #expect(CountryNames.englishKey(name: "Emiratos Árabes Unidos", key: "unidos", language: "es") == "emirates")
        #expect(CountryNames.englishKey(name: "Reserva Federal de Estados Unidos", key: "unidos", language: "es") == "states")
        // Alone, "unidos" could be either: it is left as it is, not read as "Reino Unido".
        #expect(CountryNames.englishKey("unidos", language: "es") == "unidos")
        // The last word of a longer country name is no country alone ("Samoa Americana").
        #expect(CountryNames.englishKey(name: "Americana", key: "americana", language: "es") == "americana")
        #expect(CountryNames.englishKey("ee.uu", language: "es") == "states")
        #expect(CountryNames.englishKey("turkiye", language: "en") == "turkey")
    }

    @Test func otherKeysAndEnglishNamesStayAsTheyAre() {
        #expect(CountryNames.englishKey("brandt", language: "de") == "brandt")
        #expect(CountryNames.englishKey("chile", language: "es") == "chile")
        #expect(CountryNames.englishKey("turkei", language: "en") == "turkei")
        #expect(CountryNames.englishKey("turkei", language: nil) == "turkei")
        // A word some language uses for a country but English uses for another is not translated.
        #expect(!CountryNames.build("es").keys.isEmpty)
    }

    /// An invented German and English report of one quake share their country keys.
    @Test func reportsInTwoLanguagesShareCountryKeys() {
        func entityKeys(_ text: String, _ language: String) -> Set<String> {
            let article = Article(sourcePath: "/fixtures/quake-\(language).txt", language: language, text: text)
            return Set(ContentKeys.signals(for: article).keys.keys.filter { $0.hasPrefix("e:") })
        }
        let german = entityKeys("Ein Erdbeben hat am Montag den Süden der Türkei und den Norden Syriens erschüttert. "
                                + "Schäden in der Türkei meldete die Behörde Valmar.", "de")
        let english = entityKeys("An earthquake shook southern Turkey and northern Syria on Monday. "
                                 + "Damage in Turkey was reported by the agency Valmar.", "en")
        #expect(german.contains("e:turkey") && german.contains("e:syria"))  // "Syriens": a German genitive
        #expect(english.contains("e:turkey"))
        #expect(german.contains("e:valmar") && english.contains("e:valmar"))
    }
}
