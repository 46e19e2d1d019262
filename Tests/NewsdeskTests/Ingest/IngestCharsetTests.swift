import Foundation
import NewsdeskModel
import Testing
@testable import NewsdeskIngest

@Suite struct IngestCharsetTests {
    // Invented sentences, long enough for statistical detection.
    static let russian = "В городе Малые Сосенки открылась новая детская библиотека. Жители давно ждали этого события, "
        + "и в первый же день читальный зал был полон. Директор библиотеки рассказала, что книги собирали всем миром."
    static let japanese = "港町の小さな図書館が来月新しく開館する予定です。市の担当者によると、館内には子ども向けの読書室と、"
        + "地域の歴史を紹介する展示室が設けられるということです。住民からは期待の声が上がっています。"

    @Test func windows1251DeclaredByMetaCharset() {
        let folder = TemporaryFolder()
        let html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><p>\(Self.russian)</p></body></html>"
        let path = folder.write("ru.html", encoded(html, .windowsCP1251))
        let outcome = readAll(path)
        #expect(outcome.errors.isEmpty)
        let document = try! #require(outcome.documents.first)
        #expect(document.charset == "windows-1251 (meta)")
        #expect(document.content.contains(Self.russian))
        #expect(document.format == .html)
        #expect(document.record == nil)
    }

    @Test func latin1DeclaredByHTTPEquivIsReadAsWindows1252() {
        let folder = TemporaryFolder()
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
            + "<body><p>Le café de la place a rouvert après l’été.</p></body></html>"
        // ’ (U+2019) exists in windows-1252 (0x92) but not in ISO-8859-1: browsers read such pages as windows-1252.
        let path = folder.write("fr.html", encoded(html, .windowsCP1252))
        let document = try! #require(readAll(path).documents.first)
        #expect(document.charset == "windows-1252 (meta, declared iso-8859-1)")
        #expect(document.content.contains("Le café de la place a rouvert après l’été."))
    }

    @Test func shiftJISWithoutDeclarationIsDetected() {
        let folder = TemporaryFolder()
        let path = folder.write("notice.txt", encoded(Self.japanese, .shiftJIS))
        let document = try! #require(readAll(path).documents.first)
        #expect(document.charset?.hasPrefix("shift_jis (detected, ") == true)
        #expect(document.content == Self.japanese)
        #expect(document.format == .text)
    }

    @Test func utf16WithByteOrderMark() {
        let folder = TemporaryFolder()
        let html = "<html><body><p>Grüße aus dem Rathaus von Lindenhall</p></body></html>"
        let path = folder.write("de.html", [0xFF, 0xFE] + encoded(html, .utf16LittleEndian))
        let document = try! #require(readAll(path).documents.first)
        #expect(document.charset == "utf-16le (bom)")
        #expect(document.content == html)
        #expect(document.format == .html)
    }

    @Test func strayWindows1252BytesInUTF8AreRepaired() {
        let folder = TemporaryFolder()
        // UTF-8 text (with an em dash) containing one raw windows-1252 apostrophe (0x92).
        let bytes = Array("<p>The mayor — speaking at the quay — said it".utf8) + [0x92] + Array("s finished.</p>".utf8)
        let path = folder.write("mixed.html", bytes)
        let document = try! #require(readAll(path).documents.first)
        #expect(document.charset == "utf-8 (repaired 1 byte)")
        #expect(document.content == "<p>The mayor — speaking at the quay — said it’s finished.</p>")
        #expect(!document.content.contains("\u{FFFD}"))
    }

    @Test func undeclaredUTF8IsValid() {
        let folder = TemporaryFolder()
        let path = folder.write("plain", "Ünïcödé headline\n\nBody text.")
        let document = try! #require(readAll(path).documents.first)
        #expect(document.charset == "utf-8 (valid)")
        #expect(document.content.hasPrefix("Ünïcödé"))
    }

    @Test func utf8PageWithStaleLatin1DeclarationStaysUTF8() {
        let bytes = Array("<meta charset=iso-8859-1><p>Café “Zur Mühle”</p>".utf8)
        let decoded = CharsetDecoder.decode(bytes, declarations: .html)
        #expect(decoded.charset == "utf-8 (valid; meta said iso-8859-1)")
        #expect(decoded.text.contains("Café “Zur Mühle”"))
    }

    @Test func claimedUTF8ThatIsReallyWindows1251IsDetected() {
        let html = "<html><head><meta charset=\"utf-8\"></head><body><p>\(Self.russian)</p><p>\(Self.russian)</p></body></html>"
        let decoded = CharsetDecoder.decode(encoded(html, .windowsCP1251), declarations: .html)
        #expect(decoded.charset.hasPrefix("windows-1251 (detected, "))
        #expect(decoded.charset.hasSuffix("; meta said utf-8"))
        #expect(decoded.text.contains(Self.russian))
    }

    @Test func httpHeaderOutranksMeta() {
        let bytes = encoded("<meta charset=\"utf-8\"><p>Österreich</p>", .isoLatin1)
        let decoded = CharsetDecoder.decode(bytes, httpCharset: "latin1", declarations: .html)
        #expect(decoded.charset == "windows-1252 (http header, declared latin1)")
        #expect(decoded.text.contains("Österreich"))
    }

    @Test func xmlDeclarationNamesShiftJIS() {
        let xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><note>\(Self.japanese)</note>"
        let decoded = CharsetDecoder.decode(encoded(xml, .shiftJIS), declarations: .xml)
        #expect(decoded.charset == "shift_jis (xml declaration)")
        #expect(decoded.text.contains(Self.japanese))
    }

    @Test func metaPrescanIgnoresCommentsAndOtherAttributes() {
        let html = "<!-- <meta charset=koi8-r> --><div title='<meta charset=big5>'></div>"
            + "<meta name=viewport content=\"width=device-width\"><meta content='text/html; charset=x-sjis' http-equiv=content-type>"
        #expect(CharsetDeclarations.metaCharset(in: ArraySlice(Array(html.utf8))) == "x-sjis")
        // A content charset without http-equiv does not count.
        #expect(CharsetDeclarations.metaCharset(in: ArraySlice(Array("<meta content='text/html; charset=koi8-r'>".utf8))) == nil)
    }

    @Test func labelsMapAsBrowsersDo() {
        #expect(CharsetLabels.canonical("latin1") == "windows-1252")
        #expect(CharsetLabels.canonical("US-ASCII") == "windows-1252")
        #expect(CharsetLabels.canonical("GB2312") == "gb18030")
        #expect(CharsetLabels.canonical("gbk") == "gb18030")
        #expect(CharsetLabels.canonical("x-sjis") == "shift_jis")
        #expect(CharsetLabels.canonical(" UTF8 ") == "utf-8")
        #expect(CharsetLabels.canonical("no-such-charset") == nil)
    }

    @Test func invalidBytesNeverCrashAndBecomeReplacementCharacters() {
        // Odd-length UTF-16 and random high bytes: decoding must still produce text.
        let oddUTF16 = CharsetDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42], declarations: .none)
        #expect(oddUTF16.text.hasPrefix("A"))
        let declared = CharsetDecoder.decode(Array("<meta charset=utf-8>".utf8) + [0xC3, 0x28, 0xF8, 0xFF, 0xFE, 0x80, 0x81],
                                             declarations: .html)
        #expect(declared.text.hasPrefix("<meta charset=utf-8>"))
    }
}
