import CLanguageID

/// Identifies the language of a text with CLD2.
public enum LanguageIdentifier {
    public struct Guess: Sendable, Equatable {
        /// ISO 639-1 code ("en", "de"), or a CLD2 code where ISO has none ("zh-Hant").
        public var code: String
        /// True when CLD2 calls its answer reliable; short texts often are not.
        public var reliable: Bool
        public var percent: Int
    }

    /// The main language of `text`, or nil when CLD2 cannot tell. `topLevelDomain` ("de", "fr") is a hint.
    public static func identify(_ text: String, topLevelDomain: String? = nil) -> Guess? {
        var sample = text
        if sample.utf8.count > 20_000 { sample = String(sample.prefix(8_000)) }
        let result = sample.withCString { pointer -> nd_language_result in
            if let tld = topLevelDomain {
                return tld.withCString { nd_detect_language(pointer, Int32(strlen(pointer)), $0) }
            }
            return nd_detect_language(pointer, Int32(strlen(pointer)), nil)
        }
        let code = withUnsafeBytes(of: result.code) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        guard code != "un", !code.isEmpty else { return nil }
        return Guess(code: code, reliable: result.reliable != 0, percent: Int(result.percent))
    }
}

@_silgen_name("strlen") private func strlen(_ s: UnsafePointer<CChar>) -> Int
