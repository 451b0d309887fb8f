/// Field tables for the view models: templates read fields by name through these key paths, which
/// is many times faster than the reflection (`Mirror`) Mustache falls back on. `TemplateFieldsTests`
/// checks every table lists exactly the stored properties of its type.

extension LayoutView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<LayoutView> & Sendable] = [
        "root": \LayoutView.root,
        "lang": \LayoutView.lang,
        "siteTitle": \LayoutView.siteTitle,
        "pageTitle": \LayoutView.pageTitle,
        "description": \LayoutView.description,
        "canonical": \LayoutView.canonical,
        "isHome": \LayoutView.isHome,
        "isArticles": \LayoutView.isArticles,
        "isActors": \LayoutView.isActors,
        "isPlaces": \LayoutView.isPlaces,
        "isSources": \LayoutView.isSources,
        "isTimeline": \LayoutView.isTimeline,
    ]
}

extension LinkView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<LinkView> & Sendable] = [
        "name": \LinkView.name,
        "url": \LinkView.url,
        "count": \LinkView.count,
        "note": \LinkView.note,
    ]
}

extension ArticleItemView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<ArticleItemView> & Sendable] = [
        "title": \ArticleItemView.title,
        "titleDerived": \ArticleItemView.titleDerived,
        "url": \ArticleItemView.url,
        "date": \ArticleItemView.date,
        "isoDate": \ArticleItemView.isoDate,
        "source": \ArticleItemView.source,
        "sentence": \ArticleItemView.sentence,
        "isDated": \ArticleItemView.isDated,
        "hasSource": \ArticleItemView.hasSource,
        "hasSentence": \ArticleItemView.hasSentence,
    ]
}

extension GroupView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<GroupView> & Sendable] = [
        "title": \GroupView.title,
        "anchor": \GroupView.anchor,
        "items": \GroupView.items,
        "count": \GroupView.count,
    ]
}

extension HomePageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<HomePageView> & Sendable] = [
        "layout": \HomePageView.layout,
        "description": \HomePageView.description,
        "articleCount": \HomePageView.articleCount,
        "actorCount": \HomePageView.actorCount,
        "placeCount": \HomePageView.placeCount,
        "sourceCount": \HomePageView.sourceCount,
        "firstDate": \HomePageView.firstDate,
        "lastDate": \HomePageView.lastDate,
        "undatedCount": \HomePageView.undatedCount,
        "articles": \HomePageView.articles,
        "topActors": \HomePageView.topActors,
        "topPlaces": \HomePageView.topPlaces,
        "chartSVG": \HomePageView.chartSVG,
    ]
}

extension ArticleView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<ArticleView> & Sendable] = [
        "title": \ArticleView.title,
        "titleDerived": \ArticleView.titleDerived,
        "date": \ArticleView.date,
        "isoDate": \ArticleView.isoDate,
        "dateURL": \ArticleView.dateURL,
        "dateSource": \ArticleView.dateSource,
        "source": \ArticleView.source,
        "sourceURL": \ArticleView.sourceURL,
        "sourceEvidence": \ArticleView.sourceEvidence,
        "byline": \ArticleView.byline,
        "originalLink": \ArticleView.originalLink,
        "bodyHTML": \ArticleView.bodyHTML,
        "keywords": \ArticleView.keywords,
        "caption": \ArticleView.caption,
        "credit": \ArticleView.credit,
        "actors": \ArticleView.actors,
        "places": \ArticleView.places,
        "file": \ArticleView.file,
        "sha256": \ArticleView.sha256,
        "originalURL": \ArticleView.originalURL,
        "markdownURL": \ArticleView.markdownURL,
        "cleaning": \ArticleView.cleaning,
        "related": \ArticleView.related,
        "newer": \ArticleView.newer,
        "older": \ArticleView.older,
        "hasNeighbours": \ArticleView.hasNeighbours,
    ]
}

extension RelatedArticleView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<RelatedArticleView> & Sendable] = [
        "article": \RelatedArticleView.article,
        "why": \RelatedArticleView.why,
    ]
}

extension ArticlePageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<ArticlePageView> & Sendable] = [
        "layout": \ArticlePageView.layout,
        "article": \ArticlePageView.article,
    ]
}

extension EntityPageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<EntityPageView> & Sendable] = [
        "layout": \EntityPageView.layout,
        "name": \EntityPageView.name,
        "isActor": \EntityPageView.isActor,
        "isPlace": \EntityPageView.isPlace,
        "kind": \EntityPageView.kind,
        "role": \EntityPageView.role,
        "affiliation": \EntityPageView.affiliation,
        "counterpart": \EntityPageView.counterpart,
        "spellings": \EntityPageView.spellings,
        "aliases": \EntityPageView.aliases,
        "articleCount": \EntityPageView.articleCount,
        "articles": \EntityPageView.articles,
        "companionActors": \EntityPageView.companionActors,
        "companionPlaces": \EntityPageView.companionPlaces,
        "ancestors": \EntityPageView.ancestors,
        "children": \EntityPageView.children,
        "latitude": \EntityPageView.latitude,
        "longitude": \EntityPageView.longitude,
        "indexURL": \EntityPageView.indexURL,
        "indexTitle": \EntityPageView.indexTitle,
        "chartSVG": \EntityPageView.chartSVG,
        "firstMention": \EntityPageView.firstMention,
        "lastMention": \EntityPageView.lastMention,
        "undatedCount": \EntityPageView.undatedCount,
        "mapSVG": \EntityPageView.mapSVG,
        "pagination": \EntityPageView.pagination,
        "isFirstPage": \EntityPageView.isFirstPage,
    ]
}

extension IndexPageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<IndexPageView> & Sendable] = [
        "layout": \IndexPageView.layout,
        "title": \IndexPageView.title,
        "intro": \IndexPageView.intro,
        "total": \IndexPageView.total,
        "groups": \IndexPageView.groups,
        "trees": \IndexPageView.trees,
        "mapSVG": \IndexPageView.mapSVG,
        "mapNote": \IndexPageView.mapNote,
        "otherOrders": \IndexPageView.otherOrders,
    ]
}

extension IndexOrderView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<IndexOrderView> & Sendable] = [
        "id": \IndexOrderView.id,
        "groups": \IndexOrderView.groups,
        "trees": \IndexOrderView.trees,
    ]
}

extension TreeItemView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<TreeItemView> & Sendable] = [
        "name": \TreeItemView.name,
        "url": \TreeItemView.url,
        "count": \TreeItemView.count,
        "note": \TreeItemView.note,
        "children": \TreeItemView.children,
        "hasChildren": \TreeItemView.hasChildren,
    ]
}

extension TreeGroupView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<TreeGroupView> & Sendable] = [
        "title": \TreeGroupView.title,
        "anchor": \TreeGroupView.anchor,
        "url": \TreeGroupView.url,
        "count": \TreeGroupView.count,
        "size": \TreeGroupView.size,
        "items": \TreeGroupView.items,
    ]
}

extension ListPageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<ListPageView> & Sendable] = [
        "layout": \ListPageView.layout,
        "title": \ListPageView.title,
        "intro": \ListPageView.intro,
        "articles": \ListPageView.articles,
        "pagination": \ListPageView.pagination,
    ]
}

extension MonthView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<MonthView> & Sendable] = [
        "title": \MonthView.title,
        "anchor": \MonthView.anchor,
        "count": \MonthView.count,
        "articles": \MonthView.articles,
        "shortTitle": \MonthView.shortTitle,
    ]
}

extension YearView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<YearView> & Sendable] = [
        "year": \YearView.year,
        "count": \YearView.count,
        "months": \YearView.months,
    ]
}

extension PaginationView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<PaginationView> & Sendable] = [
        "page": \PaginationView.page,
        "pageCount": \PaginationView.pageCount,
        "fromItem": \PaginationView.fromItem,
        "toItem": \PaginationView.toItem,
        "total": \PaginationView.total,
        "firstURL": \PaginationView.firstURL,
        "previousURL": \PaginationView.previousURL,
        "nextURL": \PaginationView.nextURL,
        "lastURL": \PaginationView.lastURL,
    ]
}

extension TimelinePageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<TimelinePageView> & Sendable] = [
        "layout": \TimelinePageView.layout,
        "years": \TimelinePageView.years,
        "undated": \TimelinePageView.undated,
        "chartSVG": \TimelinePageView.chartSVG,
    ]
}

extension NotFoundPageView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<NotFoundPageView> & Sendable] = [
        "layout": \NotFoundPageView.layout,
    ]
}

extension FeedEntryView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<FeedEntryView> & Sendable] = [
        "id": \FeedEntryView.id,
        "title": \FeedEntryView.title,
        "url": \FeedEntryView.url,
        "updated": \FeedEntryView.updated,
        "summary": \FeedEntryView.summary,
        "source": \FeedEntryView.source,
    ]
}

extension FeedView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<FeedView> & Sendable] = [
        "id": \FeedView.id,
        "title": \FeedView.title,
        "selfURL": \FeedView.selfURL,
        "homeURL": \FeedView.homeURL,
        "updated": \FeedView.updated,
        "entries": \FeedView.entries,
    ]
}

extension SitemapEntryView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<SitemapEntryView> & Sendable] = [
        "url": \SitemapEntryView.url,
        "lastModified": \SitemapEntryView.lastModified,
    ]
}

extension SitemapView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<SitemapView> & Sendable] = [
        "entries": \SitemapView.entries,
    ]
}
