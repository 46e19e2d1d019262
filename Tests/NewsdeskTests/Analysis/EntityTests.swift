import Testing
@testable import NewsdeskAnalysis

@Suite struct EntityTests {
    @Test func linksSurnamesToFullNamesAndKeepsAcronyms() {
        let text = """
        Harbour Master Ilse Brandt said on Tuesday that the Caddon Star had left Port Merrow late. \
        Brandt added that the Valdorian Maritime Safety Board (VMSB) would investigate. The VMSB declined to comment.
        """
        let entities = EntityExtractor.entities(in: text)
        let byKey = Dictionary(uniqueKeysWithValues: entities.map { ($0.key, $0) })
        #expect(byKey["brandt"]?.name == "Harbour Master Ilse Brandt")
        #expect(byKey["brandt"]?.mentions == 2)
        #expect(byKey["vmsb"]?.mentions == 2)
        #expect(byKey["merrow"]?.name == "Port Merrow")
        #expect(byKey["tuesday"] == nil)
        #expect(byKey["the"] == nil)
    }

    @Test func keysMatchAcrossLanguagesAndSpellings() {
        let spanish = EntityExtractor.entities(in: "El presidente Recep Tayyip Erdoğan declaró el martes el estado de emergencia.")
        let english = EntityExtractor.entities(in: "President Erdogan declared a state of emergency on Tuesday.")
        #expect(spanish.contains { $0.key == "erdogan" })
        #expect(english.contains { $0.key == "erdogan" })
    }

    /// Demonstratives open sentences capitalised in every language; they are no names.
    @Test func sentenceOpeningDemonstrativesAreNotNames() {
        let keys = Set(EntityExtractor.entities(in: "Esto supone un alza de 75 puntos, dijo Mira Castellane. "
            + "Dies bestätigte auch Ilse Brandt. Ceci reste à confirmer.").map(\.key))
        #expect(keys == ["castellane", "brandt"])
    }

    /// Russian declines its function words, so an opener rarely meets its lowercase form in the text:
    /// the common ones are listed.
    @Test func russianSentenceOpenersAreNotNames() {
        let text = "Почему паром вышел в туман, пока неясно. Оба судна получили пробоины. "
            + "Сегодня капитан порта Ильзе Брандт встретится со следователями."
        let keys = Set(EntityExtractor.entities(in: text, language: "ru").map(\.key))
        #expect(keys == ["брандт"])
    }

    /// German capitalises every noun: after an indefinite article, a determiner, a contraction or a
    /// figure, or with a noun-forming ending, a capitalised word is a noun. Not after the definite
    /// article, which organisations, some countries and relative clauses take; never a country.
    @Test func germanNounsAreNotNamesButCountriesOrganisationsAndPeopleAre() {
        let text = "Zahlreiche Menschen verloren bei einem Beben im Süden von Valdorien ihre Wohnung. Mehr als 300 Häuser "
            + "stürzten nach Angaben der Regierung ein, sagte Ministerin Ilse Brandt am Dienstag in Port Avel. "
            + "Auch die Türkei schickte Helfer, die Sicherheit der Helfer habe Vorrang, so die EU. Die Nato beriet "
            + "im Iran und in der Ukraine über eine Rede, die Castellane hielt."
        let keys = Set(EntityExtractor.entities(in: text, language: "de").map(\.key))
        for noun in ["menschen", "beben", "suden", "wohnung", "hauser", "regierung", "sicherheit", "mehr", "rede"] {
            #expect(!keys.contains(noun), "\(noun)")
        }
        for name in ["brandt", "avel", "turkei", "eu", "valdorien", "nato", "iran", "ukraine", "castellane"] {
            #expect(keys.contains(name), "\(name)")
        }
        // The same words in a text of unknown language keep the language-neutral rules.
        #expect(Set(EntityExtractor.entities(in: text).map(\.key)).contains("regierung"))
    }

    /// A German word the text shows as a noun once ("einen Teig") is a noun wherever it is the key
    /// word of a run in that text ("Den Teig kneten", "Dann Teig und Butter"); a name it opens keeps it.
    @Test func aGermanNounOnceMarkedIsANounThroughoutTheText() {
        let text = "Den Teig eine Stunde ruhen lassen. Dann Teig und Butter verkneten, sagt Bäckerin Mira Kessel. "
            + "Für einen Teig wie diesen braucht sie nur Mehl. Die Firma Teig Valdorien liefert."
        let entities = EntityExtractor.entities(in: text, language: "de")
        #expect(!entities.contains { $0.key == "teig" }, "\(entities.map(\.name))")
        #expect(entities.contains { $0.name.hasSuffix("Teig Valdorien") } && entities.contains { $0.name.hasSuffix("Mira Kessel") })
        // Without the marked use, the lone word stays a name: the rule reads the text, not a word list.
        let unmarked = text.replacingOccurrences(of: "Für einen Teig wie diesen", with: "Dafür")
        #expect(EntityExtractor.entities(in: unmarked, language: "de").contains { $0.key == "teig" })
        // A contraction stands before names too: it marks only the word it precedes.
        let parliament = "Der Bundestag stimmte am Freitag zu. Ilse Brandt sprach im Bundestag lange. Der Valdorische Bundestag tagt."
        #expect(EntityExtractor.entities(in: parliament, language: "de").contains { $0.key == "bundestag" })
    }

    /// French and Italian write an elided article onto the name ("l'Argentine", "dell'Ucraina"): the
    /// name starts after the apostrophe. A capital "D'" opens surnames and stays.
    @Test func elidedArticlesComeOffNames() {
        let french = "La Valdorie a battu l'Argentine mardi à Port Avel, grâce à l'attaquant d'Ostrava. L'Arabie a perdu."
        let keys = Set(EntityExtractor.entities(in: french, language: "fr").map(\.key))
        #expect(keys.isSuperset(of: ["argentine", "ostrava", "arabie", "valdorie"]))
        #expect(!keys.contains { $0.hasPrefix("l'") || $0.hasPrefix("l’") || $0.hasPrefix("d'") })
        let italian = "Il ministro dell’Ucraina ha incontrato Massimo D'Alema nell'Unione."  // the elision ends the name before it
        let names = EntityExtractor.entities(in: italian, language: "it").map(\.name)
        // A capital single letter opens names; a capital "L'" inside a sentence belongs to one.
        let capitals = "Le Tchad a reçu Youssou N'Dour à N'Djamena, où les parfums de L'Orélie se vendent. L'Argentine a gagné."
        let capitalNames = EntityExtractor.entities(in: capitals, language: "fr").map(\.name)
        #expect(capitalNames.contains("Youssou N'Dour") && capitalNames.contains("N'Djamena") && capitalNames.contains("L'Orélie"), "\(capitalNames)")
        #expect(capitalNames.contains("Argentine"), "\(capitalNames)")
        #expect(names.contains("Ucraina") && names.contains("Massimo D'Alema") && names.contains("Unione"), "\(names)")
        // An elided article before a common noun opens a sentence, not a name.
        let nouns = "L’astronave è rientrata a Port Avel. L'esecutivo di Valdoria ha approvato."
        #expect(Set(EntityExtractor.entities(in: nouns, language: "it").map(\.key)) == ["avel", "valdoria"])
    }

    /// A German capital after a determiner and declined adjectives heads a noun phrase: "einen dritten
    /// Testflug" and "die südosttürkische Provinz" are nouns, the name after them is not; a quoted
    /// name and a country stay names, and a place after "das zerstörte" stays one where it stands alone.
    @Test func germanNounsAfterDeclinedAdjectivesAreNotNames() {
        let text = "Die Firma Lumera plant einen dritten Testflug. Ein Beben traf die südosttürkische Provinz Valdoria. "
            + "Das unbemannte »Orla« flog über das zerstörte Kessveld. In Kessveld gab es keinen Strom. "
            + "Die neue Türkei sei vor zwei Wochen stark gewesen, sagte Ilse Brandt."
        let keys = Set(EntityExtractor.entities(in: text, language: "de").map(\.key))
        #expect(keys == ["lumera", "valdoria", "orla", "kessveld", "turkei", "brandt"], "\(keys)")
    }

    /// Adverbs and conjunctions that open sentences in Romance languages and German are not names,
    /// even when the text never writes them in lowercase.
    @Test func romanceAndGermanSentenceOpenersAreNotNames() {
        let text = "Quindi la nave di Mira Castellane è rientrata. Já o porto de Kessveld fechou. "
            + "Darunter war auch die Fähre von Ilse Brandt. Ensuite, le port a rouvert."
        #expect(Set(EntityExtractor.entities(in: text).map(\.key)) == ["castellane", "kessveld", "brandt"])
    }

    @Test func connectorsJoinNamesButDoNotTrail() {
        let entities = EntityExtractor.entities(in: "A loan from the Bank of Valdoria was approved by Mira von Castell yesterday.")
        let names = Set(entities.map(\.name))
        #expect(names.contains("Bank of Valdoria"))
        #expect(names.contains("Mira von Castell"))
    }

    @Test func titlesWithFullStopsDoNotEndSentences() {
        let sentences = EntityExtractor.sentences("Gov. Ada Lind spoke. Then she left.")
        #expect(sentences.count == 2)
    }

    @Test func punctuationSeparatesNamesInAList() {
        let keys = Set(EntityExtractor.entities(in: "Ministers from Kessveld, Port Merrow and Carrow met in the town hall.").map(\.key))
        #expect(keys.isSuperset(of: ["kessveld", "merrow", "carrow"]))
    }

    /// A headline line before a body that opens with a dotted acronym: the line break ends the
    /// headline's last word, so "V.R." is not cut into two one-letter names.
    @Test func aDottedAcronymAfterALineBreakStaysWhole() {
        let text = "Harbour fees rise again\nV.R. Harbour Board chair Ilse Brandt spoke in Port Merrow, D.C., on Monday."
        let keys = Set(EntityExtractor.entities(in: text).map(\.key))
        #expect(!keys.contains("v"))
        #expect(!keys.contains("r"))
        #expect(keys.contains("brandt"))
        #expect(EntityExtractor.sentences(text).count == 2)
    }

    /// "D.C." and "DC" are one name: an acronym keys without its full stops.
    @Test func dottedAndUndottedAcronymsShareAKey() {
        #expect(EntityExtractor.key("Washington D.C") == "dc")
        #expect(EntityExtractor.key("DC") == "dc")
        #expect(EntityExtractor.key("St.Kilda") == "st.kilda")
    }

    /// A full stop after a figure, a bracket, an acronym or a short lowercase word ends a sentence; after
    /// an initial, a title, a month, a dotted form or inside a figure it does not.
    @Test func sentencesEndAfterShortWordsThatAreNotAbbreviations() {
        let text = "O tribunal decidiu na segunda-feira (9). Em agosto, outro juiz decidiu em segredo. Recorreu ao Tribunal da UE. "
            + "\"Fizemos tudo\", disse. Am 6. und 7. Februar kam der Zug. Gov. Ilse Brandt spoke on Feb. 6 to the U.S. Navy about €2.4 billion. She did it. Then she left."
        #expect(EntityExtractor.sentences(text).map { $0.trimmingCharacters(in: .whitespaces) } == [
            "O tribunal decidiu na segunda-feira (9).", "Em agosto, outro juiz decidiu em segredo.", "Recorreu ao Tribunal da UE.",
            "\"Fizemos tudo\", disse.", "Am 6. und 7. Februar kam der Zug.", "Gov. Ilse Brandt spoke on Feb. 6 to the U.S. Navy about €2.4 billion.", "She did it.",
            "Then she left.",
        ])
        let names = Set(EntityExtractor.entities(in: text, language: "pt").map(\.name))
        #expect(names.contains("Tribunal da UE"))
        #expect(!names.contains("Em") && !names.contains { $0.contains("UE Fizemos") })
    }

    func keys(_ text: String, _ language: String?) -> Set<String> { Set(EntityExtractor.entities(in: text, language: language).map(\.key)) }

    /// A sentence opener that may be a pronoun, before a verb that ends as an adjective does, marks a word
    /// only where it stands; so does a definite article through adjectives. An indefinite article or a
    /// number marks it throughout.
    @Test func germanAdjectivePhrasesLeaveNamesAlone() {
        #expect(keys("Das sagte Merz am Montag in Berlin. Merz reiste dann ab.", "de").contains("merz"))
        #expect(keys("Dem stimmte Scholz nicht zu. Scholz schwieg.", "de").contains("scholz"))
        #expect(keys("Viele sehen Merz als Favoriten. Am Abend sprach Merz in Berlin.", "de").contains("merz"))
        #expect(keys("Keiner wollte Merz widersprechen. Merz sprach lange.", "de").contains("merz"))
        #expect(keys("Von 2005 bis 2021 regierte Merkel das Land.", "de").contains("merkel"))
        #expect(keys("Im Jahr 2021 wurde Scholz gewählt.", "de").contains("scholz"))
        // A place or group after an adjective is lost where it stands, not where the text names it again.
        #expect(keys("Im sächsischen Bautzen ist ein Wohnhaus abgebrannt. Die Feuerwehr von Bautzen kam.", "de").contains("bautzen"))
        #expect(keys("Viele fürchten die islamistische Hamas. Die Hamas schweigt.", "de").contains("hamas"))
        // Still nouns: after an article or a number through up to three adjectives.
        #expect(!keys("Die Firma plant einen neuen großen teuren Testflug.", "de").contains("testflug"))
        #expect(!keys("Die Firma plant zwei neue Testflüge.", "de").contains("testflüge"))
        #expect(!keys("Nach dem vergangenen Winter stieg der Preis.", "de").contains("winter"))
        // Only where it stands: the same word elsewhere may be a name.
        #expect(keys("Sie sprach mit dem jungen Winter. Später kam Winter nach Carrow.", "de").contains("winter"))
        #expect(!keys("Sie sprach mit einem jungen Winter. Später kam Winter nach Carrow.", "de").contains("winter"))
    }

    /// Short sentence openers of other languages are not names at a sentence's start only.
    @Test func shortOpenersAreNamesInsideASentence() {
        #expect(keys("El expresidente catalán Artur Mas declaró ante el juez.", "es").contains("mas"))
        #expect(keys("La tenista china Li Na ganó en Carrow.", "es").contains("na"))
        #expect(!keys("Mas o juiz decidiu outra coisa.", "pt").contains("mas"))
    }

    /// Titles end no sentence ("Ing.", "Lic.", "geb."); lowercase words that read as month or weekday
    /// abbreviations do ("ago.", "so.", "mar."), and so does "May."; a German ordinal day stays with its month
    /// across a no-break space.
    @Test func abbreviationsAndSentenceEnds() {
        #expect(!keys("Lo dijo el Ing. Carlos Slim en Valdoria.", "es").contains("ing"))
        #expect(EntityExtractor.sentences("Angela Merkel, geb. Kasner, sprach.").count == 1)
        #expect(EntityExtractor.sentences("The quake struck two days ago. Rescuers searched the rubble.").count == 2)
        #expect(EntityExtractor.sentences("He declined to do so. Officials said nothing.").count == 2)
        #expect(EntityExtractor.sentences("El avión cayó al mar. Los equipos llegaron.").count == 2)
        #expect(EntityExtractor.sentences("Elections were held in May. Officials said.").count == 2)
        #expect(EntityExtractor.sentences("Gov. Ilse Brandt spoke on Feb. 6 in Carrow.").count == 1)
        #expect(EntityExtractor.sentences("Er kam am 6.\u{00A0}Februar nach Carrow.").count == 1)
        // A sentence that ends inside a word ("a!b.") before a full stop.
        #expect(EntityExtractor.sentences("Wow a!b. Next one.").count == 3)
        // A lowercase month abbreviation after a day goes on: "6 de feb.", "12 ago. 2023".
        #expect(EntityExtractor.sentences("El 6 de feb. un sismo sacudió Carrow.").count == 1)
        #expect(EntityExtractor.sentences("El sismo del 12 ago. sacudió Carrow. Luego vino otro.").count == 2)
    }

    /// Random texts of the pieces sentence and name spotting read around (full stops inside and after
    /// short words, "!" inside words, days and months, elisions, German markers, no-break spaces):
    /// every one is read to the end without a trap, and its sentences put together are the text.
    @Test func randomTextsOfTrickyPiecesAreReadWithoutATrap() {
        let pieces = ["a", "b.", "!", "?", ".", " ", " ", "\u{00A0}", "\n", "6", "12", "2021", "de", "feb.", "Feb.", "ago.",
                      "May", "may", "am", "6.", "Februar", "Das", "sagte", "Merz", "einen", "neuen", "l'", "L'Oréal", "dell'",
                      "U.S.", "Gov.", "«", "»", "\"", "(9).", "Ing.", "x!y.", "Mas", "Na", "é", "\u{301}", "港口", "Ковид-19"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {  // SplitMix64: the same texts on every run
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(next() % 24) { text += pieces[next() % pieces.count] + (next() % 3 == 0 ? "" : " ") }
            // The sentences are the text, cut (between scalars: a mark after a full stop may start the next).
            #expect(EntityExtractor.sentences(text).flatMap { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
            for language in ["de", "es", "en"] { _ = EntityExtractor.entities(in: text, language: language) }
        }
    }
}
