import CLibXML2

/// Decoding of character references (`&amp;`, `&#233;`, `&eacute`).
enum HTMLEntities {
    /// Names the standard decodes even without a trailing semicolon, as
    /// old pages write them (`&copy 2019`, `&nbsp`). Longest first.
    static let legacyWithoutSemicolon: [String] = [
        "nbsp", "copy", "quot", "amp", "reg", "lt", "gt", "shy", "deg", "middot", "laquo", "raquo",
        "eacute", "egrave", "agrave", "aacute", "uuml", "ouml", "auml", "Uuml", "Ouml", "Auml", "szlig",
        "ccedil", "ntilde", "iacute", "oacute", "uacute",
    ].sorted { $0.count > $1.count }

    /// Windows-1252 meanings of C1 code points in numeric references (`&#150;` is a dash).
    static let c1Remap: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// HTML5 names missing from libxml2's HTML 4 table that news pages use.
    static let html5Extras: [String: UInt32] = [
        "apos": 0x27, "nbsp": 0xA0, "hellip": 0x2026, "NewLine": 0x0A, "Tab": 0x09, "lsquo": 0x2018,
        "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "ndash": 0x2013, "mdash": 0x2014,
        "bull": 0x2022, "euro": 0x20AC, "trade": 0x2122, "dash": 0x2010, "period": 0x2E, "comma": 0x2C,
        "colon": 0x3A, "excl": 0x21, "quest": 0x3F, "num": 0x23, "lpar": 0x28, "rpar": 0x29,
    ]

    /// The code point of a named reference (without `&` and `;`), or nil.
    static func lookup(_ name: String) -> UInt32? {
        if let extra = html5Extras[name] { return extra }
        return name.withCString { pointer -> UInt32? in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { chars in
                guard let entry = htmlEntityLookup(chars) else { return nil }
                return UInt32(entry.pointee.value)
            }
        }
    }

    /// Decodes the references in `bytes[range]` into a String.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inAttribute: Bool = false) -> String {
        guard let base = bytes.baseAddress, !range.isEmpty else { return "" }
        let slice = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&"), let (scalar, length) = reference(bytes, at: i, end: range.upperBound, inAttribute: inAttribute) {
                appendUTF8(scalar, to: &out)
                i += length
            } else {
                out.append(byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a reference starting at the `&` at `start`: its code point and length in bytes.
    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, inAttribute: Bool) -> (UInt32, Int)? {
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var hex = false
            if i < end, bytes[i] | 0x20 == UInt8(ascii: "x") { hex = true; i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < end, i - digitsStart < 8, let digit = digitValue(bytes[i], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ digit
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < end, bytes[i] == UInt8(ascii: ";") { i += 1 }
            if let remapped = c1Remap[value] { value = remapped }
            if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
            return (value, i - start)
        }
        let nameStart = i
        while i < end, i - nameStart < 32, isAlphanumeric(bytes[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)
        if i < end, bytes[i] == UInt8(ascii: ";"), let value = lookup(name) {
            return (value, i + 1 - start)
        }
        // Without a semicolon only the legacy names count, as a prefix.
        for legacy in legacyWithoutSemicolon where name.hasPrefix(legacy) {
            let after = nameStart + legacy.utf8.count
            if inAttribute, after < end, isAlphanumeric(bytes[after]) || bytes[after] == UInt8(ascii: "=") { return nil }
            if let value = lookup(legacy) { return (value, after - start) }
        }
        return nil
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        UTF8.encode(scalar) { out.append($0) }
    }
}
