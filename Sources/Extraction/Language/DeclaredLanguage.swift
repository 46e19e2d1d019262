import Foundation

/// A language as a page or its container declares it, read as an ISO 639 code: "de-AT" and
/// "en_GB" as "de" and "en", "English" as "en", and the country codes often put where a language
/// belongs ("ua", "gr", "cz") as their language. Anything else ("*", "x-default") declares nothing.
enum DeclaredLanguage {
    static func code(_ declared: String) -> String? {
        let head = String(declared.lowercased().prefix { $0.isLetter })
        if let alias = aliases[head] { return alias }
        if (2...3).contains(head.count), isoCodes.contains(head), !noLanguage.contains(head) { return head }
        return englishNames[declared.lowercased().trimmingCharacters(in: .whitespaces)]
    }

    /// Country codes written for languages, and the codes ISO withdrew that Java still writes.
    private static let aliases = ["ua": "uk", "gr": "el", "cz": "cs", "dk": "da", "jp": "ja", "cn": "zh", "kr": "ko",
                                  "iw": "he", "in": "id", "ji": "yi"]
    /// Codes that declare no language: undetermined, multiple, no linguistic content.
    private static let noLanguage: Set<String> = ["und", "mul", "zxx", "mis"]

    /// ICU's list of ISO 639 codes, through Foundation.
    private static let isoCodes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    /// "english" → "en", for the two-letter codes.
    private static let englishNames: [String: String] = {
        let english = Locale(identifier: "en")
        var names: [String: String] = [:]
        for code in isoCodes where code.count == 2 {
            if let name = english.localizedString(forLanguageCode: code)?.lowercased() { names[name] = code }
        }
        return names
    }()
}
