/// Field tables for the view models: templates read fields by name through these accessors, which
/// is many times faster than the reflection (`Mirror`) Mustache falls back on. `TemplateFieldsTests`
/// checks every table lists exactly the stored properties of its type.

extension LayoutView: TemplateFields {
    static let templateFields: [String: @Sendable (LayoutView) -> Any?] = [
        "root": { $0.root },
        "lang": { $0.lang },
        "siteTitle": { $0.siteTitle },
        "pageTitle": { $0.pageTitle },
        "description": { $0.description },
        "canonical": { $0.canonical },
        "isHome": { $0.isHome },
        "isArticles": { $0.isArticles },
        "isActors": { $0.isActors },
        "isPlaces": { $0.isPlaces },
        "isSources": { $0.isSources },
        "isTimeline": { $0.isTimeline },
    ]
}

extension LinkView: TemplateFields {
    static let templateFields: [String: @Sendable (LinkView) -> Any?] = [
        "name": { $0.name },
        "url": { $0.url },
        "count": { $0.count },
        "note": { $0.note },
    ]
}

extension ArticleItemView: TemplateFields {
    static let templateFields: [String: @Sendable (ArticleItemView) -> Any?] = [
        "title": { $0.title },
        "titleDerived": { $0.titleDerived },
        "url": { $0.url },
        "date": { $0.date },
        "isoDate": { $0.isoDate },
        "source": { $0.source },
        "sentence": { $0.sentence },
        "isDated": { $0.isDated },
        "hasSource": { $0.hasSource },
        "hasSentence": { $0.hasSentence },
    ]
}

extension GroupView: TemplateFields {
    static let templateFields: [String: @Sendable (GroupView) -> Any?] = [
        "title": { $0.title },
        "anchor": { $0.anchor },
        "items": { $0.items },
        "count": { $0.count },
    ]
}

extension HomePageView: TemplateFields {
    static let templateFields: [String: @Sendable (HomePageView) -> Any?] = [
        "layout": { $0.layout },
        "description": { $0.description },
        "articleCount": { $0.articleCount },
        "actorCount": { $0.actorCount },
        "placeCount": { $0.placeCount },
        "sourceCount": { $0.sourceCount },
        "firstDate": { $0.firstDate },
        "lastDate": { $0.lastDate },
        "undatedCount": { $0.undatedCount },
        "articles": { $0.articles },
        "topActors": { $0.topActors },
        "topPlaces": { $0.topPlaces },
        "chartSVG": { $0.chartSVG },
    ]
}

extension ArticleView: TemplateFields {
    static let templateFields: [String: @Sendable (ArticleView) -> Any?] = [
        "title": { $0.title },
        "titleDerived": { $0.titleDerived },
        "date": { $0.date },
        "isoDate": { $0.isoDate },
        "dateURL": { $0.dateURL },
        "dateSource": { $0.dateSource },
        "source": { $0.source },
        "sourceURL": { $0.sourceURL },
        "sourceEvidence": { $0.sourceEvidence },
        "byline": { $0.byline },
        "originalLink": { $0.originalLink },
        "bodyHTML": { $0.bodyHTML },
        "keywords": { $0.keywords },
        "caption": { $0.caption },
        "credit": { $0.credit },
        "actors": { $0.actors },
        "places": { $0.places },
        "file": { $0.file },
        "sha256": { $0.sha256 },
        "originalURL": { $0.originalURL },
        "markdownURL": { $0.markdownURL },
        "cleaning": { $0.cleaning },
        "related": { $0.related },
        "newer": { $0.newer },
        "older": { $0.older },
        "hasNeighbours": { $0.hasNeighbours },
    ]
}

extension RelatedArticleView: TemplateFields {
    static let templateFields: [String: @Sendable (RelatedArticleView) -> Any?] = [
        "article": { $0.article },
        "why": { $0.why },
    ]
}

extension ArticlePageView: TemplateFields {
    static let templateFields: [String: @Sendable (ArticlePageView) -> Any?] = [
        "layout": { $0.layout },
        "article": { $0.article },
    ]
}

extension EntityPageView: TemplateFields {
    static let templateFields: [String: @Sendable (EntityPageView) -> Any?] = [
        "layout": { $0.layout },
        "name": { $0.name },
        "isActor": { $0.isActor },
        "isPlace": { $0.isPlace },
        "kind": { $0.kind },
        "role": { $0.role },
        "affiliation": { $0.affiliation },
        "counterpart": { $0.counterpart },
        "spellings": { $0.spellings },
        "aliases": { $0.aliases },
        "articleCount": { $0.articleCount },
        "articles": { $0.articles },
        "companionActors": { $0.companionActors },
        "companionPlaces": { $0.companionPlaces },
        "ancestors": { $0.ancestors },
        "children": { $0.children },
        "latitude": { $0.latitude },
        "longitude": { $0.longitude },
        "indexURL": { $0.indexURL },
        "indexTitle": { $0.indexTitle },
        "chartSVG": { $0.chartSVG },
        "firstMention": { $0.firstMention },
        "lastMention": { $0.lastMention },
        "undatedCount": { $0.undatedCount },
        "mapSVG": { $0.mapSVG },
        "pagination": { $0.pagination },
        "isFirstPage": { $0.isFirstPage },
    ]
}

extension IndexPageView: TemplateFields {
    static let templateFields: [String: @Sendable (IndexPageView) -> Any?] = [
        "layout": { $0.layout },
        "title": { $0.title },
        "intro": { $0.intro },
        "total": { $0.total },
        "groups": { $0.groups },
        "trees": { $0.trees },
        "mapSVG": { $0.mapSVG },
        "mapNote": { $0.mapNote },
        "otherOrders": { $0.otherOrders },
    ]
}

extension IndexOrderView: TemplateFields {
    static let templateFields: [String: @Sendable (IndexOrderView) -> Any?] = [
        "id": { $0.id },
        "groups": { $0.groups },
        "trees": { $0.trees },
    ]
}

extension TreeItemView: TemplateFields {
    static let templateFields: [String: @Sendable (TreeItemView) -> Any?] = [
        "name": { $0.name },
        "url": { $0.url },
        "count": { $0.count },
        "note": { $0.note },
        "children": { $0.children },
        "hasChildren": { $0.hasChildren },
    ]
}

extension TreeGroupView: TemplateFields {
    static let templateFields: [String: @Sendable (TreeGroupView) -> Any?] = [
        "title": { $0.title },
        "anchor": { $0.anchor },
        "url": { $0.url },
        "count": { $0.count },
        "size": { $0.size },
        "items": { $0.items },
    ]
}

extension ListPageView: TemplateFields {
    static let templateFields: [String: @Sendable (ListPageView) -> Any?] = [
        "layout": { $0.layout },
        "title": { $0.title },
        "intro": { $0.intro },
        "articles": { $0.articles },
        "pagination": { $0.pagination },
    ]
}

extension MonthView: TemplateFields {
    static let templateFields: [String: @Sendable (MonthView) -> Any?] = [
        "title": { $0.title },
        "anchor": { $0.anchor },
        "count": { $0.count },
        "articles": { $0.articles },
        "shortTitle": { $0.shortTitle },
    ]
}

extension YearView: TemplateFields {
    static let templateFields: [String: @Sendable (YearView) -> Any?] = [
        "year": { $0.year },
        "count": { $0.count },
        "months": { $0.months },
    ]
}

extension PaginationView: TemplateFields {
    static let templateFields: [String: @Sendable (PaginationView) -> Any?] = [
        "page": { $0.page },
        "pageCount": { $0.pageCount },
        "fromItem": { $0.fromItem },
        "toItem": { $0.toItem },
        "total": { $0.total },
        "firstURL": { $0.firstURL },
        "previousURL": { $0.previousURL },
        "nextURL": { $0.nextURL },
        "lastURL": { $0.lastURL },
    ]
}

extension TimelinePageView: TemplateFields {
    static let templateFields: [String: @Sendable (TimelinePageView) -> Any?] = [
        "layout": { $0.layout },
        "years": { $0.years },
        "undated": { $0.undated },
        "chartSVG": { $0.chartSVG },
    ]
}

extension NotFoundPageView: TemplateFields {
    static let templateFields: [String: @Sendable (NotFoundPageView) -> Any?] = [
        "layout": { $0.layout },
    ]
}

extension FeedEntryView: TemplateFields {
    static let templateFields: [String: @Sendable (FeedEntryView) -> Any?] = [
        "id": { $0.id },
        "title": { $0.title },
        "url": { $0.url },
        "updated": { $0.updated },
        "summary": { $0.summary },
        "source": { $0.source },
    ]
}

extension FeedView: TemplateFields {
    static let templateFields: [String: @Sendable (FeedView) -> Any?] = [
        "id": { $0.id },
        "title": { $0.title },
        "selfURL": { $0.selfURL },
        "homeURL": { $0.homeURL },
        "updated": { $0.updated },
        "entries": { $0.entries },
    ]
}

extension SitemapEntryView: TemplateFields {
    static let templateFields: [String: @Sendable (SitemapEntryView) -> Any?] = [
        "url": { $0.url },
        "lastModified": { $0.lastModified },
    ]
}

extension SitemapView: TemplateFields {
    static let templateFields: [String: @Sendable (SitemapView) -> Any?] = [
        "entries": { $0.entries },
    ]
}
