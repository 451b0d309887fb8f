extension SitePages {
    // MARK: - Actor and place pages

    func entityPage(_ record: EntityRecord) -> OutputFile {
        let id = record.id
        let path = Permalinks.entity(id.category, record.slug)
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
            aliases: actor?.aliases ?? place?.aliases ?? [],
            articleCount: record.articles.count,
            articles: zip(record.articles, record.sentences).map { articleItem($0.0, from: path, sentence: $0.1) },
            companionActors: Array(companions.filter { $0.0.category == .actor }.prefix(SitePages.companionLimit).compactMap { entityLink($0.0, from: path, count: $0.1) }),
            companionPlaces: Array(companions.filter { $0.0.category == .place }.prefix(SitePages.companionLimit).compactMap { entityLink($0.0, from: path, count: $0.1) }),
            ancestors: ancestors,
            children: children,
            latitude: place?.coordinate.map { SitePages.degrees($0.latitude) },
            longitude: place?.coordinate.map { SitePages.degrees($0.longitude) },
            indexURL: link(Permalinks.entityIndex(id.category), from: path),
            indexTitle: id.category == .actor ? "All actors" : "All places"
        )
        return OutputFile(path: path, text: templates.render(model, with: "entity"))
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

    // MARK: - Indexes

    func actorIndex() -> OutputFile {
        let path = Permalinks.entityIndex(.actor)
        let groups = ActorKind.allCases.compactMap { kind -> GroupView? in
            let items = library.actors.filter { library.gazetteer.actor(named: $0.id.name)?.kind == kind }
                .compactMap { entityLink($0.id, from: path, count: $0.articles.count) }
            return items.isEmpty ? nil : GroupView(title: kind.groupTitle, anchor: kind.rawValue, items: items, count: items.count)
        }
        let model = IndexPageView(
            layout: layout(path: path, title: "Actors", description: "Every state, person, armed group, organisation and outlet named in \(library.config.title).", section: .actors),
            title: "Actors", intro: "Grouped by kind; the number is how many articles name each one.",
            total: library.actors.count, groups: groups)
        return OutputFile(path: path, text: templates.render(model, with: "index"))
    }

    /// Places grouped by country, then the governorate (or other first-level area) they lie in.
    func placeIndex() -> OutputFile {
        let path = Permalinks.entityIndex(.place)
        var groups: [String: [EntityRecord]] = [:]
        for record in library.places {
            let chain = library.gazetteer.ancestry(of: record.id.name)
            let group = chain.count >= 2 ? "\(chain[1].name), \(chain[0].name)" : (chain.first?.name ?? record.id.name)
            groups[group, default: []].append(record)
        }
        let views = groups.keys.sorted().map { name -> GroupView in
            let items = groups[name]!.sorted { depth($0) != depth($1) ? depth($0) < depth($1) : $0.id.name < $1.id.name }
                .compactMap { record -> LinkView? in
                    var item = entityLink(record.id, from: path, count: record.articles.count)
                    item?.note = library.gazetteer.place(named: record.id.name)?.kind.label
                    return item
                }
            return GroupView(title: name, anchor: Slug(name).value, items: items, count: items.count)
        }
        let model = IndexPageView(
            layout: layout(path: path, title: "Places", description: "Every place named in \(library.config.title), by country and governorate.", section: .places),
            title: "Places", intro: "Grouped by country and governorate; the number is how many articles name each place.",
            total: library.places.count, groups: views)
        return OutputFile(path: path, text: templates.render(model, with: "index"))
    }

    private func depth(_ record: EntityRecord) -> Int {
        library.gazetteer.ancestry(of: record.id.name).count
    }

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

    func sourcePage(_ source: SourceRecord) -> OutputFile {
        let path = Permalinks.source(source.slug)
        let model = ListPageView(
            layout: layout(path: path, title: source.name, description: "Articles published by \(source.name) in \(library.config.title).", section: .sources),
            title: source.name,
            intro: "\(source.articles.count) article\(source.articles.count == 1 ? "" : "s"), newest first.",
            articles: source.articles.map { articleItem($0, from: path) })
        return OutputFile(path: path, text: templates.render(model, with: "list"))
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
                years[years.count - 1].months.append(MonthView(title: date.monthDisplay, anchor: "m\(date.yearMonth)", count: 0, articles: []))
            }
            let y = years.count - 1, m = years[y].months.count - 1
            years[y].months[m].articles.append(articleItem(index, from: path))
            years[y].months[m].count += 1
            years[y].count += 1
        }
        let model = TimelinePageView(
            layout: layout(path: path, title: "Timeline", description: "Every article of \(library.config.title) by year and month.", section: .timeline),
            years: years, undated: undated)
        return OutputFile(path: path, text: templates.render(model, with: "timeline"))
    }
}
