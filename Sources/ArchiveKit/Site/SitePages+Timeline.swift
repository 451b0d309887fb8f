/// The source pages and the timeline.
extension SitePages {
    // MARK: - Sources

    func sourceIndex() -> OutputFile {
        let path = Permalinks.sourcesIndex
        let items = library.sources.map { LinkView(name: $0.name, url: link(Permalinks.source($0.slug), from: path), count: $0.articles.count, note: nil) }
        let undated = library.articles.filter { $0.metadata.source == nil }.count
        let model = IndexPageView(
            layout: layout(path: path, title: "Sources", description: "The outlets whose articles are in \(library.config.title).", section: .sources),
            title: "Sources",
            intro: undated > 0 ? "The publisher of \(undated) article\(undated == 1 ? " is" : "s are") unknown." : "Every article's publisher is known.",
            total: items.count, groups: items.isEmpty ? [] : [GroupView(title: "Outlets", anchor: "outlets", items: items, count: items.count)])
        return OutputFile(path: path, text: templates.render(model, with: "index"))
    }

    /// A source's list of articles, split into pages of `articlesPerPage`.
    func sourcePages(_ source: SourceRecord) -> [OutputFile] {
        SitePages.pages(of: source.articles.count, first: Permalinks.source(source.slug)).map { page in
            let title = SitePages.pageTitle(source.name, page)
            let model = ListPageView(
                layout: layout(path: page.path, title: title, description: "Articles published by \(source.name) in \(library.config.title).", section: .sources),
                title: title,
                intro: "\(source.articles.count) article\(source.articles.count == 1 ? "" : "s"), newest first.",
                articles: page.items.map { articleItem(source.articles[$0], from: page.path) },
                pagination: page.pagination)
            return OutputFile(path: page.path, text: templates.render(model, with: "list"))
        }
    }

    // MARK: - Timeline

    func timeline() -> OutputFile {
        let path = Permalinks.timeline
        var years: [YearView] = []
        var undated: [ArticleItemView] = []
        for index in library.articles.indices {
            guard let date = library.articles[index].metadata.date else { undated.append(articleItem(index, from: path)); continue }
            if years.last?.year != String(date.year) { years.append(YearView(year: String(date.year), count: 0, months: [])) }
            if years[years.count - 1].months.last?.anchor != "m\(date.yearMonth)" {
                years[years.count - 1].months.append(MonthView(title: date.monthDisplay, anchor: "m\(date.yearMonth)", count: 0, articles: [],
                                                                 shortTitle: SitePages.shortMonth(date.month)))
            }
            let y = years.count - 1, m = years[y].months.count - 1
            years[y].months[m].articles.append(articleItem(index, from: path))
            years[y].months[m].count += 1
            years[y].count += 1
        }
        let model = TimelinePageView(
            layout: layout(path: path, title: "Timeline", description: "Every article of \(library.config.title) by year and month.", section: .timeline),
            years: years, undated: undated, chartSVG: archiveChart(id: "timeline-chart"))
        return OutputFile(path: path, text: templates.render(model, with: "timeline"))
    }
}
