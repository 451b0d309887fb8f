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
        library.gazetteer.kindLabel(of: id) ?? (id.category == .actor ? "Actor" : "Place")
    }

    // MARK: - Related articles

    /// How much sharing an entity named in `named` of `total` articles says about two articles:
    /// the rarer, the more (inverse document frequency, smoothed so that an entity named
    /// everywhere still counts a little).
    static func weight(named: Int, of total: Int) -> Double {
        named > 0 ? log(Double(total + 1) / Double(named)) : 0
    }

    /// Memory `relatedArticles(to:using:)` reuses from one article to the next: a score per article
    /// of the archive, zero between calls, and the articles given a score by the current call.
    struct RelatedScratch {
        var scores: [Double]
        var touched: [Int] = []

        init(articles: Int) {
            scores = Array(repeating: 0, count: articles)
        }
    }

    /// A related article: its index, and the actors and places it shares with the article it is
    /// related to, as record numbers (`ArchiveLibrary.mentionRecords`), rarest first.
    struct RelatedArticle: Sendable, Equatable {
        var index: Int
        var shared: [Int32]
    }

    /// The articles sharing the most (rarity-weighted) actors and places with article `index`,
    /// best first, ties in archive order; each with the shared entities, rarest first.
    ///
    /// `scratch` is memory kept from call to call: this runs for every article of a build whose
    /// mentions changed (page keys need it), so it adds scores into an array instead of hashing
    /// candidates. Each candidate's score is summed in mention order, as the definition reads.
    func relatedArticles(to index: Int, using scratch: inout RelatedScratch) -> [RelatedArticle] {
        let total = library.articles.count
        var used: [(record: Int32, weight: Double, window: ArraySlice<Int>)] = []
        for record in library.mentionRecords[index] {
            let articles = library.articles(ofRecord: record)
            if total >= SitePages.commonEntityThreshold, articles.count * 4 > total { continue }
            let weight = SitePages.weight(named: articles.count, of: total)
            guard weight > 0 else { continue }
            let window = SitePages.window(around: index, in: articles)
            used.append((record, weight, window))
            // The hot loop of the build's key computation: through the buffer, without a uniqueness check per write.
            scratch.scores.withUnsafeMutableBufferPointer { scores in
                for other in window where other != index {
                    if scores[other] == 0 { scratch.touched.append(other) }
                    scores[other] += weight
                }
            }
        }
        // The best candidates so far, best first: a higher score, or an equal one earlier in the archive.
        var best: [(other: Int, score: Double)] = []
        func beats(_ score: Double, _ other: Int, _ rival: (other: Int, score: Double)) -> Bool {
            score != rival.score ? score > rival.score : other < rival.other
        }
        for other in scratch.touched {
            let score = scratch.scores[other]
            scratch.scores[other] = 0
            guard best.count < SitePages.relatedLimit || beats(score, other, best[best.count - 1]) else { continue }
            best.insert((other, score), at: best.firstIndex { beats(score, other, $0) } ?? best.count)
            if best.count > SitePages.relatedLimit { best.removeLast() }
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return best.map { candidate in
            // Record numbers are in `EntityID` order (actors, then places, each by name), so equal
            // weights are ordered by number as the definition orders them by identity.
            let shared = used.filter { SitePages.contains($0.window, candidate.other) }
            return RelatedArticle(index: candidate.other,
                                  shared: shared.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.record < $1.record }.map(\.record))
        }
    }

    /// Whether the sorted `articles` hold `index` (binary search).
    static func contains(_ articles: ArraySlice<Int>, _ index: Int) -> Bool {
        let position = firstPosition(notBelow: index, in: articles)
        return position < articles.endIndex && articles[position] == index
    }

    /// The `candidateWindow` entries of `articles` (sorted indices) nearest to `index`.
    static func window(around index: Int, in articles: [Int]) -> ArraySlice<Int> {
        guard articles.count > candidateWindow else { return articles[...] }
        let low = firstPosition(notBelow: index, in: articles[...])
        let start = min(max(0, low - candidateWindow / 2), articles.count - candidateWindow)
        return articles[start..<start + candidateWindow]
    }

    /// The first position in the sorted `articles` whose index is not below `index` (binary search).
    private static func firstPosition(notBelow index: Int, in articles: ArraySlice<Int>) -> Int {
        var low = articles.startIndex, high = articles.endIndex
        while low < high {
            let middle = (low + high) / 2
            if articles[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Related articles (from `relatedArticles(to:using:)`) as an article page shows them.
    func relatedViews(_ articles: [RelatedArticle], from path: String) -> [RelatedArticleView] {
        articles.map { related in
            var names: [String] = []
            for record in related.shared {
                let name = library.id(ofRecord: record).name
                if !names.contains(name) { names.append(name) }
            }
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
