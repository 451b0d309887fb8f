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
            articles: zip(record.articles, record.sentences).map { articleItem($0.0, from: path, sentence: $0.1) },
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
            mapSVG: id.category == .place ? placeMap(for: record) : nil
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
}
