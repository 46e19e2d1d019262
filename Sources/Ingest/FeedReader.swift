import NewsdeskModel

/// Turns the items of an RSS or Atom feed file into documents, one per item.
struct FeedReader {
    let path: String

    func read(_ bytes: [UInt8], _ body: (Result<RawDocument, IngestError>) throws -> Void) rethrows {
        let decoded = CharsetDecoder.decode(bytes, declarations: .xml)
        switch FeedParser.items(in: decoded.text) {
        case .failure(let notAFeed):
            try body(.failure(IngestError(path: path, problem: "not an XML feed: \(notAFeed.reason)")))
        case .success(let items) where items.isEmpty:
            try body(.failure(IngestError(path: path, problem: "the feed has no items")))
        case .success(let items):
            for (index, item) in items.enumerated() {
                let record = index + 1
                guard let content = item.content else {
                    // A headline-only item gives extraction nothing to work on.
                    let title = item.title.map { " (“\($0)”)" } ?? ""
                    try body(.failure(IngestError(path: path, problem: "item \(record)\(title): no content or description")))
                    continue
                }
                let hints = MetadataHints(title: item.title, byline: item.byline, published: item.published,
                                          publishedSource: item.publishedSource, language: item.language)
                try body(.success(RawDocument(sourcePath: path, record: record, format: item.format, content: content,
                                              charset: decoded.charset, url: item.link, hints: hints)))
            }
        }
    }
}
