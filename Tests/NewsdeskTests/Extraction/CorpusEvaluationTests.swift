import Foundation
import NewsdeskModel
import NewsdeskHTML
import Testing
@testable import NewsdeskExtraction

/// The labelled corpora in ../shared, when present (CI has them): publication dates
/// must match the labels, no date may come from a page header, and the boilerplate
/// the seed notes name must be gone without losing body paragraphs.
@Suite struct CorpusEvaluationTests {
    struct Label {
        var file: String
        var published: String?
    }

    static func labels(_ folder: String) -> [Label]? {
        SharedCorpus.table(folder, skipping: "CorpusEvaluationTests")?.map {
            Label(file: $0["file"]!, published: $0["published_date"].flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    @Test(arguments: ["seeds", "dev"])
    func publicationDatesMatchLabels(folder: String) throws {
        guard let labels = Self.labels(folder) else { return }
        var checked = 0
        for label in labels {
            let article = try SharedCorpus.article(folder, label.file)
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
        let article = try SharedCorpus.article("seeds", seed.file)
        #expect(article.published == nil)
        #expect(article.title != nil)
    }

    /// Lines the seed notes name as boilerplate, and the body lines around them.
    @Test func seedBoilerplateIsGoneAndBodyKept() throws {
        guard let labels = Self.labels("seeds") else { return }
        let furniture = ["Please enter your comment!", "Please enter your name here", "- Advertisement -", "- Advertisment -",
                         "648x415", "You May Also Like", "Latest news", "Buy now", "Related Articles", "8.3 C"]
        for label in labels {
            let raw = try String(contentsOf: SharedCorpus.url("seeds", label.file), encoding: .utf8)
            let article = try SharedCorpus.article("seeds", label.file)
            for line in furniture { #expect(!article.text.contains(line), "\(label.file): \(line)") }
            // Every long line of the page (a body paragraph) must survive.
            for line in raw.split(separator: "\n") where line.count > 200 && !line.hasPrefix(" date") {
                #expect(article.text.contains(collapseWhitespace(String(line))), "\(label.file) lost: \(line.prefix(60))")
            }
        }
    }
}
