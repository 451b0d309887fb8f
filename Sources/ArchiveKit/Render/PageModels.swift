/// Typed view models, one per kind of page: what the Mustache templates in `Templates/` see.
///
/// Templates get these instead of domain types, so a template can only show what was prepared
/// for it, and a missing field is a compile error here rather than an empty spot on a page.
/// Every `String` is plain text and is HTML-escaped by Mustache's `{{ }}`; the only HTML field
/// is `ArticleView.bodyHTML`, rendered by cmark in safe mode and inserted with `{{{ }}}`.
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
}

/// The actor, place or source index: groups of links.
public struct IndexPageView: Sendable {
    public var layout: LayoutView
    public var title: String
    public var intro: String
    public var total: Int
    public var groups: [GroupView]
}

/// A page listing articles under a heading (a source, a month).
public struct ListPageView: Sendable {
    public var layout: LayoutView
    public var title: String
    public var intro: String
    public var articles: [ArticleItemView]
}

/// One month of the timeline.
public struct MonthView: Sendable {
    public var title: String
    public var anchor: String
    public var count: Int
    public var articles: [ArticleItemView]
}

/// One year of the timeline.
public struct YearView: Sendable {
    public var year: String
    public var count: Int
    public var months: [MonthView]
}

/// The timeline page: every article by year and month, undated ones last.
public struct TimelinePageView: Sendable {
    public var layout: LayoutView
    public var years: [YearView]
    public var undated: [ArticleItemView]
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
