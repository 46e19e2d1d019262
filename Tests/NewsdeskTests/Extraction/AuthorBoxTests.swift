import NewsdeskModel
import Testing
@testable import NewsdeskExtraction

/// The box about the author below a post is furniture, even when its class also says "content".
@Suite struct AuthorBoxTests {
    let extractor = ArticleExtractor()

    @Test(arguments: ["author-bio", "bmg-content-box bmg-author-box", "about-the-author", "autorenbox"])
    func authorBoxIsDropped(classes: String) {
        let html = """
        <html><body><article><h1>Tide tables</h1>
        <p>The tide tables for the coming winter were printed on Monday and list two unusually low tides in February.</p>
        <p>Fishers are asked to check the new tables before setting out, since the harbour bar shifted in the autumn gales.</p>
        <div class="\(classes)"><p>Hallo, ich bin Wenke und schreibe hier seit vielen Jahren über Boote, Gezeiten und den Hafen.</p></div>
        </article></body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.text.contains("tide tables for the coming winter"))
        #expect(!a.text.contains("Hallo, ich bin Wenke"))
    }

    @Test func postClassNamingItsAuthorIsNotABox() {
        #expect(!BoilerplateFilter.marksBoilerplate("post author-wenke entry-content"))
        #expect(BoilerplateFilter.marksBoilerplate("author-profile"))
    }
}
