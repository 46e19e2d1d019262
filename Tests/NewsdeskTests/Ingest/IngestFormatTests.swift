import Foundation
import NewsdeskModel
import Testing
@testable import NewsdeskIngest

@Suite struct IngestFormatTests {
    static let page = "<!doctype html><html><head><title>Tide tables</title></head><body><p>High tide at 06:12.</p></body></html>"

    @Test func gzippedHTMLKeepsTheGzPathAsSourcePath() {
        let folder = TemporaryFolder()
        let path = folder.write("a/page.html.gz", gzip(Array(Self.page.utf8)))
        let outcome = readAll(path)
        #expect(outcome.errors.isEmpty)
        let document = try! #require(outcome.documents.first)
        #expect(outcome.documents.count == 1)
        #expect(document.sourcePath == path)
        #expect(document.sourcePath.hasSuffix("a/page.html.gz"))
        #expect(document.format == .html)
        #expect(document.content == Self.page)
    }

    @Test func truncatedGzipIsAnError() {
        let folder = TemporaryFolder()
        let compressed = gzip(Array(String(repeating: Self.page, count: 20).utf8))
        let path = folder.write("cut.html.gz", Array(compressed.prefix(compressed.count - 12)))
        let outcome = readAll(path)
        #expect(outcome.documents.isEmpty)
        #expect(outcome.errors.map(\.problem) == ["truncated gzip stream"])
    }

    @Test func corruptGzipIsAnError() {
        let folder = TemporaryFolder()
        var compressed = gzip(Array(String(repeating: Self.page, count: 20).utf8))
        for i in 20..<40 { compressed[i] ^= 0x5A }
        let outcome = readAll(folder.write("bad.gz", compressed))
        #expect(outcome.documents.isEmpty)
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.problem.hasPrefix("corrupt gzip data") == true)
    }

    @Test func binaryFilesAreRefused() {
        let folder = TemporaryFolder()
        let withNUL = readAll(folder.write("data.txt", Array("header".utf8) + [0, 0, 1, 2, 0] + Array("tail".utf8)))
        #expect(withNUL.errors.map(\.problem) == ["binary file (NUL bytes), not a news document"])
        let png = readAll(folder.write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))
        #expect(png.errors.map(\.problem) == ["binary file (PNG image), not a news document"])
        let controls = readAll(folder.write("noise", [UInt8](repeating: 0x01, count: 50) + Array("some words".utf8)))
        #expect(controls.errors.first?.problem.hasPrefix("binary file (83% control bytes)") == true)
        #expect(withNUL.documents.isEmpty && png.documents.isEmpty && controls.documents.isEmpty)
    }

    @Test func emptyAndWhitespaceFilesAreErrors() {
        let folder = TemporaryFolder()
        for (name, bytes) in [("empty.html", [UInt8]()), ("blank.txt", Array(" \n\t\r\n  ".utf8)),
                              ("bom.txt", [0xEF, 0xBB, 0xBF, 0x0A]), ("empty.txt.gz", gzip([]))] {
            let outcome = readAll(folder.write(name, bytes))
            #expect(outcome.errors.map(\.problem) == ["empty file"], "\(name)")
            #expect(outcome.documents.isEmpty)
        }
    }

    @Test func oversizedFilesAreRefused() {
        let folder = TemporaryFolder()
        let big = Array(String(repeating: "<p>Harbour news paragraph.</p>\n", count: 100).utf8)  // 3,100 bytes
        let plain = readAll(folder.write("big.html", big), maximumFileBytes: 1000)
        #expect(plain.errors.map(\.problem) == ["file is 3.0 KB; the limit is 1000 bytes"])
        let compressed = readAll(folder.write("big.html.gz", gzip(big)), maximumFileBytes: 1000)
        #expect(compressed.errors.map(\.problem) == ["decompressed size exceeds the limit of 1000 bytes"])
        #expect(IngestError(path: "x.html", problem: "file is \(ByteCount.describe(200 << 20)); the limit is \(ByteCount.describeLimit(64 << 20))").description
            == "x.html: file is 200.0 MB; the limit is 64 MB")
        // The limit applies to content, so the same file passes with the default.
        #expect(readAll(folder.write("ok.html", big)).documents.count == 1)
    }

    @Test func formatIsSniffedFromContentBeforeExtension() {
        let folder = TemporaryFolder()
        let html = readAll(folder.write("page.dat", Self.page))
        #expect(html.documents.first?.format == .html)
        let text = readAll(folder.write("story.html.txt", "Plain words about the harbour."))
        #expect(text.documents.first?.format == .text)
        let htmlByName = readAll(folder.write("fragment.htm", "Just words, but named as HTML."))
        #expect(htmlByName.documents.first?.format == .html)
        let feed = readAll(folder.write("feed.txt", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title><content>Body</content></entry></feed>"))
        #expect(feed.documents.first?.record == 1)
        #expect(feed.documents.first?.hints.title == "T")
    }

    @Test func fileThatIsNotAFeedButNamedOneIsAnError() {
        let folder = TemporaryFolder()
        let rss = readAll(folder.write("broken.rss", "This is not XML at all, just a sentence."))
        #expect(rss.errors.map(\.problem) == ["not an XML feed: no XML root element found"])
        let xml = readAll(folder.write("page.xml", "<?xml version=\"1.0\"?><html><body>x</body></html>"))
        #expect(xml.errors.map(\.problem) == ["not an XML feed: the root element is <html>"])
        #expect(rss.documents.isEmpty && xml.documents.isEmpty)
    }

    @Test func missingFileAndFolderAreErrors() {
        let folder = TemporaryFolder()
        let missing = readAll(folder.path + "/nope.html")
        #expect(missing.errors.map(\.description) == ["\(folder.path)/nope.html: no such file or directory"])
        let directory = readAll(folder.path)
        #expect(directory.errors.map(\.problem) == ["is a folder, not a file"])
    }

    @Test func randomBytesInAnyFormatAlwaysGiveAnAnswer() {
        var random = SeededRandom(seed: 20240611)
        let folder = TemporaryFolder()
        let starts = ["", "<rss><channel><item><description>", "{\"text\": \"", "<html><p>", "<?xml version=\"1.0\"?><feed>", "WARC/1.1\r\n"]
        for round in 0..<60 {
            let prefix = Array(starts[round % starts.count].utf8)
            let noise = (0..<Int.random(in: 0...600, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let name = ["a.rss", "b.jsonl", "c.html", "d.txt", "e.atom", "f.warc"][round % 6]
            var bytes = prefix + noise
            if round % 5 == 4 { bytes = gzip(bytes) }
            let outcome = readAll(folder.write(name, bytes))
            // WARC records may all be skipped silently; every other file yields a document or an error.
            #expect(!outcome.results.isEmpty || name == "f.warc", "round \(round)")
        }
    }
}

/// A small deterministic generator, so that a failure can be replayed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        // SplitMix64.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
