import Foundation
import NewsdeskModel

/// Builds the event signals of an article: content terms, entity keys and figures
/// as weighted keys, and the time clue. Pure: the same article gives the same signals.
///
/// Cross-lingual reports meet through what translation keeps: names (entity keys are
/// the last word of a name, folded across spellings, scripts and case endings: "Erdoğan"
/// → "erdogan", "Столтенберга" → "stoltenberg"; see `NameMatchKey`), figures
/// ("0,75" = "0.75") and the event day. Content terms only match within a language;
/// the one bilingual table is of country names (`CountryNames`, from ICU's locale data).
public enum ContentKeys {
    public static func signals(for article: Article) -> EventSignals {
        let text = analysedText(of: article)
        var keys: [String: Float] = [:]
        for (term, count) in terms(text) { keys["t:" + term] = Float(log(1 + count)) }
        // A name is both a term and an entity key, so it weighs double: names survive translation.
        // Country names key as in English ("Türkei" as "turkey"), so they too carry across languages;
        // other names key in the form other scripts and inflections share (`NameMatchKey`).
        var mentions: [String: Int] = [:]
        let entities = EntityExtractor.entities(in: text, language: article.language)
        let forms = Set(entities.map(\.key))
        for entity in entities {
            let keys = nameKeys(entity.key, name: entity.name, language: article.language, forms: forms)
            for key in keys { mentions[key, default: 0] += entity.mentions }
            // "Turkish President Recep Tayyip Erdoğan", "the Syrian Observatory for Human Rights": an English
            // adjective that opens a name ties the actor to its country, which other reports name
            // ("Turkey's president"). Not a free-standing adjective ("Turkish officials", "American
            // consumers"): that describes every report on a country, and as a country key it made
            // recurring events of one country (three Fed rate rises) more alike (dev, 30 orders: event
            // F1 0.983 → 0.978 with it, 0.980 without it).
            let words = entity.name.split(separator: " ")
            if article.language == "en" || article.language == nil, words.count > 1, let country = CountryNames.country(ofDemonym: words[0]),
               !Demonyms.notTheCountry.contains(words[1].lowercased()) {
                let key = NameMatchKey.key(country, language: "en")
                // "Saudi Arabia": the name itself is the country's, counted once.
                if !keys.contains(key) { mentions[key, default: 0] += entity.mentions }
            }
        }
        for (key, count) in mentions { keys["e:" + key] = Float(log(1 + Double(count))) }
        for figure in numbers(text) { keys["n:" + figure] = 1 }
        let clue = EventDateResolver.clue(text: article.text, published: article.published, publishedWithoutYear: article.publishedWithoutYear)
        return EventSignals(keys: keys, clue: clue, language: article.language, leadFigures: leadFigures(of: article),
                            recalled: EventDateResolver.recalledDays(text: article.text, clue: clue))
    }

    /// The keys a name stands under among the signals ("e:" without the prefix): a country's English
    /// key, else the name's own key in the form other scripts and spellings share, with a second one
    /// when its ending may be a case ending (`NameMatchKey.keys`). `forms` are the article's other name
    /// keys; `name`, the fullest form, when known. A store written before names were folded (form 1)
    /// rewrites its keys through here, so old and new articles meet.
    public static func nameKeys(_ key: String, name: String? = nil, language: String?, forms: Set<String> = []) -> [String] {
        let english = CountryNames.englishKey(name: name, key: key, language: language)
        // A country's English key is English, whatever the article's language: no case ending to strip
        // (a country written in English inside a Polish text, "United Kingdom", is not one: it keys as a name).
        return english == key ? NameMatchKey.keys(key, language: language, forms: forms) : [NameMatchKey.key(english, language: "en")]
    }

    /// The figures of the headline and the first sentence of the body, and the ordinals there ("#3"
    /// for "the third test flight"): what numbers one event of a series apart from the others.
    public static func leadFigures(of article: Article) -> Set<String> {
        let opening = article.text.prefix(400)
        let sentences = EntityExtractor.sentences(String(opening))
        let first = (sentences.first(where: isLeadSentence) ?? sentences.first).map(String.init) ?? String(opening)
        let lead = (article.title ?? "") + "\n" + first
        return numbers(lead).union(OrdinalWords.ordinals(in: lead, language: article.language))
    }

    /// Whether a sentence of a body's opening can be its lead: four words or more, and not a line
    /// without a full stop. A scraped body may open with a photo caption, a credit, a dateline or a
    /// kicker ("Istanbul.", "Ahmed Deeb/dpa Clearing work in … after the quake of 6 February"), and
    /// the figures there are not the event's: a caption recalling the first quake's day had stood
    /// for a report of the second.
    static func isLeadSentence(_ sentence: Substring) -> Bool {
        let text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.split(whereSeparator: { $0 == " " }).count >= 4 else { return false }
        guard sentence.last?.isNewline == true else { return true }  // ends in its punctuation, or where the opening was cut
        return text.unicodeScalars.last.map { ".!?…\"”»)".unicodeScalars.contains($0) } ?? false
    }

    /// What the keys are read from: the headline, then the body.
    public static func analysedText(of article: Article) -> String {
        (article.title ?? "") + "\n" + article.text
    }

    /// Content words: four letters or more, lowercased, a light plural fold, stop words out.
    public static func terms(_ text: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        var word: [UInt8] = []
        var length = 0
        func flush() {
            defer { word.removeAll(keepingCapacity: true); length = 0 }
            guard length >= 4 else { return }
            var w = String(decoding: word, as: UTF8.self)
            guard !stopWords.contains(w) else { return }
            if length > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            counts[w, default: 0] += 1
        }
        /// One scalar of the lowercased text.
        func take(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                guard scalar.value >= 0x61 && scalar.value <= 0x7A else { return flush() }
                word.append(UInt8(scalar.value))
                length += 1
                return
            }
            let mark = scalar.properties.generalCategory == .nonspacingMark
            guard scalar.properties.isAlphabetic || mark && length > 0 else { return flush() }
            word.append(contentsOf: String(scalar).utf8)
            if !mark { length += 1 }
        }
        // Over scalars: grapheme-by-grapheme iteration dominated this loop.
        forEachLowercasedScalar(of: text, take)
        flush()
        return counts
    }

    /// Numbers as written, decimal commas read as points and trailing decimal zeros dropped:
    /// "0,75" and "0.75" are one figure, and so are "2,50" and "2.5".
    /// Over UTF-8 bytes: figures are ASCII digits, and iterating characters (grapheme
    /// breaking over the whole text) cost more than everything else here.
    public static func numbers(_ text: String) -> Set<String> {
        var text = text
        return text.withUTF8 { numbers(bytes: $0) }
    }

    private static func numbers(bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var result = Set<String>()
        var current: [UInt8] = []
        var separated = false
        // Digits written onto a word are part of a name, not a figure: "Covid-19", "G20", "F-16", "MH17".
        var glued = false
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func flush() {
            defer { current.removeAll(keepingCapacity: true); separated = false; glued = false }
            guard !glued else { return }
            while let last = current.last, last == 0x2E || last == 0x2C { current.removeLast() }
            if separated {  // "2.50" and "2.5" are one figure; "3.00" is 3
                while current.last == 0x30 { current.removeLast() }
                if let last = current.last, last == 0x2E || last == 0x2C {
                    current.removeLast()
                    separated = false
                }
            }
            guard current.count >= 2 || separated && !current.isEmpty else { return }  // one digit: below 10
            let normalized = String(decoding: current.map { $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)
            if let value = Double(normalized), value < 1e15 {  // longer digit runs are ids, not figures
                if separated, value < 1000 {
                    result.insert(normalized)
                } else if !separated, value >= 10, !(1990...2100).contains(Int(value)) {
                    result.insert(normalized)
                }
            }
        }
        /// A digit in any script opens a number ("½", "٣" too), as Character.isNumber has it.
        func isNumber(at index: Int) -> Bool {
            if isDigit(bytes[index]) { return true }
            guard bytes[index] >= 0x80 else { return false }
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
            return scalar.properties.numericType != nil
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if isDigit(byte) {
                if current.isEmpty { glued = Self.followsALetter(bytes, at: i) }
                current.append(byte)
            } else if byte == 0x2E || byte == 0x2C, !current.isEmpty, !separated, i + 1 < bytes.count, isNumber(at: i + 1) {
                // "1,200" groups thousands; "0,75" and "7,8" are decimal commas.
                var end = i + 1
                while end < bytes.count, isDigit(bytes[end]) { end += 1 }
                if !(byte == 0x2C && end - i - 1 == 3) {
                    current.append(byte)
                    separated = true
                }
            } else if !current.isEmpty {  // most bytes are not in a number: nothing to flush
                flush()
            }
            i += 1
        }
        flush()
        return result
    }

    /// Whether the byte at `index` follows a letter of a cased script (Latin, Cyrillic, Greek …), directly
    /// or across a hyphen ("G20", "Covid-19", "Ковид-19"). Scripts without case write figures onto words
    /// ("35人", "ב-35"), and a currency written before its amount is not a name ("Rs500", "KSh500").
    private static func followsALetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        if end > 0, bytes[end - 1] == 0x2D { end -= 1 }  // -
        else if end > 2, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x90 || bytes[end - 1] == 0x91 { end -= 3 }  // ‐ ‑
        guard end > 0 else { return false }
        let last = bytes[end - 1]
        func isASCIILetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        if last < 0x80 {
            guard isASCIILetter(last) else { return false }
            guard end == index else { return true }  // across a hyphen: a name ("Covid-19")
            var start = end - 1
            while start > 0, end - start < 3, isASCIILetter(bytes[start - 1]) { start -= 1 }
            let wholeWord = start == 0 || bytes[start - 1] < 0x80 && !isASCIILetter(bytes[start - 1])
            return !(wholeWord && currencyPrefixes.contains(String(decoding: bytes[start..<end], as: UTF8.self)))
        }
        // The scalar ending there: back over continuation bytes to its lead byte.
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var iterator = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isCased
    }

    /// Currencies written onto their amount: rupees, ringgit, rand, shillings, rupiah, taka, naira, pesos.
    static let currencyPrefixes: Set<String> = ["Rs", "RM", "R", "KSh", "Ksh", "Sh", "Rp", "Tk", "N", "P"]

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
