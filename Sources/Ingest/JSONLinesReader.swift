import Foundation
import NewsdeskModel

/// Reads JSON Lines: one article object per line, with `url`, `title`,
/// `html` or `text` (or `content`), `published` (or `date`, `published_at`) and `author` (or `byline`).
struct JSONLinesReader {
    let path: String

    private static let dateFields = ["published", "date", "published_at", "publishedAt", "pubDate"]
    private static let bylineFields = ["author", "byline", "authors", "creator"]

    /// Calls `body` once per non-empty line; `record` is the line number.
    func read(_ bytes: [UInt8], _ body: (Result<RawDocument, IngestError>) throws -> Void) rethrows {
        let decoded = CharsetDecoder.decode(bytes, declarations: .none)
        // Split on LF bytes: a Swift String sees CR LF as one character.
        let lines = Array(decoded.text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard !line.allSatisfy({ CharsetDeclarations.isSpace($0) }) else { continue }
            switch document(from: Data(line)) {
            case .success(var document):
                document.sourcePath = path
                document.record = number
                document.charset = decoded.charset
                try body(.success(document))
            case .failure(let problem):
                try body(.failure(IngestError(path: path, problem: "line \(number): \(problem.message)")))
            }
        }
    }

    private struct LineProblem: Error {
        var message: String
    }

    private func document(from line: Data) -> Result<RawDocument, LineProblem> {
        guard let parsed = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else {
            return .failure(LineProblem(message: "not valid JSON"))
        }
        guard let object = parsed as? [String: Any] else { return .failure(LineProblem(message: "not a JSON object")) }
        let content: (String, RawDocument.Format)
        if let html = string(object["html"]) {
            content = (html, .html)
        } else if let text = string(object["text"]) {
            content = (text, .text)
        } else if let other = string(object["content"]) ?? string(object["body"]) {
            content = (other, FormatSniffer.containsMarkup(other) ? .html : .text)
        } else {
            return .failure(LineProblem(message: "no html, text or content field"))
        }
        var hints = MetadataHints(title: string(object["title"]) ?? string(object["headline"]))
        if let field = Self.dateFields.first(where: { string(object[$0]) != nil }) {
            hints.published = string(object[field])
            hints.publishedSource = "jsonl \(field)"
        }
        hints.byline = Self.bylineFields.lazy.compactMap { self.byline(object[$0]) }.first
        hints.language = string(object["language"]) ?? string(object["lang"])
        return .success(RawDocument(sourcePath: path, format: content.1, content: content.0,
                                    url: string(object["url"]) ?? string(object["link"]), hints: hints))
    }

    /// A non-empty string, or a number written out (some exports give dates as epoch seconds).
    private func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            // Most values have nothing to trim: looking at both ends first spares copying a
            // whole article body through Foundation.
            guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return nil }
            if !first.properties.isWhitespace, !last.properties.isWhitespace { return text }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// Authors come as a string, a list of strings, or objects with a `name`.
    private func byline(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let list = value as? [Any] {
            let names = list.compactMap { byline($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
