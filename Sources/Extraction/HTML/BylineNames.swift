import Foundation
import NewsdeskHTML

/// Turns the text of a byline into a name: lead-ins ("By", "Von", "Publicado por"),
/// dates, roles and handles around the name are cut, labels that name no one give "".
enum BylineNames {
    /// Phrases that introduce a byline, longest first ("View all posts by", "Von", "Par" …).
    static let leadIns: [String] = [
        "view all posts by", "zeige alle beiträge von", "alle beiträge von", "weitere artikel von", "post author",
        "posted by", "written by", "geschrieben von", "veröffentlicht von", "publiziert von", "publié par",
        "publicado por", "pubblicato da", "escrito por", "ein beitrag von", "author:", "autor:", "autorin:",
        "zum profil von", "rezept von", "interview:", "posted in", "beitrag von", "artikel von",
        "show all articles of", "alle artikel von", "more articles by", "more from", "redaktion:", "gespeichert von",
        "blog beitrag von", "blogbeitrag von", "ein artikel von", "verfasst von", "erstellt von", "beitrag von", "责任编辑：", "责任编辑:", "rédigé par", "redactado por",
        "text von", "text und interview:", "eingestellt von", "eine kolumne von", "ein kommentar von", "ein interview von",
        "auteur :", "auteur:", "von:", "by:", "text:", "texto:", "author", "autorin", "autor", "auteur",
        "von", "vom", "by", "par", "por", "di", "door", "av", "|",
    ].sorted { $0.count > $1.count }

    /// First letters of the byline lead-ins, for a cheap first test.
    static let leadInInitials: Set<String> = Set((leadIns + ["by", "von", "par", "por", "di", "door", "av", "text:"]).compactMap { $0.first.map { String($0) } })

    /// Where a byline's name ends: dates, roles and comment verbs follow it.
    static let stops = [" am ", " on ", " le ", " el ", " – ", " - ", " | ", ",", "(", " said", " says", " sagt", "•", "·",
                              " im gespräch", "\n", " stand", "; view", " view my", " show all", " follow", " shares", " under ",
                         " illustration", " foto:", " fotos:", " photo:", " photos:"]

    /// Lead-ins that put the date before the name ("Posted on … by …").
    static let datedLeadIns = ["posted on", "published on", "veröffentlicht am", "publiziert am", "publicado el", "publié le", "pubblicato il"]

    /// First words of a "By Jane Doe" line in the page text.
    static let shortLeadIns: Set<String> = ["by", "von", "par", "por", "di", "door", "av", "text:"]

    /// Words that label a byline printed on its own ("Autor:", "By") with the name in the next element.
    static let labelWords: Set<String> = ["autor", "autorin", "autoren", "author", "authors", "auteur", "von", "by", "por", "par", "text", "texto"]

    static func isLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 12 else { return false }
        let lower = text.lowercased().trimmingScalars(in: nameEdges)
        return lower.count <= 8 && labelWords.contains(lower)
    }

    /// The editorial desk signing a piece: a byline of its own, though "Redaktion:" also introduces names.
    static let editorialDesks: Set<String> = ["redaktion", "redacción", "rédaction", "redazione", "redakcja"]

    /// Values that fill an author field without naming anyone.
    static let notNames: Set<String> = [
        "name", "name *", "no author", "admin", "wordpressadmin", "administrator", "by", "author", "autor", "unknown",
        "editor", "staff", "guest", "anonymous", "webmaster", "posted", "follow", "link", "publiziert am",
        "veröffentlicht am", "publiziert", "veröffentlicht", "erstellt", "afficher mon profil complet", "view my complete profile", "agencies", "share", "email", "datum", "date", "fecha", "stand",
    ]

    /// A person's name from a byline text, or "" when it names no one.
    static func clean(_ raw: String) -> String {
        var name = collapseWhitespace(raw)
        // Some CMSs escape the name twice, so markup metadata still holds "Redacci&oacute;n".
        if name.contains("&"), name.contains(";") {
            let page = HTMLDocument(html: name)
            name = collapseWhitespace(page.textContent(of: HTMLDocument.root))
        }
        // "Jane Doe @janedoe": the social handle beside the name.
        let plainWords = name.split(separator: " ").filter { !$0.hasPrefix("@") }
        if plainWords.count >= 1, plainWords.count < name.split(separator: " ").count { name = plainWords.joined(separator: " ") }
        var changed = true
        while changed {
            changed = false
            let lower = name.lowercased()
            for leadIn in leadIns where lower.hasPrefix(leadIn) {
                let rest = name.dropFirst(leadIn.count)
                // "AuthorJane Doe": scraped bylines glue the label to the name.
                guard let next = rest.first, next == " " || next == ":" || next.isUppercase || leadIn.last == ":" || leadIn.last == "：" || leadIn == "|" else { continue }
                name = collapseWhitespace(String(rest)).trimmingScalars(in: nameEdges)
                changed = true
                break
            }
        }
        // "Posted on 3 May 2021 by Jane Doe": the name follows the date.
        let lowered = name.lowercased()
        if datedLeadIns.contains(where: { lowered.hasPrefix($0) }),
           let by = [" by ", " von ", " por ", " par ", " di "].compactMap({ lowered.range(of: $0) }).first,
           let from = by.upperBound.samePosition(in: name) {
            name = String(name[from...])
        }
        var lowerName = name.lowercased()  // lowercased again only after a cut
        for stop in stops {
            if let cut = lowerName.firstRange(of: stop), let end = cut.lowerBound.samePosition(in: name) {
                name = String(name[..<end])
                lowerName = name.lowercased()
            }
        }
        // "Jane Doe/AGENCY": the agency or desk after the slash is not part of the name.
        if let slash = name.firstIndex(of: "/"), name[..<slash].contains(" ") { name = String(name[..<slash]) }
        // A number starting a word begins a date or a time; one inside a handle ("delta201") is part of it.
        let characters = Array(name)
        if let cut = characters.indices.first(where: { characters[$0].isNumber && ($0 == 0 || characters[$0 - 1] == " ") }) {
            name = String(characters[..<cut])
        }
        name = name.trimmingScalars(in: nameEdges)
        // A stop word left at the very end ("R. R. am", "Jane Doe on").
        for stop in [" am", " on", " le", " el", " stand", " at", " under"] where name.lowercased().hasSuffix(stop) {
            name = String(name.dropLast(stop.count)).trimmingScalars(in: nameEdges)
        }
        // Handles printed twice ("jesusfreak jesusfreak").
        let words = name.split(separator: " ")
        if words.count == 2, words[0] == words[1] { name = String(words[0]) }
        // "Jr." and initials keep their full stop.
        if let lastWord = name.split(separator: " ").last, lastWord.count <= 3, lastWord.first?.isUppercase == true,
           raw.contains(lastWord + ".") {
            name += "."
        }
        let lower = name.lowercased()
        if notNames.contains(lower) || leadIns.contains(lower) || leadIns.contains(lower + ":") && !editorialDesks.contains(lower) || lower.contains("@") || lower.contains("http") || lower.contains("erforderlich")
            || lower.contains("required") || name.count < 2 || labelWords.contains(lower) || isCredit(lower) { return "" }
        return name
    }

    static let nameEdges = BoilerplateLines.creditEdges.union([",", ";", ":", "-", "–", "—", "|", "*", "→", "»", "«", "[", "©"])

    /// A picture credit ("Foto: …", "Photo …") found where a byline was expected.
    static func isCredit(_ lower: String) -> Bool {
        ["foto", "photo", "bild:", "bilder:", "image:", "grafik"].contains { lower.hasPrefix($0) }
    }

    /// A login or a first name alone rather than a full name: "jdoe", "jane.doe", "Jane".
    /// Chinese and Japanese names are written without spaces, so they never count as handles.
    static func isHandle(_ name: String) -> Bool {
        !name.contains(" ") && name.unicodeScalars.allSatisfy { $0.value < 0x2E80 }
    }

    /// Whether `full` is the printed name behind `handle`: the handle's words are words of the
    /// name ("jane.doe", "Jane" for "Jane P. Doe") or its letters run together ("janedoe").
    static func expands(_ handle: String, to full: String) -> Bool {
        // Only a short name with capitalised words: not a sentence that happens to contain the handle.
        let printedWords = full.split(separator: " ")
        guard printedWords.count <= 4, printedWords.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let words = full.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.count >= 2 else { return false }
        let parts = handle.lowercased().split(whereSeparator: { !$0.isLetter })
        if !parts.isEmpty, parts.allSatisfy({ part in words.contains(part) }) { return true }
        return parts.joined() == words.joined()
    }

    /// Top-level domains seen in author fields that name a site ("example.de", "www.example.com").
    static let siteDomains: Set<Substring> = ["de", "com", "at", "ch", "net", "org", "it", "fr", "es", "eu", "io", "info", "co", "uk", "nl", "pl", "be", "tv", "fm"]

    /// An author field that names a site or a company rather than a person.
    static func looksLikeOrganisation(_ lower: String) -> Bool {
        if lower.has("www.") || lower.has("gmbh") || lower.has(" e.v") || lower.has(" e. v.") { return true }
        for word in lower.split(separator: " ") {
            let trimmed = String(word).trimmingScalars(in: Set(".,/".unicodeScalars))
            if let dot = trimmed.lastIndex(of: "."), dot > trimmed.startIndex, siteDomains.contains(trimmed[trimmed.index(after: dot)...]) { return true }
        }
        return lower.hasSuffix(" ag") || lower.hasSuffix(" inc") || lower.hasSuffix(" inc.") || lower.hasSuffix(" ltd") || lower.hasSuffix(" llc")
    }

    static let dateNameSeparators = [" - ", " – ", " | ", " · ", " von ", " by ", " por ", " par ", " Von ", " By "]

    /// The name in a "date – name" line ("11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe",
    /// "06.11.2023 von Jane"), which many sites print under the headline instead of a "By" line.
    static func afterDate(_ line: String) -> String? {
        // Numbers under headlines are mostly prices, scores and times: the byte test spares them the date parser.
        guard dateNameSeparators.contains(where: { line.has($0) }), DateParser.dateLine(line) != nil else { return nil }
        let lower = line.lowercased()
        let separators = [" - ", " – ", " | ", " · ", " von ", " by ", " por ", " par "]
        guard let cut = separators.compactMap({ lower.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
              let from = cut.upperBound.samePosition(in: line) else { return nil }
        let isWordLeadIn = String(lower[cut]).trimmingScalars(in: [" "]).first?.isLetter == true
        let name = clean(String(line[from...]))
        let words = name.split(separator: " ")
        // After a dash a single word is as often a place ("12.03.2020 - Berlin"); after "von"/"by" it is a name.
        guard !name.isEmpty, words.count <= 4, words.count >= (isWordLeadIn ? 1 : 2),
              words.allSatisfy({ $0.first?.isUppercase == true }), !name.contains(where: \.isNumber) else { return nil }
        return name
    }
}
