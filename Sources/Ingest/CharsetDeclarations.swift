/// Finds the charset a document declares about itself, by scanning bytes
/// before anything is decoded (declarations are ASCII in every charset that can carry them).
enum CharsetDeclarations {
    /// How far into an HTML document to look for `<meta>`: the HTML standard
    /// says 1024 bytes, but long `<head>` scripts push real pages' meta further.
    static let metaScanLength = 4096

    /// The charset label of a `<meta charset>` or `<meta http-equiv=Content-Type content="…charset=…">`,
    /// found the way the HTML standard's prescan does (comments and other tags' attributes are skipped).
    static func metaCharset(in document: ArraySlice<UInt8>) -> String? {
        let bytes = Array(document.prefix(metaScanLength))
        var i = 0
        while i < bytes.count {
            if bytes.hasPrefix("<!--", at: i) {
                i = bytes.index(after: "-->", from: i + 2) ?? bytes.count
                continue
            }
            if bytes.hasPrefix("<meta", at: i, caseInsensitive: true), i + 5 < bytes.count,
               isSpace(bytes[i + 5]) || bytes[i + 5] == 0x2F {
                i += 5
                if let charset = metaElementCharset(bytes, &i) { return charset }
                continue
            }
            if bytes[i] == 0x3C, i + 1 < bytes.count {
                let next = bytes[i + 1]
                let closing = next == 0x2F && i + 2 < bytes.count && isLetter(bytes[i + 2])
                if isLetter(next) || closing {
                    // Another tag: step over its attributes so that a quoted
                    // "<meta" inside one is not mistaken for an element.
                    i += closing ? 2 : 1
                    while i < bytes.count, !isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
                    while attribute(bytes, &i) != nil {}
                } else if next == 0x21 || next == 0x2F || next == 0x3F {
                    i = bytes.firstIndex(of: 0x3E, from: i) ?? bytes.count
                }
            }
            i += 1
        }
        return nil
    }

    /// The `encoding` of an XML declaration at the start of the document.
    static func xmlEncoding(in document: ArraySlice<UInt8>) -> String? {
        let head = Array(document.prefix(512))
        var start = 0
        while start < head.count, isSpace(head[start]) { start += 1 }
        guard head.hasPrefix("<?xml", at: start),
              let end = head.index(after: "?>", from: start) else { return nil }
        return parameter(named: "encoding", in: head[start..<end], separator: nil)
    }

    /// The `charset` parameter of a Content-Type value ("text/html; charset=UTF-8").
    static func charsetParameter(in contentType: String) -> String? {
        parameter(named: "charset", in: ArraySlice(Array(contentType.utf8)), separator: 0x3B)
    }

    // MARK: - Pieces of the prescan

    /// Reads a `<meta>` element's attributes; returns its charset when it declares one.
    private static func metaElementCharset(_ bytes: [UInt8], _ i: inout Int) -> String? {
        var seen = Set<String>()
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        while let (name, value) = attribute(bytes, &i) {
            guard seen.insert(name).inserted else { continue }
            switch name {
            case "http-equiv":
                if value.lowercased() == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let found = charsetParameter(in: value) {
                    charset = found
                    needPragma = true
                }
            case "charset":
                charset = value
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, let charset, !needPragma || gotPragma else { return nil }
        return charset
    }

    /// The HTML standard's "get an attribute": reads one name/value pair, or
    /// returns nil at the end of the tag (leaving `i` on the `>`).
    private static func attribute(_ bytes: [UInt8], _ i: inout Int) -> (String, String)? {
        while i < bytes.count, isSpace(bytes[i]) || bytes[i] == 0x2F { i += 1 }
        guard i < bytes.count, bytes[i] != 0x3E else { return nil }
        var name: [UInt8] = []
        var value: [UInt8] = []
        func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
        // Name
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x3D, !name.isEmpty { i += 1; break }
            if isSpace(c) {
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
                guard i < bytes.count, bytes[i] == 0x3D else { return (text(name), "") }
                i += 1
                break
            }
            if c == 0x2F || c == 0x3E { return (text(name), "") }
            name.append(lower(c))
            i += 1
        }
        // Value
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count else { return nil }
        let quote = bytes[i]
        if quote == 0x22 || quote == 0x27 {
            i += 1
            while i < bytes.count, bytes[i] != quote { value.append(lower(bytes[i])); i += 1 }
            i += 1
            return (text(name), text(value))
        }
        if quote == 0x3E { return (text(name), "") }
        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != 0x3E { value.append(lower(bytes[i])); i += 1 }
        return (text(name), text(value))
    }

    /// The value of `name=value` (optionally quoted) inside `bytes`; an unquoted
    /// value ends at whitespace, the `separator` or a quote.
    private static func parameter(named name: String, in bytes: ArraySlice<UInt8>, separator: UInt8?) -> String? {
        let target = Array(name.utf8)
        var i = bytes.startIndex
        while i + target.count <= bytes.endIndex {
            guard Array(bytes[i..<i + target.count]).map(lower) == target else { i += 1; continue }
            var j = i + target.count
            while j < bytes.endIndex, isSpace(bytes[j]) { j += 1 }
            guard j < bytes.endIndex, bytes[j] == 0x3D else { i += 1; continue }
            j += 1
            while j < bytes.endIndex, isSpace(bytes[j]) { j += 1 }
            guard j < bytes.endIndex else { return nil }
            var value: [UInt8] = []
            if bytes[j] == 0x22 || bytes[j] == 0x27 {
                let quote = bytes[j]
                j += 1
                while j < bytes.endIndex, bytes[j] != quote { value.append(bytes[j]); j += 1 }
            } else {
                while j < bytes.endIndex, !isSpace(bytes[j]), bytes[j] != separator, bytes[j] != 0x22, bytes[j] != 0x27,
                      bytes[j] != 0x3F {
                    value.append(bytes[j])
                    j += 1
                }
            }
            let text = String(decoding: value, as: UTF8.self).trimmingASCIIWhitespace()
            return text.isEmpty ? nil : text
        }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
    private static func isLetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
    private static func lower(_ c: UInt8) -> UInt8 { (0x41...0x5A).contains(c) ? c + 0x20 : c }
}

extension Array where Element == UInt8 {
    /// True when the ASCII `prefix` occurs at `offset`.
    func hasPrefix(_ prefix: String, at offset: Int, caseInsensitive: Bool = false) -> Bool {
        let pattern = Array(prefix.utf8)
        guard offset >= 0, offset + pattern.count <= count else { return false }
        for (k, expected) in pattern.enumerated() {
            var actual = self[offset + k]
            if caseInsensitive, (0x41...0x5A).contains(actual) { actual += 0x20 }
            if actual != expected { return false }
        }
        return true
    }

    /// The index just past the first occurrence of the ASCII `pattern` at or after `from`.
    func index(after pattern: String, from: Int) -> Int? {
        let length = pattern.utf8.count
        var i = Swift.max(from, 0)
        while i + length <= count {
            if hasPrefix(pattern, at: i) { return i + length }
            i += 1
        }
        return nil
    }

    func firstIndex(of byte: UInt8, from: Int) -> Int? {
        guard from < count else { return nil }
        return self[from...].firstIndex(of: byte)
    }
}
