import Glibc

/// Receives what the tokenizer finds, in document order.
protocol HTMLTokenSink {
    mutating func startTag(_ name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    mutating func endTag(_ name: String)
    mutating func text(_ text: String)
}

/// A byte-level HTML tokenizer.
///
/// Written by hand rather than using libxml2's HTML parser for speed: on the
/// 181-page extraction benchmark (174 KB a page) libxml2's SAX pass alone costs
/// 2.35 ms a page and its tree 3.4 ms, while the whole extraction budget for
/// ten times trafilatura's speed is 2.2 ms. This tokenizer follows the HTML
/// standard's tokenization where it matters for text (raw-text elements,
/// comments, character references, unquoted attributes) and skips what does
/// not (doctype details, CDATA in foreign content).
struct HTMLTokenizer<Sink: HTMLTokenSink> {
    let input: UnsafeBufferPointer<UInt8>
    var sink: Sink
    var pos = 0

    init(input: UnsafeBufferPointer<UInt8>, sink: Sink) {
        self.input = input
        self.sink = sink
    }

    private var end: Int { input.count }

    mutating func run() {
        guard let base = input.baseAddress else { return }
        var textStart = 0
        while pos < end {
            guard let found = memchr(base + pos, 0x3C, end - pos) else { break }
            let lt = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            pos = lt
            let next = lt + 1 < end ? input[lt + 1] : 0
            if isASCIILetter(next) {
                emitText(textStart..<lt)
                startTag()
                textStart = pos
            } else if next == UInt8(ascii: "/") {
                let after = lt + 2 < end ? input[lt + 2] : 0
                emitText(textStart..<lt)
                if isASCIILetter(after) { endTag() } else { skipPast(UInt8(ascii: ">"), from: lt + 2) }
                textStart = pos
            } else if next == UInt8(ascii: "!") {
                emitText(textStart..<lt)
                if hasPrefix("<!--", at: lt) { skipComment(from: lt + 4) } else { skipPast(UInt8(ascii: ">"), from: lt + 2) }
                textStart = pos
            } else if next == UInt8(ascii: "?") {
                emitText(textStart..<lt)
                skipPast(UInt8(ascii: ">"), from: lt + 2)
                textStart = pos
            } else {
                pos = lt + 1
            }
        }
        emitText(textStart..<end)
    }

    // MARK: - Tags

    private mutating func startTag() {
        pos += 1
        let name = readName()
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while true {
            skipWhitespace()
            guard pos < end else { return }  // a tag cut off by the end of input is dropped
            let byte = input[pos]
            if byte == UInt8(ascii: ">") { pos += 1; break }
            if byte == UInt8(ascii: "/") {
                pos += 1
                if pos < end, input[pos] == UInt8(ascii: ">") { selfClosing = true; pos += 1; break }
                continue
            }
            if let attribute = readAttribute(), !attributes.contains(where: { $0.name == attribute.name }) {
                attributes.append(attribute)
            }
        }
        sink.startTag(name, attributes: attributes, selfClosing: selfClosing)
        if HTMLTags.flags(name).contains(.rawText), !selfClosing || name == "script" {
            rawText(of: name, keep: keepsRawText(name, attributes))
        }
    }

    private mutating func endTag() {
        pos += 2
        let name = readName()
        skipPast(UInt8(ascii: ">"), from: pos)
        sink.endTag(name)
    }

    /// Script bodies are dropped except JSON data (JSON-LD, and the `application/json` state that
    /// script-rendered pages embed), which carries article metadata; code is never kept.
    private func keepsRawText(_ name: String, _ attributes: [HTMLAttribute]) -> Bool {
        switch name {
        case "title", "textarea": return true
        case "script":
            return attributes.contains { $0.name == "type" && $0.value.lowercased().contains("json") }
        default: return false
        }
    }

    /// Consumes the content of a raw-text element up to its end tag.
    private mutating func rawText(of name: String, keep: Bool) {
        let start = pos
        let nameBytes = Array(name.utf8)
        var i = pos
        var contentEnd = end
        var resume = end
        while i + 1 < end {
            guard let found = memchr(input.baseAddress! + i, 0x3C, end - i) else { break }
            let lt = input.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if lt + 2 + nameBytes.count <= end, input[lt + 1] == UInt8(ascii: "/"), matchesName(nameBytes, at: lt + 2) {
                let after = lt + 2 + nameBytes.count
                if after == end || isTagNameEnd(input[after]) {
                    contentEnd = lt
                    resume = lt
                    break
                }
            }
            i = lt + 1
        }
        if keep, contentEnd > start {
            let text = HTMLTags.escapableRawText.contains(name)
                ? HTMLEntities.decode(input, start..<contentEnd)
                : String(decoding: UnsafeBufferPointer(rebasing: input[start..<contentEnd]), as: UTF8.self)
            sink.text(text)
        }
        pos = resume
        if pos < end { endTag() }
    }

    private mutating func readAttribute() -> HTMLAttribute? {
        let nameStart = pos
        // The first character may be "=" (the standard keeps it in the name).
        pos += 1
        while pos < end {
            let byte = input[pos]
            if isWhitespace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            pos += 1
        }
        let name = lowercasedString(nameStart..<pos)
        skipWhitespace()
        guard pos < end, input[pos] == UInt8(ascii: "=") else { return HTMLAttribute(name: name, value: "") }
        pos += 1
        skipWhitespace()
        guard pos < end else { return nil }
        let quote = input[pos]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let valueStart = pos + 1
            guard let found = memchr(input.baseAddress! + valueStart, Int32(quote), end - valueStart) else {
                pos = end
                return nil
            }
            let valueEnd = input.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            pos = valueEnd + 1
            return HTMLAttribute(name: name, value: HTMLEntities.decode(input, valueStart..<valueEnd, inAttribute: true))
        }
        let valueStart = pos
        while pos < end, !isWhitespace(input[pos]), input[pos] != UInt8(ascii: ">") { pos += 1 }
        return HTMLAttribute(name: name, value: HTMLEntities.decode(input, valueStart..<pos, inAttribute: true))
    }

    private mutating func readName() -> String {
        let start = pos
        while pos < end, !isTagNameEnd(input[pos]) { pos += 1 }
        return lowercasedString(start..<pos)
    }

    // MARK: - Text and skipping

    private mutating func emitText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        sink.text(HTMLEntities.decode(input, range))
    }

    private mutating func skipComment(from start: Int) {
        // "<!-->" and "<!--->" are complete (empty) comments in the standard.
        if start < end, input[start] == UInt8(ascii: ">") { pos = start + 1; return }
        if start + 1 < end, input[start] == UInt8(ascii: "-"), input[start + 1] == UInt8(ascii: ">") { pos = start + 2; return }
        var i = start
        while i + 2 < end {
            if input[i] == UInt8(ascii: "-"), input[i + 1] == UInt8(ascii: "-"), input[i + 2] == UInt8(ascii: ">") {
                pos = i + 3
                return
            }
            i += 1
        }
        pos = end
    }

    private mutating func skipPast(_ byte: UInt8, from start: Int) {
        guard start < end, let found = memchr(input.baseAddress! + start, Int32(byte), end - start) else {
            pos = end
            return
        }
        pos = input.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }

    private mutating func skipWhitespace() {
        while pos < end, isWhitespace(input[pos]) { pos += 1 }
    }

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= end else { return false }
        for k in 0..<count where input[index + k] != prefix.utf8Start[k] { return false }
        return true
    }

    private func matchesName(_ name: [UInt8], at index: Int) -> Bool {
        for (k, byte) in name.enumerated() where input[index + k] | 0x20 != byte { return false }
        return true
    }

    private func lowercasedString(_ range: Range<Int>) -> String {
        var needsLowering = false
        for i in range where input[i] >= 0x41 && input[i] <= 0x5A { needsLowering = true; break }
        let slice = UnsafeBufferPointer(rebasing: input[range])
        guard needsLowering else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

@inline(__always) func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

@inline(__always) func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
}

@inline(__always) func isTagNameEnd(_ byte: UInt8) -> Bool {
    isWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
}
