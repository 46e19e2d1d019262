import Foundation
import NewsdeskExtraction

/// A name mentioned in an article, with the forms it took.
public struct Entity: Sendable, Equatable {
    /// The fullest form seen ("Jens Stoltenberg").
    public var name: String
    /// Lowercase, without diacritics: the last word of the name, which survives
    /// translation and shortening ("stoltenberg", "erdogan"); acronyms keep their letters.
    public var key: String
    public var mentions: Int
}

/// Spots proper-noun phrases: runs of capitalised words (acronyms included, small
/// connectors like "of" or "von" inside), leaving out sentence openers and calendar
/// words. A short form links to the longer name in the same text that ends with it,
/// so "Stoltenberg" counts as "Jens Stoltenberg". No model or gazetteer: names and
/// their spelling are the signal that carries across languages and outlets.
public enum EntityExtractor {
    public static func entities(in text: String) -> [Entity] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for phrase in phrases(in: text) {
            if counts[phrase] == nil { order.append(phrase) }
            counts[phrase, default: 0] += 1
        }
        // Link short forms to the longest name with the same last word.
        var longest: [String: String] = [:]
        for phrase in order {
            let key = Self.key(phrase)
            if let known = longest[key], known.split(separator: " ").count >= phrase.split(separator: " ").count { continue }
            longest[key] = phrase
        }
        var merged: [String: Entity] = [:]
        var keys: [String] = []
        for phrase in order {
            let key = Self.key(phrase)
            if merged[key] == nil { keys.append(key); merged[key] = Entity(name: longest[key]!, key: key, mentions: 0) }
            merged[key]!.mentions += counts[phrase]!
        }
        return keys.map { merged[$0]! }.sorted { $0.mentions > $1.mentions || $0.mentions == $1.mentions && $0.key < $1.key }
    }

    /// The matching key of a name: its last word, lowercased, diacritics removed.
    public static func key(_ name: String) -> String {
        let last = name.split(separator: " ").last.map(String.init) ?? name
        return fold(last)
    }

    static func fold(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ı", with: "i")
    }

    /// The capitalised runs of each sentence.
    static func phrases(in text: String) -> [String] {
        var result: [String] = []
        // Words the text also writes in lowercase are ordinary words when they open a sentence.
        let lowercaseWords = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { trimmed(String($0)) }
            .filter { $0.first?.isLowercase == true })
        for sentence in sentences(text) {
            let rawWords = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            let words = rawWords.map(Self.trimmed)
            var run: [String] = []
            var runStart = 0
            func flush() {
                while let last = run.last, EntityWords.connectors.contains(last) { run.removeLast() }
                let openerWord = run.count == 1 && runStart == 0 && lowercaseWords.contains(run[0].lowercased())
                if !run.isEmpty, !openerWord { result.append(run.joined(separator: " ")) }
                run = []
            }
            for (i, word) in words.enumerated() where !word.isEmpty {
                let capitalised = word.first!.isUppercase && word.contains(where: { $0.isLetter })
                let lower = capitalised ? word.lowercased() : ""  // only names need it
                if capitalised, !EntityWords.isCalendarWord(lower), !(i == 0 && EntityWords.notNames.contains(lower)),
                   !(EntityWords.notNames.contains(lower) && word.count < 4 && !word.allSatisfy({ $0.isUppercase })) {
                    if run.isEmpty { runStart = i }
                    run.append(word)
                } else if !run.isEmpty, EntityWords.connectors.contains(word) {
                    run.append(word)
                } else {
                    flush()
                }
                // "Berlin, Paris and London": punctuation after a word ends the name.
                if let last = rawWords[i].last, ",;:()“”\"«»".contains(last) { flush() }
            }
            flush()
        }
        return result
    }

    static let wordEdges = Set(",.;:!?()[]{}“”\"'‘’«»„…".unicodeScalars)

    static func trimmed(_ word: String) -> String {
        var word = word
        for possessive in ["'s", "’s"] where word.hasSuffix(possessive) { word.removeLast(2) }
        return word.trimmingScalars(in: wordEdges)
    }

    /// Sentences: split after . ! ? and line breaks, but not after an initial or a title ("Gov.", "J.").
    static func sentences(_ text: String) -> [String] {
        // Over scalars with a running word length: appending characters one by one and
        // counting them again at each full stop cost more than the rest of entity spotting.
        var sentences: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        var wordLength = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " " { wordLength = 0 } else { wordLength += 1 }
            // A word of up to three letters before the full stop is taken for a title or initial ("Gov.", "J.").
            if scalar == "\n" || scalar == "!" || scalar == "?" || (scalar == "." && wordLength - 1 > 3) {
                sentences.append(String(text[start..<next]))
                start = next
            }
            index = next
        }
        if start < scalars.endIndex { sentences.append(String(text[start...])) }
        return sentences
    }
}

