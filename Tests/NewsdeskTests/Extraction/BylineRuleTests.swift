import NewsdeskModel
import Testing
@testable import NewsdeskExtraction

/// Byline rules on small invented pages: which of the declared and printed names wins.
@Suite struct BylineRuleTests {
    let extractor = ArticleExtractor()
    static let prose = "<p>The ferry to the outer islands ran again on Tuesday after a week of storms kept it in the harbour.</p>"

    func byline(head: String = "", body: String, url: String? = nil) -> String? {
        let html = "<html><head>\(head)</head><body><article><h1>Ferry runs again</h1>\(body)\(Self.prose)</article></body></html>"
        return extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html, url: url)).byline
    }

    @Test func siteNamedAsAuthorGivesWayToThePrintedName() {
        let head = #"<meta name="author" content="inselbote.example"><meta property="og:site_name" content="Inselbote">"#
        #expect(byline(head: head, body: "<p>Von Henrike Moor</p>") == "Henrike Moor")
        let company = #"<meta name="author" content="Fährblatt Verlag GmbH">"#
        #expect(byline(head: company, body: #"<div class="byline">Por Lucía Ferreira</div>"#) == "Lucía Ferreira")
    }

    @Test func handleGivesWayToTheFullNameItAbbreviates() {
        let head = #"<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"mara.voss"}}</script>"#
        #expect(byline(head: head, body: #"<p class="author">von Mara T. Voss</p>"#) == "Mara T. Voss")
        // A printed name that does not expand the handle leaves the declared one alone.
        #expect(byline(head: head, body: #"<p class="author">von Jonas Brack</p>"#) == "mara.voss")
    }

    @Test func twitterCardAuthorLabel() {
        let head = #"<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Ilse Warrink">"#
        #expect(byline(head: head, body: "") == "Ilse Warrink")
        let other = #"<meta name="twitter:label1" content="Lesezeit"><meta name="twitter:data1" content="3 Minuten">"#
        #expect(byline(head: other, body: "") == nil)
    }

    @Test func labelInItsOwnElementAndNameInTheNext() {
        #expect(byline(body: "<p><strong>Autor:</strong> <a href=\"/p/1\">Kasimir Lenz</a></p>") == "Kasimir Lenz")
        #expect(byline(body: "<div class=\"meta\">Ein Artikel von <strong>Wiebke Sand</strong> | 27.01.2022</div>") == "Wiebke Sand")
        #expect(byline(body: "<div class=\"autorenzeile\"><h4>Autorin</h4><p><a href=\"/p/2\">Nele Ostrander</a></p></div>") == "Nele Ostrander")
    }

    @Test func schemaPersonWithItsNameInAMetaTag() {
        let body = #"<p>Von <span itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Greta Holm">Greta Holm</span></p>"#
        #expect(byline(body: body) == "Greta Holm")
    }

    @Test func editorialDeskSigns() {
        #expect(byline(body: #"<span class="post-author">Redaktion</span>"#) == "Redaktion")
        // As a label it still introduces a name.
        #expect(byline(body: "<p>Redaktion: Falk Reimers</p>") == "Falk Reimers")
    }

    @Test(arguments: [("Williams Arenas @warenas", "Williams Arenas"), ("Redacci&oacute;n Central", "Redacción Central"),
                      ("Foto: Pia Lund", ""), ("© Pia Lund", "Pia Lund"), ("Datum:", ""), ("Autoren", ""), ("Quill under", "Quill"),
                      ("责任编辑：林小雨", "林小雨")])
    func cleansNames(raw: String, expected: String) {
        #expect(BylineNames.clean(raw) == expected)
    }

    @Test func organisationsAndHandles() {
        #expect(BylineNames.looksLikeOrganisation("nordkurier.example.de"))
        #expect(BylineNames.looksLikeOrganisation("verein der fährleute e.v."))
        #expect(!BylineNames.looksLikeOrganisation("j. r. lindqvist"))
        #expect(BylineNames.isHandle("pia_lund") && !BylineNames.isHandle("林小雨"))
        #expect(BylineNames.expands("pialund", to: "Pia Lund"))
        #expect(!BylineNames.expands("pia", to: "A note from pia about the islands"))
    }

    @Test func organisationSignsWhenNoPersonIsNamed() {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Küstenfunk"}}</script>"#
        #expect(byline(head: head, body: "") == "Küstenfunk")
        // A printed person still wins over it.
        #expect(byline(head: head, body: "<p>By Odile Marchetti</p>") == "Odile Marchetti")
    }

    @Test func nameAfterTheDateUnderTheHeadline() {
        #expect(byline(body: "<p class=\"meta\">11.12.2019 - Teodor Balk</p>") == "Teodor Balk")
        #expect(byline(body: "<small>04.02.2022 | 13:10 Uhr | Rieke Ammann</small>") == "Rieke Ammann")
        #expect(byline(body: "<span>06.11.2023 13:30 von Enno</span>") == "Enno")
        // A dateline place is not a name.
        #expect(byline(body: "<p>12.03.2020 - Bremerhaven</p>") == nil)
    }

    @Test func signatureBelowTheLastParagraph() {
        let paragraphs = String(repeating: "<p><span>The pier</span> <span>was</span> <em>closed</em> again for the <b>winter</b> after the inspection of its legs.</p>", count: 80)
        let html = "<html><body><article><h1>Pier closed</h1>\(paragraphs)<p><strong>Text:</strong> Arvid Solberg</p></article></body></html>"
        #expect(extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html)).byline == "Arvid Solberg")
    }

    @Test func printedFullNameBeatsTheLowercaseAccount() {
        let body = "<p class=\"submitted\">Gespeichert von <span>seebaer</span> am 7. Juli 2019</p><p>Ein Beitrag von Talea Roth</p>"
        #expect(byline(body: body) == "Talea Roth")
        #expect(byline(body: "<p class=\"submitted\">Gespeichert von <span>seebaer</span> am 7. Juli 2019</p>") == "seebaer")
    }

    @Test(arguments: [("Posted on May 3, 2021 by Ines Vale", "Ines Vale"), ("Peter Lomax/SP-N", "Peter Lomax"),
                      ("Text von Carla Brun Illustration von Max Eder", "Carla Brun")])
    func cleansDatedAndCreditedNames(raw: String, expected: String) {
        #expect(BylineNames.clean(raw) == expected)
    }
}
