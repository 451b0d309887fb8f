@testable import ArchiveKit
import Foundation
import Testing

/// `SitePages.relatedArticles(to:using:)` ranks candidates without hashing; these tests hold it to
/// the plain definition: the sum of the shared entities' weights, best first, ties in archive order.
@Suite struct RelatedArticlesTests {
    /// `count` articles, each naming a few actors and places drawn from small pools, the first
    /// names far more often than the last, so scores tie often and some entities are common.
    func library(articles count: Int, seed: UInt64) -> ArchiveLibrary {
        var state = seed
        func next(_ bound: Int) -> Int {   // a fixed linear congruential sequence: the same library every run
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func mentions(_ category: EntityCategory, pool: Int) -> [EntityMention] {
            var names: [String] = []
            for _ in 0..<(1 + next(4)) {
                let name = "\(category == .actor ? "Actor" : "Place") \(min(next(pool), next(pool)))"
                if !names.contains(name) { names.append(name) }
            }
            return names.map { EntityMention(entity: EntityID(category, $0), count: 1, spellings: [$0], firstSentence: "", salience: 1) }
        }
        let articles = (0..<count).map { i in
            Article(slug: Slug("story \(i)"), file: "\(i).txt", original: [], sha256: "\(i)",
                    metadata: ArticleMetadata(title: "Story \(i)", date: PublicationDate(year: 2019, month: 1 + i % 12, day: 1 + i % 28), source: nil),
                    body: "Text of story \(i).", actors: mentions(.actor, pool: 12), places: mentions(.place, pool: 9))
        }
        return ArchiveLibrary(articles: articles, gazetteer: Gazetteer(), config: ArchiveConfig())
    }

    /// The definition, written the obvious way.
    func expected(_ pages: SitePages, _ index: Int) -> [(index: Int, shared: [EntityID])] {
        let library = pages.library
        func weight(_ id: EntityID) -> Double { SitePages.weight(named: library.record(id)!.articles.count, of: library.articles.count) }
        var scores: [Int: Double] = [:], shared: [Int: [EntityID]] = [:]
        for mention in library.articles[index].actors + library.articles[index].places {
            guard let record = library.record(mention.entity) else { continue }
            if library.articles.count >= SitePages.commonEntityThreshold, record.articles.count * 4 > library.articles.count { continue }
            for other in SitePages.window(around: index, in: record.articles) where other != index {
                scores[other, default: 0] += weight(mention.entity)
                shared[other, default: []].append(mention.entity)
            }
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(SitePages.relatedLimit)
        return ranked.map { candidate in
            (candidate.key, shared[candidate.key]!.sorted {
                weight($0) != weight($1) ? weight($0) > weight($1) : $0 < $1
            })
        }
    }

    @Test(arguments: [(8, 1), (40, 2), (300, 3)] as [(Int, UInt64)])
    func matchesTheDefinition(articles: Int, seed: UInt64) throws {
        let library = library(articles: articles, seed: seed)
        let pages = SitePages(library: library, templates: try TemplateSet(folder: TestPaths.templates))
        var lists = 0, full = 0
        var scratch = SitePages.RelatedScratch(articles: library.articles.count)   // shared from article to article, as in a build
        for index in library.articles.indices {
            let found = pages.relatedArticles(to: index, using: &scratch), wanted = expected(pages, index)
            #expect(found.map(\.index) == wanted.map(\.index), "article \(index)")
            #expect(found.map { $0.shared.map(library.id(ofRecord:)) } == wanted.map(\.shared), "article \(index)")
            lists += found.isEmpty ? 0 : 1
            full += found.count == SitePages.relatedLimit ? 1 : 0
        }
        #expect(lists > library.articles.count / 2, "most articles have related articles")
        if articles > 8 { #expect(full > 0, "some lists are cut at the limit") }
    }
}
