import NewsdeskModel

/// Streams the records of a WARC file (WARC 1.0/1.1, plain or gzip-compressed
/// via the reader) and turns archived HTML responses into documents.
struct WARCReader {
    let path: String
    /// The largest HTTP body kept in memory for one record.
    let maximumBodyBytes: Int

    private static let maximumHeaderLine = 64 << 10
    private static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// What became of one record.
    private enum Outcome {
        case document(RawDocument)
        case skipped
        /// The record is unusable, but the stream is still in step.
        case corrupt(String)
        /// The record's header is broken: the next record must be searched for.
        case lostTrack(String)
        /// The stream ended inside the record.
        case truncated
    }

    /// Calls `body` for each HTML response (record numbers count every record
    /// in the file, from 1) and for each corrupt record.
    func read(from reader: ByteReader, _ body: (Result<RawDocument, IngestError>) throws -> Void) rethrows {
        var number = 0
        var nextLine = nextNonBlankLine(reader)
        while let line = nextLine {
            guard line.starts(with: Array("WARC/".utf8)) else {
                try body(.failure(failure("after record \(number): expected a WARC header line; skipping to the next record")))
                nextLine = nextVersionLine(reader)
                continue
            }
            number += 1
            switch readRecord(reader) {
            case .document(var document):
                document.sourcePath = path
                document.record = number
                try body(.success(document))
            case .skipped:
                break
            case .corrupt(let problem):
                try body(.failure(failure("record \(number): \(problem)")))
            case .lostTrack(let problem):
                try body(.failure(failure("record \(number): \(problem)")))
                nextLine = nextVersionLine(reader)
                continue
            case .truncated:
                let problem = reader.failure.map { "\($0) (in record \(number))" } ?? "record \(number): the file ends inside the record"
                try body(.failure(failure(problem)))
                return
            }
            nextLine = nextNonBlankLine(reader)
        }
        if let problem = reader.failure {
            try body(.failure(failure(number > 0 ? "\(problem) (after record \(number))" : problem)))
        }
    }

    private func failure(_ problem: String) -> IngestError { IngestError(path: path, problem: problem) }

    // MARK: - Records

    private func readRecord(_ reader: ByteReader) -> Outcome {
        let headers: Headers
        switch readHeaders(reader, budget: nil) {
        case .success(let parsed): headers = parsed.headers
        case .failure(.truncated): return .truncated
        case .failure(.malformed(let problem)): return .lostTrack(problem)
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            return .lostTrack("missing or invalid Content-Length")
        }
        var remaining = length
        var outcome = Outcome.skipped
        let payloadType = headers["content-type"]?.lowercased() ?? "application/http"
        if headers["warc-type"]?.lowercased() == "response", payloadType.contains("application/http") {
            outcome = readResponse(reader, remaining: &remaining, headers: headers)
        }
        if case .truncated = outcome { return outcome }
        guard reader.skip(remaining) == remaining else { return .truncated }
        return outcome
    }

    /// Reads the HTTP response inside a response record's block of `remaining` bytes.
    private func readResponse(_ reader: ByteReader, remaining: inout Int, headers warc: Headers) -> Outcome {
        guard let statusLine = reader.readLine(maxLength: min(remaining, Self.maximumHeaderLine)) else { return .truncated }
        remaining -= statusLine.consumed
        let status = String(decoding: statusLine.bytes, as: UTF8.self).split(separator: " ")
        guard status.count >= 2, status[0].hasPrefix("HTTP/"), let code = Int(status[1]) else {
            return .corrupt("not an HTTP response")
        }
        let http: Headers
        switch readHeaders(reader, budget: remaining) {
        case .success(let parsed):
            http = parsed.headers
            remaining -= parsed.consumed
        case .failure(.truncated): return .truncated
        case .failure(.malformed(let problem)): return .corrupt("HTTP \(problem)")
        }
        let contentType = http["content-type"] ?? ""
        let mime = contentType.split(separator: ";").first.map(String.init)?.trimmingASCIIWhitespace().lowercased() ?? ""
        guard code == 200, mime.isEmpty || Self.htmlTypes.contains(mime) else { return .skipped }
        guard remaining <= maximumBodyBytes else {
            return .corrupt("HTML body of \(ByteCount.describe(remaining)) exceeds the limit of \(ByteCount.describeLimit(maximumBodyBytes))")
        }
        let raw = reader.read(remaining)
        guard raw.count == remaining else { return .truncated }
        remaining = 0
        let content: [UInt8]
        switch HTTPBody.decode(raw, transferEncoding: http["transfer-encoding"], contentEncoding: http["content-encoding"],
                               limit: maximumBodyBytes) {
        case .success(let bytes): content = bytes
        case .failure(let error): return .corrupt(error.problem)
        }
        guard !BinaryCheck.isBlank(content) else { return .skipped }
        // Without a Content-Type, only what looks like HTML is taken.
        if mime.isEmpty, (try? FormatSniffer.sniff(content[...], fileExtension: "").get()) != .html { return .skipped }
        let decoded = CharsetDecoder.decode(content, httpCharset: CharsetDeclarations.charsetParameter(in: contentType),
                                            declarations: .html)
        let uri = warc["warc-target-uri"].map { $0.hasPrefix("<") && $0.hasSuffix(">") ? String($0.dropFirst().dropLast()) : $0 }
        return .document(RawDocument(sourcePath: path, format: .html, content: decoded.text, charset: decoded.charset,
                                     url: uri, fetched: warc["warc-date"]))
    }

    // MARK: - Header blocks

    /// Header fields by lower-cased name (the last of repeated fields wins).
    private typealias Headers = [String: String]

    private enum HeaderError: Error {
        case truncated
        case malformed(String)
    }

    /// Reads "Name: value" lines up to an empty line, within `budget` bytes when given.
    private func readHeaders(_ reader: ByteReader, budget: Int?) -> Result<(headers: Headers, consumed: Int), HeaderError> {
        var headers: Headers = [:]
        var consumed = 0
        var lastName: String?
        while true {
            let room = budget.map { $0 - consumed } ?? Self.maximumHeaderLine
            guard room > 0 else { return .failure(.malformed("headers run past the end of the record")) }
            guard let line = reader.readLine(maxLength: min(room, Self.maximumHeaderLine)) else { return .failure(.truncated) }
            consumed += line.consumed
            guard line.terminated else {
                if line.bytes.count < min(room, Self.maximumHeaderLine) { return .failure(.truncated) }
                return .failure(.malformed("header line too long"))
            }
            if line.bytes.isEmpty { return .success((headers, consumed)) }
            let text = String(decoding: line.bytes, as: UTF8.self)
            if let first = line.bytes.first, first == 0x20 || first == 0x09, let lastName {
                // A folded continuation of the previous field.
                headers[lastName, default: ""] += " " + text.trimmingASCIIWhitespace()
                continue
            }
            guard let colon = text.firstIndex(of: ":") else {
                return .failure(.malformed("malformed header line “\(text.prefix(60))”"))
            }
            let name = String(text[..<colon]).trimmingASCIIWhitespace().lowercased()
            headers[name] = String(text[text.index(after: colon)...]).trimmingASCIIWhitespace()
            lastName = name
        }
    }

    private func nextNonBlankLine(_ reader: ByteReader) -> [UInt8]? {
        while let line = reader.readLine(maxLength: Self.maximumHeaderLine) {
            if !line.bytes.isEmpty { return line.bytes }
        }
        return nil
    }

    /// Scans forward to the next line that starts a WARC record.
    private func nextVersionLine(_ reader: ByteReader) -> [UInt8]? {
        while let line = reader.readLine(maxLength: Self.maximumHeaderLine) {
            if FormatSniffer.isWARC(line.bytes[...]) { return line.bytes }
        }
        return nil
    }
}
