import NewsdeskModel

/// A readable rendering of an article for terminals.
enum TextReport {
    static func render(_ article: Article) -> String {
        var lines: [String] = []
        let rule = String(repeating: "─", count: 72)
        lines.append(rule)
        lines.append("\(article.sourcePath)\(article.record.map { " #\($0)" } ?? "")")
        lines.append("title:     \(article.title ?? "–")")
        lines.append("byline:    \(article.byline ?? "–")")
        lines.append("outlet:    \(article.outlet ?? "–")    language: \(article.language ?? "–")\(article.languageReliable ? "" : " (unsure)")")
        if let published = article.published, let evidence = article.publishedEvidence {
            lines.append("published: \(published)  (\(evidence.source), confidence \(evidence.confidence): \(evidence.raw))")
        } else {
            lines.append("published: –")
        }
        lines.append("")
        lines.append(article.text)
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
