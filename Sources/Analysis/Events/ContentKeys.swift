import Foundation
import NewsdeskModel

/// Builds the event signals of an article: content terms, entity keys and figures
/// as weighted keys, and the time clue. Pure: the same article gives the same signals.
///
/// Cross-lingual reports meet through what translation keeps: names (entity keys are
/// the last word of a name, folded: "Stoltenberg", "Erdoğan" → "erdogan"), figures
/// ("0,75" = "0.75") and the event day. Content terms only match within a language;
/// no bilingual tables are kept, so the names, figures and time carry the match.
public enum ContentKeys {
    public static func signals(for article: Article) -> EventSignals {
        let text = (article.title ?? "") + "\n" + article.text
        var keys: [String: Float] = [:]
        for (term, count) in terms(text) { keys["t:" + term] = Float(log(1 + count)) }
        // A name is both a term and an entity key, so it weighs double: names survive translation.
        for entity in EntityExtractor.entities(in: text) { keys["e:" + entity.key] = Float(log(1 + Double(entity.mentions))) }
        for figure in numbers(text) { keys["n:" + figure] = 1 }
        return EventSignals(keys: keys, clue: EventDateResolver.clue(text: article.text, published: article.published),
                            language: article.language)
    }

    /// Content words: four letters or more, lowercased, a light plural fold, stop words out.
    public static func terms(_ text: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        var word = String.UnicodeScalarView()
        var length = 0
        func flush() {
            defer { word = String.UnicodeScalarView(); length = 0 }
            guard length >= 4 else { return }
            var w = String(word)
            guard !stopWords.contains(w) else { return }
            if length > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            counts[w, default: 0] += 1
        }
        // Over scalars, ASCII first: grapheme-by-grapheme iteration dominated this loop.
        for scalar in text.lowercased().unicodeScalars {
            let letter = scalar.isASCII ? ((scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark && length > 0
            if letter {
                word.append(scalar)
                if scalar.properties.generalCategory != .nonspacingMark { length += 1 }
            } else {
                flush()
            }
        }
        flush()
        return counts
    }

    /// Numbers as written, decimal commas read as points: "0,75" and "0.75" are one figure.
    public static func numbers(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        let characters = Array(text)
        func flush() {
            defer { current = "" }
            var n = current
            while let last = n.last, last == "." || last == "," { n.removeLast() }
            guard !n.isEmpty else { return }
            let normalized = n.replacingOccurrences(of: ",", with: ".")
            if let value = Double(normalized), value < 1e15 {  // longer digit runs are ids, not figures
                if normalized.contains("."), value < 1000 {
                    result.insert(normalized)
                } else if !normalized.contains("."), value >= 10, !(1990...2100).contains(Int(value)) {
                    result.insert(normalized)
                }
            }
        }
        for (i, c) in characters.enumerated() {
            if c.isASCII, c.isNumber {
                current.append(c)
            } else if (c == "." || c == ","), !current.isEmpty, i + 1 < characters.count, characters[i + 1].isNumber,
                      !current.contains(".") && !current.contains(",") {
                // "1,200" groups thousands; "0,75" and "7,8" are decimal commas.
                let digitsAfter = characters[(i + 1)...].prefix { $0.isASCII && $0.isNumber }.count
                if !(c == "," && digitsAfter == 3) { current.append(c) }
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static let stopWords: Set<String> = [
        "that", "this", "with", "from", "have", "been", "were", "will", "would", "which", "their", "there", "they",
        "said", "says", "also", "after", "about", "more", "than", "into", "over", "when", "what", "where", "while",
        "other", "some", "such", "only", "most", "could", "should", "very", "because", "before", "since", "under",
        "them", "then", "these", "those", "being", "does", "each", "just", "like", "many", "much", "even", "well",
        "year", "years", "time", "first", "last", "week", "month", "today", "according", "including", "however",
        "para", "como", "pero", "este", "esta", "sobre", "entre", "desde", "durante", "cuando", "donde", "también",
        "dass", "sich", "nicht", "eine", "einen", "einer", "wird", "werden", "wurde", "nach", "auch", "sind", "oder",
        "dans", "pour", "avec", "sont", "mais", "plus", "leur", "cette", "elle", "nous", "vous", "être", "avoir",
    ]
}
