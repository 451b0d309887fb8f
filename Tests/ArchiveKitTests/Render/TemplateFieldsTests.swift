@testable import ArchiveKit
import Testing

/// The accessor tables that hand view-model fields to Mustache must list exactly the stored
/// properties reflection sees, each under its own name; otherwise a template would silently
/// render an empty spot.
@Suite struct TemplateFieldsTests {
    @Test(arguments: Samples.pages.indices)
    func tableMatchesReflection(page: Int) {
        var checked: Set<String> = []
        audit(Samples.pages[page], checked: &checked)
        #expect(!checked.isEmpty)
    }

    @Test func everyViewModelIsAudited() {
        var checked: Set<String> = []
        for page in Samples.pages { audit(page, checked: &checked) }
        #expect(checked.count == 23, "audited: \(checked.sorted())")
    }

    @Test func nilOptionalsAreMissingSoMustacheLooksFurtherUp() {
        let link = LinkView(name: "Idlib", url: "idlib/", count: nil, note: nil)
        #expect(link.child(named: "count") == nil)
        #expect(link.child(named: "name") as? String == "Idlib")
        #expect(link.child(named: "nonsense") == nil)
    }

    /// Compares the table of `value` with its `Mirror`, field by field, and recurses into nested models.
    private func audit(_ value: Any, checked: inout Set<String>) {
        if let array = value as? [Any] {
            for element in array { audit(element, checked: &checked) }
            return
        }
        guard let model = value as? any TemplateFields else { return }
        let mirror = Mirror(reflecting: model)
        let labels = mirror.children.compactMap(\.label)
        checked.insert("\(type(of: model))")
        #expect(Set(labels) == Set(type(of: model).fieldNames), "\(type(of: model))")
        for child in mirror.children {
            guard let label = child.label else { continue }
            let unwrapped: Any? = Mirror(reflecting: child.value).displayStyle == .optional
                ? Mirror(reflecting: child.value).children.first?.value : child.value
            let viaTable = model.child(named: label)
            #expect(viaTable.map { String(describing: $0) } == unwrapped.map { String(describing: $0) }, "\(type(of: model)).\(label)")
            if let unwrapped { audit(unwrapped, checked: &checked) }
        }
    }
}

private extension TemplateFields {
    static var fieldNames: [String] { Array(templateFields.keys) }
}

/// One value of every view model, each field holding a value that differs from its neighbours'.
private enum Samples {
    static let layout = LayoutView(root: "root", lang: "lang", siteTitle: "siteTitle", pageTitle: "pageTitle", description: "description", canonical: "canonical", isHome: true, isArticles: false, isActors: true, isPlaces: false, isSources: true, isTimeline: false)
    static let link = LinkView(name: "name", url: "url", count: 7, note: "note")
    static let item = ArticleItemView(title: "title", titleDerived: false, url: "url", date: "date", isoDate: "isoDate", source: "source", sentence: "sentence", isDated: true, hasSource: false, hasSentence: true)
    static let group = GroupView(title: "title", anchor: "anchor", items: [link], count: 12)
    static let leaf = TreeItemView(name: "name", url: "url", count: 13, note: "note", children: [], hasChildren: false)
    static let tree = TreeGroupView(title: "title", anchor: "anchor", url: "url", count: 15, size: 16, items: [leaf])
    static let related = RelatedArticleView(article: item, why: "why")
    static let article = ArticleView(title: "title", titleDerived: true, date: "date", isoDate: "isoDate", dateURL: "dateURL", dateSource: "dateSource", source: "source", sourceURL: "sourceURL", sourceEvidence: "sourceEvidence", byline: "byline", originalLink: "originalLink", bodyHTML: "bodyHTML", keywords: ["keywords"], caption: "caption", credit: "credit", actors: [link], places: [link], file: "file", sha256: "sha256", originalURL: "originalURL", markdownURL: "markdownURL", cleaning: ["cleaning"], related: [related], newer: item, older: item, hasNeighbours: false)
    static let month = MonthView(title: "title", anchor: "anchor", count: 19, articles: [item], shortTitle: "shortTitle")
    static let year = YearView(year: "year", count: 20, months: [month])
    static let order = IndexOrderView(id: "id", groups: [group], trees: [tree])
    static let entry = FeedEntryView(id: "id", title: "title", url: "url", updated: "updated", summary: "summary", source: "source")
    static let sitemapEntry = SitemapEntryView(url: "url", lastModified: "lastModified")
    static let pagination = PaginationView(page: 21, pageCount: 22, fromItem: 23, toItem: 24, total: 25, firstURL: "firstURL", previousURL: "previousURL", nextURL: "nextURL", lastURL: "lastURL")
    static let pages: [any TemplateFields & Sendable] = [
        HomePageView(layout: layout, description: "description", articleCount: 26, actorCount: 27, placeCount: 28, sourceCount: 29, firstDate: "firstDate", lastDate: "lastDate", undatedCount: 30, articles: [item], topActors: [link], topPlaces: [link], chartSVG: "chartSVG"),
        ArticlePageView(layout: layout, article: article),
        EntityPageView(layout: layout, name: "name", isActor: true, isPlace: false, kind: "kind", role: "role", affiliation: link, counterpart: link, spellings: ["spellings"], aliases: ["aliases"], articleCount: 33, articles: [item], companionActors: [link], companionPlaces: [link], ancestors: [link], children: [link], latitude: "latitude", longitude: "longitude", indexURL: "indexURL", indexTitle: "indexTitle", chartSVG: "chartSVG", firstMention: "firstMention", lastMention: "lastMention", undatedCount: 34, mapSVG: "mapSVG", pagination: pagination, isFirstPage: true),
        IndexPageView(layout: layout, title: "title", intro: "intro", total: 36, groups: [group], trees: [tree], mapSVG: "mapSVG", mapNote: "mapNote", otherOrders: [order]),
        ListPageView(layout: layout, title: "title", intro: "intro", articles: [item], pagination: pagination),
        TimelinePageView(layout: layout, years: [year], undated: [item], chartSVG: "chartSVG"),
        NotFoundPageView(layout: layout),
        FeedView(id: "id", title: "title", selfURL: "selfURL", homeURL: "homeURL", updated: "updated", entries: [entry]),
        SitemapView(entries: [sitemapEntry]),
    ]
}
