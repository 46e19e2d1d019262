import NewsdeskHTML
import NewsdeskModel

/// Turns a raw document into an article: body text, title, byline, outlet,
/// language and publication date with its evidence. Pure: no I/O.
public struct ArticleExtractor: Sendable {
    public init() {}

    public func extract(_ document: RawDocument) -> Article {
        var article: Article
        switch document.format {
        case .html: article = extractHTML(document)
        case .text: article = extractText(document)
        }
        applyHints(document.hints, to: &article)
        // A page's language was settled with its <html lang> (else the container's); plain text
        // has only the container's declaration to fall back on where the text does not settle it.
        identifyLanguage(&article, declared: document.format == .text ? document.hints.language : nil)
        return article
    }

    private func extractHTML(_ document: RawDocument) -> Article {
        let page = HTMLDocument(html: document.content)
        let metadata = PageMetadata(document: page)
        let url = document.url ?? metadata.canonicalURL ?? metadata.first(["og:url"])
        let host = url.flatMap(outlet(fromURL:))
        let siteName = metadata.first(["og:site_name", "application-name", "twitter:site"]) ?? metadata.jsonLDPublisher()
        let classNames = ClassNames(document: page)
        let names = HTMLTitleAndByline(document: page, metadata: metadata, classNames: classNames)
        let siteNames = [siteName, host, host?.split(separator: ".").first.map(String.init)].compactMap { $0 }
        let declaredTitle = metadata.first(["og:title", "twitter:title"]) ?? metadata.documentTitle
        let content = MainContentExtractor(document: page).extract(title: declaredTitle)
        var paragraphs = content.paragraphs
        let container = content.container
        let title = names.title(siteNames: siteNames, content: content, hint: document.hints.title)
        if let title, paragraphs.first?.lowercased() == title.lowercased() { paragraphs.removeFirst() }
        let date = HTMLPublicationDate(document: page, metadata: metadata, classNames: classNames).resolve(url: url, container: container)
        var article = Article(sourcePath: document.sourcePath, record: document.record, url: url, title: title,
                              byline: names.byline(container: container, firstBlock: content.firstBlock), outlet: host ?? siteName,
                              published: date?.0, publishedEvidence: date?.1,
                              text: paragraphs.joined(separator: "\n\n"), charset: document.charset, fetched: document.fetched)
        if let fetched = document.fetched.flatMap(DateParser.parseField), let published = article.published, published > fetched {
            article.published = nil  // a page cannot be published after it was fetched
            article.publishedEvidence = nil
        }
        identifyLanguage(&article, declared: metadata.htmlLanguage ?? document.hints.language)
        return article
    }

    private func extractText(_ document: RawDocument) -> Article {
        let result = TextArticleExtractor().extract(document.content)
        return Article(sourcePath: document.sourcePath, record: document.record, url: document.url, title: result.title,
                       byline: result.byline, outlet: document.url.flatMap(outlet(fromURL:)),
                       published: result.published?.0, publishedEvidence: result.published?.1,
                       text: result.paragraphs.joined(separator: "\n\n"), charset: document.charset, fetched: document.fetched,
                       publishedWithoutYear: result.publishedWithoutYear)
    }

    /// Container metadata (feed items, JSON Lines fields) fills what the page left open.
    private func applyHints(_ hints: MetadataHints, to article: inout Article) {
        if article.title == nil { article.title = hints.title }
        if article.byline == nil { article.byline = hints.byline }
        if let value = hints.published, let date = DateParser.parseField(value),
           article.publishedEvidence.map({ $0.confidence < 0.85 }) ?? true {
            article.published = date
            article.publishedEvidence = DateEvidence(source: hints.publishedSource ?? "container", raw: value, confidence: 0.85)
            article.publishedWithoutYear = nil  // a full date now stands
        }
    }

    private func identifyLanguage(_ article: inout Article, declared: String?) {
        guard article.language == nil || declared != nil else { return }
        let sample = [article.title ?? "", article.text].joined(separator: "\n")
        let guess = LanguageIdentifier.identify(sample, topLevelDomain: topLevelDomain(of: article.outlet))
        if let guess, guess.reliable || declared == nil {
            article.language = guess.code
            article.languageReliable = guess.reliable
        } else if let declared = declared.flatMap(DeclaredLanguage.code) {
            article.language = declared
            article.languageReliable = false
        } else {
            article.language = guess?.code
        }
    }
}
