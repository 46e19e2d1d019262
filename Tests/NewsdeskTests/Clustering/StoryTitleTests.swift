import Testing
@testable import NewsdeskClustering
import NewsdeskModel

/// An event is titled in the language most of its reports are in, by its first original report
/// in that language; copies title it only when nothing else can. Invented reports.
@Suite struct StoryTitleTests {
    func report(_ id: Int64, _ title: String?, _ language: String?, copyOf: Int64? = nil) -> StoryTimeline.Member {
        StoryTimeline.Member(id: id, name: "report-\(id).txt", title: title, lead: "Lead of report \(id).", outlet: nil, url: nil,
                             published: nil, event: 1, story: 1, eventDate: nil, duplicateOf: copyOf, language: language)
    }

    @Test func theMainLanguageTitlesTheEvent() {
        let reports = [report(1, "Collision dans le port de Merrow", "fr"), report(2, "Ferry hits dock in Merrow", "en"),
                       report(3, "Merrow ferry crash: 12 hurt", "en"), report(4, "Fähre rammt Kai in Merrow", "de")]
        #expect(StoryTimeline.title(of: reports) == "Ferry hits dock in Merrow")
        #expect(StoryTimeline(reports).stories[0].title == "Ferry hits dock in Merrow")
    }

    @Test func onATieTheFirstReportsLanguageWins() {
        let reports = [report(1, "Collision dans le port de Merrow", "fr"), report(2, "Ferry hits dock in Merrow", "en")]
        #expect(StoryTimeline.title(of: reports) == "Collision dans le port de Merrow")
    }

    @Test func aCopyTitlesOnlyWhenNoOriginalHasATitle() {
        let reports = [report(1, "Ferry hits dock in Merrow (wire copy)", "en", copyOf: 3), report(2, nil, "en"),
                       report(3, "Kollision im Hafen von Merrow", "de")]
        // English is the main language, but its only title is a copy's: an original's title comes first.
        #expect(StoryTimeline.title(of: reports) == "Kollision im Hafen von Merrow")
        #expect(StoryTimeline.title(of: [report(1, "Wire copy", "en", copyOf: 9), report(2, nil, "en")]) == "Wire copy")
        #expect(StoryTimeline.title(of: [report(2, nil, nil)]) == "Lead of report 2.")
    }
}
