import Foundation
import NewsdeskModel
import NewsdeskHTML
import Testing
@testable import NewsdeskExtraction

/// The labelled corpora in ../shared, when present (CI has them): publication dates
/// must match the labels, no date may come from a page header, and the boilerplate
/// the seed notes name must be gone without losing body paragraphs.
@Suite struct CorpusEvaluationTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    struct Label {
        var file: String
        var published: String?
    }

    static func labels(_ folder: String) -> [Label]? {
        let url = shared.appendingPathComponent("\(folder)/labels.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            print("CorpusEvaluationTests: skipped, \(url.path) not found")
            return nil
        }
        var rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows.removeFirst()
        let file = header.firstIndex(of: "file")!, published = header.firstIndex(of: "published_date")!
        return rows.map { Label(file: $0[file], published: $0[published].isEmpty ? nil : $0[published]) }
    }

    static func extract(_ folder: String, _ file: String) throws -> Article {
        let text = try String(contentsOf: shared.appendingPathComponent("\(folder)/\(file)"), encoding: .utf8)
        return ArticleExtractor().extract(RawDocument(sourcePath: file, format: .text, content: text))
    }

    @Test(arguments: ["seeds", "dev"])
    func publicationDatesMatchLabels(folder: String) throws {
        guard let labels = Self.labels(folder) else { return }
        var checked = 0
        for label in labels {
            let article = try Self.extract(folder, label.file)
            if let expected = label.published {
                #expect(article.published?.description == expected, "\(folder)/\(label.file)")
                checked += 1
            }
        }
        print("CorpusEvaluationTests: \(checked) labelled publication dates checked in \(folder)")
        #expect(checked > 0)
    }

    @Test func seedWithScrapeDateHeaderGetsNoDate() throws {
        guard let labels = Self.labels("seeds"), let seed = labels.first(where: { $0.file.hasPrefix("004") }) else { return }
        let article = try Self.extract("seeds", seed.file)
        #expect(article.published == nil)
        #expect(article.title != nil)
    }

    /// Lines the seed notes name as boilerplate, and the body lines around them.
    @Test func seedBoilerplateIsGoneAndBodyKept() throws {
        guard let labels = Self.labels("seeds") else { return }
        let furniture = ["Please enter your comment!", "Please enter your name here", "- Advertisement -", "- Advertisment -",
                         "648x415", "You May Also Like", "Latest news", "Buy now", "Related Articles", "8.3 C"]
        for label in labels {
            let raw = try String(contentsOf: Self.shared.appendingPathComponent("seeds/\(label.file)"), encoding: .utf8)
            let article = try Self.extract("seeds", label.file)
            for line in furniture { #expect(!article.text.contains(line), "\(label.file): \(line)") }
            // Every long line of the page (a body paragraph) must survive.
            for line in raw.split(separator: "\n") where line.count > 200 && !line.hasPrefix(" date") {
                #expect(article.text.contains(collapseWhitespace(String(line))), "\(label.file) lost: \(line.prefix(60))")
            }
        }
    }
}
