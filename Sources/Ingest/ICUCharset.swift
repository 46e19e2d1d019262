import CCharset

/// Swift face of the ICU shim: charset detection and conversion to UTF-8.
enum ICUCharset {
    struct Guess {
        /// ICU's name for the charset, e.g. "Shift_JIS", "ISO-8859-1".
        var name: String
        /// 0–100.
        var confidence: Int
    }

    /// Detection looks at no more than this much: enough for a confident guess, and bounded in time.
    private static let detectionSample = 64 << 10

    static func isKnown(_ name: String) -> Bool {
        nd_charset_known(name) == 1
    }

    /// ICU's best guess for `bytes`, ignoring `<…>` tags when `ignoringMarkup`.
    static func detect(_ bytes: [UInt8], ignoringMarkup: Bool) -> Guess? {
        let sample = bytes.prefix(detectionSample)
        var name = [CChar](repeating: 0, count: 64)
        let confidence = sample.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { chars in
                nd_detect_charset_filtered(chars.baseAddress, Int32(chars.count), ignoringMarkup ? 1 : 0,
                                           &name, Int32(name.count))
            }
        }
        guard confidence >= 0 else { return nil }
        let found = String(decoding: name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Guess(name: found, confidence: Int(confidence))
    }

    /// `bytes` in `charset`, converted to a String; nil when ICU has no such converter.
    /// Invalid or unmapped sequences become U+FFFD.
    static func decode(_ bytes: ArraySlice<UInt8>, charset: String) -> String? {
        guard !bytes.isEmpty else { return "" }
        // Three output bytes per input byte covers every charset (a replacement
        // character for each byte is the worst case); grow anyway if ICU asks.
        var capacity = bytes.count * 3 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            let written = bytes.withUnsafeBufferPointer { input in
                input.withMemoryRebound(to: CChar.self) { chars in
                    output.withUnsafeMutableBufferPointer { out in
                        out.withMemoryRebound(to: CChar.self) { target in
                            nd_convert_to_utf8(charset, chars.baseAddress, chars.count, target.baseAddress, target.count)
                        }
                    }
                }
            }
            if written == -2 {
                capacity *= 2
                continue
            }
            guard written >= 0 else { return nil }
            let text = String(decoding: output[0..<Int(written)], as: UTF8.self)
            // ICU substitutes U+001A (SUB) rather than U+FFFD for bytes that a
            // single-byte code page leaves unassigned.
            return text.contains("\u{1A}") ? text.replacingSubstitutes() : text
        }
    }
}

private extension String {
    func replacingSubstitutes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{1A}" ? "\u{FFFD}" : $0 }))
    }
}
