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
    /// `language` (ISO 639-1) turns on its own rules where capitals mean more than names (German).
    public static func entities(in text: String, language: String? = nil) -> [Entity] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for phrase in phrases(in: text, language: language) {
            if counts[phrase] == nil { order.append(phrase) }
            counts[phrase, default: 0] += 1
        }
        // Link short forms to the longest name with the same last word.
        let phraseKeys = order.map(Self.key)  // folding is costly: once per distinct phrase
        var longest: [String: (phrase: String, words: Int)] = [:]
        for (phrase, key) in zip(order, phraseKeys) {
            let words = phrase.utf8.count { $0 == 0x20 } + 1
            if let known = longest[key], known.words >= words { continue }
            longest[key] = (phrase, words)
        }
        var merged: [String: Entity] = [:]
        var keys: [String] = []
        for (phrase, key) in zip(order, phraseKeys) {
            if merged[key] == nil { keys.append(key); merged[key] = Entity(name: longest[key]!.phrase, key: key, mentions: 0) }
            merged[key]!.mentions += counts[phrase]!
        }
        return keys.map { merged[$0]! }.sorted { $0.mentions > $1.mentions || $0.mentions == $1.mentions && $0.key < $1.key }
    }

    /// The matching key of a name: its last word, lowercased, diacritics removed; an acronym
    /// written with full stops keys as written without ("D.C." as "dc", like "DC").
    public static func key(_ name: String) -> String {
        let last = name.split(separator: " ").last.map(String.init) ?? name
        let folded = fold(last)
        guard folded.contains("."), folded.split(separator: ".").allSatisfy({ $0.count == 1 }) else { return folded }
        return folded.replacingOccurrences(of: ".", with: "")
    }

    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }  // nothing else to fold
        return word.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ı", with: "i")
    }

    /// The capitalised runs of each sentence.
    /// Words stay substrings of the text until a name is joined: allocating a string per
    /// word was most of the cost of entity spotting.
    static func phrases(in text: String, language: String? = nil) -> [String] {
        let german = language == "de"
        var result: [String] = []
        // A capitalised word alone at the start of a sentence is an ordinary word when the
        // text also writes it in lowercase; those openers are settled in one pass at the end.
        var openers: [(index: Int, lower: String)] = []
        // German words the text shows as common nouns somewhere ("einen Teig", not "im Bundestag", see
        // `GermanNouns.contractions`): they are not the key word of a name anywhere in it ("Dann Teig").
        var commonNouns = Set<String>()
        for sentence in sentences(text) {
            let rawWords = words(sentence)
            var run: [Substring] = []
            var runStart = 0
            func flush() {
                while let last = run.last, EntityWords.connectors.contains(String(last)) { run.removeLast() }
                // "Angaben der Regierung": the key word of a German run is a noun by its ending.
                if german, let last = run.last, GermanNouns.hasNounEnding(last) { run.removeAll(keepingCapacity: true) }
                guard !run.isEmpty else { return }
                if run.count == 1 && runStart == 0 { openers.append((result.count, run[0].lowercased())) }
                result.append(run.joined(separator: " "))
                run.removeAll(keepingCapacity: true)
            }
            for (i, rawWord) in rawWords.enumerated() {
                let whole = trimmed(rawWord)
                let word = EntityWords.withoutElision(whole, atSentenceStart: i == 0)
                if word.startIndex != whole.startIndex { flush() }  // "Massimo D'Alema nell'Unione": the article ends the name before it
                guard !word.isEmpty else { continue }
                let capitalised = startsUppercase(word)
                let lower = capitalised ? word.lowercased() : ""  // only names need it
                var markedCommon = false
                if german, capitalised, run.isEmpty, i > 0 {  // the word before is trimmed only where it matters
                    let previous = trimmed(rawWords[i - 1])
                    markedCommon = GermanNouns.isCommonNoun(word, after: previous)
                    if markedCommon && GermanNouns.marksTextWide(previous) { commonNouns.insert(lower) }
                    // A word in quotation marks is a name given to something ("das unbemannte »Starship«").
                    if !markedCommon, !GermanNouns.isAcronym(word), !GermanNouns.isCountry(word),
                       rawWord.unicodeScalars.first.map({ !isWordEdge($0) }) == true,
                       let reach = GermanNouns.headsAdjectivePhrase(i, in: rawWords, trimmed: trimmed) {
                        markedCommon = true
                        if reach == .textWide { commonNouns.insert(lower) }
                    }
                }
                if capitalised, !EntityWords.isCalendarWord(lower), !(i == 0 && (EntityWords.notNames.contains(lower) || EntityWords.sentenceOpeners.contains(lower))),
                   !(EntityWords.notNames.contains(lower) && word.count < 4 && !word.allSatisfy({ $0.isUppercase })),
                   !(german && GermanNouns.markers.contains(lower)),
                   !(german && i == 0 && GermanNouns.sentenceArticles.contains(lower)),
                   !markedCommon {
                    if run.isEmpty { runStart = i }
                    run.append(word)
                } else if !run.isEmpty, word.utf8.count <= 8, EntityWords.connectors.contains(String(word)) {  // "für" may come decomposed
                    run.append(word)
                } else {
                    flush()
                }
                // "Berlin, Paris and London": punctuation after a word ends the name.
                if let last = rawWord.unicodeScalars.last, endsName(last) { flush() }
            }
            flush()
        }
        if !commonNouns.isEmpty {
            let openerIndex = Dictionary(openers.map { ($0.index, $0.lower) }, uniquingKeysWith: { a, _ in a })
            var kept: [String] = []
            var keptOpeners: [(index: Int, lower: String)] = []
            // The key word of a run decides, as with noun endings: "Dann Teig" goes, "Firma Teig Valdorien" stays.
            for (i, phrase) in result.enumerated() where !commonNouns.contains(String(phrase.split(separator: " ").last ?? "").lowercased()) {
                if let lower = openerIndex[i] { keptOpeners.append((kept.count, lower)) }
                kept.append(phrase)
            }
            (result, openers) = (kept, keptOpeners)
        }
        guard !openers.isEmpty else { return result }
        let ordinary = wordsWrittenInLowercase(Set(openers.map(\.lower)), in: text)
        let dropped = Set(openers.filter { ordinary.contains($0.lower) }.map(\.index))
        return dropped.isEmpty ? result : result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// Which of `candidates` the text also writes in lowercase, as a whole word (split and
    /// trimmed as `words` and `trimmed` do). Over bytes, without a string per word: words
    /// whose first byte and length match no candidate are passed over without hashing.
    static func wordsWrittenInLowercase(_ candidates: Set<String>, in text: String) -> Set<String> {
        var shapes = Set<Int>()
        for candidate in candidates { shapes.insert(Int(candidate.utf8.first ?? 0) << 16 | candidate.utf8.count) }
        var found = Set<String>()
        var text = text
        text.withUTF8 { bytes in
            func check(_ start: Int, _ end: Int) {
                var (s, e) = (start, end)
                e -= possessiveLength(bytes[s..<e])
                while s < e, let n = edgeLength(bytes, at: s, end: e) { s += n }
                while e > s, let n = edgeLength(bytes, before: e, start: s) { e -= n }
                guard s < e, shapes.contains(Int(bytes[s]) << 16 | (e - s)) else { return }
                let word = String(decoding: bytes[s..<e], as: UTF8.self)
                if startsLowercase(word[...]), candidates.contains(word) { found.insert(word) }
            }
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D {
                if i > start { check(start, i) }
                start = i + 1
            }
            if start < bytes.count { check(start, bytes.count) }
        }
        return found
    }

    /// The UTF-8 length of a word-edge mark (see `isWordEdge`) starting at `i`, nil when none does.
    static func edgeLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        if b[i] < 0x80 { return isWordEdge(Unicode.Scalar(b[i])) ? 1 : nil }
        if b[i] == 0xC2, i + 1 < end, b[i + 1] == 0xAB || b[i + 1] == 0xBB { return 2 }  // « »
        if b[i] == 0xE2, i + 2 < end, b[i + 1] == 0x80, isQuoteOrEllipsis(b[i + 2]) { return 3 }
        return nil
    }

    /// The UTF-8 length of a word-edge mark ending just before `end`, nil when none does.
    static func edgeLength(_ b: UnsafeBufferPointer<UInt8>, before end: Int, start: Int) -> Int? {
        let last = b[end - 1]
        if last < 0x80 { return isWordEdge(Unicode.Scalar(last)) ? 1 : nil }
        if end - 2 >= start, b[end - 2] == 0xC2, last == 0xAB || last == 0xBB { return 2 }
        if end - 3 >= start, b[end - 3] == 0xE2, b[end - 2] == 0x80, isQuoteOrEllipsis(last) { return 3 }
        return nil
    }

    /// ‘ ’ “ ” „ … as the last byte of E2 80 xx.
    private static func isQuoteOrEllipsis(_ byte: UInt8) -> Bool {
        byte == 0x98 || byte == 0x99 || byte == 0x9C || byte == 0x9D || byte == 0x9E || byte == 0xA6
    }

    static func endsName(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "(", ")", "“", "”", "\"", "«", "»": true
        default: false
        }
    }

    /// The text split at spaces, tabs and line breaks (CR too), as `sentences` ends words, over
    /// bytes: splitting characters means finding grapheme boundaries through the whole text.
    static func words(_ text: Substring) -> [Substring] {
        text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }).map { Substring($0) }
    }

    /// A capitalised word with a letter in it; ASCII answered without building a Character.
    static func startsUppercase(_ word: Substring) -> Bool {
        if let byte = word.utf8.first, byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return word.first!.isUppercase && word.contains(where: { $0.isLetter })
    }

    static func startsLowercase(_ word: Substring) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return word.first!.isLowercase
    }

    static func isWordEdge(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "…": true
        default: false
        }
    }

    /// The word without a possessive ending and the punctuation around it.
    static func trimmed(_ word: Substring) -> Substring {
        var word = word
        let possessive = possessiveLength(word.utf8)
        if possessive > 0 { word = word[..<word.utf8.index(word.utf8.endIndex, offsetBy: -possessive)] }
        let scalars = word.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWordEdge($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isWordEdge($0) })!
        return Substring(scalars[first...last])
    }

    /// Sentences: split after . ! ? and line breaks, but not after an initial, a title or another
    /// abbreviation ("J.", "Gov.", "U.S.", "bzw."; see `isAbbreviation`).
    static func sentences(_ text: String) -> [Substring] {
        // Over scalars with a running word length: appending characters one by one and
        // counting them again at each full stop cost more than the rest of entity spotting.
        var sentences: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        var wordStart = start
        var wordLength = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            // A line break ends a word too: "…hike\nU.S. Federal Reserve" is not one long word before "U.".
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                wordLength = 0
                wordStart = next
            } else {
                wordLength += 1
            }
            // Only a word of up to three letters before the full stop can be an abbreviation: looked at then
            // alone, when the full stop ends the word ("2.4" goes on).
            if scalar == "\n" || scalar == "!" || scalar == "?"
                || (scalar == "." && (wordLength - 1 > 3
                    || (next == scalars.endIndex || scalars[next].properties.isWhitespace)
                        && !EntityWords.isAbbreviation(scalars[wordStart..<index], afterDay: followsADay(scalars[..<wordStart]))
                        && !isOrdinal(scalars[wordStart..<index], before: scalars[next...]))) {
                sentences.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < scalars.endIndex { sentences.append(text[start...]) }
        return sentences
    }

    /// Whether the text before a word ends with a day of a month: one or two digits, with "de" after
    /// them or not ("6 feb.", "6 de ago.").
    /// Reads back a few scalars only: it runs at every full stop after a short word.
    static func followsADay(_ before: Substring.UnicodeScalarView) -> Bool {
        var end = before.endIndex
        /// The word ending at `end` (spaces before `end` skipped), at most three scalars; nil if longer or none.
        func previousWord() -> Substring.UnicodeScalarView? {
            while end > before.startIndex, before[before.index(before: end)].properties.isWhitespace { end = before.index(before: end) }
            var start = end
            while start > before.startIndex, !before[before.index(before: start)].properties.isWhitespace {
                start = before.index(before: start)
                if before.distance(from: start, to: end) > 3 { return nil }
            }
            defer { end = start }
            return start < end ? before[start..<end] : nil
        }
        guard var word = previousWord() else { return false }
        if String(String.UnicodeScalarView(word)) == "de" { guard let day = previousWord() else { return false }; word = day }
        return (1...2).contains(word.count) && word.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// A number written as an ordinal, with a full stop, before a month or a lowercase word: "am 6. Februar",
    /// "am 6. und 7. März". Before a capitalised word it ends a sentence ("the toll rose to 41. Officials"),
    /// though a German ordinal stands there too ("der 3. Testflug"), which is then cut from its noun.
    static func isOrdinal(_ word: Substring.UnicodeScalarView, before rest: Substring.UnicodeScalarView) -> Bool {
        guard !word.isEmpty, word.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return false }
        let following = rest.drop { $0.properties.isWhitespace }.prefix { $0.properties.isAlphabetic }  // "6.\u{A0}Februar" too
        guard let first = following.first else { return false }
        return first.properties.isLowercase || MonthNames.table[Substring(following).lowercased()] != nil
    }
}

