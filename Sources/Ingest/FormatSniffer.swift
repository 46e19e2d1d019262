/// What kind of document a file holds, decided from its first bytes; the file
/// name's extension only settles cases the content leaves open.
enum FormatSniffer {
    enum Format: Equatable {
        case feed
        case jsonLines
        case html
        case text
    }

    /// How much of the start of the content is examined.
    static let sampleLength = 8192

    private static let feedExtensions: Set<String> = ["xml", "rss", "atom", "rdf"]
    private static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
    private static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// True when the content starts with a WARC 1.0 or 1.1 record header.
    static func isWARC(_ sample: ArraySlice<UInt8>) -> Bool {
        sample.starts(with: Array("WARC/1.0".utf8)) || sample.starts(with: Array("WARC/1.1".utf8))
    }

    /// The format of content starting with `sample`, from a file whose (inner)
    /// extension is `fileExtension`; a failure carries why a feed-named file is not a feed.
    static func sniff(_ sample: ArraySlice<UInt8>, fileExtension: String) -> Result<Format, NotAFeed> {
        let text = asciiView(sample.prefix(sampleLength))
        let trimmed = text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
        let root = trimmed.hasPrefix("<") ? rootElement(trimmed) : nil
        if let root, ["rss", "rdf:rdf", "feed"].contains(root) || root.hasSuffix(":rdf") || root.hasSuffix(":feed") {
            return .success(.feed)
        }
        if trimmed.hasPrefix("{") { return .success(.jsonLines) }
        if feedExtensions.contains(fileExtension) {
            return .failure(NotAFeed(reason: root.map { "the root element is <\($0)>" } ?? "no XML root element found"))
        }
        if jsonLinesExtensions.contains(fileExtension) { return .success(.jsonLines) }
        if root == "html" || looksLikeHTML(trimmed) || htmlExtensions.contains(fileExtension) { return .success(.html) }
        return .success(.text)
    }

    struct NotAFeed: Error {
        var reason: String
    }

    /// True when a string holds markup: a tag, or an entity reference.
    static func containsMarkup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i + 2 < bytes.count {
            let next = bytes[i + 1]
            if bytes[i] == 0x3C, isLetter(next) || next == 0x2F || next == 0x21,
               bytes[(i + 2)...].prefix(2000).contains(0x3E) {
                return true
            }
            if bytes[i] == 0x26, isLetter(next) || next == 0x23,
               let semicolon = bytes[(i + 1)...].prefix(10).firstIndex(of: 0x3B),
               bytes[(i + 1)..<semicolon].allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x23 }) {
                return true
            }
            i += 1
        }
        return false
    }

    // MARK: - Helpers

    /// A lower-cased ASCII rendering of the sample, good enough to look for tags:
    /// UTF-16 (with a byte order mark) is narrowed, other non-ASCII bytes become "?".
    private static func asciiView(_ sample: ArraySlice<UInt8>) -> Substring {
        var bytes = Array(sample)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let low = bytes[0] == 0xFF ? 0 : 1
            bytes = stride(from: 2 + low, to: bytes.count, by: 2).map { bytes[$0] }
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        let ascii = bytes.map { $0 < 0x80 ? (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 : UInt8(ascii: "?") }
        return Substring(String(decoding: ascii, as: UTF8.self))
    }

    /// The name of the first element, past any XML declaration, processing
    /// instructions, comments and doctype.
    private static func rootElement(_ text: Substring) -> String? {
        var rest = text
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?") {
                guard let end = rest.firstRange(of: "?>") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.firstRange(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!") {
                // A doctype, possibly with an internal subset in brackets.
                let bracket = rest.firstIndex(of: "[")
                let close = rest.firstIndex(of: ">")
                if let bracket, let close, bracket < close {
                    guard let end = rest.firstIndex(of: "]") else { return nil }
                    rest = rest[end...].drop(while: { $0 != ">" }).dropFirst()
                } else {
                    guard let close else { return nil }
                    rest = rest[rest.index(after: close)...]
                }
            } else if rest.hasPrefix("<") {
                let name = rest.dropFirst().prefix(while: { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" || $0 == "." })
                return name.isEmpty ? nil : String(name)
            } else {
                return nil
            }
        }
    }

    /// HTML without an .html name: a doctype, one of the structural tags, or many tags near the start.
    private static func looksLikeHTML(_ text: Substring) -> Bool {
        if text.hasPrefix("<!doctype html") { return true }
        for tag in ["<html", "<head", "<body"] {
            var search = text[...]
            while let found = search.firstRange(of: tag) {
                let after = search[found.upperBound...].first
                if after == nil || after == ">" || after == " " || after == "\n" || after == "\t" || after == "\r" { return true }
                search = search[found.upperBound...]
            }
        }
        let head = Array(text.utf8.prefix(4096))
        var tags = 0
        for i in 0..<max(0, head.count - 1) where head[i] == 0x3C && (isLetter(head[i + 1]) || head[i + 1] == 0x2F) {
            tags += 1
        }
        return tags >= 5
    }

    private static func isLetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
}
