import CZlib

/// Wraps one zlib inflate stream. The `z_stream` lives at a fixed address
/// because zlib keeps a pointer back to it and refuses a moved stream.
final class Inflater {
    enum Step {
        case progressed(consumed: Int, produced: Int, streamEnded: Bool)
        case corrupt(String)
    }

    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private let initialised: Bool

    /// Accepts gzip and zlib headers alike (window bits 15 + 32 = automatic header detection),
    /// which covers `.gz` files and HTTP `Content-Encoding: gzip` or `deflate`.
    init() {
        stream.initialize(to: z_stream())
        initialised = inflateInit2_(stream, MAX_WBITS + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if initialised { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Starts over for the next member of a multi-member gzip file.
    func reset() { inflateReset(stream) }

    func inflate(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Step {
        guard initialised else { return .corrupt("zlib could not be initialised") }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = UInt32(input.count)
        stream.pointee.next_out = output.baseAddress
        stream.pointee.avail_out = UInt32(output.count)
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        let consumed = input.count - Int(stream.pointee.avail_in)
        let produced = output.count - Int(stream.pointee.avail_out)
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return .progressed(consumed: consumed, produced: produced, streamEnded: false)
        case Z_STREAM_END:
            return .progressed(consumed: consumed, produced: produced, streamEnded: true)
        default:
            let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            return .corrupt("corrupt gzip data (\(detail))")
        }
    }
}

/// Decompresses a gzip (or zlib) stream chunk by chunk. Consecutive gzip
/// members are read as one stream, as `.warc.gz` files store one member per record.
final class GunzipByteSource: ByteSource {
    private static let outputChunk = 256 << 10
    private let inner: ByteSource
    private let inflater = Inflater()
    private var input: [UInt8] = []
    private var inputPosition = 0
    private var insideMember = false
    private var membersFinished = 0
    private var finished = false

    init(_ inner: ByteSource) { self.inner = inner }

    static func hasMagic(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B])
    }

    func next() -> ByteChunk {
        guard !finished else { return .end }
        var output = [UInt8](repeating: 0, count: Self.outputChunk)
        var produced = 0
        while produced == 0 {
            if inputPosition == input.count {
                switch inner.next() {
                case .data(let chunk):
                    input = chunk
                    inputPosition = 0
                    continue
                case .end:
                    finished = true
                    return insideMember ? .failure("truncated gzip stream") : .end
                case .failure(let message):
                    finished = true
                    return .failure(message)
                }
            }
            if !insideMember {
                // Bytes after a complete member that do not start another one are
                // trailing padding or garbage; gzip(1) ignores them too.
                if membersFinished > 0, input[inputPosition] != 0x1F {
                    finished = true
                    return .end
                }
                insideMember = true
            }
            let step = input[inputPosition...].withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    inflater.inflate(source, into: UnsafeMutableBufferPointer(rebasing: target[produced...]))
                }
            }
            switch step {
            case .corrupt(let message):
                finished = true
                return .failure(message)
            case .progressed(let consumed, let made, let streamEnded):
                inputPosition += consumed
                produced += made
                if streamEnded {
                    insideMember = false
                    membersFinished += 1
                    inflater.reset()
                } else if consumed == 0, made == 0, inputPosition < input.count {
                    // zlib took nothing although input and room were there: never loop forever.
                    finished = true
                    return .failure("corrupt gzip data")
                }
            }
        }
        return .data(Array(output[0..<produced]))
    }
}

/// Whole-buffer decompression for HTTP bodies inside WARC records.
enum Gzip {
    enum Outcome {
        case bytes([UInt8])
        case tooLarge
        case failure(String)
    }

    static func decompress(_ bytes: [UInt8], limit: Int) -> Outcome {
        let reader = ByteReader(GunzipByteSource(MemoryByteSource(bytes)))
        guard let output = reader.readAll(limit: limit) else { return .tooLarge }
        if let failure = reader.failure { return .failure(failure) }
        return .bytes(output)
    }
}
