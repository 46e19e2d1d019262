import NewsdeskModel

/// A fingerprint of a raw document (content and every piece of metadata it carries),
/// to tell "the same input again" from "a changed one".
/// FNV-1a over the content and where it came from; 64 bits is plenty to detect a
/// change of one document (this is not a defence against crafted collisions).
public func contentFingerprint(_ document: RawDocument) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ text: String) {
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        hash ^= 0xFF
        hash = hash &* 0x100_0000_01b3
    }
    for part in [document.format.rawValue, document.url ?? "", document.content, document.charset ?? "", document.fetched ?? "",
                 document.hints.title ?? "", document.hints.byline ?? "", document.hints.published ?? "",
                 document.hints.publishedSource ?? ""] {
        mix(part)
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
