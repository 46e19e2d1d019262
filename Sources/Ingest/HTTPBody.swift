/// Undoes the transfer and content codings of an HTTP response body as
/// archived in a WARC record.
enum HTTPBody {
    /// Reverses `Transfer-Encoding: chunked` and `Content-Encoding: gzip|deflate`.
    /// Crawlers differ in whether they archive bodies before or after decoding,
    /// so a body that does not look encoded is taken as it is.
    static func decode(_ raw: [UInt8], transferEncoding: String?, contentEncoding: String?,
                       limit: Int) -> Result<[UInt8], BodyError> {
        var body = raw
        if transferEncoding?.lowercased().contains("chunked") == true { body = dechunk(body) }
        let coding = contentEncoding?.trimmingASCIIWhitespace().lowercased() ?? ""
        switch coding {
        case "", "identity":
            return .success(body)
        case "gzip", "x-gzip", "deflate":
            guard GunzipByteSource.hasMagic(body) || hasZlibHeader(body) else { return .success(body) }
            switch Gzip.decompress(body, limit: limit) {
            case .bytes(let bytes): return .success(bytes)
            case .tooLarge: return .failure(BodyError(problem: "decompressed body exceeds the limit of \(ByteCount.describeLimit(limit))"))
            case .failure(let message): return .failure(BodyError(problem: "\(coding) body: \(message)"))
            }
        default:
            return .failure(BodyError(problem: "unsupported Content-Encoding “\(coding)”"))
        }
    }

    struct BodyError: Error {
        var problem: String
    }

    /// Joins the chunks of a chunked body. A body cut short keeps the chunks
    /// received (crawlers truncate large responses); one that does not start
    /// with a chunk size was archived already de-chunked and is returned unchanged.
    static func dechunk(_ raw: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var i = 0
        while i < raw.count {
            guard let newline = raw[i...].firstIndex(of: 0x0A) else { break }
            let sizeLine = String(decoding: raw[i..<newline], as: UTF8.self)
            let sizeText = sizeLine.split(separator: ";", maxSplits: 1).first.map(String.init)?.trimmingASCIIWhitespace() ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else {
                if i == 0 { return raw }
                break
            }
            i = newline + 1
            if size == 0 { break }
            let take = min(size, raw.count - i)
            output.append(contentsOf: raw[i..<i + take])
            i += take
            if i < raw.count, raw[i] == 0x0D { i += 1 }
            if i < raw.count, raw[i] == 0x0A { i += 1 }
        }
        return output
    }

    /// A zlib stream header (RFC 1950), which `Content-Encoding: deflate` normally carries.
    private static func hasZlibHeader(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] & 0x0F == 8 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0
    }
}
