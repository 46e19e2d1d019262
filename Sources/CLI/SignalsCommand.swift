import ArgumentParser
import Foundation
import NewsdeskAnalysis
import NewsdeskExtraction
import NewsdeskIngest
import NewsdeskModel

/// Shows what event clustering sees of each article: why two reports met, or did not.
struct SignalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signals",
        abstract: "Print the event signals of each article: names, figures, content terms and the time clue.",
        discussion: """
        One JSON object per article: source_path, record, title, language, published, event_date (the day \
        the text points to, or null), time_clue (the parts of it that are known; recalled: the other \
        days of a month it names, "--02-06"), entities (names with \
        their key and mentions), keys (each signal with its weight: t: content terms, e: names, n: figures) and \
        lead_figures (the figures and ordinals of the headline and the lead sentence, sorted; "#3" is "the third").
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    func run() throws {
        let extractor = ArticleExtractor()
        readDocuments(in: paths, label: "analysing") { document in
            print(ArticleJSON.encode(Self.object(extractor.extract(document))))
        }
    }

    static func object(_ article: Article) -> [String: Any] {
        let signals = ContentKeys.signals(for: article)
        let clue = signals.clue
        var parts: [String: Any] = ["approximate": clue.approximate]
        if let date = clue.date { parts["date"] = date.description }
        if let month = clue.month { parts["month"] = month }
        if let day = clue.day { parts["day"] = day }
        if let weekday = clue.weekday { parts["weekday"] = weekday }
        if clue.ahead { parts["ahead"] = true }
        if !signals.recalled.isEmpty { parts["recalled"] = signals.recalled.map(\.description) }
        var object: [String: Any] = [
            "source_path": article.sourcePath,
            "title": article.title ?? NSNull(),
            "language": article.language ?? NSNull(),
            "published": article.published?.description ?? NSNull(),
            "event_date": clue.approximate ? NSNull() : clue.date?.description ?? NSNull(),
            "time_clue": parts,
            "entities": EntityExtractor.entities(in: ContentKeys.analysedText(of: article), language: article.language).map {
                ["name": $0.name, "key": $0.key, "mentions": $0.mentions] as [String: Any]
            },
            "keys": signals.keys.mapValues { Double($0) },
            "lead_figures": signals.leadFigures.sorted(),
        ]
        if let record = article.record { object["record"] = record }
        return object
    }
}
