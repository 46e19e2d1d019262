import Foundation
import Testing
@testable import NewsdeskAnalysis
import NewsdeskModel

@Suite struct CountryNamesTests {
    @Test func countryNamesKeyAsInEnglish() {
        #expect(CountryNames.englishKey(key: "turkei", language: "de") == "turkey")
        #expect(CountryNames.englishKey(key: "turquia", language: "es") == "turkey")
        #expect(CountryNames.englishKey(key: "allemagne", language: "fr") == "germany")
        #expect(CountryNames.englishKey(key: "syrien", language: "de") == "syria")
        // China, which the locale data calls "China mainland" in every language.
        #expect(CountryNames.englishKey(key: "chine", language: "fr") == "china")
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Китай"), language: "ru") == "china")
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Китая"), language: "ru") == "china")
        // Oblique cases of names whose plain form ends in a soft sign or "o".
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Израиля"), language: "ru") == "israel")
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Německa"), language: "cs") == "germany")
        // Either Congo is "Congo" in the news; a Vietnamese given name is not China.
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Konga"), language: "pl") == "congo")
        #expect(CountryNames.englishKey(key: EntityExtractor.key("Trung"), language: "vi") == "trung")
        #expect(CountryNames.englishKey(key: "russlands", language: "de") == "russia")  // a genitive
        #expect(CountryNames.englishKey(name: "Estados Unidos", key: "unidos", language: "es") == "states")
        #expect(CountryNames.englishKey(name: "Emiratos Árabes Unidos", key: "unidos", language: "es") == "emirates")
        #expect(CountryNames.englishKey(name: "Reserva Federal de Estados Unidos", key: "unidos", language: "es") == "states")
        // Alone, "unidos" could be either: it is left as it is, not read as "Reino Unido".
        #expect(CountryNames.englishKey(key: "unidos", language: "es") == "unidos")
        // The last word of a longer country name is no country alone ("Samoa Americana").
        #expect(CountryNames.englishKey(name: "Americana", key: "americana", language: "es") == "americana")
        #expect(CountryNames.englishKey(key: "ee.uu", language: "es") == "states")
        #expect(CountryNames.englishKey(key: "turkiye", language: "en") == "turkey")
    }

    @Test func otherKeysAndEnglishNamesStayAsTheyAre() {
        #expect(CountryNames.englishKey(key: "brandt", language: "de") == "brandt")
        #expect(CountryNames.englishKey(key: "chile", language: "es") == "chile")
        #expect(CountryNames.englishKey(key: "turkei", language: "en") == "turkei")
        #expect(CountryNames.englishKey(key: "turkei", language: nil) == "turkei")
        // The table comes from ICU's locale data, which the system must provide.
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
        // Keys are in the form `NameMatchKey` gives them: "turkey" as "turk".
        let (turkey, syria, valmar) = ("e:" + NameMatchKey.key("turkey", language: "en"), "e:" + NameMatchKey.key("syria", language: "en"),
                                       "e:" + NameMatchKey.key("valmar", language: "en"))
        #expect(german.contains(turkey) && german.contains(syria))  // "Syriens": a German genitive
        #expect(english.contains(turkey) && english.contains(syria))
        #expect(german.contains(valmar) && english.contains(valmar))
    }

    /// "Turkish President …" names Turkey as "Turkey's president" does; a free-standing adjective does not.
    @Test func anAdjectiveOpeningANameNamesItsCountry() {
        func entityKeys(_ text: String) -> Set<String> {
            Set(ContentKeys.signals(for: Article(sourcePath: "/fixtures/visit.txt", language: "en", text: text)).keys.keys
                .filter { $0.hasPrefix("e:") })
        }
        let turkey = "e:" + NameMatchKey.key("turkey", language: "en")
        let titled = entityKeys("Turkish President Deniz Korhal opened the Valmar bridge on Monday.")
        #expect(titled.contains(turkey))
        #expect(titled.contains("e:" + NameMatchKey.key("korhal", language: "en")))
        #expect(!entityKeys("Officials said Turkish engineers inspected the Valmar bridge on Monday.").contains(turkey))
        #expect(CountryNames.country(ofDemonym: "American") == "states")
        #expect(CountryNames.country(ofDemonym: "Chinese") == "china")
        #expect(CountryNames.country(ofDemonym: "Valdorian") == nil)
        // Places and events of their own, and other languages' texts, name no country so.
        let india = "e:" + NameMatchKey.key("india", language: "en")
        #expect(!entityKeys("Storms over the Indian Ocean delayed the Valmar ferry on Monday.").contains(india))
        #expect(!entityKeys("Officials in British Columbia closed the Valmar bridge on Monday.")
            .contains("e:" + NameMatchKey.key("kingdom", language: "en")))
        #expect(!entityKeys("Tourists on the British Virgin Islands waited for the Valmar ferry on Monday.")
            .contains("e:" + NameMatchKey.key("kingdom", language: "en")))
        // In another language's text an English adjective is not read ("Turkish" in a German report).
        let german = Set(ContentKeys.signals(for: Article(sourcePath: "/fixtures/besuch.txt", language: "de",
                                                          text: "Turkish President Deniz Korhal eröffnete am Montag die Brücke.")).keys.keys)
        #expect(!german.contains(turkey))
        // "Saudi Arabia" is the country's own name: its key counts its mentions once.
        let saudi = ContentKeys.signals(for: Article(sourcePath: "/fixtures/visit.txt", language: "en",
                                                     text: "Saudi Arabia opened the Valmar bridge on Monday.")).keys
        let arabia = "e:" + NameMatchKey.key("arabia", language: "en")
        #expect(saudi[arabia] == Float(log(2.0)))
        // Every demonym keys a country by a word that names it, not by a generic one ("republic", "territories").
        for demonym in Demonyms.regions.keys {
            let key = CountryNames.country(ofDemonym: demonym)
            #expect(key != nil && !["republic", "territories", "islands", "herzegovina"].contains(key!), "\(demonym) → \(key ?? "nil")")
        }
    }
}
