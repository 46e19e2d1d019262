import Foundation
import NewsdeskModel
import Testing
import NewsdeskIngest

@Suite struct IngestFeedTests {
    @Test func rssItemsCarryHints() {
        let path = fixturePath("harbour.rss")
        let outcome = readAll(path)
        #expect(outcome.errors.isEmpty)
        let items = outcome.documents
        #expect(items.count == 2)
        guard items.count == 2 else { return }
        #expect(items.map(\.record) == [1, 2])
        #expect(items.allSatisfy { $0.sourcePath == path && $0.charset == "utf-8 (xml declaration)" })

        // content:encoded wins over description, and is HTML.
        #expect(items[0].format == .html)
        #expect(items[0].content.hasPrefix("<p>The harbour footbridge reopened"))
        #expect(items[0].content.contains("&amp; two rails"))
        #expect(items[0].url == "https://gazette.example.org/2024/05/14/footbridge-reopens")
        #expect(items[0].hints == MetadataHints(title: "Harbour footbridge reopens after winter repairs", byline: "Mara Quillon",
                                                published: "Tue, 14 May 2024 08:30:00 +0000", publishedSource: "rss pubDate",
                                                language: "en-gb"))

        // A plain description is text; the RSS <author> e-mail gives way to the name.
        #expect(items[1].format == .text)
        #expect(items[1].content == "Councillors will decide next week whether to paint cycle lanes along Quay Street.")
        #expect(items[1].hints.byline == "Tobias Fennimore")
        #expect(items[1].hints.title == "Council to vote on new cycle lanes")
    }

    @Test func atomEntriesCarryHints() {
        let outcome = readAll(fixturePath("observatory.atom"))
        #expect(outcome.errors.isEmpty)
        let entries = outcome.documents
        #expect(entries.count == 2)
        guard entries.count == 2 else { return }
        // rel=alternate is preferred to the earlier rel=self; the xhtml wrapper div is dropped.
        #expect(entries[0].url == "https://bulletin.example.net/2024/02/comet-veyra")
        #expect(entries[0].format == .html)
        #expect(entries[0].content == "<p>The comet rises in the east an hour before dawn.</p>")
        #expect(entries[0].hints == MetadataHints(title: "Comet Veyra visible this week", byline: "Ilse Marwood",
                                                  published: "2024-02-01T20:15:00Z", publishedSource: "atom published",
                                                  language: "en"))
        // No author: the feed's; no published: updated; the summary as text.
        #expect(entries[1].url == "https://bulletin.example.net/2024/02/open-night")
        #expect(entries[1].format == .text)
        #expect(entries[1].content.hasPrefix("Because of forecast cloud"))
        #expect(entries[1].hints.byline == "Observatory Newsroom")
        #expect(entries[1].hints.published == "2024-02-02T09:00:00Z")
        #expect(entries[1].hints.publishedSource == "atom updated")
    }

    @Test func rdfFeedInShiftJIS() {
        let title = "港町に新しい図書館"
        let xml = """
        <?xml version="1.0" encoding="Shift_JIS"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://minato.example.jp/"><title>港町ニュース</title></channel>
          <item rdf:about="https://minato.example.jp/news/42">
            <title>\(title)</title>
            <description>\(IngestCharsetTests.japanese)</description>
            <dc:creator>山田花子</dc:creator>
            <dc:date>2024-06-01T09:00:00+09:00</dc:date>
          </item>
        </rdf:RDF>
        """
        let folder = TemporaryFolder()
        let outcome = readAll(folder.write("minato.rdf", encoded(xml, .shiftJIS)))
        #expect(outcome.errors.isEmpty)
        let item = try! #require(outcome.documents.first)
        #expect(item.charset == "shift_jis (xml declaration)")
        #expect(item.url == "https://minato.example.jp/news/42")
        #expect(item.content == IngestCharsetTests.japanese)
        #expect(item.hints == MetadataHints(title: title, byline: "山田花子", published: "2024-06-01T09:00:00+09:00",
                                            publishedSource: "rss dc:date"))
    }

    @Test func externalEntitiesAreNeverLoaded() {
        let folder = TemporaryFolder()
        let secret = folder.write("secret.txt", "TOP-SECRET-MARKER")
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(secret)">]>
        <rss version="2.0"><channel><item><title>Entity test</title><description>before &leak; after</description></item></channel></rss>
        """
        let outcome = readAll(folder.write("entity.rss", xml))
        #expect(outcome.documents.count == 1)
        #expect(outcome.documents.allSatisfy { !$0.content.contains("TOP-SECRET-MARKER") })
    }

    @Test func itemsWithoutContentAndEmptyFeedsAreErrors() {
        let folder = TemporaryFolder()
        let headlineOnly = readAll(folder.write("h.rss", "<rss><channel><item><title>Only a headline</title></item></channel></rss>"))
        #expect(headlineOnly.errors.map(\.problem) == ["item 1 (“Only a headline”): no content or description"])
        let empty = readAll(folder.write("e.rss", "<rss><channel><title>Nothing yet</title></channel></rss>"))
        #expect(empty.errors.map(\.problem) == ["the feed has no items"])
    }

    /// An item's own language wins over its feed's, in RSS 2.0, RSS 1.0 and Atom.
    @Test func itemsCarryTheirOwnOrTheirFeedsLanguage() {
        let folder = TemporaryFolder()
        let dc = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        let rss = readAll(folder.write("l.rss", """
            <rss version="2.0" \(dc)><channel><language>nl-BE</language>
            <item><title>A</title><description>De veerboot vaart weer.</description></item>
            <item><title>B</title><dc:language>fr</dc:language><description>Le ferry repart.</description></item>
            </channel></rss>
            """)).documents
        #expect(rss.map(\.hints.language) == ["nl-BE", "fr"])
        let rdf = readAll(folder.write("l.rdf", """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" \(dc)>
            <channel rdf:about="https://x.example/"><title>X</title><dc:language>pl</dc:language></channel>
            <item rdf:about="https://x.example/1"><title>A</title><description>Prom znów pływa.</description></item>
            </rdf:RDF>
            """)).documents
        #expect(rdf.map(\.hints.language) == ["pl"])
        let atom = readAll(folder.write("l.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>X</title>
            <entry><title>A</title><content>Die Fähre fährt wieder.</content></entry>
            <entry xml:lang="uk"><title>B</title><content>Пором знову курсує.</content></entry>
            </feed>
            """)).documents
        #expect(atom.map(\.hints.language) == ["de", "uk"])
    }
}
