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
}
