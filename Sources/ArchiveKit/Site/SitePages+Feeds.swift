extension SitePages {
    /// Number of entries in `feed.xml`.
    static let feedLimit = 50

    /// The Atom feed of the newest dated articles. Undated articles are left out: their place in
    /// "newest first" is unknown, and Atom requires a date for every entry.
    func feed() -> OutputFile {
        let base = library.config.baseURL ?? ""
        let dated = library.articles.filter { $0.metadata.date != nil }.prefix(SitePages.feedLimit)
        let updated = dated.first?.metadata.date.map(SitePages.atomTimestamp) ?? "1970-01-01T00:00:00Z"
        let entries = dated.map { article in
            FeedEntryView(
                id: base.isEmpty ? SitePages.uuidURN(article.sha256) : base + Permalinks.article(article.slug),
                title: article.metadata.title,
                url: base + Permalinks.article(article.slug),
                updated: SitePages.atomTimestamp(article.metadata.date!),
                summary: summary(of: article),
                source: article.metadata.source)
        }
        let model = FeedView(
            id: base.isEmpty ? SitePages.uuidURN(ArticleAssembler.sha256(Array(library.config.title.utf8))) : base,
            title: library.config.title,
            selfURL: base + Permalinks.feed,
            homeURL: base.isEmpty ? "./" : base,
            updated: updated,
            entries: Array(entries))
        return OutputFile(path: Permalinks.feed, text: templates.render(model, with: "feed"))
    }

    /// The sitemap: every HTML page, with absolute URLs; only when a base URL is configured.
    func sitemap(pages: [String]) -> OutputFile? {
        guard let base = library.config.baseURL else { return nil }
        let entries = pages.filter { $0.hasSuffix(".html") && $0 != Permalinks.notFound }.sorted().map {
            SitemapEntryView(url: base + ($0 == Permalinks.home ? "" : $0), lastModified: nil)
        }
        return OutputFile(path: Permalinks.sitemap, text: templates.render(SitemapView(entries: entries), with: "sitemap"))
    }

    /// `robots.txt`: everything may be indexed; points at the sitemap when there is one.
    func robots() -> OutputFile {
        var text = "User-agent: *\nAllow: /\n"
        if let base = library.config.baseURL { text += "Sitemap: \(base)\(Permalinks.sitemap)\n" }
        return OutputFile(path: "robots.txt", text: text)
    }

    static func atomTimestamp(_ date: PublicationDate) -> String { "\(date.iso)T00:00:00Z" }

    /// A name-based UUID URN from a hex digest: a stable, valid Atom id when the site has no URL.
    static func uuidURN(_ hex: String) -> String {
        var chars = Array(hex.prefix(32))
        chars[12] = "5"
        let variant = Int(String(chars[16]), radix: 16)! & 0x3 | 0x8
        chars[16] = Character(String(variant, radix: 16))
        let s = String(chars)
        let parts = [s.prefix(8), s.dropFirst(8).prefix(4), s.dropFirst(12).prefix(4), s.dropFirst(16).prefix(4), s.dropFirst(20)]
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}
