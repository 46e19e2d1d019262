import Foundation

/// Country names in other languages, read as the English name: "Türkei", "Turquía" and
/// "Turquie" all key as "turkey". Names carry reports across languages, and country names
/// are the names news mentions most, yet they are the ones translation changes.
///
/// The table is ICU's (CLDR's) localised region names, through Foundation's `Locale`: every
/// language ICU knows, kept up to date with the system, none typed in by hand. The end of a
/// name is looked up first ("Gobierno de Estados Unidos" ends with "Estados Unidos" → "states");
/// then its key, the last word as entity keys go, when a country's whole name in that language
/// is that one word ("Syrien"; not "Americana", the last word of "Samoa Americana", which is
/// also an adjective). A local word that is also an English country key is left alone.
enum CountryNames {
    /// What CLDR's plain names leave out, in any language: abbreviations news writes for the two
    /// countries it names most ("U.S.", "EE.UU.", "USA", "США", "UK"), and a name CLDR has since replaced
    /// in English ("Türkiye") while most English news still writes "Turkey".
    private static let aliases: [String: String] = [
        "u.s": "states", "us": "states", "usa": "states", "u.s.a": "states", "ee.uu": "states",
        "uk": "kingdom", "u.k": "kingdom", "turkiye": "turkey", "сша": "states",
    ]

    /// One language's names: whole folded names, and one-word names' keys, each to its English key.
    struct Table: Sendable {
        var names: [String: String] = [:]
        var keys: [String: String] = [:]
        /// One-word names' keys shared by several countries.
        var ambiguous = Set<String>()
    }

    /// The English key of a name whose entity key is `key`, or `key` itself when it names no country.
    static func englishKey(name: String? = nil, key: String, language: String?) -> String {
        if let alias = aliases[key] { return alias }
        guard let language, language != "en" else { return key }
        let table = table(for: language)
        if let name {
            let words = name.split(separator: " ")
            for start in max(0, words.count - 4)..<words.count where words.count - start > 1 {
                if let english = table.names[EntityExtractor.fold(words[start...].joined(separator: " "))] { return english }
            }
        }
        if let english = table.keys[key] { return english }
        // A genitive or plural "s" ("Russlands", "Syriens"), where the language's own name lacks it.
        if key.count > 4, key.hasSuffix("s"), !table.ambiguous.contains(key),
           let english = table.keys[String(key.dropLast())] { return english }
        if NameMatchKey.slavic.contains(language), let english = declined(key, in: table) { return english }
        return key
    }

    /// The English key of a country named in another case than CLDR's nominative ("Турции", "Ukrainy"):
    /// the stem with each nominative ending tried. Keys are folded, so "й" is written "и".
    private static func declined(_ key: String, in table: Table) -> String? {
        for ending in ["ои", "еи", "ою", "ею", "ie", "ы", "и", "е", "у", "ю", "а", "я", "y", "i", "e", "u", "a"]
        where key.hasSuffix(ending) && key.count - ending.count >= 3 {
            let stem = String(key.dropLast(ending.count))
            for nominative in ["", "а", "я", "и", "ь", "a", "o"] {
                if let english = table.keys[stem + nominative], !table.ambiguous.contains(stem + nominative) { return english }
            }
        }
        return nil
    }

    /// Whether a one-word name is a country's name in `language` (spelled as in English or not).
    static func isCountry(_ word: String, language: String) -> Bool {
        let folded = EntityExtractor.fold(word)
        let table = table(for: language)
        return table.names[folded] != nil || table.keys[folded] != nil || aliases[folded] != nil
    }

    private static let cache = Cache()

    /// The English key of the country an English adjective names ("Turkish" → "turkey"), if it is one.
    static func country(ofDemonym word: some StringProtocol) -> String? {
        demonymKeys[EntityExtractor.key(String(word))]
    }

    /// `Demonyms` keyed as names are, each to its country's English key.
    private static let demonymKeys: [String: String] = {
        let english = Locale(identifier: "en")
        var keys: [String: String] = [:]
        for (demonym, region) in Demonyms.regions {
            guard let name = english.localizedString(forRegionCode: region) else { continue }
            keys[EntityExtractor.key(demonym)] = englishKey(regionName: name, region: region)
        }
        return keys
    }()

    /// A country's English key: the last word of its English name as CLDR gives it, but for China's and
    /// the Congos' qualifiers, and through the aliases ("Türkiye" → "turkey").
    static func englishKey(regionName: String, region: String) -> String {
        var name = region == "CN" ? withoutQualifier(regionName) : regionName
        // "Congo - Kinshasa", "Congo - Brazzaville": news writes "Congo" for either.
        if let dash = name.range(of: " - ") { name = String(name[..<dash.lowerBound]) }
        let lastWord = EntityExtractor.key(name)
        return aliases[lastWord] ?? lastWord
    }

    private static func table(for language: String) -> Table {
        cache.table(for: language) { build(language) }
    }

    static func build(_ language: String) -> Table {
        let english = Locale(identifier: "en")
        let local = Locale(identifier: language)
        var table = Table()
        var englishKeys = Set<String>()
        var keys: [String: String] = [:]
        for region in Locale.Region.isoRegions where region.identifier.count == 2 && region.identifier.allSatisfy(\.isLetter) {
            guard let englishName = english.localizedString(forRegionCode: region.identifier),
                  var localName = local.localizedString(forRegionCode: region.identifier),
                  localName != region.identifier else { continue }
            // The data Foundation reads names China "China mainland" ("Китай континентальный", "Chine
            // continentale", "China, Festland"), which would key it as "mainland"; news writes the name
            // without the qualifier. (Not when the name itself has two words: "Trung Quốc đại lục".)
            if region.identifier == "CN" { localName = withoutQualifier(localName) }
            let englishKey = englishKey(regionName: englishName, region: region.identifier)
            englishKeys.insert(englishKey)
            table.names[EntityExtractor.fold(localName)] = englishKey
            guard !localName.contains(" ") else { continue }  // its last word may be any word
            let localKey = EntityExtractor.key(localName)
            if let known = keys[localKey], known != englishKey { table.ambiguous.insert(localKey) }
            keys[localKey] = englishKey
        }
        table.keys = keys.filter { local, english in local != english && !table.ambiguous.contains(local) && !englishKeys.contains(local) }
        table.names = table.names.filter { name, english in
            let last = EntityExtractor.key(name)
            return !englishKeys.contains(last) || last == english
        }
        return table
    }

    /// The name before a comma, else its first word when the next one is not capitalised.
    private static func withoutQualifier(_ name: String) -> String {
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]) }
        let words = name.split(separator: " ")
        guard words.count > 1, let next = words[1].first, !next.isUppercase else { return name }
        return String(words[0])
    }

    /// Tables built once per language, from any thread.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: [String: Table] = [:]

        func table(for language: String, build: () -> Table) -> Table {
            lock.lock()
            defer { lock.unlock() }
            if let table = tables[language] { return table }
            let table = build()
            tables[language] = table
            return table
        }
    }
}
