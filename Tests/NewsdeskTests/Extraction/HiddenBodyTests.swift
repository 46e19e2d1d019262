import NewsdeskModel
import Testing
@testable import NewsdeskExtraction

/// A class word such as "paywall" on the box around the whole article must not leave the body empty.
@Suite struct HiddenBodyTests {
    let extractor = ArticleExtractor()

    /// Comments outweigh the article, so the article box is not protected from its "paywall" class.
    private func page(articleClass: String) -> String {
        let comment = "<li class=\"comment\"><p>Ce commentaire est long et raconte en détail ce que pense un lecteur du port, "
            + "des horaires des bateaux et de la météo de la semaine passée sur la côte.</p></li>"
        return """
        <html><body><main class="site-main">
        <article class="\(articleClass)"><h1>Le ferry de Port-Lumen reprend du service</h1>
        <p>Le ferry entre Port-Lumen et l'île de Brévalle reprend ses rotations lundi après trois semaines d'arrêt technique.</p>
        <p>La compagnie Marée Claire annonce quatre traversées par jour jusqu'à la fin du mois de mars.</p>
        </article>
        <ol class="comment-list">\(String(repeating: comment, count: 5))</ol>
        </main></body></html>
        """
    }

    @Test(arguments: ["story paywall-on", "entry steady-paywall-container"])
    func articleUnderAPaywallClassIsRead(articleClass: String) {
        let html = page(articleClass: articleClass)
        let a = extractor.extract(RawDocument(sourcePath: "ferry.html", format: .html, content: html))
        #expect(a.text.contains("reprend ses rotations lundi"))
        #expect(a.text.contains("quatre traversées par jour"))
    }

    @Test func unhiddenArticleStillLeavesCommentsOut() {
        let html = page(articleClass: "story")
        let a = extractor.extract(RawDocument(sourcePath: "ferry.html", format: .html, content: html))
        #expect(a.text.contains("reprend ses rotations lundi"))
        #expect(!a.text.contains("Ce commentaire est long"))
    }

    /// A brief is short but not empty: it is not read again, so the newsletter box stays out.
    @Test func shortBriefKeepsItsFirstReading() {
        let html = """
        <html><body><nav class="menu"><ul><li><a href="/a">Polityka</a></li><li><a href="/b">Sport</a></li></ul></nav>
        <article><h1>Most w Zielonej Przystani zamknięty</h1>
        <p>Most nad rzeką Lśnią będzie zamknięty w sobotę od 6 do 14.</p>
        <p>Objazd poprowadzi ulicą Kwiatową, jak podał zarząd dróg w Zielonej Przystani.</p></article>
        <div class="newsletter"><p>Zapisz się do naszego newslettera i czytaj wiadomości z regionu.</p></div>
        </body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "most.html", format: .html, content: html))
        #expect(a.text.contains("Most nad rzeką Lśnią"))
        #expect(!a.text.contains("Zapisz się"))
    }
}
