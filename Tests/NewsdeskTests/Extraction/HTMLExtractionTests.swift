import Foundation
import NewsdeskModel
import Testing
@testable import NewsdeskExtraction

/// Loads a fixture from Fixtures/extraction as text.
func extractionFixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/extraction/\(name)", withExtension: nil))
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct HTMLExtractionTests {
    let extractor = ArticleExtractor()

    func article(_ name: String, url: String? = nil) throws -> Article {
        extractor.extract(RawDocument(sourcePath: name, format: .html, content: try extractionFixture(name), url: url))
    }

    @Test func keepsBodyParagraphsAndSubheadingsInOrder() throws {
        let a = try article("harbour-news.html")
        let paragraphs = a.paragraphs.map(String.init)
        #expect(paragraphs.first?.hasPrefix("Keepers at the four remaining") == true)
        #expect(paragraphs.contains("Safety fears"))
        #expect(paragraphs.last?.hasPrefix("The trust said automation") == true)
        #expect(paragraphs.count == 5)
    }

    @Test func dropsNavigationAdsCaptionsRelatedCommentsAndFooter() throws {
        let text = try article("harbour-news.html").text
        for furniture in ["Accept all", "Sport", "Share on Facebook", "Photo: Tamsin Rowe", "Advertisement",
                          "Ferry timetable", "Good on them", "All rights reserved", "Lighthouse keepers vote to strike"] {
            #expect(!text.contains(furniture), "\(furniture) leaked into the body")
        }
    }

    @Test func readsMetadataFromMetaTags() throws {
        let a = try article("harbour-news.html")
        #expect(a.title == "Lighthouse keepers vote to strike")
        #expect(a.byline == "Orla Penhallow")
        #expect(a.published == SimpleDate(year: 2024, month: 9, day: 3))
        #expect(a.publishedEvidence?.source == "meta")
        #expect(a.url == "https://www.fenwick-gazette.example/news/2024/09/03/lighthouse-strike")
        #expect(a.outlet == "fenwick-gazette.example")
        #expect(a.language == "en")
    }

    @Test func readsJSONLDAndDropsTeaserLinesInGerman() throws {
        let a = try article("schiff.html")
        #expect(a.title == "Neuer Hafenkran in Betrieb")
        #expect(a.byline == "Jette Brandhorst")
        #expect(a.published == SimpleDate(year: 2023, month: 11, day: 8))
        #expect(a.publishedEvidence?.source == "json-ld")
        #expect(a.language == "de")
        #expect(a.paragraphs.count == 3)
        #expect(!a.text.contains("Lesen Sie auch"))
        #expect(!a.text.contains("Meistgelesen"))
    }

    @Test func urlDateWhenThePageHasNoOther() {
        let html = "<html><body><article><p>" + String(repeating: "A quiet sentence about the weather in the valley. ", count: 6) + "</p></article></body></html>"
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html,
                                              url: "https://news.example/2022/02/16/valley-weather"))
        #expect(a.published == SimpleDate(year: 2022, month: 2, day: 16))
        #expect(a.publishedEvidence?.source == "url")
    }

    @Test func noDatePublishedAfterTheFetch() {
        let html = "<html><head><meta property=\"article:published_time\" content=\"2031-01-01\"></head><body><p>"
            + String(repeating: "Words about a harbour and its ships. ", count: 6) + "</p></body></html>"
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html, fetched: "2024-05-01T10:00:00Z"))
        #expect(a.published == nil)
    }

    @Test func survivesMalformedAndEmptyMarkup() {
        for html in ["", "<", "<p", "<div><div><div>", "</p></div>text", "<html><body><p>unclosed <b>bold <i>italic",
                     String(repeating: "<div>", count: 5_000) + "deep text"] {
            let a = extractor.extract(RawDocument(sourcePath: "bad.html", format: .html, content: html))
            #expect(a.text.count <= html.count)
        }
    }

    @Test func dropsTeaserGridsWhoseBlurbsReadLikeProse() {
        let card = { (n: Int) in
            "<div class=\"card\"><h3><a href=\"/s\(n)\">Other story \(n)</a></h3><p>A blurb for another story that runs long enough to look like a real paragraph of prose, number \(n).</p></div>"
        }
        let html = """
        <html><head><title>Ferry fares frozen | Coast Daily</title></head><body>
        <article><h1>Ferry fares frozen</h1>
        <p>The island council froze ferry fares for a second year on Thursday, after a petition signed by four thousand residents.</p>
        <p>Fares had been due to rise by six per cent in April, the council's transport committee said in a short statement.</p>
        </article>
        <section><h2>More stories</h2>\((1...4).map(card).joined())</section>
        </body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.paragraphs.count == 2)
        #expect(!a.text.contains("blurb"))
    }

    @Test func unclosedButtonDoesNotSwallowThePage() {
        let html = """
        <html><body><button class="menu-toggle">Menu<main><article>
        <p>The lock keeper at Hallow Weir retired on Friday after forty-one years, handing the keys to her nephew.</p>
        <p>She said the river had changed less in four decades than the boats that pass through the lock each summer.</p>
        </article></main></body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.paragraphs.count == 2)
        #expect(!a.text.contains("Menu"))
    }

    @Test func siteLogoInH1IsNotTheHeadline() {
        let html = """
        <html><head><title>Winter at the lighthouse | Keeper's Log</title></head><body>
        <header><h1><a href="/">Keeper's Log</a></h1></header>
        <div class="entry"><h2>Winter at the lighthouse</h2>
        <p>The storms came early this year and the lamp needed a new bearing before the first week of November was out.</p>
        <p>Von Ada Lindqvist</p></div></body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.title == "Winter at the lighthouse")
    }

    @Test func organisationAuthorGivesWayToThePrintedByline() {
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier reopens",
        "author":{"@type":"Organization","name":"Harbour Times"},"publisher":{"@type":"Organization","name":"Harbour Times"}}</script></head>
        <body><article><h1>Pier reopens</h1><p>By Tomas Vahl</p>
        <p>The old pier reopened to walkers on Saturday after eighteen months of repairs to its iron legs and deck.</p></article></body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.byline == "Tomas Vahl")
        #expect(!a.text.contains("By Tomas Vahl"))
    }

    @Test(arguments: [("View all posts by Jane Roe", "Jane Roe"), ("AuthorJane Roe", "Jane Roe"), ("Perry Vance Jr.", "Perry Vance Jr."),
                      ("delta201", "delta201"), ("Von: Max Muster, 12. März 2020", "Max Muster"), ("Name *", ""), ("Par", "")])
    func cleansBylines(raw: String, expected: String) {
        #expect(BylineNames.clean(raw) == expected)
    }

    @Test func jsonLDAuthorByReferenceAndBlogNamedAfterItsAuthor() {
        let html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"BlogPosting","headline":"Fog over the Narrows","author":{"@id":"https://tidewatcher.example/#me"}},
        {"@type":"Person","@id":"https://tidewatcher.example/#me","name":"tidewatcher"}]}</script></head>
        <body><article><h1>Fog over the Narrows</h1><p>The fog came in at noon and stayed until the evening ferry had long gone, thick enough to hide the lighthouse.</p></article></body></html>
        """
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html, url: "https://tidewatcher.example/2024/fog"))
        #expect(a.byline == "tidewatcher")
    }

    @Test func multiWordBylineLeadIns() {
        let html = """
        <html><body><article><h1>New quay lights</h1><p>Redaktion: Jonas Feld</p>
        <p>The harbour board switched on the new quay lights on Monday evening, after two months of trials along the east mole.</p></article></body></html>
        """
        #expect(extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html)).byline == "Jonas Feld")
    }

    @Test func subheadingsWithAnchorLinksAreNotTeaserCards() {
        let section = { (n: Int) in
            "<h2 id=\"part-\(n)\">Part \(n) of the survey<a href=\"#part-\(n)\">#</a></h2><p>Section \(n) of the harbour survey describes the moorings, the depth of the channel and the state of the old sea wall near the lighthouse.</p>"
        }
        let html = "<html><body><article><h1>Harbour survey</h1>\((1...4).map(section).joined())</article></body></html>"
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.paragraphs.filter { $0.hasPrefix("Part ") }.count == 4)
        #expect(a.paragraphs.count == 8)
    }
}
