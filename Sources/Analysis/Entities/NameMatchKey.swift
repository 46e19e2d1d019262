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
/// 3. What romanisations and spellings vary in is folded away: "y" and "i" ("Zelenskiy",
///    "Zelenskyy"), doubled letters, "q"/"k", "x"/"ks", "w"/"v", and the final vowels, which carry
///    the case in Slavic languages ("Кулебы", "Кулебе" for "Kuleba") and the gender of a surname.
///
/// The fold merges a few names that exact keys kept apart ("Maria" and "Mario"); a name's key is
/// weighed by its rarity, so merging rare names costs little, and common ones weigh little anyway.
public enum NameMatchKey {
    /// `language` (ISO 639-1) picks the case endings and the romanisation; without one, the script
    /// suggests it (the collection counts of an older store were kept without their languages).
    public static func key(_ key: String, language: String?) -> String {
        var word = key
        let language = language ?? scriptLanguage(of: key)
        if let language, slavic.contains(language) { word = strippingCase(word) }
        if !word.utf8.allSatisfy({ $0 < 0x80 }) {
            let greek = scriptLanguage(of: word) == "el"
            word = transliterated(word, language: language)
            if greek { word = readingGreekDigraphs(word) }
        }
        let folded = fold(word)
        return folded.isEmpty ? key : folded
    }

    /// Languages that decline names by case endings.
    static let slavic: Set<String> = ["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "bs", "sr"]

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
        var out: [UInt8] = []
        out.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            var c = byte
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            default: continue  // apostrophes and primes of romanised soft signs, full stops
            }
            switch c {
            case UInt8(ascii: "y"): c = UInt8(ascii: "i")
            case UInt8(ascii: "q"): c = UInt8(ascii: "k")
            case UInt8(ascii: "w"): c = UInt8(ascii: "v")
            case UInt8(ascii: "x"):
                if out.last != UInt8(ascii: "k") { out.append(UInt8(ascii: "k")) }
                c = UInt8(ascii: "s")
            default: break
            }
            if out.last == c { continue }
            out.append(c)
        }
        while out.count > 4, let last = out.last, vowels.contains(last) { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static let vowels: Set<UInt8> = Set("aeiou".utf8)
}
