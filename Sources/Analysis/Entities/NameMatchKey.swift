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
///    "Клинтон"), "sh"/"š", "zh"/"ž", "ch"/"č", "kh"/"h", and the final vowels, which carry
///    the case in Slavic languages ("Кулебы", "Кулебе" for "Kuleba") and the gender of a surname.
///
/// The fold merges a few names that exact keys kept apart ("Maria" and "Mario"); a name's key is
/// weighed by its rarity, so merging rare names costs little, and common ones weigh little anyway.
public enum NameMatchKey {
    /// `language` (ISO 639-1) picks the case endings and the romanisation when the key is in a script
    /// the language is written in; otherwise (no language, as for the collection counts of an older
    /// store, or one that language identification got wrong: short or mixed Cyrillic texts come out as
    /// "ro", Moldovan's old script), the script suggests the language.
    public static func key(_ key: String, language: String?) -> String {
        var word = key
        let script = scriptLanguage(of: key)
        let language = script.map { own in language.flatMap { writtenIn[$0] == writtenIn[own] ? $0 : nil } ?? own } ?? language
        if let language, (script == nil ? latinSlavic : cyrillicSlavic).contains(language) { word = strippingCase(word) }
        if !word.utf8.allSatisfy({ $0 < 0x80 }) {
            word = transliterated(word, language: language)
            if script == "el" { word = readingGreekDigraphs(word) }
        }
        let folded = fold(word)
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

    /// The key without a consonant case ending, when four letters or more remain ("Ким" stays).
    static func strippingCase(_ word: String) -> String {
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 4 {
            return String(word.dropLast(ending.count))
        }
        return word
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

    /// Greek writes the b, d and g of foreign names as "μπ", "ντ" and "γκ", which romanise letter by
    /// letter ("Στόλτενμπεργκ" as "stoltenmpernk"). They read b, d, g at the start of a word, after a
    /// consonant and ("γκ") at its end, and mb, nd, ng after a vowel ("Μπράντεν" is "Branden").
    static func readingGreekDigraphs(_ word: String) -> String {
        let letters = Array(word)
        var out: [Character] = []
        var i = 0
        while i < letters.count {
            let pair = i + 1 < letters.count ? String(letters[i...i + 1]) : ""
            guard let stop: Character = pair == "mp" ? "b" : pair == "nt" ? "d" : pair == "nk" || pair == "gk" ? "g" : nil else {
                out.append(letters[i])
                i += 1
                continue
            }
            let afterVowel = out.last.map { "aeiouy".contains($0) } ?? false
            if afterVowel && i + 2 < letters.count { out.append(stop == "b" ? "m" : "n") }
            out.append(stop)
            i += 2
        }
        return String(out)
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
        /// "ch" until the end, where it is "c" again: apart from the "c" that is read "k" or "s".
        let chSound = UInt8(ascii: "C")
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        func emit(_ byte: UInt8) { if out.last != byte { out.append(byte) } }
        var i = 0
        while i < letters.count {
            let letter = letters[i]
            i += 1
            switch letter {
            // The sounds romanisations spell with "h" and Slavic Latin spellings with a caron (dropped
            // already): "sh"/"š", "zh"/"ž", "ch"/"č", German "sch"; "kh" as English "h" ("Kharkiv").
            case s where at(i) == c && at(i + 1) == h: emit(s); i += 2
            case s where at(i) == h, z where at(i) == h: emit(letter); i += 1
            case c where at(i) == h: emit(chSound); i += 1
            case k where at(i) == h: emit(h); i += 1
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
        while out.count > 4, let last = out.last, vowels.contains(last) { out.removeLast() }
        return String(decoding: out.map { $0 == chSound ? c : $0 }, as: UTF8.self)
    }

    private static let vowels: Set<UInt8> = Set("aeiou".utf8)
}
