import Foundation

/// What an article page offers besides the article: links in its text, related articles, and
/// the articles just before and after it in time.
extension SitePages {
    /// Number of related articles under an article.
    static let relatedLimit = 5
    /// Number of shared names given as the reason for a related article.
    static let reasonLimit = 3
    /// In an archive of at least this many articles, entities named in more than a quarter of
    /// them are ignored for relatedness: they say little, and they would make the cost grow with
    /// the square of the archive.
    static let commonEntityThreshold = 20
    /// For an entity named in many articles, only the articles nearest in time to this one
    /// (this many in all, half on either side) are candidates through it. This keeps the cost
    /// per article bounded however large the archive grows, and prefers related articles from
    /// the same period, which is what a reader of news wants.
    static let candidateWindow = 200

    // MARK: - Names in the text

    /// The link targets for the first mentions in an article's body: each actor and place with
    /// a page, through the exact spellings the article uses. A spelling that names two of them
    /// (Turkey the state and Turkey the country) is left unlinked, because which one a given
    /// occurrence means is only known to the extractor.
    func linkTargets(for article: Article, from path: String) -> [CMark.LinkTarget] {
        let mentions = article.actors + article.places
        var owners: [String: Int] = [:]
        for mention in mentions {
            for spelling in Set(mention.spellings) { owners[spelling, default: 0] += 1 }
        }
        return mentions.compactMap { mention in
            guard let link = entityLink(mention.entity, from: path) else { return nil }
            let spellings = mention.spellings.filter { owners[$0] == 1 }
            guard !spellings.isEmpty else { return nil }
            return CMark.LinkTarget(spellings: spellings, url: link.url, title: "\(mention.entity.name), \(kindLabel(mention.entity).lowercased())")
        }
    }

    /// "Town", "Armed group", or the category when the gazetteer does not say.
    func kindLabel(_ id: EntityID) -> String {
        id.category == .actor
            ? (library.gazetteer.actor(named: id.name)?.kind.label ?? "Actor")
            : (library.gazetteer.place(named: id.name)?.kind.label ?? "Place")
    }

    // MARK: - Related articles

    /// How much sharing an entity says about two articles: the rarer, the more (inverse
    /// document frequency, smoothed so that an entity named everywhere still counts a little).
    func weight(_ id: EntityID) -> Double {
        let named = library.record(id)?.articles.count ?? 0
        guard named > 0 else { return 0 }
        return log(Double(library.articles.count + 1) / Double(named))
    }

    /// The articles sharing the most (rarity-weighted) actors and places with article `index`,
    /// best first, ties in archive order; each with the shared entities, rarest first.
    ///
    /// Runs for every article of every build (page keys need it), so it avoids hashing: each
    /// shared entity becomes one number, candidate article in the high bits and the entity's
    /// position in this article in the low bits; sorting those numbers groups them by candidate,
    /// with the entities in mention order, the order the scores are summed in.
    func relatedArticles(to index: Int) -> [(index: Int, shared: [EntityID])] {
        let article = library.articles[index]
        let total = library.articles.count
        var used: [(id: EntityID, weight: Double)] = []
        var hits: [UInt64] = []
        for mention in article.actors + article.places {
            guard let record = library.record(mention.entity), UInt64(used.count) < SitePages.positionMask else { continue }
            if total >= SitePages.commonEntityThreshold, record.articles.count * 4 > total { continue }
            let position = UInt64(used.count)
            used.append((mention.entity, weight(mention.entity)))
            for other in SitePages.window(around: index, in: record.articles) where other != index {
                hits.append(UInt64(other) << SitePages.positionBits | position)
            }
        }
        hits.sort()
        // The best candidates so far, best first; a later candidate with an equal score goes after.
        var best: [(other: Int, score: Double, hits: Range<Int>)] = []
        var start = 0
        while start < hits.count {
            let other = Int(hits[start] >> SitePages.positionBits)
            var end = start, score = 0.0
            while end < hits.count, Int(hits[end] >> SitePages.positionBits) == other {
                score += used[Int(hits[end] & SitePages.positionMask)].weight
                end += 1
            }
            if score > 0, best.count < SitePages.relatedLimit || score > best[best.count - 1].score {
                let place = best.firstIndex { score > $0.score } ?? best.count
                best.insert((other, score, start..<end), at: place)
                if best.count > SitePages.relatedLimit { best.removeLast() }
            }
            start = end
        }
        return best.map { candidate in
            let reasons: [(id: EntityID, weight: Double)] = hits[candidate.hits].map { used[Int($0 & SitePages.positionMask)] }
            return (candidate.other, reasons.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }.map(\.id))
        }
    }

    /// Bits of a hit in `relatedArticles(to:)` that hold the entity's position (the rest hold the article).
    private static let positionBits: UInt64 = 24
    private static let positionMask: UInt64 = 0xFF_FFFF

    /// The `candidateWindow` entries of `articles` (sorted indices) nearest to `index`.
    static func window(around index: Int, in articles: [Int]) -> ArraySlice<Int> {
        guard articles.count > candidateWindow else { return articles[...] }
        var low = 0, high = articles.count
        while low < high {   // first position whose index is >= `index`
            let middle = (low + high) / 2
            if articles[middle] < index { low = middle + 1 } else { high = middle }
        }
        let start = min(max(0, low - candidateWindow / 2), articles.count - candidateWindow)
        return articles[start..<start + candidateWindow]
    }

    /// Related articles (from `relatedArticles(to:)`) as an article page shows them.
    func relatedViews(_ articles: [(index: Int, shared: [EntityID])], from path: String) -> [RelatedArticleView] {
        articles.map { related in
            var names: [String] = []
            for id in related.shared where !names.contains(id.name) { names.append(id.name) }
            var why = names.prefix(SitePages.reasonLimit).joined(separator: ", ")
            if names.count > SitePages.reasonLimit { why += " and \(names.count - SitePages.reasonLimit) more" }
            return RelatedArticleView(article: articleItem(related.index, from: path), why: why)
        }
    }

    // MARK: - Newer and older

    /// The dated articles just after and just before article `index` (none for an undated one).
    func neighbours(of index: Int, from path: String) -> (newer: ArticleItemView?, older: ArticleItemView?) {
        let articles = library.articles
        guard articles[index].metadata.date != nil else { return (nil, nil) }
        let newer = index > 0 ? index - 1 : nil
        let older = index + 1 < articles.count && articles[index + 1].metadata.date != nil ? index + 1 : nil
        return (newer.map { articleItem($0, from: path) }, older.map { articleItem($0, from: path) })
    }
}
