/// Lines of page furniture recognised by their wording: ad labels, comment
/// forms, teaser headings, share prompts, photo credits. Used on HTML blocks
/// and on scraped plain text alike. Rules are data: add a phrase, not code.
public enum BoilerplateLines {
    /// Whole lines (lowercased, without surrounding punctuation) that are never article text.
    static let exact: Set<String> = [
        // advertising labels
        "advertisement", "advertisment", "advertising", "advert", "privacy overview", "ad", "ads", "sponsored", "sponsored content", "anzeige",
        "werbung", "publicité", "publicidad", "pubblicità", "reklama", "advertisement scroll to continue",
        "advertisement spot_img", "advertisementspot_img", "story continues below advertisement", "continue reading below",
        "реклама", "advertentie", "reclame",
        // the same furniture in Russian, Ukrainian, Polish and Dutch
        "читайте также", "читайте також", "комментарии", "коментарі", "поделиться", "поділитися", "подписаться",
        "підписатися", "czytaj także", "czytaj też", "komentarze", "udostępnij", "lees ook", "reacties", "delen",
        // comment forms
        "please enter your comment", "please enter your name here", "you have entered an incorrect email address",
        "please enter your email address here", "leave a reply", "leave a comment", "post a comment", "cancel reply",
        "comments", "comment", "add a comment", "join the conversation", "show comments", "view comments",
        "kommentare", "commentaires", "comentarios", "log in to comment",
        "save my name email and website in this browser for the next time i comment",
        // teaser and navigation headings
        "latest news", "latest articles", "latest", "must read", "you might also like", "you may also like",
        "recommended to you", "recommended", "related", "related articles", "related stories", "related posts",
        "related news", "more stories", "more news", "top news", "top stories", "most popular", "most read",
        "trending", "trending now", "popular posts", "stay connected", "connect with us", "follow us",
        "hi what are you looking for", "skip to content", "skip to main content", "menu", "search", "home",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "print", "whatsapp", "copy link", "link copied", "buy now", "subscribe", "sign up",
        "log in", "login", "register", "newsletter", "loading", "read more", "read full article", "see more",
        "show more", "load more", "next article", "previous article", "next", "previous", "back to top",
        "more from this section", "editor's picks", "editors picks", "don't miss", "dont miss", "watch",
        "listen", "listen to this article", "close", "accept", "accept all", "weiterlesen", "mehr lesen",
        "lire la suite", "leer más", "leia mais", "leggi anche", "lesen sie auch", "mehr zum thema",
        "das könnte sie auch interessieren", "à lire aussi", "lire aussi", "a lire aussi", "lea también",
        "te puede interesar", "más noticias", "ähnliche artikel", "articles similaires", "noticias relacionadas",
        "auch interessant", "à découvrir", "was denkst du", "beitragsbild", "bild anzeigen", "explore further",
        "ähnliche beiträge", "verwandte artikel", "weitere artikel", "tags",
        "schlagwörter", "teilen", "artikel teilen", "partager", "compartir", "condividi", "vous aimerez aussi",
        // section labels that introduce lists of links, tags or contact details, not text
        "tagged", "kontakt", "themen", "mehr themen", "weitere beiträge", "meist gesucht", "news teilen", "zum weiterlesen",
        "schon gelesen", "externer inhalt", "quellen ausblenden", "keine kommentare", "no comments", "zusatzinformationen",
        "weitere informationen",
    ]

    /// Line beginnings (lowercased) that mark teasers, credits and calls to action.
    static let prefixes: [String] = [
        "read more:", "read more about", "read also:", "read also", "related:", "see also:", "also read:",
        "also read", "more:", "photo:", "photos:", "image:", "images:", "picture:", "video:", "watch:", "listen:",
        "follow us on", "follow us", "sign up for", "sign up to", "subscribe to", "subscribe for", "click here",
        "copyright ©", "copyright (c)", "copyright", "©", "(c) ", "all rights reserved", "image credit",
        "photo credit", "image source", "photo by", "(photo by", "(photo:", "(image:", "file photo",
        "lesen sie auch:", "lesen sie auch", "mehr zum thema:", "lire aussi :", "lire aussi:", "à lire aussi",
        "lea también:", "lea también", "leer más:", "leia também", "leggi anche:", "foto:", "bild:", "quelle:",
        "> subscribe", "this article was originally published", "this story has been published from a wire",
        "get the latest", "download the app", "join our", "we use cookies", "this website uses cookies",
        "by continuing to use", "cookie policy", "privacy policy", "terms of use", "terms and conditions",
        "tagged:", "tags:", "schlagwörter:", "this entry was posted", "dieser eintrag wurde veröffentlicht",
        "der beitrag wurde am", "dieser beitrag wurde", "erstellt am ", "veröffentlicht am ", "zuletzt aktualisiert",
        "das könnte dich auch interessieren", "das thema könnte dich auch interessieren", "war der artikel nützlich",
        "möchten sie den artikel teilen", "vorschau auf den nächsten artikel", "credit:", "was sind cookies",
        "durch die weitere nutzung", "diese website verwendet cookies", "wir verwenden cookies", "if you enjoyed reading this",
        "bloggern gefällt das", "gefällt mir wird geladen", "(noch keine bewertungen", "kostenlos zum newsletter",
        "jetzt newsletter abonnieren", "you can keep up with me", "puede escribirnos", "pour accéder en illimité",
        "mit diesem button", "den artikel mit anderen teilen", "ce site utilise des cookies", "este sitio web utiliza cookies",
        "utilizamos cookies", "nous utilisons des cookies", "like this:", "share this:", "related posts:",
        "titelbild:", "dieser text wurde veröffentlicht", "last modified:", "last updated:", "zobacz także", "zobacz też",
        "czytaj także", "czytaj też", "korzystamy z cookies", "materiał chroniony prawem", "quellenangaben", "originalartikel",
        "alle angaben ohne gewähr", "sie sind aktuell nicht eingeloggt", "sie sind nicht angemeldet", "abbildung ",
        "never miss the latest", "this post contains references", "this post may contain affiliate", "zapraszamy do",
        "gefällt dir unser", "sie lesen gern", "do you want to be informed", "sign up to our newsletter", "abonnez-vous",
        "suscríbete", "iscriviti alla newsletter",
        // paywall notices and follow prompts
        "subscribe now to", "to view the full story", "to continue reading", "if you’re seeing this message", "if you're seeing this message",
        "we rely on your support", "síguenos en", "siguenos en", "folgen sie uns", "suivez-nous", "rezept drucken", "print recipe",
        "bild anzeigen", "%d bloggern gefällt das", "%d bloggers like this", "sie müssen sich anmelden", "you must be logged in to post",
        // disclaimers, citation boxes, membership and donation calls, rights notices
        "disclaimer", "les opinions exprimées", "the views expressed", "dieser beitrag gibt die meinung", "suggested citation",
        "werden sie mitglied", "we need your help", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
    ]

    /// Phrases that make a short line a site footer wherever they stand in it ("DER BOTE 12/2020 Alle Rechte vorbehalten").
    static let footerPhrases: [String] = [
        "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
    ]

    /// Legal pages whose names, two or more in one short line, make it a footer's link row ("Impressum | Datenschutz").
    static let legalLinks: [String] = [
        "impressum", "datenschutz", "imprint", "privacy policy", "terms of use", "mentions légales", "aviso legal",
        "política de privacidad", "polityka prywatności", "cookie policy", "agb",
    ]

    /// Agencies whose names close a photo credit ("… / AFP", "(Reuters)").
    static let creditAgencies: [String] = [
        "afp", "ap", "reuters", "getty images", "getty", "epa", "efe", "dpa", "anadolu", "xinhua", "shutterstock",
        "istock", "pool", "ap photo", "ansa", "tass", "sipa", "bloomberg", "picture alliance", "imago",
    ]

    /// Openings of a parenthesised credit at the end of a caption.
    static let creditLabels: [String] = ["(foto:", "(fotos:", "(photo:", "(photos:", "(bild:", "(fot.", "(image:", "(crédit"]

    /// True when a line or block is furniture by its wording alone.
    /// Runs on every block of every page: it lowercases only what each rule reads.
    public static func isBoilerplate(_ line: some StringProtocol) -> Bool {
        let byteCount = line.utf8.count
        guard byteCount > 0 else { return false }
        // Long paragraphs are prose unless they open like a cookie notice or a credit.
        guard byteCount < 600 else { return hasBoilerplatePrefix(line.prefix(60).lowercased()) }
        if isMarkupResidue(line) || isServerError(line) { return true }
        let head = String(line.prefix(64)).lowercased()
        let headCore = head.trimmingScalars(in: edgePunctuation)
        if headCore.isEmpty { return true }  // punctuation and dashes only
        if hasBoilerplatePrefix(headCore) || headCore.unicodeScalars.first != head.unicodeScalars.first && hasBoilerplatePrefix(head) {
            return true
        }
        if isImageSizeCaption(headCore) { return true }
        if byteCount <= longestExact + 8 {
            let core = byteCount <= 64 ? headCore : line.lowercased().trimmingScalars(in: edgePunctuation)
            if exact.contains(core) || core.utf8.contains(UInt8(ascii: ",")) && exact.contains(String(core.filter { $0 != "," })) {
                return true
            }
            if core.hasSuffix("spot_img") { return true }
        }
        if byteCount < 200, isFooterLine(line.lowercased()) { return true }
        let mayBeCredit = line.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ")") } || hasCopyright(line)
        return mayBeCredit && isPhotoCredit(line.lowercased())
    }

    /// A rights notice anywhere in a short line, or a row of links to two legal pages.
    static func isFooterLine(_ lower: String) -> Bool {
        if footerPhrases.contains(where: { lower.has($0) }) { return true }
        return legalLinks.filter { lower.has($0) }.count >= 2
    }

    /// Whether the text holds "©" (C2 A9 in UTF-8). Over bytes: Foundation's `contains`
    /// went through NSString and cost more than all the other rules of this test together.
    static func hasCopyright(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC2 && byte == 0xA9 { return true }
            previous = byte
        }
        return false
    }

    private static let longestExact = exact.map(\.utf8.count).max() ?? 0

    private static func hasBoilerplatePrefix(_ lower: String) -> Bool {
        guard let first = lower.unicodeScalars.first, let candidates = prefixesByFirstScalar[first] else { return false }
        return candidates.contains { lower.hasPrefix($0) }
    }

    /// "Warning: Creating default object from empty value in /var/www/… on line 12": a PHP error printed into the page.
    static func isServerError(_ line: some StringProtocol) -> Bool {
        guard line.hasPrefix("Warning: ") || line.hasPrefix("Notice: ") || line.hasPrefix("Deprecated: ")
            || line.hasPrefix("Fatal error: ") || line.hasPrefix("Strict Standards: ") else { return false }
        return line.contains(" on line ")
    }

    /// `<img src=…>` as text: markup that a browser serialised from <noscript> or a scraper left escaped.
    static func isMarkupResidue(_ line: some StringProtocol) -> Bool {
        guard line.first == "<", let second = line.dropFirst().first, second.isLetter || second == "/" || second == "!" else { return false }
        return line.contains("=") || line.hasSuffix(">")
    }

    /// "648x415 minister at the podium": an image file name with its size, left by scrapers.
    static func isImageSizeCaption(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(12))
        var i = 0
        var width = 0
        while i < scalars.count, scalars[i].properties.numericType == .decimal { i += 1; width += 1 }
        guard (2...4).contains(width), i < scalars.count, scalars[i] == "x" || scalars[i] == "×" else { return false }
        i += 1
        var height = 0
        while i < scalars.count, scalars[i].properties.numericType == .decimal { i += 1; height += 1 }
        return (2...4).contains(height) && (i == scalars.count || scalars[i] == " ")
    }

    /// "Minister at the podium – Jane Doe / POOL / AFP": a short line ending in an agency credit.
    static func isPhotoCredit(_ lower: String) -> Bool {
        guard lower.utf8.count < 300, !lower.hasSuffix(".") || lower.hasSuffix("photo.") else { return false }
        if lower.utf8.count < 200, lower.hasSuffix(")"), let open = lower.lastIndex(of: "("),
           creditLabels.contains(where: { lower[open...].hasPrefix($0) }) {
            return true  // "… im Überblick. (Foto: Jane Roe)": a caption closing on its credit
        }
        if let mark = lower.lastIndex(of: "©"), let owner = lower[lower.index(after: mark)...].split(separator: "/").first,
           creditAgencies.contains(String(owner).trimmingScalars(in: creditEdges)) {
            return true  // "Skier at the start. © AFP / Jane Roe": the agency comes first, the photographer after
        }
        let tail = lower.split(whereSeparator: { "/|©".contains($0) }).last.map { String($0).trimmingScalars(in: creditEdges) } ?? ""
        guard lower.utf8.contains(UInt8(ascii: "/")) || lower.utf8.contains(UInt8(ascii: "|")) || hasCopyright(lower) else {
            return lower.hasSuffix("(ap photo)") || lower.hasSuffix("(reuters)") && lower.count < 80
        }
        return creditAgencies.contains(tail)
    }

    private static let prefixesByFirstScalar: [Unicode.Scalar: [String]] =
        Dictionary(grouping: prefixes, by: { $0.unicodeScalars.first! })

    static let edgePunctuation = Set(" \u{A0}\t\n\r-–—•|:!?.…>»«*#_=+~/\\[](){}\"'".unicodeScalars)
    static let creditEdges = Set(" \u{A0}()[].".unicodeScalars)
}

extension String {
    /// The string without leading and trailing scalars from `set`.
    public func trimmingScalars(in set: Set<Unicode.Scalar>) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(scalars[first...last])
    }
}
