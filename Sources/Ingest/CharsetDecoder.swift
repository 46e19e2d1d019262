/// Decodes a document's bytes to a String, deciding the charset the way a
/// careful browser would, and saying how it decided ("windows-1251 (meta)").
enum CharsetDecoder {
    struct Decoded {
        var text: String
        /// Charset and the evidence for it, e.g. "utf-8 (bom)", "shift_jis (detected, 100%)".
        var charset: String
    }

    /// Which declarations inside the document to honour.
    enum Declarations {
        /// `<meta>` (and an XML declaration, for XHTML).
        case html
        /// The XML declaration.
        case xml
        /// None: plain text and JSON carry no declaration.
        case none
    }

    /// ICU confidence from which a detection overrules a document's own claim of UTF-8.
    /// ICU rates single-byte charsets modestly: a clear Russian windows-1251 page scores about 40.
    private static let overrulingConfidence = 30

    /// Decodes `bytes`; `httpCharset` is the charset of an HTTP Content-Type header, when there was one.
    static func decode(_ bytes: [UInt8], httpCharset: String? = nil, declarations: Declarations) -> Decoded {
        if let decoded = decodeByteOrderMark(bytes) { return decoded }
        for (label, source) in declaredLabels(bytes, httpCharset: httpCharset, declarations: declarations) {
            guard var name = CharsetLabels.canonical(label) else { continue }
            // A declaration found by scanning ASCII bytes cannot be true of UTF-16,
            // which has no ASCII bytes; the HTML standard reads such pages as UTF-8.
            if source != "http header", !CharsetLabels.isASCIICompatible(name) { name = "utf-8" }
            return decodeDeclared(bytes, name: name, label: label, source: source, markup: declarations == .html)
        }
        return decodeUndeclared(bytes, markup: declarations == .html)
    }

    // MARK: - 1. Byte order mark

    private static func decodeByteOrderMark(_ bytes: [UInt8]) -> Decoded? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), charset: "utf-8 (bom)")
        }
        for (mark, name) in [([UInt8](arrayLiteral: 0xFF, 0xFE), "utf-16le"), ([0xFE, 0xFF], "utf-16be")]
        where bytes.starts(with: mark) {
            if let text = ICUCharset.decode(bytes.dropFirst(2), charset: name) {
                return Decoded(text: text, charset: "\(name) (bom)")
            }
        }
        return nil
    }

    // MARK: - 2. Declared

    /// Declared charset labels in order of authority, each with where it was found.
    private static func declaredLabels(_ bytes: [UInt8], httpCharset: String?, declarations: Declarations)
        -> [(label: String, source: String)] {
        var found: [(String, String)] = []
        if let httpCharset { found.append((httpCharset, "http header")) }
        let head = bytes.prefix(CharsetDeclarations.metaScanLength)
        if declarations == .html, let meta = CharsetDeclarations.metaCharset(in: head) {
            found.append((meta, "meta"))
        }
        if declarations != .none, let xml = CharsetDeclarations.xmlEncoding(in: head) {
            found.append((xml, "xml declaration"))
        }
        return found
    }

    private static func decodeDeclared(_ bytes: [UInt8], name: String, label: String, source: String,
                                       markup: Bool) -> Decoded {
        // "windows-1252 (meta, declared latin1)": the label is kept when it was mapped to another name.
        let given = label.trimmingASCIIWhitespace().lowercased()
        let how = given == name ? source : "\(source), declared \(given)"
        let scan = UTF8Repair.scan(bytes[...])

        if name == "utf-8" {
            if scan.isValid { return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "utf-8 (\(how))") }
            if scan.isRepairable { return repaired(bytes, scan, how: "\(how), ") }
            if let detected = detectedLegacy(bytes, markup: markup, minimumConfidence: overrulingConfidence) {
                return Decoded(text: detected.text, charset: "\(detected.charset); \(source) said utf-8")
            }
            return Decoded(text: String(decoding: bytes, as: UTF8.self),
                           charset: "utf-8 (\(how), \(plural(scan.invalidBytes, "invalid byte")) replaced)")
        }
        // Bytes that are valid UTF-8 with real multi-byte characters are UTF-8,
        // whatever the page claims: legacy text almost never passes as UTF-8 by
        // accident, while stale "iso-8859-1" declarations on UTF-8 pages are common.
        if scan.isValid, scan.multibyteSequences > 0, CharsetLabels.isASCIICompatible(name) {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "utf-8 (valid; \(source) said \(given))")
        }
        if let text = ICUCharset.decode(bytes[...], charset: name) {
            return Decoded(text: text, charset: "\(name) (\(how))")
        }
        return decodeUndeclared(bytes, markup: markup)
    }

    // MARK: - 3. Undeclared

    private static func decodeUndeclared(_ bytes: [UInt8], markup: Bool) -> Decoded {
        let scan = UTF8Repair.scan(bytes[...])
        if scan.isValid { return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "utf-8 (valid)") }
        if scan.isRepairable { return repaired(bytes, scan, how: "") }
        if let detected = detectedLegacy(bytes, markup: markup, minimumConfidence: 1) { return detected }
        let text = ICUCharset.decode(bytes[...], charset: "windows-1252") ?? UTF8Repair.decodeRepairing(bytes[...])
        return Decoded(text: text, charset: "windows-1252 (fallback)")
    }

    /// ICU's guess when it is a charset other than UTF-8 (which the bytes have already failed).
    /// UTF-16 guesses are ignored: without a byte order mark they are ICU's last resort, not evidence.
    private static func detectedLegacy(_ bytes: [UInt8], markup: Bool, minimumConfidence: Int) -> Decoded? {
        guard let guess = ICUCharset.detect(bytes, ignoringMarkup: markup), guess.confidence >= minimumConfidence,
              let name = CharsetLabels.canonical(guess.name), name != "utf-8", CharsetLabels.isASCIICompatible(name),
              let text = ICUCharset.decode(bytes[...], charset: name) else { return nil }
        return Decoded(text: text, charset: "\(name) (detected, \(guess.confidence)%)")
    }

    private static func repaired(_ bytes: [UInt8], _ scan: UTF8Repair.Scan, how: String) -> Decoded {
        Decoded(text: UTF8Repair.decodeRepairing(bytes[...]),
                charset: "utf-8 (\(how)repaired \(plural(scan.invalidBytes, "byte")))")
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
