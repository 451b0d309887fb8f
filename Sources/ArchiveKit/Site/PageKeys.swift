/// The cache key of each page group: a digest of everything its pages are rendered from.
///
/// A group whose key equals the one the previous build recorded is taken from the previous site
/// instead of being rendered again. So a key must change whenever a page of the group could:
/// each one below lists the page's inputs, and everything shared by every page (the tool, the
/// templates, the settings, the gazetteer, the months the archive spans) is in `site`.
///
/// Keys are narrow on purpose: an edit to one article re-renders its own page, the pages that list
/// or relate it (its neighbours, its related articles, its actors, places and source) and the
/// global pages, not every page of the archive.
struct PageKeys: Sendable {
    /// Inputs shared by every page.
    let site: String
    /// What any list of articles shows of each one (address, title, date, source), by article index.
    let cards: [String]
    /// Every actor and place with the address of its page: pages about one entity link to others.
    let entityAddresses: String
    /// The number of articles naming each place: place maps and lists of a place's parts show them.
    let placeCounts: String
    /// Everything any global page (home, indexes, timeline, feeds, data files) shows.
    let global: String

    init(library: ArchiveLibrary, templatesDigest: String, months: ClosedRange<Int>?) {
        let config = library.config
        site = BuildCache.key([BuildCache.toolDigest, templatesDigest, library.gazetteerDigest, config.title, config.description,
                               config.baseURL ?? "", config.language, months.map { "\($0.lowerBound)-\($0.upperBound)" } ?? ""])
        cards = library.articles.parallelMap { article in
            let m = article.metadata
            return BuildCache.key([article.slug.value, m.title, m.titleDerived ? "1" : "0", m.date?.iso ?? "", m.date?.display ?? "", m.source ?? ""])
        }
        entityAddresses = BuildCache.key((library.actors + library.places).map { "\($0.id)\u{1E}\($0.slug.value)" })
        placeCounts = BuildCache.key(library.places.map { "\($0.id.name)\u{1E}\($0.articles.count)" })
        global = BuildCache.key([site, library.graphDigest(), entityAddresses])
    }

    /// An article's page, Markdown file and original: the article itself (its bytes and address), the
    /// cards of the articles before and after it and of its related articles (`SitePages.relatedArticles(to:)`)
    /// with the reasons given,
    /// and the addresses its names and source link to.
    func article(_ index: Int, related: [(index: Int, shared: [EntityID])], library: ArchiveLibrary) -> String {
        let article = library.articles[index]
        var parts = [site, "article", article.sha256, article.file, article.slug.value, cards[index]]
        if index > 0 { parts.append(cards[index - 1]) }
        if index + 1 < cards.count { parts.append(cards[index + 1]) }
        for related in related {
            parts.append(cards[related.index] + related.shared.map { "\u{1E}\($0)" }.joined())
        }
        for mention in article.actors + article.places {
            parts.append(library.record(mention.entity)?.slug.value ?? "-")
        }
        parts.append(article.metadata.source.flatMap { library.source(named: $0) }?.slug.value ?? "-")
        return BuildCache.key(parts)
    }

    /// The pages of an actor or place: its record (articles with their cards and the sentences
    /// quoted, spellings, companions), the addresses of other entities, and, for a place, the
    /// article counts of all places.
    func entity(_ record: EntityRecord) -> String {
        var parts = [site, "entity", entityAddresses, "\(record.id)", record.slug.value]
        parts.reserveCapacity(record.articles.count * 2 + record.spellings.count + record.companions.count + 8)
        for (position, index) in record.articles.enumerated() {
            parts.append(cards[index])
            parts.append(record.sentences[position])
        }
        parts += record.spellings.map { "\($0.0)\u{1E}\($0.1)" }
        parts += record.companions.map { "\($0.0)\u{1E}\($0.1)" }
        if record.id.category == .place { parts.append(placeCounts) }
        return BuildCache.key(parts)
    }

    /// The pages of a source: the cards of its articles.
    func source(_ record: SourceRecord) -> String {
        BuildCache.key([site, "source", record.name, record.slug.value] + record.articles.map { cards[$0] })
    }
}
