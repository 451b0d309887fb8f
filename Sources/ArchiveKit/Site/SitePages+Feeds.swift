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

    /// Most URLs one sitemap file may list (sitemaps.org): a larger site gets a sitemap index.
    static let sitemapLimit = 50_000

    /// The sitemap: every HTML page, with absolute URLs; only when a base URL is configured.
    /// Above `limit` pages, `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml`, …
    /// (at the site's root, since a sitemap may only list addresses below its own folder),
    /// each listing up to `limit` pages in path order.
    func sitemap(pages: [String], limit: Int = SitePages.sitemapLimit) -> [OutputFile] {
        guard let base = library.config.baseURL else { return [] }
        let entries = pages.filter { $0.hasSuffix(".html") && $0 != Permalinks.notFound }.sorted().map {
            SitemapEntryView(url: base + ($0 == Permalinks.home ? "" : $0), lastModified: nil)
        }
        guard entries.count > limit else {
            return [OutputFile(path: Permalinks.sitemap, text: templates.render(SitemapView(entries: entries), with: "sitemap"))]
        }
        let parts = stride(from: 0, to: entries.count, by: limit).enumerated().map { number, start in
            OutputFile(path: "sitemap-\(number + 1).xml",
                       text: templates.render(SitemapView(entries: Array(entries[start..<min(start + limit, entries.count)])), with: "sitemap"))
        }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in parts { index += "<sitemap><loc>\(HTMLEscaping.escape(base + part.path))</loc></sitemap>\n" }
        index += "</sitemapindex>\n"
        return [OutputFile(path: Permalinks.sitemap, text: index)] + parts
    }

    /// Whether `path` is one part of a sitemap split by `sitemap(pages:limit:)`.
    static func isSitemapPart(_ path: String) -> Bool {
        guard path.hasPrefix("sitemap-"), path.hasSuffix(".xml") else { return false }
        let number = path.dropFirst("sitemap-".count).dropLast(".xml".count)
        return !number.isEmpty && number.allSatisfy { ("0"..."9").contains($0) }
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

extension SitePages {
    /// The archive-wide pages, in groups that change for different reasons (`PageKeys.global(_:library:)`).
    enum GlobalGroup: String, CaseIterable, Sendable {
        case articleData = "global:data-articles", actorData = "global:data-actors", placeData = "global:data-places"
        case timeline = "global:timeline", front = "global:home-feed", indexes = "global:indexes", fixed = "global:fixed"

        /// The data files, each larger than the other global pages together.
        var isData: Bool { self == .articleData || self == .actorData || self == .placeData }
    }

    /// The pages of one archive-wide group.
    func pages(_ group: GlobalGroup) -> [OutputFile] {
        switch group {
        case .articleData: [DataExport.articles(of: library)]
        case .actorData: [DataExport.entities(.actor, of: library)]
        case .placeData: [DataExport.entities(.place, of: library)]
        case .timeline: [timeline()]
        case .front: [feed(), home()]
        case .indexes: [actorIndex(), placeIndex(), sourceIndex()]
        case .fixed: [notFound(), robots()]
        }
    }
}
