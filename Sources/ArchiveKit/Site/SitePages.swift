/// Builds the view model of every page from the archive graph and renders it with the templates.
///
/// One instance per build. Every link is computed relative to the page it appears on.
struct SitePages {
    let library: ArchiveLibrary
    let templates: TemplateSet
    /// Every month from the first to the last dated article (`MonthlyChart.monthNumber`); `nil` when nothing is dated.
    let months: ClosedRange<Int>?

    init(library: ArchiveLibrary, templates: TemplateSet) {
        self.library = library
        self.templates = templates
        let numbers = library.articles.compactMap(\.metadata.date).map(MonthlyChart.monthNumber)
        if let first = numbers.min(), let last = numbers.max() { months = first...last } else { months = nil }
    }

    /// Number of articles listed on the home page; the timeline lists them all.
    static let homeArticleLimit = 50
    /// Number of actors and places in the home page's "most mentioned" lists.
    static let topEntityLimit = 12
    /// Number of companions shown on an actor or place page.
    static let companionLimit = 10

    enum Section { case home, articles, actors, places, sources, timeline, other }

    // MARK: - Shared pieces

    func layout(path: String, title: String?, description: String, section: Section) -> LayoutView {
        let config = library.config
        return LayoutView(
            root: Permalinks.root(from: path),
            lang: config.language,
            siteTitle: config.title,
            pageTitle: title.map { "\($0) – \(config.title)" } ?? config.title,
            description: description,
            canonical: config.baseURL.map { $0 + (path == Permalinks.home ? "" : path) },
            isHome: section == .home, isArticles: section == .articles, isActors: section == .actors,
            isPlaces: section == .places, isSources: section == .sources, isTimeline: section == .timeline
        )
    }

    func link(_ target: String, from path: String) -> String {
        Permalinks.root(from: path) + target
    }

    func articleItem(_ index: Int, from path: String, sentence: String? = nil) -> ArticleItemView {
        let article = library.articles[index]
        let sentence = sentence.flatMap { $0.isEmpty ? nil : $0 }
        return ArticleItemView(
            title: article.metadata.title,
            titleDerived: article.metadata.titleDerived,
            url: link(Permalinks.article(article.slug), from: path),
            date: article.metadata.date?.display,
            isoDate: article.metadata.date?.iso,
            source: article.metadata.source,
            sentence: sentence,
            isDated: article.metadata.date != nil,
            hasSource: article.metadata.source != nil,
            hasSentence: sentence != nil
        )
    }

    func entityLink(_ id: EntityID, from path: String, count: Int? = nil) -> LinkView? {
        guard let record = library.record(id) else { return nil }
        return LinkView(name: id.name, url: link(Permalinks.entity(id.category, record.slug), from: path), count: count, note: nil)
    }

    /// Plain-text description of an article for `<meta name="description">` and the feed: its first sentences.
    func summary(of article: Article, limit: Int = 200) -> String {
        let paragraphs = PlainText.paragraphs(ofMarkdown: article.body, limit: 2)
        var text = ""
        for sentence in paragraphs.prefix(2).flatMap(SentenceSplitter.sentences) {
            if text.count + sentence.count > limit { break }
            text += (text.isEmpty ? "" : " ") + sentence
        }
        if text.isEmpty, let first = paragraphs.first { text = SentenceSplitter.headline(from: first, limit: limit) }
        return text
    }

    // MARK: - Home

    func home() -> OutputFile {
        let path = Permalinks.home
        let dates = library.articles.compactMap(\.metadata.date)
        let topActors = top(library.actors, from: path)
        let topPlaces = top(library.places, from: path)
        let model = HomePageView(
            layout: layout(path: path, title: nil, description: library.config.description, section: .home),
            description: library.config.description,
            articleCount: library.articles.count,
            actorCount: library.actors.filter { !$0.articles.isEmpty }.count,
            placeCount: library.places.filter { !$0.articles.isEmpty }.count,
            sourceCount: library.sources.count,
            firstDate: dates.min()?.display,
            lastDate: dates.max()?.display,
            undatedCount: library.articles.count - dates.count,
            articles: library.articles.indices.prefix(SitePages.homeArticleLimit).map { articleItem($0, from: path) },
            topActors: topActors,
            topPlaces: topPlaces,
            chartSVG: archiveChart(id: "home-chart")
        )
        return OutputFile(path: path, text: templates.render(model, with: "home"))
    }

    /// The most-mentioned entities of a category: by article count, then name.
    func top(_ records: [EntityRecord], from path: String) -> [LinkView] {
        records.filter { !$0.articles.isEmpty }
            .sorted { $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count : $0.id.name < $1.id.name }
            .prefix(SitePages.topEntityLimit)
            .compactMap { entityLink($0.id, from: path, count: $0.articles.count) }
    }

    // MARK: - Articles

    /// An article's page, Markdown file and original; `related` is its entry of `allRelatedArticles(cache:)`,
    /// computed once for the page and its cache key.
    func articlePages(_ index: Int, related: [RelatedArticle]) -> [OutputFile] {
        let article = library.articles[index]
        let folder = Permalinks.articleFolder(article.slug)
        let path = Permalinks.article(article.slug)
        let m = article.metadata
        let neighbours = neighbours(of: index, from: path)
        let originalName = "original." + ((article.file as NSString).pathExtension.isEmpty ? "txt" : (article.file as NSString).pathExtension.lowercased())
        let view = ArticleView(
            title: m.title,
            titleDerived: m.titleDerived,
            date: m.date?.display,
            isoDate: m.date?.iso,
            dateURL: m.date.map { link(Permalinks.month($0), from: path) },
            dateSource: m.dateSource,
            source: m.source,
            sourceURL: m.source.flatMap { library.source(named: $0) }.map { link(Permalinks.source($0.slug), from: path) },
            sourceEvidence: m.sourceEvidence,
            byline: m.byline,
            originalLink: m.url.flatMap(SitePages.safeExternalURL),
            bodyHTML: CMark.html(from: article.body, linking: linkTargets(for: article, from: path)),
            keywords: m.keywords,
            caption: m.caption,
            credit: m.credit,
            actors: article.actors.compactMap { entityLink($0.entity, from: path, count: $0.count) },
            places: article.places.compactMap { entityLink($0.entity, from: path, count: $0.count) },
            file: article.file,
            sha256: article.sha256,
            originalURL: originalName,
            markdownURL: "index.md",
            cleaning: article.cleaning,
            related: relatedViews(related, from: path),
            newer: neighbours.newer,
            older: neighbours.older,
            hasNeighbours: neighbours.newer != nil || neighbours.older != nil
        )
        let model = ArticlePageView(layout: layout(path: path, title: m.title, description: summary(of: article, limit: 160), section: .articles), article: view)
        return [
            OutputFile(path: path, text: templates.render(model, with: "article")),
            OutputFile(path: folder + "index.md", text: FrontMatter.markdownPage(for: article)),
            library.originalsFolder.map { OutputFile(path: folder + originalName, copying: $0 + "/" + article.file, sha256: article.sha256) }
                ?? OutputFile(path: folder + originalName, bytes: article.original),
        ]
    }

    /// Only http(s) links leave the site; anything else from an article (javascript:, data:) is dropped.
    static func safeExternalURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" }) else { return nil }
        return url
    }

    // MARK: - 404

    func notFound() -> OutputFile {
        // The 404 page is served from any folder, so its links must be absolute when possible.
        var model = NotFoundPageView(layout: layout(path: Permalinks.notFound, title: "Page not found", description: "This page does not exist.", section: .other))
        if let base = library.config.baseURL { model.layout.root = base }
        return OutputFile(path: Permalinks.notFound, text: templates.render(model, with: "404"))
    }
}

import Foundation
