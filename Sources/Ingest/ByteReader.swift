/// Buffers a `ByteSource` and reads it by lines, counts and peeks: what the
/// format sniffer and the WARC record parser need.
final class ByteReader {
    /// A line without its terminator.
    struct Line {
        var bytes: [UInt8]
        /// Bytes taken from the stream, terminator included.
        var consumed: Int
        /// False when the line was cut at the length limit or the stream ended first.
        var terminated: Bool
    }

    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var exhausted = false
    /// Why the underlying stream stopped early, if it did (e.g. "truncated gzip stream").
    private(set) var failure: String?

    init(_ source: ByteSource) { self.source = source }

    private var available: Int { buffer.count - start }

    /// Pulls one more chunk into the buffer; false when the stream has nothing more.
    private func fill() -> Bool {
        while !exhausted {
            switch source.next() {
            case .data(let chunk):
                guard !chunk.isEmpty else { continue }
                // Drop consumed bytes once they outweigh the live ones, so the
                // buffer stays proportional to what is still needed.
                if start > 0, start >= available {
                    buffer.removeSubrange(0..<start)
                    start = 0
                }
                buffer.append(contentsOf: chunk)
                return true
            case .end:
                exhausted = true
            case .failure(let message):
                exhausted = true
                failure = message
            }
        }
        return false
    }

    /// Up to `count` bytes from the current position, without consuming them.
    func peek(_ count: Int) -> ArraySlice<UInt8> {
        while available < count, fill() {}
        return buffer[start..<start + min(count, available)]
    }

    /// The next line (terminated by LF, with an optional CR before it), or nil at the end of the stream.
    func readLine(maxLength: Int) -> Line? {
        var searched = 0
        while true {
            let window = buffer[(start + searched)..<min(buffer.count, start + maxLength)]
            if let newline = window.firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Line(bytes: Array(buffer[start..<end]), consumed: newline + 1 - start, terminated: true)
                start = newline + 1
                return line
            }
            searched = window.count + searched
            if available >= maxLength || !fill() {
                guard available > 0 else { return nil }
                let take = min(available, maxLength)
                let line = Line(bytes: Array(buffer[start..<start + take]), consumed: take, terminated: false)
                start += take
                return line
            }
        }
    }

    /// Up to `count` bytes; fewer only when the stream ends first.
    func read(_ count: Int) -> [UInt8] {
        while available < count, fill() {}
        let take = min(count, available)
        let bytes = Array(buffer[start..<start + take])
        start += take
        return bytes
    }

    /// Discards up to `count` bytes without keeping them in memory; returns how many were skipped.
    func skip(_ count: Int) -> Int {
        var skipped = 0
        while skipped < count {
            if available == 0, !fill() { break }
            let take = min(count - skipped, available)
            start += take
            skipped += take
        }
        return skipped
    }

    /// Everything that is left, or nil when it is more than `limit` bytes.
    func readAll(limit: Int) -> [UInt8]? {
        while available <= limit, fill() {}
        guard available <= limit else { return nil }
        let bytes = Array(buffer[start...])
        start = buffer.count
        return bytes
    }
}

/// A reader is itself a source, so that a decompressor can be stacked on a
/// reader whose first bytes were already peeked at.
extension ByteReader: ByteSource {
    func next() -> ByteChunk {
        if available > 0 {
            let chunk = Array(buffer[start...])
            start = buffer.count
            return .data(chunk)
        }
        if fill() { return next() }
        return failure.map { .failure($0) } ?? .end
    }
}
