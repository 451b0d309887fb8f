/// Long article lists split into pages, so an actor named in 50,000 articles gets 500 pages of
/// 100 instead of one page of several megabytes.
extension SitePages {
    /// Items per page of an entity's or a source's article list.
    static let articlesPerPage = 100

    /// One page of a list: where it goes, which items it shows, and its links to the other pages
    /// (nil when the list fits on one page).
    struct ListPage {
        var path: String
        var items: Range<Int>
        var pagination: PaginationView?
    }

    /// The pages of a list of `count` items whose first page is at `first`; at least one page.
    static func pages(of count: Int, first: String, perPage: Int = articlesPerPage) -> [ListPage] {
        let pageCount = max(1, (count + perPage - 1) / perPage)
        guard pageCount > 1 else { return [ListPage(path: first, items: 0..<count, pagination: nil)] }
        return (1...pageCount).map { number in
            let path = Permalinks.page(number, of: first)
            func url(_ target: Int) -> String? {
                guard target != number, (1...pageCount).contains(target) else { return nil }
                return Permalinks.root(from: path) + Permalinks.page(target, of: first)
            }
            let items = (number - 1) * perPage..<min(count, number * perPage)
            let pagination = PaginationView(page: number, pageCount: pageCount, fromItem: items.lowerBound + 1, toItem: items.upperBound,
                                            total: count, firstURL: number > 2 ? url(1) : nil, previousURL: url(number - 1),
                                            nextURL: url(number + 1), lastURL: number < pageCount - 1 ? url(pageCount) : nil)
            return ListPage(path: path, items: items, pagination: pagination)
        }
    }

    /// "Hayat Tahrir al-Sham, page 2 of 5" for the later pages of a list.
    static func pageTitle(_ title: String, _ page: ListPage) -> String {
        guard let pagination = page.pagination, pagination.page > 1 else { return title }
        return "\(title), page \(pagination.page) of \(pagination.pageCount)"
    }
}
