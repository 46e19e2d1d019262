/// Tells files that cannot be news documents (images, archives, executables,
/// blank files) from text, before any decoding is attempted.
enum BinaryCheck {
    /// How much of the start of a file the checks look at.
    static let sampleLength = 8192

    private static let signatures: [(magic: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data inside gzip"),
        (Array("BZh".utf8), "bzip2 data; only gzip is supported"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data; only gzip is supported"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd data; only gzip is supported"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]

    /// Why the sample looks binary ("PNG image", "NUL bytes", "41% control bytes"), or nil for text.
    static func binaryReason(_ sample: ArraySlice<UInt8>) -> String? {
        let sample = sample.prefix(sampleLength)
        for (magic, name) in signatures where sample.starts(with: magic) { return name }
        // UTF-16 text is full of NUL bytes; its byte order mark vouches for it.
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return nil }
        if sample.contains(0) { return "NUL bytes" }
        // ESC is allowed: ISO-2022-JP text switches character sets with it.
        let controls = sample.count { $0 < 0x20 && !"\t\n\r\u{0B}\u{0C}\u{1B}".utf8.contains($0) || $0 == 0x7F }
        guard !sample.isEmpty, controls * 10 > sample.count * 3 else { return nil }
        return "\(controls * 100 / sample.count)% control bytes"
    }

    /// True when the bytes hold nothing but whitespace (after any byte order mark).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        var utf16 = false
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
        } else if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            body = body.dropFirst(2)
            utf16 = true
        }
        return body.allSatisfy { CharsetDeclarations.isSpace($0) || $0 == 0x0B || (utf16 && $0 == 0) }
    }
}
