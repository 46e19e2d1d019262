import Foundation
import NewsdeskExtraction
import NewsdeskModel
import Testing
@testable import NewsdeskAnalysis

@Suite struct EventDateTests {
    /// Wednesday 14 April 2021.
    let wednesday = SimpleDate(year: 2021, month: 4, day: 14)!

    @Test(arguments: [
        ("The mayor of Carrow opened the new bridge on Tuesday, officials said.", "2021-04-13", "weekday: tuesday"),
        ("La alcaldesa inauguró este martes el nuevo puente de Carrow.", "2021-04-13", "weekday: martes"),
        ("Die Bürgermeisterin hat am Montag die neue Brücke eröffnet.", "2021-04-12", "weekday: montag"),
        ("Le maire a inauguré hier le nouveau pont de Carrow.", "2021-04-13", "relative: hier"),
        ("The bridge opened today to cars and cyclists.", "2021-04-14", "relative: today"),
        ("Monday's vote in the harbour council closed the old pier.", "2021-04-12", "weekday: monday"),
        ("Yesterday’s storm flooded the quay at Carrow.", "2021-04-13", "relative: yesterday"),
        ("CARROW (Feb 7) - The bridge, closed since 11 April, reopened.", "2021-02-07", "date: 7 feb"),
        ("The vote, held on 13 April, was close.", "2021-04-13", "date: 13 april"),
        ("Councillors meet next Tuesday to approve the budget.", "2021-04-20", "weekday: tuesday"),
        ("The council last Wednesday approved the budget.", "2021-04-07", "weekday: wednesday"),
        ("On April 9, 2021, the council approved the budget.", "2021-04-09", "date: april 9 2021"),
        ("Die Brücke wurde am 12.04.2021 eröffnet.", "2021-04-12", "date: 12.04.2021"),
        ("Мэр Карроу во вторник открыл новый мост.", "2021-04-13", "weekday: вторник"),
        ("Мэр Карроу в среду открыл новый мост.", "2021-04-14", "weekday: среду"),
        ("Міська рада у п’ятницю затвердила бюджет.", "2021-04-09", "weekday: п’ятницю"),
        ("Burmistrz otworzył we wtorek nowy most.", "2021-04-13", "weekday: wtorek"),
        ("De burgemeester opende maandag de nieuwe brug.", "2021-04-12", "weekday: maandag"),
        ("Міська рада вчора затвердила бюджет.", "2021-04-13", "relative: вчора"),
        ("Rada miasta w zeszłą środę przyjęła budżet.", "2021-04-07", "weekday: środę"),
        ("Rada miasta zbierze się w przyszłą sobotę.", "2021-04-17", "weekday: sobotę"),
        ("De gemeenteraad keurde vorige woensdag de begroting goed.", "2021-04-07", "weekday: woensdag"),
        ("Совет соберётся в следующее воскресенье.", "2021-04-18", "weekday: воскресенье"),
        ("Das Beben ereignete sich am Montagfrüh nahe der Küste.", "2021-04-12", "weekday: montagfrüh"),
        ("De brand brak zondagavond uit in de haven.", "2021-04-11", "weekday: zondagavond"),
        ("Ministers will meet on Friday in Carrow to approve the budget.", "2021-04-16", "weekday: friday"),
        ("La confederación definirá este jueves las acciones a seguir.", "2021-04-15", "weekday: jueves"),
        ("Les ministres se réuniront jeudi à Carrow.", "2021-04-15", "weekday: jeudi"),
        ("Der Stadtrat wird am Mittwoch über die Brücke entscheiden.", "2021-04-14", "weekday: mittwoch"),
        ("The council said on Tuesday that it will vote again in May.", "2021-04-13", "weekday: tuesday"),
        ("Le conseil s'est réuni mercredi dernier à Carrow.", "2021-04-07", "weekday: mercredi"),
        ("La junta se reunió el viernes pasado en Carrow.", "2021-04-09", "weekday: viernes"),
        ("Le conseil se réunit vendredi prochain.", "2021-04-16", "weekday: vendredi"),
        ("Shelling on the eastern front on Monday killed two soldiers.", "2021-04-12", "weekday: monday"),
        ("The harbour board will be convened on Friday.", "2021-04-16", "weekday: friday"),
        ("The vote is expected to take place on Friday.", "2021-04-16", "weekday: friday"),
        ("The hearing is scheduled for Friday in Carrow.", "2021-04-16", "weekday: friday"),
        ("De gemeenteraad zal op vrijdag stemmen.", "2021-04-16", "weekday: vrijdag"),
        ("Il consiglio si riunirà giovedì a Carrow.", "2021-04-15", "weekday: giovedì"),
        ("La junta se reunirá el próximo viernes.", "2021-04-16", "weekday: viernes"),
        ("O conselho vai reunir-se na próxima sexta-feira.", "2021-04-16", "weekday: sexta-feira"),
        ("Shares fell more than expected on Monday in Carrow.", "2021-04-12", "weekday: monday"),
        ("Actor Will Smith apologized on Monday for the remarks.", "2021-04-12", "weekday: monday"),
        ("Der Mann soll am Montag einen Wagen gestohlen haben.", "2021-04-12", "weekday: montag"),
        ("Der Vorfall wird seit Montag untersucht.", "2021-04-12", "weekday: montag"),
        ("En Teherán el lunes se reunió el consejo.", "2021-04-12", "weekday: lunes"),
        ("Los precios subirán, dijo el lunes el ministro.", "2021-04-12", "weekday: lunes"),
        ("Repairs will take years. On Monday the council met again.", "2021-04-12", "weekday: monday"),
        ("A segunda-feira foi marcada por protestos em Carrow.", "2021-04-12", "weekday: segunda-feira"),
        ("Twee mannen werden maandag aangehouden in Carrow.", "2021-04-12", "weekday: maandag"),
        ("Erdal Korhan told reporters in Ankara Monday that talks had failed.", "2021-04-12", "weekday: monday"),
        ("Korhan s'est exprimé à Ankara lundi devant la presse.", "2021-04-12", "weekday: lundi"),
        ("La Procura lunedì ha aperto un'inchiesta a Carrow.", "2021-04-12", "weekday: lunedì"),
        ("Le conseil se réunira lundi à Carrow.", "2021-04-19", "weekday: lundi"),
        ("Le verdict sera rendu vendredi à Carrow.", "2021-04-16", "weekday: vendredi"),
        ("Parliament was expected to vote on Monday but the session was suspended.", "2021-04-12", "weekday: monday"),
        ("The vote, which had been scheduled for Monday, was postponed.", "2021-04-12", "weekday: monday"),
        ("Prices will rise; on Monday the council met again.", "2021-04-12", "weekday: monday"),
        ("Der Mann wird beschuldigt, am Sonntag einen Laden überfallen zu haben.", "2021-04-11", "weekday: sonntag"),
        ("El portavoz Beltrán el lunes negó los hechos.", "2021-04-12", "weekday: lunes"),
        ("Le président a lundi promulgué la loi sur le port.", "2021-04-12", "weekday: lundi"),
        ("The port was closed due to fog on Tuesday, the harbour master said.", "2021-04-13", "weekday: tuesday"),
    ])
    func resolvesAgainstThePublicationDay(text: String, expected: String, evidence: String) {
        let result = EventDateResolver.resolve(text: text, published: wednesday)
        #expect(result?.date.description == expected)
        #expect(result?.evidence == evidence)
    }

    /// Without a publication day, a full date recalled after the lead named its own day is background;
    /// a full date the earlier day agrees with ("Tuesday … 13 April 2021") still gives the year.
    @Test func anUndatedLeadsOwnDayOutranksARecalledFullDate() {
        let quake = EventDateResolver.clue(text: "Un séisme a frappé Valdorie ce lundi 6 février, faisant 300 morts dans la région. "
            + "C'est le plus fort depuis le séisme du 17 août 1999, qui avait fait 900 morts.", published: nil)
        #expect(quake.date == nil && quake.month == 2 && quake.day == 6 && quake.weekday == 0)
        let agreeing = EventDateResolver.clue(text: "Ministers met on Tuesday in Carrow and signed the accord. "
            + "The accord, dated 13 April 2021, ends the dispute.", published: nil)
        #expect(agreeing.date?.description == "2021-04-13")
        let dated = EventDateResolver.clue(text: "Un séisme a frappé Valdorie ce lundi 6 février 2023. Le plus fort depuis le 17 août 1999.",
                                           published: nil)
        #expect(dated.date?.description == "2023-02-06")
    }

    /// Without a publication day, a weekday keeps whether the text puts it ahead, and the store keeps it too.
    @Test func anUndatedWeekdayKeepsItsDirection() {
        let ahead = EventDateResolver.clue(text: "Ministers will meet on Friday in Carrow.", published: nil)
        #expect(ahead.weekday == 4 && ahead.ahead && ahead.partialDay?.ahead == true)
        #expect(ahead.partialDay?.description == "Friday")
        let past = EventDateResolver.clue(text: "Ministers met on Friday in Carrow.", published: nil)
        #expect(past.weekday == 4 && !past.ahead)
        #expect(EventDateResolver.clue(text: "Ministers will meet on Friday.", published: wednesday).ahead == false)  // a full day
    }

    @Test(arguments: ["Neulich, an einem Dienstagabend im März, fuhr ich zur Messe nach Carrow.",
                      "It happened on a Tuesday in March, the ferryman remembers.",
                      "Era un martes de marzo cuando cerró el puerto de Carrow.",
                      "Der Markt in Carrow öffnet jeden Dienstag um acht Uhr.",
                      "Il governo ha rinviato la decisione a lunedì."])
    func someOrEveryWeekdayIsNoDay(text: String) {
        #expect(EventDateResolver.resolve(text: text, published: wednesday)?.evidence.hasPrefix("weekday") != true)
    }

    /// A lead that first recalls an older day ("pictured on 2 March") reports the news of the week.
    @Test func aMentionWithinTheWeekBeatsAnEarlierRecalledDay() {
        #expect(EventDateResolver.resolve(text: "Pictured at the summit on 2 March. The council voted on Tuesday to close the port.",
                                          published: wednesday)?.evidence == "weekday: tuesday")
    }

    /// "Среду" is also "the environment" (accusative): a day only after "в", "во" or a word for last or next.
    @Test func anOrdinaryWordThatIsAlsoAWeekdayFormNamesNoDay() {
        let wednesday = SimpleDate(year: 2021, month: 4, day: 14)!
        #expect(EventDateResolver.resolve(text: "Завод сократил выбросы в окружающую среду на треть.", published: wednesday)?.evidence
                == "published")
        #expect(EventDateResolver.clue(text: "Завод сократил выбросы в окружающую среду на треть.", published: nil).weekday == nil)
        #expect(EventDateResolver.clue(text: "Завод закрыли в среду.", published: nil).weekday == 2)
        #expect(EventDateResolver.clue(text: "Завод закрыли в минувшую среду.", published: nil).weekday == 2)
        #expect(EventDateResolver.clue(text: "Завод закрыли в ту же среду.", published: nil).weekday == 2)
    }

    /// A weekday deep in the text names what comes next, not the news day.
    @Test func aWeekdayPastTheOpeningIsNotTheNewsDay() {
        let filler = String(repeating: "The harbour crews worked through the night to clear the berth. ", count: 9)
        let text = "Kessveld beat Port Avel 3-1 in the cup. " + filler + "They face Merrow on Saturday."
        #expect(EventDateResolver.resolve(text: text, published: wednesday)?.evidence == "published")
        #expect(EventDateResolver.clue(text: text, published: nil).weekday == nil)
    }

    @Test func partialDateLateInTheYearBelongsToThePreviousYear() {
        let january = SimpleDate(year: 2022, month: 1, day: 3)!
        #expect(EventDateResolver.resolve(text: "The storm of 28 December flooded the quay.", published: january)?.date.description == "2021-12-28")
    }

    @Test func withoutPublicationDateOnlyFullDatesCount() {
        #expect(EventDateResolver.resolve(text: "The bridge opened on Tuesday.", published: nil) == nil)
        // Without a publication date, the clue keeps what the text does say.
        #expect(EventDateResolver.clue(text: "The bridge opened on Tuesday.", published: nil) == TimeClue(weekday: 1))
        #expect(EventDateResolver.clue(text: "On Wednesday, 15 June, the bridge opened.", published: nil) == TimeClue(month: 6, day: 15, weekday: 2))
        #expect(EventDateResolver.resolve(text: "The bridge opened on 13 April 2021.", published: nil)?.date.description == "2021-04-13")
    }

    @Test func undatedClueSkipsBackgroundDays() {
        // A date that modifies a noun, or follows "since", recalls an earlier happening.
        #expect(EventDateResolver.clue(text: "A new tremor shook the coast, two weeks after the 6 February quake.", published: nil) == TimeClue())
        #expect(EventDateResolver.clue(text: "Otro sismo sacudió la costa, tras el terremoto del 6 de febrero.", published: nil) == TimeClue())
        #expect(EventDateResolver.clue(text: "Aftershocks have not stopped since 6 February. The port reopened on 20 February.", published: nil)
            == TimeClue(month: 2, day: 20))
        // Past the opening sentences a day is background too.
        let filler = String(repeating: "The harbour board met again and the ferries kept running. ", count: 12)
        #expect(EventDateResolver.clue(text: "The port reopened. " + filler + "It had closed on 6 February.", published: nil) == TimeClue())
    }

    /// A publication day shown without its year stands in when the text names no day: near the
    /// event's day as a publication day is, a day or two after it.
    @Test func aPublicationDayWithoutYearIsAnApproximateClue() {
        let shown = MonthDay(month: 3, day: 5)
        let clue = EventDateResolver.clue(text: "The bridge is open to cars again.", published: nil, publishedWithoutYear: shown)
        #expect(clue == TimeClue(month: 3, day: 5, approximate: true))
        // The text's own day comes first.
        #expect(EventDateResolver.clue(text: "The bridge opened on 3 March.", published: nil, publishedWithoutYear: shown) == TimeClue(month: 3, day: 3))
        // Two days after the event still agrees; the same gap between two event days does not.
        let event = TimeClue(month: 3, day: 3)
        #expect(clue.agreement(with: event) == 1)
        #expect(TimeClue(month: 3, day: 5).agreement(with: event) == 0.1)
        #expect(clue.agreement(with: TimeClue(month: 3, day: 10)) == 0.6)
        #expect(clue.agreement(with: TimeClue(month: 9, day: 3)) == 0.1)
        // Across the turn of the year.
        #expect(TimeClue(month: 1, day: 1, approximate: true).agreement(with: TimeClue(month: 12, day: 30)) == 1)
    }

    /// What a clue without a full date says, in words, for a timeline that cannot date an event.
    @Test func aPartialDayInWords() {
        #expect(TimeClue(weekday: 3).partialDay?.description == "Thursday")
        #expect(TimeClue(month: 12, day: 16).partialDay?.description == "16 December")
        #expect(TimeClue(month: 12, day: 16, weekday: 3).partialDay?.description == "Thursday 16 December")
        #expect(TimeClue(month: 2, day: 29, weekday: 6).partialDay?.description == "Sunday 29 February")
        #expect(TimeClue(date: SimpleDate(year: 2021, month: 12, day: 16)).partialDay == nil)
        #expect(TimeClue().partialDay == nil)
        #expect(TimeClue(month: 4, day: 31).partialDay == nil)
        // A publication day shown without a year is not a day the text names.
        #expect(TimeClue(month: 11, day: 11, approximate: true).partialDay == nil)
    }

    @Test func fallsBackToThePublicationDay() {
        let result = EventDateResolver.resolve(text: "The bridge is open to cars and cyclists again.", published: wednesday)
        #expect(result?.date == wednesday)
        #expect(result?.evidence == "published")
        #expect((result?.confidence ?? 1) < 0.5)
    }

    /// ../shared: event dates of labelled articles whose publication date Newsdesk finds.
    @Test func labelledCorpora() throws {
        var dated = 0, right = 0, undated = 0
        var wrong: [String] = []
        for folder in ["seeds", "dev"] {
            guard let rows = SharedCorpus.table(folder, skipping: "EventDateTests") else { return }
            for row in rows {
                let (file, eventDate) = (row["file"]!, row["event_date"]!)
                let article = try SharedCorpus.article(folder, file)
                guard let resolved = EventDateResolver.resolve(text: article.text, published: article.published) else { undated += 1; continue }
                dated += 1
                if resolved.date.description == eventDate { right += 1 } else { wrong.append("\(file): \(resolved.date) (\(resolved.evidence)), label \(eventDate)") }
            }
        }
        print("EventDateTests: event date right for \(right) of \(dated) articles given one; \(undated) without (no publication date, no full date)")
        wrong.forEach { print("  wrong: \($0)") }
        #expect(dated > 0)
        #expect(Double(right) >= 0.9 * Double(dated))
    }

    @Test func otherDaysOfAMonthAreRecalledWithTheirYearWhenWritten() {
        let english = "A new tremor shook Merrow on Monday. It came two weeks after the February 6 quake, which left "
            + "thousands homeless; the harbour had reopened on 14 Feb. 2029 after repairs."
        let clue = TimeClue(weekday: 0)
        #expect(EventDateResolver.recalledDays(text: english, clue: clue).map(\.description) == ["--02-06", "2029-02-14"])
        let spanish = "Un nuevo sismo sacudió Merrow el lunes, dos semanas después del terremoto del 6 de febrero."
        #expect(EventDateResolver.recalledDays(text: spanish, clue: clue).map(\.description) == ["--02-06"])
        let german = "Das Beben vom 6. Februar 2029 hatte die Fähre von Carrow beschädigt."
        #expect(EventDateResolver.recalledDays(text: german, clue: TimeClue()).map(\.description) == ["2029-02-06"])
    }

    @Test func englishMayAndMarchAreMonthsOnlyWhenCapitalised() {
        let text = "Rescuers said 12 may still be trapped after the 20 march organisers had planned. The fair opened on 4 May."
        #expect(EventDateResolver.recalledDays(text: text, clue: TimeClue()).map(\.description) == ["--05-04"])
    }

    @Test func theArticlesOwnDayIsNotRecalled() {
        let text = "The ferry sank on 20 February off Carrow. The 20 February sinking was the worst since the storm of 3 March."
        #expect(EventDateResolver.recalledDays(text: text, clue: TimeClue(month: 2, day: 20)).map(\.description) == ["--03-03"])
        #expect(EventDateResolver.recalledDays(text: "The ferry sank on Monday near Carrow.", clue: TimeClue(weekday: 0)).isEmpty)
    }
}
