import NewsdeskModel

/// Reads news documents from files: HTML and plain text pages, RSS/Atom feeds,
/// JSON Lines exports and WARC archives, any of them gzip-compressed.
/// Formats are recognised by content first and by file extension second;
/// every text is decoded to UTF-8 with its charset recorded.
public struct DocumentReader: Sendable {
    /// The most bytes one document (or the decompressed content of a non-WARC file) may have.
    public let maximumFileBytes: Int

    /// Files (and decompressed content) larger than `maximumFileBytes` are refused,
    /// except WARC archives, which are streamed record by record at any size.
    public init(maximumFileBytes: Int = 64 << 20) {
        self.maximumFileBytes = maximumFileBytes
    }

    /// Reads one file and calls `body` once per document found in it, or with an
    /// error for the file or for one item within it. Bad input never crashes; errors
    /// thrown by `body` stop the reading and are passed on.
    public func read(path: String, _ body: (Result<RawDocument, IngestError>) throws -> Void) rethrows {
        switch ContentLoader(path: path, maximumBytes: maximumFileBytes).load() {
        case .failure(let problem):
            try body(.failure(IngestError(path: path, problem: problem.message)))
        case .success(.warc(let reader)):
            try WARCReader(path: path, maximumBodyBytes: maximumFileBytes).read(from: reader, body)
        case .success(.document(let bytes, let format)):
            try readDocument(bytes, format: format, path: path, body)
        }
    }

    private func readDocument(_ bytes: [UInt8], format: FormatSniffer.Format, path: String,
                              _ body: (Result<RawDocument, IngestError>) throws -> Void) rethrows {
        switch format {
        case .feed:
            try FeedReader(path: path).read(bytes, body)
        case .jsonLines:
            try JSONLinesReader(path: path).read(bytes, body)
        case .html, .text:
            let isHTML = format == .html
            let decoded = CharsetDecoder.decode(bytes, declarations: isHTML ? .html : .none)
            try body(.success(RawDocument(sourcePath: path, format: isHTML ? .html : .text, content: decoded.text,
                                          charset: decoded.charset)))
        }
    }
}
