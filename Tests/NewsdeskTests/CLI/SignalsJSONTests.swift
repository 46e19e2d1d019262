import Testing
@testable import NewsdeskCLI
import NewsdeskModel

@Suite struct SignalsJSONTests {
    /// `signals` shows what clustering reads, the lead figures included, sorted.
    @Test func signalsShowTheLeadFiguresAndTheTimeClue() {
        let article = Article(sourcePath: "x", title: "Orla rocket breaks up on its third test flight", language: "en",
                              published: SimpleDate(year: 2025, month: 3, day: 14)!,
                              text: "The 120-metre rocket lost contact after 45 minutes.")
        let object = SignalsCommand.object(article)
        #expect(object["lead_figures"] as? [String] == ["#3", "120", "45"])
        #expect((object["time_clue"] as? [String: Any])?["approximate"] as? Bool == true)
    }
}
