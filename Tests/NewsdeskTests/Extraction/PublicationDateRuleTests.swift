import NewsdeskModel
import Testing
@testable import NewsdeskExtraction

/// The publication-date rules for HTML pages, each on a small invented page.
@Suite struct PublicationDateRuleTests {
    let extractor = ArticleExtractor()
    static let body = "<p>" + String(repeating: "The ferry board met in the town hall and agreed on a new winter timetable for the island route. ", count: 4) + "</p>"

    func article(head: String = "", body: String, url: String? = nil) -> Article {
        let html = "<html><head>\(head)</head><body>\(body)</body></html>"
        return extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html, url: url))
    }

    // MARK: time zones

    @Test func printedLocalDayBeatsAUTCStampAcrossMidnight() {
        let a = article(head: #"<meta property="article:published_time" content="2023-03-09T23:40:00Z">"#,
                        body: #"<article><h1>Neue Fähre für die Insel</h1><span class="datum">10. März 2023, 00:40 Uhr</span>\#(Self.body)</article>"#)
        #expect(a.published == SimpleDate(year: 2023, month: 3, day: 10))
        #expect(a.publishedEvidence?.source == "page")
    }

    @Test func stampWithALocalOffsetIsNotMoved() {
        let a = article(head: #"<meta property="article:published_time" content="2023-03-09T14:40:00+01:00">"#,
                        body: #"<article><h1>Neue Fähre</h1><span class="datum">Fr, 10. März 2023</span>\#(Self.body)</article>"#)
        #expect(a.published == SimpleDate(year: 2023, month: 3, day: 9))
    }

    @Test func printedClockMustFitAZone() {
        // 21:30 UTC printed as "9:35 am" the next day is no time zone: a comment or widget date.
        let day = LocalDay.printedDay(SimpleDate(year: 2020, month: 8, day: 15)!, printedText: "August 15, 2020 at 9:35 am",
                                      stamp: SimpleDate(year: 2020, month: 8, day: 14)!, stampText: "2020-08-14T21:30:04+00:00")
        #expect(day == nil)
        let west = LocalDay.printedDay(SimpleDate(year: 2022, month: 5, day: 3)!, printedText: "03/05/2022 21:44",
                                       stamp: SimpleDate(year: 2022, month: 5, day: 4)!, stampText: "2022-05-04T00:44:52Z")
        #expect(west == SimpleDate(year: 2022, month: 5, day: 3))
    }

    @Test(arguments: [("2022-05-04T00:25:56.152Z", 25, true), ("9:35 pm", 21 * 60 + 35, nil), ("2019-10-18T14:31:33+02:00", 14 * 60 + 31, false),
                      ("Wed, 04 May 2022 02:41:00 GMT", 161, true)])
    func readsClocks(text: String, minutes: Int, utc: Bool?) {
        let clock = LocalDay.clock(in: text)
        #expect(clock?.minutes == minutes)
        #expect(clock?.utc == utc)
    }

    @Test func utcStampAtExactly23IsStoredMidnight() {
        let stamp = SimpleDate(year: 2021, month: 11, day: 4)!
        #expect(LocalDay.storedMidnight(stamp: stamp, stampText: "2021-11-04T23:00:00.000Z") == SimpleDate(year: 2021, month: 11, day: 5))
        #expect(LocalDay.storedMidnight(stamp: stamp, stampText: "2021-11-04T23:00:12Z") == nil)
        #expect(LocalDay.storedMidnight(stamp: stamp, stampText: "2021-11-04T23:00:00+01:00") == nil)
    }

    // MARK: which declaration

    @Test func publicationMetaTagBeforeDisagreeingJSONLD() {
        let head = #"<meta property="article:published_time" content="2022-12-15T09:13:00"><script type="application/ld+json">{"@type":"Article","datePublished":"2021-12-06"}</script>"#
        let a = article(head: head, body: "<article><h1>Zehn Tipps</h1>\(Self.body)</article>")
        #expect(a.published == SimpleDate(year: 2022, month: 12, day: 15))
    }

    @Test func genericDateMetaRanksBelowTheArticleTime() {
        let a = article(head: #"<meta name="date" content="2020-04-30">"#,
                        body: #"<article><h1>Mietenstreik</h1><ul><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul>\#(Self.body)</article>"#)
        #expect(a.published == SimpleDate(year: 2020, month: 4, day: 29))
    }

    @Test func printedUpdateEqualToDeclaredModifiedWins() {
        let head = #"<meta property="article:published_time" content="2019-06-17T08:00:00+02:00"><meta property="article:modified_time" content="2021-02-04T10:00:00+01:00">"#
        let a = article(head: head, body: #"<article><h1>Cómo podar hortensias</h1><p class="date">Actualizado el 4 de febrero de 2021</p>\#(Self.body)</article>"#)
        #expect(a.published == SimpleDate(year: 2021, month: 2, day: 4))
    }

    @Test func timeListOutsideTheArticleIsIgnored() {
        let related = (1...3).map { #"<li><a href="/p\#($0)">Older post</a> <time class="published" datetime="201\#($0)-0\#($0)-1\#($0)">x</time></li>"# }.joined()
        let a = article(body: "<article><h1>Lötkolben richtig nutzen</h1>\(Self.body)</article><aside><ul>\(related)</ul></aside>",
                        url: "https://werkbank.example/2019/10/22/loetkolben")
        #expect(a.published == SimpleDate(year: 2019, month: 10, day: 22))
        #expect(a.publishedEvidence?.source == "url")
    }

    @Test func jsonLDHowToCarriesTheDate() {
        let head = #"<script type="application/ld+json">{"@type":"HowTo","name":"Tischdecke nähen","datePublished":"2022-01-10T22:06:08Z"}</script>"#
        #expect(article(head: head, body: "<h1>Tischdecke nähen</h1>\(Self.body)").published == SimpleDate(year: 2022, month: 1, day: 10))
    }

    @Test func scriptDataIsALateFallback() {
        let body = #"<script type="application/json">{"review":{"publishedDate":"2016-11-04T20:37:27Z"}}</script><h1>Great boxes</h1>"# + Self.body
        let a = article(body: body)
        #expect(a.published == SimpleDate(year: 2016, month: 11, day: 4))
        #expect(a.publishedEvidence?.source == "script")
    }

    @Test func drupalSubmittedLineInFrench() {
        let a = article(body: #"<h1>Nouvelle monnaie locale</h1>\#(Self.body)<div class="submitted">Soumis par camille le 24 juillet 2017 - 18:55</div>"#)
        #expect(a.published == SimpleDate(year: 2017, month: 7, day: 24))
    }

    @Test func sentenceDatesWeighLessThanADateline() {
        let body = #"<div class="post"><h2>Reflections on a release</h2><small>January 13, 2020 at 08:45 AM | categories: tools</small><div class="prose"><p>Version 5 was released on November 5, 2019 after a long beta, and this post looks back at the work that went into it.</p>\#(Self.body)</div></div>"#
        #expect(article(body: body).published == SimpleDate(year: 2020, month: 1, day: 13))
    }

    // MARK: parsing

    @Test func twoDigitYearsOnlyWhenAsked() {
        #expect(DateParser.dates(in: "28.01.22", shortYears: true).first?.date == SimpleDate(year: 2022, month: 1, day: 28))
        #expect(DateParser.dates(in: "28.01.22").isEmpty)
        #expect(DateParser.dates(in: "10.11.12.13", shortYears: true).isEmpty)
        #expect(DateParser.dates(in: "19.1.23", shortYears: true).isEmpty)
    }

    @Test func asctimeAndDayFirstSlashes() {
        #expect(DateParser.parseField("Fri Feb 18 10:27:24 2022") == SimpleDate(year: 2022, month: 2, day: 18))
        #expect(DateParser.dates(in: "02/10/2020", dayFirst: true).first?.date == SimpleDate(year: 2020, month: 10, day: 2))
        #expect(DateParser.dates(in: "02/10/2020").first?.date == SimpleDate(year: 2020, month: 2, day: 10))
    }

    @Test func urlDaySegmentIsOneOrTwoDigits() {
        #expect(HTMLPublicationDate.urlDate("https://amt.example/reden/2003/03/20030331_rede.html") == SimpleDate(year: 2003, month: 3, day: 31))
        #expect(HTMLPublicationDate.urlDate("https://news.example/2021/04/14/story") == SimpleDate(year: 2021, month: 4, day: 14))
    }

    @Test func britishPageReadsSlashDatesDayFirst() {
        let body = #"<h1>University places</h1><span class="time">02/10/2020</span>"# + Self.body
        let html = #"<html xml:lang="en-GB"><head></head><body>\#(body)</body></html>"#
        let a = extractor.extract(RawDocument(sourcePath: "x.html", format: .html, content: html))
        #expect(a.published == SimpleDate(year: 2020, month: 10, day: 2))
    }
}
