/// Where every page of the site lives, and how to link from one page to another.
///
/// Paths are relative to the site root and always name the file (`…/index.html`), because
/// `file://` and some static hosts do not map a folder to its index page.
public enum Permalinks {
    public static let home = "index.html"
    public static let timeline = "timeline/index.html"
    public static let sourcesIndex = "sources/index.html"
    public static let notFound = "404.html"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/style.css"

    /// The folder of an article: `articles/<slug>/`.
    public static func articleFolder(_ slug: Slug) -> String { "articles/\(slug.value)/" }
    public static func article(_ slug: Slug) -> String { articleFolder(slug) + "index.html" }
    public static func entityIndex(_ category: EntityCategory) -> String { "\(category.folder)/index.html" }
    public static func entity(_ category: EntityCategory, _ slug: Slug) -> String { "\(category.folder)/\(slug.value)/index.html" }
    public static func source(_ slug: Slug) -> String { "sources/\(slug.value)/index.html" }
    /// The anchor of a month on the timeline: `timeline/index.html#m2018-01`.
    public static func month(_ date: PublicationDate) -> String { "\(timeline)#m\(date.yearMonth)" }

    /// The relative prefix that leads from the page at `path` back to the site root ("../../").
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.reduce(0) { $1 == "/" ? $0 + 1 : $0 })
    }
}

extension Permalinks {
    /// Page `number` of a list whose first page is `first`: `actors/assad/index.html` →
    /// `actors/assad/page/2/index.html`.
    public static func page(_ number: Int, of first: String) -> String {
        guard number > 1 else { return first }
        let folder = first.hasSuffix("index.html") ? String(first.dropLast("index.html".count)) : first + "/"
        return folder + "page/\(number)/index.html"
    }
}
