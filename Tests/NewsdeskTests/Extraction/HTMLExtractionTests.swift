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
}
