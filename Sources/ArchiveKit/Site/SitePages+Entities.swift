extension SitePages {
    // MARK: - Actor and place pages

    /// The page of an actor or place, followed by further pages of its article list when it names
    /// more than `articlesPerPage` articles.
    func entityPages(_ record: EntityRecord) -> [OutputFile] {
        let first = Permalinks.entity(record.id.category, record.slug)
        let pages = SitePages.pages(of: record.articles.count, first: first)
        return [entityPage(record, page: pages[0])] + pages.dropFirst().map { entityListPage(record, page: $0) }
    }

    private func entityPage(_ record: EntityRecord, page: ListPage) -> OutputFile {
        let id = record.id
        let path = page.path
        let actor = id.category == .actor ? library.gazetteer.actor(named: id.name) : nil
        let place = id.category == .place ? library.gazetteer.place(named: id.name) : nil
        let kind = actor?.kind.label ?? place?.kind.label ?? ""
        var counterpart: LinkView?
        if let place, let actorName = place.actor, actorName == place.name { counterpart = entityLink(EntityID(.actor, actorName), from: path) }
        if let actor, let twin = library.gazetteer.place(named: actor.name), twin.actor == actor.name { counterpart = entityLink(EntityID(.place, twin.name), from: path) }
        let ancestors = place.map { library.gazetteer.ancestry(of: $0.name).dropLast().compactMap { entityLink(EntityID(.place, $0.name), from: path) } } ?? []
        let children = id.category == .place
            ? library.places.filter { library.gazetteer.place(named: $0.id.name)?.parent == id.name }
                .compactMap { entityLink($0.id, from: path, count: $0.articles.count) }
            : []
        let companions = record.companions.prefix(SitePages.companionLimit * 2)
        let history = mentionHistory(of: record)
        let model = EntityPageView(
            layout: layout(path: path, title: id.name, description: description(of: record, kind: kind), section: id.category == .actor ? .actors : .places),
            name: id.name,
            isActor: id.category == .actor,
            isPlace: id.category == .place,
            kind: kind,
            role: actor?.role,
            affiliation: actor?.affiliation.flatMap { entityLink(EntityID(.actor, $0), from: path) },
            counterpart: counterpart,
            spellings: record.spellings.map(\.0),
            aliases: displayAliases(actor?.aliases ?? place?.aliases ?? []),
            articleCount: record.articles.count,
            articles: listedArticles(record, on: page),
            companionActors: Array(companions.filter { $0.0.category == .actor }.prefix(SitePages.companionLimit).compactMap { entityLink($0.0, from: path, count: $0.1) }),
            companionPlaces: Array(companions.filter { $0.0.category == .place }.prefix(SitePages.companionLimit).compactMap { entityLink($0.0, from: path, count: $0.1) }),
            ancestors: ancestors,
            children: children,
            latitude: place?.coordinate.map { SitePages.degrees($0.latitude) },
            longitude: place?.coordinate.map { SitePages.degrees($0.longitude) },
            indexURL: link(Permalinks.entityIndex(id.category), from: path),
            indexTitle: id.category == .actor ? "All actors" : "All places",
            chartSVG: history.chart,
            firstMention: history.first,
            lastMention: history.last,
            undatedCount: history.undated,
            mapSVG: id.category == .place ? placeMap(for: record) : nil,
            pagination: page.pagination
        )
        return OutputFile(path: path, text: templates.render(model, with: "entity"))
    }

    /// A later page of an entity's article list: its name, the list and the page links only.
    private func entityListPage(_ record: EntityRecord, page: ListPage) -> OutputFile {
        let id = record.id
        let path = page.path
        let kind = library.gazetteer.actor(named: id.name)?.kind.label ?? library.gazetteer.place(named: id.name)?.kind.label ?? ""
        let model = EntityPageView(
            layout: layout(path: path, title: SitePages.pageTitle(id.name, page), description: description(of: record, kind: kind),
                           section: id.category == .actor ? .actors : .places),
            name: id.name, isActor: id.category == .actor, isPlace: id.category == .place, kind: kind, role: nil, affiliation: nil,
            counterpart: nil, spellings: [], aliases: [], articleCount: record.articles.count,
            articles: listedArticles(record, on: page),
            companionActors: [], companionPlaces: [],
            ancestors: [LinkView(name: id.name, url: link(Permalinks.entity(id.category, record.slug), from: path), count: nil, note: nil)],
            children: [], latitude: nil, longitude: nil,
            indexURL: link(Permalinks.entityIndex(id.category), from: path), indexTitle: id.category == .actor ? "All actors" : "All places",
            chartSVG: nil, firstMention: nil, lastMention: nil, mapSVG: nil, pagination: page.pagination, isFirstPage: false)
        return OutputFile(path: path, text: templates.render(model, with: "entity"))
    }

    /// The articles one page of an entity's list shows, each with the words around its first mention.
    private func listedArticles(_ record: EntityRecord, on page: ListPage) -> [ArticleItemView] {
        page.items.map { articleItem(record.articles[$0], from: page.path, sentence: record.sentences[$0]) }
    }

    func description(of record: EntityRecord, kind: String) -> String {
        let n = record.articles.count
        return "\(record.id.name) (\(kind.lowercased())): named in \(n) article\(n == 1 ? "" : "s") of \(library.config.title)."
    }

    /// Four decimals: about 11 m, more than any gazetteer entry claims.
    static func degrees(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return String(format: "%.4f", scaled)
    }
}
