import Testing
@testable import NewsdeskHTML

@Suite struct HTMLParserTests {
    @Test func parsesNestedElementsAndDecodesEntities() {
        let doc = HTMLDocument(html: "<html><body><p class=lead>Caf&eacute; &amp; bar&#8217;s</p></body></html>")
        let p = doc.elements(named: "p")
        #expect(p.count == 1)
        #expect(doc.textContent(of: p[0]) == "Café & bar’s")
        #expect(doc.attribute("class", of: p[0]) == "lead")
    }

    @Test func emptyCommentsEndAtOnce() {
        let doc = HTMLDocument(html: "<p>one<!-->two<!--->three</p><p>four<!-- hidden -->five</p>")
        let paragraphs = doc.elements(named: "p").map { doc.textContent(of: $0) }
        #expect(paragraphs == ["onetwothree", "fourfive"])
    }

    @Test func impliedEndTagsAndStrayEndTags() {
        let doc = HTMLDocument(html: "<ul><li>a<li>b</ul><p>x<div>y</div></span>z")
        #expect(doc.elements(named: "li").count == 2)
        #expect(doc.elements(named: "p").map { doc.textContent(of: $0) } == ["x"])
    }
}
