/// The cache key of each page group: a digest of everything its pages are rendered from.
///
/// A group whose key equals the one the previous build recorded is taken from the previous site
/// instead of being rendered again. So a key must change whenever a page of the group could:
/// each one below lists the page's inputs, and everything shared by every page (the tool, the
/// templates, the settings, the months the archive spans) is in `site`.
///
/// Keys are narrow on purpose: an edit to one article re-renders its own page, the pages that list
/// or relate it (its neighbours, its related articles, its actors, places and source), and only
/// those archive-wide groups (`global(_:library:)`) that show what changed. The gazetteer is
/// narrowed the same way: an article's page shows the kind of each entity it names, an entity's
/// pages show its entry and its relatives' (`gazetteer(of:library:)`); the archive-wide groups,
/// which show every entry, take the whole gazetteer's digest.
struct PageKeys: Sendable {
    /// Inputs shared by every page.
    let site: String
    /// `site` and the whole gazetteer, for the archive-wide groups.
    let siteAndGazetteer: String
    /// Every place's name, kind and coordinates: a place's map draws the places around it.
    let placeGeometry: String
    /// The places each place contains directly (by the gazetteer's `parent`), in archive order.
    let children: [String: [String]]
    /// What any list of articles shows of each one (address, title, date, source), by article index.
    let cards: [String]
    /// Every actor and place with the address of its page: pages about one entity link to others.
    let entityAddresses: String
    /// The number of articles naming each place: place maps and lists of a place's parts show them.
    let placeCounts: String
    /// The cards of every article, in archive order: lists of all articles and the monthly charts show them.
    let allCards: String
    /// Every actor and place with its address and number of articles: indexes and top lists show them.
    let entityCounts: String
    /// Every source with its address and number of articles, and the number of articles without one.
    let sourceCounts: String

    init(library: ArchiveLibrary, templatesDigest: String, months: ClosedRange<Int>?) {
        let config = library.config
        site = BuildCache.key([BuildCache.toolDigest, templatesDigest, config.title, config.description,
                               config.baseURL ?? "", config.language, months.map { "\($0.lowerBound)-\($0.upperBound)" } ?? ""])
        siteAndGazetteer = BuildCache.key([site, library.gazetteerDigest])
        placeGeometry = BuildCache.key(library.gazetteer.places.map { "\($0.name)\u{1E}\($0.kind.rawValue)\u{1E}\($0.coordinate.map { "\($0.latitude),\($0.longitude)" } ?? "-")" })
        var children: [String: [String]] = [:]
        for record in library.places {
            if let parent = library.gazetteer.place(named: record.id.name)?.parent { children[parent, default: []].append(record.id.name) }
        }
        self.children = children
        cards = library.articles.parallelMap { article in
            let m = article.metadata
            return BuildCache.key([article.slug.value, m.title, m.titleDerived ? "1" : "0", m.date?.iso ?? "", m.date?.display ?? "", m.source ?? ""])
        }
        entityAddresses = BuildCache.key((library.actors + library.places).map { "\($0.id)\u{1E}\($0.slug.value)" })
        placeCounts = BuildCache.key(library.places.map { "\($0.id.name)\u{1E}\($0.articles.count)" })
        allCards = BuildCache.key(cards)
        entityCounts = BuildCache.key((library.actors + library.places).map { "\($0.id)\u{1E}\($0.slug.value)\u{1E}\($0.articles.count)" })
        sourceCounts = BuildCache.key(library.sources.map { "\($0.name)\u{1E}\($0.slug.value)\u{1E}\($0.articles.count)" }
                                      + ["\(library.articles.count)"])
    }

    /// The key of one group of archive-wide pages.
    func global(_ group: SitePages.GlobalGroup, library: ArchiveLibrary) -> String {
        switch group {
        case .articleData:
            // Each article's record is its extraction (decided by its bytes) and its address.
            return BuildCache.key([siteAndGazetteer, group.rawValue, library.graphDigest()])
        case .actorData, .placeData:
            var key = BuildCache.KeyBuilder()
            for part in [siteAndGazetteer, group.rawValue] { key.add(part) }
            for record in library.records(group == .actorData ? .actor : .place) {
                key.add("\(record.id)\u{1E}\(record.slug.value)")
                for (spelling, _) in record.spellings { key.add(spelling) }
                key.add("\u{1E}")
                for index in record.articles { key.add(library.articles[index].slug.value) }
            }
            return key.finish()
        case .timeline:
            return BuildCache.key([siteAndGazetteer, group.rawValue, allCards])
        case .front:
            // The feed summarises the newest dated articles: their text, not only their cards.
            let newest = library.articles.lazy.filter { $0.metadata.date != nil }.prefix(SitePages.feedLimit).map(\.sha256)
            return BuildCache.key([siteAndGazetteer, group.rawValue, allCards, entityCounts, sourceCounts] + newest)
        case .indexes:
            return BuildCache.key([siteAndGazetteer, group.rawValue, entityCounts, sourceCounts])
        case .fixed:
            return BuildCache.key([siteAndGazetteer, group.rawValue])
        }
    }

    /// The key of the sitemap: the address of every page.
    func sitemap(paths: [String]) -> String {
        BuildCache.key([site, "sitemap"] + paths.sorted())
    }

    /// An article's page, Markdown file and original: the article itself (its bytes and address), the
    /// cards of the articles before and after it and of its related articles (`SitePages.relatedArticles(to:using:)`)
    /// with the reasons given,
    /// and the addresses its names and source link to.
    func article(_ index: Int, related: [SitePages.RelatedArticle], library: ArchiveLibrary) -> String {
        let article = library.articles[index]
        var key = BuildCache.KeyBuilder()
        for part in [site, "article", article.sha256, article.file, article.slug.value, cards[index]] { key.add(part) }
        key.add(index > 0 ? cards[index - 1] : "-")
        key.add(index + 1 < cards.count ? cards[index + 1] : "-")
        key.add(related.count)
        for related in related {
            key.add(cards[related.index])
            key.add(related.shared.count)
            for record in related.shared { key.add(library.id(ofRecord: record).description) }
        }
        key.add(library.mentionRecords[index].count)
        for record in library.mentionRecords[index] {
            key.add(library.record(number: record).slug.value)
            key.add(library.gazetteer.kindLabel(of: library.id(ofRecord: record)) ?? "-")   // names in the text link with it
        }
        key.add(article.metadata.source.flatMap { library.source(named: $0) }?.slug.value ?? "-")
        return key.finish()
    }

    /// The pages of an actor or place: its record (articles with their cards and the sentences
    /// quoted, spellings, companions), the addresses of other entities, and, for a place, the
    /// article counts of all places.
    func entity(_ record: EntityRecord, library: ArchiveLibrary) -> String {
        var key = BuildCache.KeyBuilder()
        for part in [site, "entity", entityAddresses, record.id.description, record.slug.value] { key.add(part) }
        key.add(record.articles.count)
        for (position, index) in record.articles.enumerated() {
            key.add(cards[index])
            key.add(record.sentences[position])
        }
        key.add(record.spellings.count)
        for (spelling, count) in record.spellings {
            key.add(spelling)
            key.add(count)
        }
        key.add(record.companions.count)
        for (companion, count) in record.companions {
            key.add(companion.description)
            key.add(count)
        }
        if record.id.category == .place { key.add(placeCounts) }
        for part in gazetteer(of: record.id, library: library) { key.add(part) }
        return key.finish()
    }

    /// What an entity's pages show of the gazetteer: its entry; for an actor, the place of the same
    /// name (which may stand for it); for a place, the entries above it, the places it contains and,
    /// for its map, where every place lies.
    func gazetteer(of id: EntityID, library: ArchiveLibrary) -> [String] {
        let gazetteer = library.gazetteer
        switch id.category {
        case .actor:
            return [gazetteer.actor(named: id.name).map(PageKeys.entry) ?? "-", gazetteer.place(named: id.name).map(PageKeys.entry) ?? "-"]
        case .place:
            return [gazetteer.place(named: id.name).map(PageKeys.entry) ?? "-", placeGeometry]
                + gazetteer.ancestry(of: id.name).map(PageKeys.entry) + ["\u{1E}"] + (children[id.name] ?? [])
        }
    }

    /// Every field of a gazetteer entry, as one text.
    static func entry(_ actor: Actor) -> String {
        ([actor.name, actor.kind.rawValue, optional(actor.affiliation), optional(actor.role)] + actor.aliases).joined(separator: "\u{1F}")
    }

    static func entry(_ place: Place) -> String {
        ([place.name, place.kind.rawValue, optional(place.parent), optional(place.actor), optional(place.coordinate.map { "\($0.latitude),\($0.longitude)" })]
            + place.aliases).joined(separator: "\u{1F}")
    }

    /// A value that may be missing, told apart from any text it could hold.
    private static func optional(_ value: String?) -> String {
        value.map { "+" + $0 } ?? "-"
    }

    /// The pages of a source: the cards of its articles.
    func source(_ record: SourceRecord) -> String {
        BuildCache.key([site, "source", record.name, record.slug.value] + record.articles.map { cards[$0] })
    }
}
