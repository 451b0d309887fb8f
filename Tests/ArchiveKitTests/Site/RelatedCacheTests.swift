@testable import ArchiveKit
import Foundation
import Testing

/// Related articles are read back from the cache only when every article names what it named
/// when they were stored; anything else in the file is not trusted.
@Suite struct RelatedCacheTests {
    let library = RelatedArticlesTests().library(articles: 120, seed: 7)

    func pages(_ library: ArchiveLibrary) throws -> SitePages {
        SitePages(library: library, templates: try TemplateSet(folder: TestPaths.templates))
    }

    /// `library` with the article at `index` replaced by `change(article)`.
    func changing(_ index: Int, _ change: (inout Article) -> Void) -> ArchiveLibrary {
        var articles = library.articles
        change(&articles[index])
        return ArchiveLibrary(articles: articles, gazetteer: Gazetteer(), config: ArchiveConfig())
    }

    @Test func storedListsReadBackAsRanked() throws {
        let temp = try TemporaryDirectory()
        let cache = BuildCache(folder: temp.url)
        let ranked = try pages(library).allRelatedArticles(cache: nil)
        #expect(ranked.count == library.articles.count && ranked.contains { !$0.isEmpty })
        let key = BuildCache.relatedKey(library)
        cache.storeRelatedArticles(ranked, forKey: key)
        #expect(cache.relatedArticles(forKey: key, library: library) == ranked)
        #expect(cache.relatedArticles(forKey: String(key.reversed()), library: library) == nil, "another archive's lists are not read")
    }

    @Test func aBuildReadsTheListsStoredUnderItsKey() throws {
        let temp = try TemporaryDirectory()
        let cache = BuildCache(folder: temp.url)
        // Lists no ranking would give: found only if they are read from the cache.
        let planted = library.articles.indices.map { [SitePages.RelatedArticle(index: ($0 + 1) % library.articles.count, shared: [0])] }
        cache.storeRelatedArticles(planted, forKey: BuildCache.relatedKey(library))
        #expect(try pages(library).allRelatedArticles(cache: cache) == planted)
        let edited = changing(3) { $0.actors.append(EntityMention(entity: EntityID(.actor, "Actor 99"), count: 1, spellings: ["Actor 99"], firstSentence: "", salience: 1)) }
        let ranked = try pages(edited).allRelatedArticles(cache: cache)
        #expect(ranked == (try pages(edited).allRelatedArticles(cache: nil)), "a new mention ranks every article again")
        #expect(cache.relatedArticles(forKey: BuildCache.relatedKey(edited), library: edited) == ranked, "and stores the new lists")
    }

    @Test func theKeyFollowsMentionsNotText() {
        let key = BuildCache.relatedKey(library)
        #expect(BuildCache.relatedKey(changing(5) { $0.body += "\n\nA correction." }) == key)
        #expect(BuildCache.relatedKey(changing(5) { $0.places.removeLast() }) != key)
        let twoActors = library.articles.firstIndex { $0.actors.count >= 2 }!
        #expect(BuildCache.relatedKey(changing(twoActors) { $0.actors.reverse() }) != key, "the order of mentions orders shared names")
        #expect(BuildCache.relatedKey(changing(5) { $0.metadata.date = PublicationDate(year: 1990, month: 1, day: 1) }) != key,
                "moving an article moves every index after it")
    }

    @Test(arguments: ["cut short", "bytes after the end", "another layout", "an index beyond the archive", "another archive size"])
    func aDamagedFileIsReadAsMissing(damage: String) throws {
        let temp = try TemporaryDirectory()
        let cache = BuildCache(folder: temp.url)
        let key = BuildCache.relatedKey(library)
        var lists = try pages(library).allRelatedArticles(cache: nil)
        if damage == "an index beyond the archive" { lists[0] = [SitePages.RelatedArticle(index: library.articles.count, shared: [])] }
        if damage == "another archive size" { lists.removeLast() }
        cache.storeRelatedArticles(lists, forKey: key)
        let file = temp.url.appendingPathComponent("related.bin")
        var bytes = [UInt8](try Data(contentsOf: file))
        if damage == "cut short" { bytes.removeLast(3) }
        if damage == "bytes after the end" { bytes += [0, 0] }
        if damage == "another layout" { bytes[0] ^= 0x20 }
        try Data(bytes).write(to: file)
        #expect(cache.relatedArticles(forKey: key, library: library) == nil)
        #expect(try pages(library).allRelatedArticles(cache: cache) == (try pages(library).allRelatedArticles(cache: nil)))
    }
}
