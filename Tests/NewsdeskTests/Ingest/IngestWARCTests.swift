import Foundation
import NewsdeskModel
import Testing
import NewsdeskIngest

@Suite struct IngestWARCTests {
    static let pageOne = "<html><body><h1>Über die Brücke</h1><p>Die Fähre fährt wieder.</p></body></html>"
    static let pageTwo = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
        + String(repeating: "<p>Chunked and gzipped report — part of a long page.</p>", count: 40) + "</body></html>"
    static let pageThree = "<!DOCTYPE html><html><body><p>A page served without a Content-Type.</p></body></html>"

    /// warcinfo, request, three HTML responses (latin-1; chunked + gzip; no Content-Type) and two responses to skip.
    static func records() -> [[UInt8]] {
        [
            WARC.warcinfo(),
            WARC.request(uri: "https://news.example.org/one"),
            WARC.response(uri: "https://news.example.org/one", date: "2024-03-05T10:00:01Z",
                          headers: ["Content-Type: text/html; charset=ISO-8859-1"], body: encoded(pageOne, .isoLatin1)),
            WARC.response(uri: "https://news.example.org/two", date: "2024-03-05T10:00:02Z",
                          headers: ["Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
                          body: WARC.chunked(gzip(Array(pageTwo.utf8)), size: 100)),
            WARC.response(uri: "https://news.example.org/logo.png", date: "2024-03-05T10:00:03Z",
                          headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]),
            WARC.response(uri: "https://news.example.org/gone", date: "2024-03-05T10:00:04Z", status: "404 Not Found",
                          headers: ["Content-Type: text/html"], body: Array("<p>Not here</p>".utf8)),
            WARC.response(uri: "https://news.example.org/three", date: "2024-03-05T10:00:05Z",
                          headers: [], body: Array(pageThree.utf8)),
        ]
    }

    static func expectThreePages(_ outcome: ReadOutcome, path: String) {
        #expect(outcome.errors.isEmpty)
        let documents = outcome.documents
        #expect(documents.map(\.record) == [3, 4, 7])
        #expect(documents.map(\.url) == ["https://news.example.org/one", "https://news.example.org/two",
                                         "https://news.example.org/three"])
        #expect(documents.map(\.fetched) == ["2024-03-05T10:00:01Z", "2024-03-05T10:00:02Z", "2024-03-05T10:00:05Z"])
        #expect(documents.allSatisfy { $0.format == .html && $0.sourcePath == path })
        guard documents.count == 3 else { return }
        #expect(documents[0].content == pageOne)
        #expect(documents[0].charset == "windows-1252 (http header, declared iso-8859-1)")
        #expect(documents[1].content == pageTwo)
        #expect(documents[1].charset == "utf-8 (meta)")
        #expect(documents[2].content == pageThree)
    }

    @Test func plainWARCYieldsHTMLResponses() {
        let folder = TemporaryFolder()
        let path = folder.write("crawl.warc", Self.records().flatMap { $0 })
        Self.expectThreePages(readAll(path), path: path)
    }

    @Test func gzippedWARCWithOneMemberPerRecord() {
        let folder = TemporaryFolder()
        let path = folder.write("crawl.warc.gz", Self.records().flatMap { gzip($0) })
        Self.expectThreePages(readAll(path), path: path)
    }

    @Test func warcIsStreamedWhateverTheFileSizeLimit() {
        let folder = TemporaryFolder()
        let path = folder.write("crawl.warc", Self.records().flatMap { $0 })
        // The file is larger than the limit, but each page is smaller.
        let outcome = readAll(path, maximumFileBytes: 2500)
        #expect(outcome.documents.count == 3)
        let tooSmall = readAll(path, maximumFileBytes: 60)
        #expect(tooSmall.documents.isEmpty)
        #expect(tooSmall.errors.first?.problem.hasPrefix("record 3: HTML body of") == true)
    }

    @Test func corruptRecordIsReportedAndReadingContinues() {
        let folder = TemporaryFolder()
        var records = Self.records()
        // Record 4 loses its Content-Length.
        let broken = String(decoding: records[3], as: UTF8.self).replacingOccurrences(of: "Content-Length:", with: "Content-Lengthy:")
        records[3] = Array(broken.utf8)
        let outcome = readAll(folder.write("broken.warc", records.flatMap { $0 }))
        // Numbers keep counting every record in the file, the lost one included.
        #expect(outcome.documents.map(\.record) == [3, 7])
        #expect(outcome.documents.map(\.url) == ["https://news.example.org/one", "https://news.example.org/three"])
        #expect(outcome.errors.map(\.problem) == ["record 4: missing or invalid Content-Length"])
    }

    @Test func truncatedGzippedWARCKeepsCompleteRecords() {
        let folder = TemporaryFolder()
        let members = Self.records().map { gzip($0) }
        // Cut in the middle of the fourth record's member.
        let bytes = members[0..<3].flatMap { $0 } + members[3].prefix(members[3].count / 2)
        let outcome = readAll(folder.write("cut.warc.gz", bytes))
        #expect(outcome.documents.map(\.record) == [3])
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.problem.hasPrefix("truncated gzip stream") == true)
    }

    @Test func damagedWARCsNeverCrashOrInventDocuments() {
        let folder = TemporaryFolder()
        let urls = ["https://news.example.org/one", "https://news.example.org/two", "https://news.example.org/three"]
        let plain = Self.records().flatMap { $0 }
        let members = Self.records().map { gzip($0) }
        let compressed = members.flatMap { $0 }
        // Cutting exactly between members leaves a complete, shorter archive.
        let memberEnds = Set(members.indices.map { members[...$0].reduce(0) { $0 + $1.count } })
        // Cut anywhere, a WARC yields only pages that were complete, in order.
        for cut in stride(from: 5, to: plain.count, by: 41) {
            let outcome = readAll(folder.write("cut.warc", Array(plain.prefix(cut))))
            #expect(urls.starts(with: outcome.documents.compactMap(\.url)), "cut at \(cut)")
        }
        for cut in stride(from: 5, to: compressed.count, by: 23) where !memberEnds.contains(cut) {
            let outcome = readAll(folder.write("cut.warc.gz", Array(compressed.prefix(cut))))
            #expect(urls.starts(with: outcome.documents.compactMap(\.url)), "cut at \(cut)")
            #expect(!outcome.errors.isEmpty, "a cut gzip stream is always reported (cut at \(cut))")
        }
        // Flipped bits: no crash, and always some answer.
        for position in stride(from: 3, to: plain.count, by: 67) {
            var damaged = plain
            damaged[position] ^= 0xA5
            #expect(!readAll(folder.write("flip.warc", damaged)).results.isEmpty)
            var damagedGzip = compressed
            damagedGzip[position % compressed.count] ^= 0xA5
            #expect(!readAll(folder.write("flip.warc.gz", damagedGzip)).results.isEmpty)
        }
    }
}
