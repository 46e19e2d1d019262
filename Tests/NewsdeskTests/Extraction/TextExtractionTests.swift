import NewsdeskModel
import Testing
@testable import NewsdeskExtraction

@Suite struct TextExtractionTests {
    let extractor = ArticleExtractor()

    func article(_ name: String) throws -> Article {
        extractor.extract(RawDocument(sourcePath: name, format: .text, content: try extractionFixture(name)))
    }

    /// Text too short to identify gets the language its container declares; a text that settles
    /// its language keeps it whatever the container says.
    @Test func theContainersLanguageStandsWhereTheTextDoesNotSettleIt() {
        func language(_ text: String, declared: String?) -> String? {
            extractor.extract(RawDocument(sourcePath: "x.jsonl", record: 1, format: .text, content: text,
                                          hints: MetadataHints(language: declared))).language
        }
        #expect(language("Vessa Korran 4:2", declared: "nl-BE") == "nl")
        #expect(language("Vessa Korran 4:2", declared: "English") == "en")
        #expect(language("Vessa Korran 4:2", declared: "ua") == "uk")
        #expect(language("Vessa Korran 4:2", declared: "*") == nil)
        #expect(language("Vessa Korran 4:2", declared: "x-default") == nil)
        #expect(language("Vessa Korran 4:2", declared: "und") == nil)
        #expect(language("Vessa Korran 4:2", declared: "iw") == "he")
        let german = "Die Fähre zwischen Korran und der Insel fährt ab Juni wieder stündlich, teilte die Reederei am Dienstag mit. "
            + "Im Winter war der Betrieb wegen der Bauarbeiten am Anleger eingestellt worden."
        #expect(language(german, declared: "en") == "de")
    }

    @Test func findsTitleBylineAndBylineDateBelowAWidget() throws {
        let a = try article("scraped.txt")
        #expect(a.title == "Council approves new tram line to the eastern docks")
        #expect(a.byline == "Nessa Quill")
        // The widget's "Monday, March 3, 2025" is the scrape date; the byline's date is the article's.
        #expect(a.published == SimpleDate(year: 2023, month: 1, day: 14))
        #expect(a.publishedEvidence?.source == "byline")
    }

    @Test func keepsBodyStandfirstAndSubheadingDropsBoilerplate() throws {
        let a = try article("scraped.txt")
        let paragraphs = a.paragraphs.map(String.init)
        #expect(paragraphs.first == "The vote ends a decade of argument over how to connect the new housing district")
        #expect(paragraphs.contains("Costs and delays"))
        #expect(paragraphs.contains { $0.hasPrefix("Councillors voted 31 to 12") })
        for furniture in ["Advertisement", "640x360", "Please enter", "You May Also Like", "Storm warning", "Nessa Quill", "Buy now", "12.5 C"] {
            #expect(!a.text.contains(furniture), "\(furniture) leaked into the body")
        }
    }

    @Test func claimsNoDateFromAHeaderWidget() throws {
        let a = try article("widget.txt")
        #expect(a.title == "Mayor opens the rebuilt Ellery swing bridge to traffic")
        #expect(a.published == nil)
        #expect(a.paragraphs.count == 2)
    }

    @Test func leadingDateLineIsEvidence() {
        let text = " date 2021-06-30 Divers recovered a bronze bell from the wreck off Carrow Head on Tuesday, the museum said.\n\nIt will go on show in the autumn after conservation work that could take months."
        let a = extractor.extract(RawDocument(sourcePath: "bell.txt", format: .text, content: text))
        #expect(a.published == SimpleDate(year: 2021, month: 6, day: 30))
        #expect(a.publishedEvidence?.source == "date-line")
        #expect(a.text.hasPrefix("Divers recovered a bronze bell"))
    }

    /// A scraper's " date 2024-03 " prefix with only a month is no date, and no part of the headline.
    @Test func aLeadingDateLineWithOnlyAMonthIsDropped() {
        let text = " date 2024-03 Ferry strike halts crossings to Kessveld for a second day\n\nNo ferry left Port Avel on Tuesday as the crews' strike over rosters went into its second day, the operator said."
        let a = extractor.extract(RawDocument(sourcePath: "ferry.txt", format: .text, content: text))
        #expect(a.title == "Ferry strike halts crossings to Kessveld for a second day")
        #expect(a.published == nil)
        #expect(TextArticleExtractor.leadingMonthLine("date 2024-03-05 x") == nil)
        #expect(TextArticleExtractor.leadingMonthLine("date 2024-13 x") == nil)
        #expect(TextArticleExtractor.leadingMonthLine("date 2024-03") == "")
        #expect(TextArticleExtractor.leadingMonthLine("date 2024-+3 x") == nil)
    }

    @Test func aTimestampWithoutYearIsNotTheTitle() {
        for stamp in ["March 4 - 09:30", "Mon 4 March, 09:30", "4 mars – 09 h 30"] {
            let text = "\(stamp)\nFerry strike halts crossings to Kessveld for a second day\nNo ferry left Port Avel on Tuesday as the crews' strike over rosters went into its second day, the operator said."
            let a = extractor.extract(RawDocument(sourcePath: "ferry.txt", format: .text, content: text))
            #expect(a.title == "Ferry strike halts crossings to Kessveld for a second day", "\(stamp)")
        }
        #expect(TextArticleExtractor.isTimestamp("November 11 - 13:11"))
        #expect(!TextArticleExtractor.isTimestamp("March of the tractors reaches the capital on 4 May"))
        #expect(!TextArticleExtractor.isTimestamp("Storm Arwen: 3 dead"))
    }

    /// A timestamp without a year above the headline is the publication day without its year: kept
    /// apart from `published`, which is a full date. Beside a widget it is the day of the scrape.
    @Test func aTimestampWithoutYearIsThePublicationDayWithoutYear() {
        let body = "\nFerry strike halts crossings to Kessveld for a second day\nNo ferry left Port Avel on Tuesday as the crews' strike over rosters went into its second day, the operator said."
        for (stamp, month, day) in [("March 4 - 09:30", 3, 4), ("Mon 4 March, 09:30", 3, 4), ("4 mars – 09 h 30", 3, 4),
                                    ("November 11 - 13:11", 11, 11), ("13:11 November 9", 11, 9)] {
            let a = extractor.extract(RawDocument(sourcePath: "ferry.txt", format: .text, content: stamp + body))
            #expect(a.published == nil)
            #expect(a.publishedWithoutYear == MonthDay(month: month, day: day), "\(stamp)")
        }
        let widget = extractor.extract(RawDocument(sourcePath: "ferry.txt", format: .text, content: "12.5 C\nMarch 4 - 09:30\nBuy now" + body))
        #expect(widget.publishedWithoutYear == nil)
        let dated = extractor.extract(RawDocument(sourcePath: "ferry.txt", format: .text, content: " date 2024-03-05 March 4 - 09:30" + body))
        #expect(dated.published == SimpleDate(year: 2024, month: 3, day: 5) && dated.publishedWithoutYear == nil)
        #expect(MonthDay(month: 2, day: 30) == nil)
        #expect(MonthDay(month: 2, day: 29)?.description == "--02-29")
    }

    @Test func dropsTruncatedTeaserCopyOfTheTitle() {
        let text = "Local Mill owners agree to restore the old weir before...\n\nMill owners agree to restore the old weir before the spring floods\n\nThe owners of three mills on the river Tane agreed on Thursday to pay for repairs to the weir that protects the lower town from floods."
        let a = extractor.extract(RawDocument(sourcePath: "weir.txt", format: .text, content: text))
        #expect(a.title == "Mill owners agree to restore the old weir before the spring floods")
        #expect(!a.text.contains("Local Mill"))
    }
}

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2021-04-14T10:00:00+03:00", "2021-04-14"), ("14 April 2021, 10:", "2021-04-14"), ("April 14th, 2021", "2021-04-14"),
        ("14. April 2021", "2021-04-14"), ("14 avril 2021", "2021-04-14"), ("14 de abril de 2021", "2021-04-14"),
        ("14.04.2021", "2021-04-14"), ("04/14/2021", "2021-04-14"), ("Wed, 14 Apr 2021 10:00:00 GMT", "2021-04-14"),
        ("14 kwietnia 2021", "2021-04-14"), ("14 апреля 2021", "2021-04-14"),
    ])
    func parsesCommonForms(input: String, expected: String) {
        #expect(DateParser.parseField(input)?.description == expected)
    }

    @Test func refusesImpossibleAndPartialDates() {
        #expect(DateParser.parseField("31 April 2021") == nil)
        #expect(DateParser.parseField("on Tuesday, 14 April") == nil)
        #expect(DateParser.parseField("2021-13-01") == nil)
    }

    @Test func urlDates() {
        #expect(HTMLPublicationDate.urlDate("https://x.example/2019/11/19/story/")?.description == "2019-11-19")
        #expect(HTMLPublicationDate.urlDate("https://x.example/06-Feb-2023/quake")?.description == "2023-02-06")
        #expect(HTMLPublicationDate.urlDate("https://x.example/news/275221/") == nil)
    }

    @Test func weekdaysAndDayArithmetic() {
        let date = SimpleDate(year: 2021, month: 4, day: 14)!
        #expect(date.weekday == 2)  // a Wednesday
        #expect(date.adding(days: -1).description == "2021-04-13")
        #expect(SimpleDate(dayNumber: date.dayNumber) == date)
    }
}

@Suite struct BoilerplateLineTests {
    @Test(arguments: ["- Advertisement -", "Please enter your comment!", "648x415 minister at the podium",
                      "Minister at the podium – Jane Roe / POOL / AFP", "READ MORE: Storm hits coast", "Lesen Sie auch: Neue Brücke"])
    func recognisesFurniture(line: String) {
        #expect(BoilerplateLines.isBoilerplate(line))
    }

    @Test(arguments: ["The minister said the ad campaign would run until May.", "Avoid the error of 2014",
                      "Read the report, the union said, before judging the crews."])
    func keepsProseAndSubheadings(line: String) {
        #expect(!BoilerplateLines.isBoilerplate(line))
    }

    /// Labels that introduce tags, link lists or contact details, and paywall or follow prompts.
    @Test(arguments: ["Tagged:", "Kontakt:", "Mehr Themen:", "Zum Weiterlesen:", "Weitere Informationen:", "Schon gelesen?",
                      "Subscribe now to our weekend edition for the full story.", "Síguenos en Telegram y Facebook",
                      "To view the full story, please subscribe to the Harbour Gazette.", "Rezept drucken Bei Pinterest merken"])
    func recognisesSectionLabelsAndPrompts(line: String) {
        #expect(BoilerplateLines.isBoilerplate(line))
    }

    @Test(arguments: ["Kontakt zur Polizei hatte der Mann nach eigenen Angaben nie.", "Themen der Sitzung waren Schulen und Straßen.",
                      "Weitere Informationen wollte die Stadt am Montag nicht geben."])
    func keepsSentencesThatOpenLikeLabels(line: String) {
        #expect(!BoilerplateLines.isBoilerplate(line))
    }

    /// Footers: a rights notice inside a short line, a row of legal links, disclaimers and comment-login notes.
    @Test(arguments: ["DER KURIER 7/2021 Alle Rechte vorbehalten Nachdruck nur mit Genehmigung", "Impressum | Datenschutz | Kontakt",
                      "Les opinions exprimées dans ce carnet n'engagent que leurs auteurs.", "%d Bloggern gefällt das:",
                      "Sie müssen sich anmelden, um Kommentare zu schreiben.", "Mentions légales · Aviso legal"])
    func recognisesFooterLines(line: String) {
        #expect(BoilerplateLines.isBoilerplate(line))
    }

    @Test(arguments: ["Der Verlag hat sich alle Rechte an dem Roman gesichert, sagte die Lektorin am Montag in Leipzig, und plant eine Neuauflage.",
                      "Das neue Impressum der Zeitung nennt erstmals zwei Chefredakteurinnen."])
    func keepsProseAboutRightsAndImprints(line: String) {
        #expect(!BoilerplateLines.isBoilerplate(line))
    }

    /// Captions whose credit is in parentheses at the end, or names the agency right after "©".
    @Test(arguments: ["Der Hafen von Nordmünde im Abendlicht. (Foto: Ina Falk)", "La skieuse au départ. © AFP / Jean Martel"])
    func recognisesCaptionCredits(line: String) {
        #expect(BoilerplateLines.isBoilerplate(line))
    }

    @Test func keepsSentencesWithAsides() {
        #expect(!BoilerplateLines.isBoilerplate("Die Stadt will das Bad im Mai öffnen (so der Plan des Bauamts)."))
        #expect(!BoilerplateLines.isBoilerplate("Die Bilder © Ina Falk zeigen den Hafen vor dem Umbau / nach dem Umbau"))
    }
}
