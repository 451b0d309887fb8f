/// Articles-per-month charts for the home page, the timeline and each actor and place.
extension SitePages {
    /// The chart of the whole archive, or `nil` when no article is dated.
    func archiveChart(id: String) -> String? {
        guard let months else { return nil }
        let chart = MonthlyChart(dates: library.articles.compactMap(\.metadata.date), months: months)
        return chart.svg(id: id, title: "Articles per month")
    }

    /// An entity's chart over the archive's whole span (so charts of two entities compare), its
    /// first and last dated mention, and how many of its articles have no date.
    func mentionHistory(of record: EntityRecord) -> (chart: String?, first: String?, last: String?, undated: Int) {
        let dates = record.articles.compactMap { library.articles[$0].metadata.date }
        let undated = record.articles.count - dates.count
        guard let months, !dates.isEmpty else { return (nil, nil, nil, undated) }
        let chart = MonthlyChart(dates: dates, months: months)
            .svg(id: "mentions-chart", title: "Articles naming \(record.id.name) per month", height: 90)
        return (chart, dates.min()?.display, dates.max()?.display, undated)
    }

    /// "Jan" for a month number (1–12).
    static func shortMonth(_ month: Int) -> String {
        String(PublicationDate.monthNames[month - 1].prefix(3))
    }
}
