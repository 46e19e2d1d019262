import Foundation

/// The form of a name's key that reports in other scripts and inflecting languages share:
/// "Столтенберга", "Stoltenberga" and "Stoltenberg" all match as "stoltenberg"; "Зеленский",
/// "Зеленського", "Zelenskyy" and "Zelensky" as "zelensk"; "Київ" and "Kyiv" as "kiv".
///
/// Three steps, each for a gap that exact keys leave across languages:
/// 1. Case endings of Slavic languages that end in a consonant (instrumental "-ом", adjectival
///    "-ого") come off: a name is declined there, and a report names it in any case.
/// 2. A key in another script is transliterated by ICU (through Foundation), with the BGN/PCGN
///    romanisation where ICU has one for the language: it is the one English-language news follows
///    ("Shoygu", "Kharkiv"), where ICU's default ("Šojgu") is not.
/// 3. What romanisations and spellings vary in is folded away: "y", "j" and "i" ("Zelenskiy",
///    "Zelenskyy"), doubled letters, "q"/"k", "x"/"ks", "w"/"v", "c" as "k" or "s" ("Clinton",
///    "Клинтон"), "sh"/"š", "zh"/"ž", and the final vowels, which carry
///    the case in Slavic languages ("Кулебы", "Кулебе" for "Kuleba") and the gender of a surname.
///
/// The fold merges a few names that exact keys kept apart ("Maria" and "Mario"); a name's key is
/// weighed by its rarity, so merging rare names costs little, and common ones weigh little anyway.
public enum NameMatchKey {
    /// `language` (ISO 639-1) picks the case endings and the romanisation when the key is in a script
    /// the language is written in; otherwise (no language, as for the collection counts of an older
    /// store, or one that language identification got wrong: short or mixed Cyrillic texts come out as
    /// "ro", Moldovan's old script), the script suggests the language. `forms` are the other name keys
    /// of the same article (see `keys`).
    public static func key(_ key: String, language: String?, forms: Set<String> = []) -> String {
        keys(key, language: language, forms: forms)[0]
    }

    /// The key, and a second one where its ending may be a case ending or part of the name: "-ом",
    /// "-им" close instrumentals ("Баланчуком", "Путиным") and plain names too ("Газпром", "Максим").
    /// When the article names the stem another way too ("Баланчук"), the ending is a case ending; when
    /// it declines the whole word ("Газпрома"), the ending is the name's; when neither, both keys stand,
    /// and the one other reports share is the one that counts.
    public static func keys(_ key: String, language: String?, forms: Set<String> = []) -> [String] {
        let script = scriptLanguage(of: key)
        // Cyrillic and Greek join a foreign name of two words with a hyphen ("Нью-Йорк", "Порт-Мерроу"),
        // whose key in English is the last word: so is it here (not "Ростов-на-Дону").
        if script != nil, let hyphen = key.lastIndex(of: "-"), !key.contains("-на-"),
           key.distance(from: hyphen, to: key.endIndex) > 3 {
            return keys(String(key[key.index(after: hyphen)...]), language: language, forms: forms)
        }
        let language = script.map { own in language.flatMap { writtenIn[$0] == writtenIn[own] ? $0 : nil } ?? own } ?? language
        var words = [key]
        if let language, (script == nil ? latinSlavic : cyrillicSlavic).contains(language) {
            words = strippingCase(key, forms: forms)
        }
        return words.map { word in
            var word = word
            if !word.utf8.allSatisfy({ $0 < 0x80 }) {
                word = transliterated(word, language: language)
                if script == "el" { word = readingGreekDigraphs(word) }
            }
            let folded = fold(word)
            return folded.isEmpty ? key : folded
        }
    }

    /// A key an earlier fold made (ASCII, romanised already) in the present fold. The present fold is
    /// idempotent; earlier ones wrote "ch" as "c" or kept "sh", so their keys come back close, not always equal.
    public static func refold(_ key: String) -> String {
        let folded = fold(key)
        return folded.isEmpty ? key : folded
    }

    /// Languages that decline names by case endings, by the script they are written in.
    static let cyrillicSlavic: Set<String> = ["ru", "uk", "be", "sr"]
    static let latinSlavic: Set<String> = ["pl", "cs", "sk", "sl", "hr", "bs", "sr"]
    /// All languages that decline names by case endings.
    static let slavic = cyrillicSlavic.union(latinSlavic)

    /// The script of languages written in other scripts than Latin.
    private static let writtenIn: [String: String] = [
        "ru": "cyrl", "uk": "cyrl", "be": "cyrl", "bg": "cyrl", "sr": "cyrl", "mk": "cyrl", "kk": "cyrl", "ky": "cyrl",
        "mn": "cyrl", "tg": "cyrl", "el": "grek",
    ]

    /// Case endings that end in a consonant, longest first, in both scripts; keys are folded
    /// already, so "й" is written "и". Endings that are vowels go in the final fold.
    private static let endings: [String] = [
        "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ым", "им", "ом", "ем", "ою", "ею", "ои", "еи",
        "ego", "emu", "owi", "ovi", "ym", "im", "om", "em",
    ]
    /// Endings that also close names in their plain form ("Газпром", "Максим", "Telekom", "Ibrahim").
    private static let alsoPlain: Set<String> = ["ым", "им", "ом", "ем", "ym", "im", "om", "em"]

    /// The key without a consonant case ending, when four letters or more remain ("Ким" stays). For
    /// an ending that also closes plain names: the key as it is when another of `forms` goes on from it
    /// (the plain name declined), the stem when another shares the stem, else the key, then the stem.
    static func strippingCase(_ word: String, forms: Set<String> = []) -> [String] {
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 4 {
            let stem = String(word.dropLast(ending.count))
            guard alsoPlain.contains(ending) else { return [stem] }
            // A form that goes on from the whole word ("Газпрома" beside "Газпром") declines a plain name.
            if forms.contains(where: { $0 != word && $0.hasPrefix(word) }) { return [word] }
            // Another form shares the stem, give or take its last letter ("Balanchukiem", "Balanchuk").
            if forms.contains(where: { $0 != word && $0.count <= stem.count + 3 && $0.commonPrefix(with: stem).count >= stem.count - 1 }) {
                return [stem]
            }
            return [word, stem]
        }
        return [word]
    }

    /// The likeliest language of a word in Cyrillic (Ukrainian by its own letters) or Greek script.
    static func scriptLanguage(of word: String) -> String? {
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x0456, 0x0457, 0x0454, 0x0491: return "uk"  // і ї є ґ
            default: continue
            }
        }
        guard let first = word.unicodeScalars.first(where: { !$0.isASCII }) else { return nil }
        switch first.value {
        case 0x0400...0x04FF: return "ru"
        case 0x0370...0x03FF: return "el"
        default: return nil
        }
    }

    /// ICU's romanisations that English-language news follows, by language.
    private static let romanisations: [String: String] = [
        "ru": "Russian-Latin/BGN", "uk": "Ukrainian-Latin/BGN", "be": "Belarusian-Latin/BGN",
        "bg": "Bulgarian-Latin/BGN", "sr": "Serbian-Latin/BGN", "mk": "Macedonian-Latin/BGN",
        "el": "Greek-Latin/UNGEGN", "ka": "Georgian-Latin/BGN", "hy": "Armenian-Latin/BGN",
    ]

    static func transliterated(_ word: String, language: String?) -> String {
        let scheme = language.flatMap { romanisations[$0] } ?? "Any-Latin"
        let transform = StringTransform(scheme + "; Latin-ASCII; Lower")
        return word.applyingTransform(transform, reverse: false)
            ?? word.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? word
    }

    /// Greek writes a b, d or g that opens a foreign name as "μπ", "ντ" or "γκ", which romanise letter
    /// by letter ("Ντόνετσκ" as "ntonetsk"): at the start of a word they read b, d, g. Inside a word
    /// they stay: English spells Greek names as romanised ("Konstantinos", "Antetokounmpo"), and
    /// foreign names written in Greek lose that way ("Στόλτενμπεργκ" stays "stoltenmpernk").
    static func readingGreekDigraphs(_ word: String) -> String {
        for (digraph, stop) in [("mp", "b"), ("nt", "d"), ("nk", "g"), ("gk", "g")] where word.hasPrefix(digraph) {
            return stop + word.dropFirst(2)
        }
        return word
    }

    /// Letters and digits of an ASCII word, spelling variants folded, final vowels off (four letters stay: shorter stems meet unrelated names, "Haare" and "Harry").
    static func fold(_ word: String) -> String {
        let letters: [UInt8] = word.utf8.compactMap { byte in
            let c = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            // Apostrophes and primes of romanised soft signs, full stops, hyphens go.
            return (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) ? c : nil
        }
        func at(_ i: Int) -> UInt8 { i < letters.count ? letters[i] : 0 }
        let (c, h, k, s, z) = (UInt8(ascii: "c"), UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "s"), UInt8(ascii: "z"))
        // Idempotent, so that a key folded twice (an older store's, rewritten) is the key folded once;
        // but for rare runs such as "xh" or "shh" whose output reads as a digraph again.
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        // Doubled letters fold; doubled digits are figures ("A330", "G77").
        func emit(_ byte: UInt8) { if out.last != byte || byte < 0x61 { out.append(byte) } }
        var i = 0
        while i < letters.count {
            let letter = letters[i]
            i += 1
            switch letter {
            // The sounds romanisations spell with "h" and Slavic Latin spellings with a caron (dropped
            // already): "sh"/"š", "zh"/"ž", German "sch". ("kh" stays: English and BGN both write it.)
            case s where at(i) == c && at(i + 1) == h: emit(s); i += 2
            case s where at(i) == h, z where at(i) == h: emit(letter); i += 1
            // "ch" stays "ch": a "c" alone would be read again as "k" or "s" by a second fold.
            case c where at(i) == h: emit(c); out.append(h); i += 1
            // Another "c" is a "k" or, before e, i and y, an "s", as other scripts spell it ("Клинтон", "Макрон").
            case c: emit([UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "y")].contains(at(i)) ? s : k)
            // One sound, three letters: English "y", Slavic and German "j", and "i" ("Shoygu", "Šojgu", "Shoigu").
            case UInt8(ascii: "y"), UInt8(ascii: "j"): emit(UInt8(ascii: "i"))
            case UInt8(ascii: "q"): emit(k)
            case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
            case UInt8(ascii: "x"): emit(k); emit(s)
            default: emit(letter)
            }
        }
        // A final "-ow" is "-оу" in Cyrillic ("Merrow", "Мерроу"; "Moscow", French "Moscou").
        if out.count > 3, out.suffix(2).elementsEqual("ou".utf8) { out[out.count - 1] = UInt8(ascii: "v") }
        while out.count > 4, let last = out.last, vowels.contains(last) { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static let vowels: Set<UInt8> = Set("aeiou".utf8)
}
