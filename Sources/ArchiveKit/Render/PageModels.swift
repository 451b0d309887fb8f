/// Typed view models, one per kind of page: what the Mustache templates in `Templates/` see.
///
/// Templates get these instead of domain types, so a template can only show what was prepared
/// for it, and a missing field is a compile error here rather than an empty spot on a page.
/// Every `String` is plain text and is HTML-escaped by Mustache's `{{ }}`. The only HTML fields
/// are `ArticleView.bodyHTML`, rendered by cmark in safe mode, and the `…SVG` fields, drawn by
/// `MonthlyChart` and `PlaceMap` with every name escaped; templates insert them with `{{{ }}}`.
/// URLs are relative to the page they appear on.

/// What every page shares: the site header, navigation and `<head>`.
public struct LayoutView: Sendable {
    /// Relative path from this page to the site root ("../../", or "" on the home page).
    public var root: String
    public var lang: String
    public var siteTitle: String
    /// The `<title>`: page title, then the site title.
    public var pageTitle: String
    /// The `<meta name="description">`.
    public var description: String
    /// Absolute URL of this page, when a base URL is configured.
    public var canonical: String?
    /// Which top-level section this page belongs to, to highlight it in the navigation.
    public var isHome: Bool
    public var isArticles: Bool
    public var isActors: Bool
    public var isPlaces: Bool
    public var isSources: Bool
    public var isTimeline: Bool
}

/// A link to an actor, place or source, with an optional count ("Idlib Governorate (12)").
public struct LinkView: Sendable {
    public var name: String
    public var url: String
    public var count: Int?
    /// A short note after the link (a kind, "unverified", a role).
    public var note: String?
}

/// One article in a list.
public struct ArticleItemView: Sendable {
    public var title: String
    public var titleDerived: Bool
    public var url: String
    public var date: String?
    public var isoDate: String?
    public var source: String?
    /// The sentence in which the entity of the page is first named (on actor and place pages).
    public var sentence: String?
    /// Whether `date`, `source` and `sentence` are set. Templates test these instead of the
    /// optionals: Mustache looks a missing (`nil`) value up in the enclosing context, so an
    /// undated article listed on a dated article's page would otherwise show that page's date.
    public var isDated: Bool = false
    public var hasSource: Bool = false
    public var hasSentence: Bool = false
}

/// A group of links under a heading (actors of one kind, places of one governorate).
public struct GroupView: Sendable {
    public var title: String
    public var anchor: String
    public var items: [LinkView]
    public var count: Int
}

/// The home page.
public struct HomePageView: Sendable {
    public var layout: LayoutView
    public var description: String
    public var articleCount: Int
    public var actorCount: Int
    public var placeCount: Int
    public var sourceCount: Int
    public var firstDate: String?
    public var lastDate: String?
    public var undatedCount: Int
    public var articles: [ArticleItemView]
    public var topActors: [LinkView]
    public var topPlaces: [LinkView]
    /// Inline SVG bar chart of articles per month (generated, escaped; inserted with `{{{ }}}`).
    public var chartSVG: String?
}

/// One article's body and metadata.
public struct ArticleView: Sendable {
    public var title: String
    public var titleDerived: Bool
    public var date: String?
    public var isoDate: String?
    /// Link to the month of this article on the timeline.
    public var dateURL: String?
    public var dateSource: String?
    public var source: String?
    public var sourceURL: String?
    public var sourceEvidence: String?
    public var byline: String?
    /// The page the article was collected from, when the input named one.
    public var originalLink: String?
    /// Rendered by cmark in safe mode: the only HTML a template inserts unescaped.
    public var bodyHTML: String
    public var keywords: [String]
    public var caption: String?
    public var credit: String?
    public var actors: [LinkView]
    public var places: [LinkView]
    public var file: String
    public var sha256: String
    public var originalURL: String
    public var markdownURL: String
    public var cleaning: [String]
    /// Up to five articles sharing the rarest actors and places, best first.
    public var related: [RelatedArticleView] = []
    /// The next article forward and back in time, when both are dated.
    public var newer: ArticleItemView?
    public var older: ArticleItemView?
    /// Whether there is a newer or an older article to link to (stored: templates see only stored properties).
    public var hasNeighbours: Bool = false
}

/// An article related to the one on the page, with the reason.
public struct RelatedArticleView: Sendable {
    public var article: ArticleItemView
    /// The shared actors and places, rarest first ("Maarat al-Numan, Hayat Tahrir al-Sham").
    public var why: String
}

/// The article page.
public struct ArticlePageView: Sendable {
    public var layout: LayoutView
    public var article: ArticleView
}

/// An actor's or a place's page.
public struct EntityPageView: Sendable {
    public var layout: LayoutView
    public var name: String
    public var isActor: Bool
    public var isPlace: Bool
    public var kind: String
    public var role: String?
    public var affiliation: LinkView?
    /// The same country in the other category (actor Turkey ↔ place Turkey).
    public var counterpart: LinkView?
    public var spellings: [String]
    public var aliases: [String]
    public var articleCount: Int
    public var articles: [ArticleItemView]
    public var companionActors: [LinkView]
    public var companionPlaces: [LinkView]
    /// Places above this one, from the top (Syria → Idlib Governorate → …).
    public var ancestors: [LinkView]
    /// Places directly below this one that have pages.
    public var children: [LinkView]
    public var latitude: String?
    public var longitude: String?
    public var indexURL: String
    public var indexTitle: String
    /// Inline SVG bar chart of this entity's articles per month, over the archive's whole span.
    public var chartSVG: String?
    /// Dates of the first and last dated articles naming it.
    public var firstMention: String?
    public var lastMention: String?
    /// Articles naming it that have no date.
    public var undatedCount: Int = 0
    /// Inline SVG map with this place marked, when its coordinates fall inside the map frame.
    public var mapSVG: String?
    /// Links to the other pages of the article list when it is split into pages.
    public var pagination: PaginationView? = nil
    /// `false` on the second and later pages of the list, which show only the list.
    public var isFirstPage: Bool = true
}

/// The actor, place or source index: groups of links.
public struct IndexPageView: Sendable {
    public var layout: LayoutView
    public var title: String
    public var intro: String
    public var total: Int
    public var groups: [GroupView]
    /// The place index: one tree per country (country → governorate → district → town).
    public var trees: [TreeGroupView] = []
    /// Inline SVG map of every place with coordinates (the place index).
    public var mapSVG: String?
    /// What the map leaves out, in words.
    public var mapNote: String?
    /// The same lists in other orders, pre-rendered (by number of articles); the page switches
    /// between them with links to `#by-count` and `#by-name` and CSS `:target`, without a script.
    public var otherOrders: [IndexOrderView] = []
}

/// One pre-rendered order of an index page's lists. Its anchors carry a prefix so that ids stay
/// unique on the page.
public struct IndexOrderView: Sendable {
    /// Element id of the block, the target of its order link ("by-count").
    public var id: String
    public var groups: [GroupView]
    public var trees: [TreeGroupView]
}

/// One node of the place hierarchy on the place index. Fields are never `nil`, so a Mustache
/// lookup inside a nested node can never fall through to its parent's value.
public struct TreeItemView: Sendable {
    public var name: String
    public var url: String
    public var count: Int
    /// The kind of place ("Town"), or "".
    public var note: String
    public var children: [TreeItemView]
    public var hasChildren: Bool
}

/// A country and the places below it, on the place index.
public struct TreeGroupView: Sendable {
    public var title: String
    public var anchor: String
    public var url: String
    public var count: Int
    /// Places with pages in this group, the country included.
    public var size: Int
    public var items: [TreeItemView]
}

/// A page listing articles under a heading (a source, a month).
public struct ListPageView: Sendable {
    public var layout: LayoutView
    public var title: String
    public var intro: String
    public var articles: [ArticleItemView]
    /// Links to the other pages of the list when it is split into pages.
    public var pagination: PaginationView? = nil
}

/// One month of the timeline.
public struct MonthView: Sendable {
    public var title: String
    public var anchor: String
    public var count: Int
    public var articles: [ArticleItemView]
    /// "Jan", for the month navigation above the timeline.
    public var shortTitle: String = ""
}

/// One year of the timeline.
public struct YearView: Sendable {
    public var year: String
    public var count: Int
    public var months: [MonthView]
}

/// Where a page sits in a long list split into pages, with links to its neighbours (relative URLs;
/// nil where there is no such page).
public struct PaginationView: Sendable {
    public var page: Int
    public var pageCount: Int
    /// 1-based positions of the first and last item on this page, and the number of items in all.
    public var fromItem: Int
    public var toItem: Int
    public var total: Int
    public var firstURL: String?
    public var previousURL: String?
    public var nextURL: String?
    public var lastURL: String?
}

/// The timeline page: every article by year and month, undated ones last.
public struct TimelinePageView: Sendable {
    public var layout: LayoutView
    public var years: [YearView]
    public var undated: [ArticleItemView]
    /// Inline SVG bar chart of articles per month.
    public var chartSVG: String?
}

/// The 404 page.
public struct NotFoundPageView: Sendable {
    public var layout: LayoutView
}

/// One entry of the Atom feed.
public struct FeedEntryView: Sendable {
    public var id: String
    public var title: String
    public var url: String
    public var updated: String
    public var summary: String
    public var source: String?
}

/// The Atom feed.
public struct FeedView: Sendable {
    public var id: String
    public var title: String
    public var selfURL: String
    public var homeURL: String
    public var updated: String
    public var entries: [FeedEntryView]
}

/// One URL of the sitemap.
public struct SitemapEntryView: Sendable {
    public var url: String
    public var lastModified: String?
}

/// The sitemap (only with a base URL).
public struct SitemapView: Sendable {
    public var entries: [SitemapEntryView]
}
