/// What marks page furniture rather than article text, kept as data so that a
/// rule can be added without reading the algorithm. Words are matched against
/// the tokens of an element's `class` and `id` (split at `-`, `_`, spaces,
/// digits and case changes), so "article-comments" matches "comments".
enum BoilerplateRules {
    /// Elements that never hold article text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "button", "select",
        "input", "textarea", "option", "nav", "dialog", "object", "embed", "video", "audio", "map",
        "figcaption", "link", "meta", "head", "title", "label", "menu", "img", "picture",
    ]

    /// Elements dropped unless they hold most of the page's text (some sites wrap everything in them).
    static let furnitureTags: Set<String> = ["header", "footer", "aside", "form"]

    /// Class/id tokens that mark boilerplate; a token matches when it starts with one of these.
    static let boilerplatePrefixes: [String] = [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "recirc", "sidebar",
        "advert", "sponsor", "promo", "newsletter", "subscri", "signup", "cookie", "consent", "gdpr", "breadcrumb",
        "banner", "popup", "modal", "overlay", "outbrain", "taboola", "footer", "navbar", "navigation", "menu",
        "masthead", "toolbar", "pagination", "pager", "paywall", "trending", "popular", "readmore", "byline",
        "caption", "credit", "disclaimer", "copyright", "rating", "donate",
        "tags", "tagcloud", "taglist", "keywords", "author", "newsticker", "ticker", "login", "register",
        "toc", "crumbs", "follow", "facebook", "whatsapp", "linkedin", "pinterest", "email", "mailto",
        "donation", "breaking", "alert", "notice", "infobox", "timestamp", "published", "updated", "meta", "rail",
        "flyout", "dropdown", "lightbox", "gallery", "slideshow", "carousel", "video", "player", "embed", "most",
        "next", "prev", "previous", "sticky", "fixed", "offcanvas", "drawer", "hamburger", "search", "header",
        "masthead", "topbar", "bottombar", "sidenav", "subnav", "sitemap", "cta", "partner", "affiliate",
        "supplement", "feedback", "survey", "poll", "audio", "podcast", "visually", "screen",
    ]

    /// Boilerplate words that win even when a content word is present too ("comment-text", "related-posts").
    static let strongBoilerplatePrefixes: [String] = [
        "comment", "disqus", "related", "recommend", "outbrain", "taboola", "advert", "cookie", "consent",
        "newsletter", "share", "sharing", "social", "sidebar", "footer", "breadcrumb", "sponsor",
        "subscri", "signup", "paywall", "recirc", "caption", "byline",
    ]

    /// Whole tokens that mark boilerplate (too short to use as prefixes).
    static let boilerplateTokens: Set<String> = [
        "ad", "ads", "adv", "advt", "dfp", "gpt", "nav", "share", "social", "tag", "tools", "more", "also", "aside",
        "footnote", "promo", "extra", "sns", "bio", "date", "time", "clock", "logo", "icon", "badge",
        "label", "hide", "offscreen", "sr", "jump", "shop", "store", "teasers", "linklist",
    ]

    /// Class/id tokens that mark the article itself; they override the boilerplate words.
    static let contentTokens: Set<String> = [
        "article", "articlebody", "articletext", "articlecontent", "story", "storybody", "storycontent", "body",
        "content", "entry", "entrycontent", "post", "postbody", "postcontent", "text", "main", "blog", "news",
        "prose", "richtext", "bodytext", "paragraph", "paragraphs", "copy", "artikel", "inhalt", "texte", "contenu",
        "noticia", "cuerpo", "testo", "corpo", "conteudo", "tresc",
    ]

    static let prefixSet = Set(boilerplatePrefixes.map { Substring($0) })
    static let strongPrefixSet = Set(strongBoilerplatePrefixes.map { Substring($0) })
    static let longestPrefix = (boilerplatePrefixes + strongBoilerplatePrefixes).map(\.count).max() ?? 0

    /// Tokens that start like boilerplate words but name content ("commentary" is opinion, not comments).
    static let notBoilerplate: Set<String> = ["commentary", "commentaries", "commentator", "promoted", "shareholders", "authority", "authorities"]

    /// Class names that describe what a CMS knows about the content rather than what the
    /// element is: WordPress and Drupal put topics, states and ids there ("category-social",
    /// "tag-comments", "has-ads", "postid-42"), so their words say nothing about furniture.
    static let descriptiveClassPrefixes = [
        "category-", "tag-", "tags-", "topic-", "section-", "post-", "postid-", "page-id-", "type-", "format-",
        "status-", "author-", "has-", "with-", "js-", "is-", "node-", "term-", "parent-", "single-", "template-",
    ]

    /// Class names of the box about the author below a post (bio, avatar, profile). "author-" alone
    /// is a CMS's description of the post ("author-jdoe"), so these are matched as written.
    static let authorBoxMarkers: [String] = [
        "author-box", "author_box", "authorbox", "author-bio", "author_bio", "authorbio", "author-info", "author_info",
        "author-profile", "author-description", "about-author", "about-the-author", "aboutauthor", "saboxplugin",
        "autorenbox", "autor-box", "autorbox", "autor-info",
    ]

    /// Whole class names that hide an element from readers.
    static let hidingClasses: Set<String> = [
        "hidden", "is-hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screenreader",
        "d-none", "hide", "u-hidden", "invisible", "offscreen", "element-invisible", "print-only",
    ]

    /// itemprop values that name the article body.
    static let bodyItemprops: Set<String> = ["articlebody", "text", "reviewbody", "description"]
}
