@testable import ArchiveKit
import Foundation
import Testing

/// An article that comes out of the cache must be the article that went in: a rebuild renders
/// unchanged articles from it.
@Suite struct BuildCacheEntryTests {
    @Test func everySeedArticleComesBackEqualWithoutItsOriginal() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 5)
        for name in names {
            var article = try SeedArticles.article(String(name.prefix(while: { $0 != "." })))
            #expect(!article.actors.isEmpty && !article.places.isEmpty, "\(name)")
            cache.store(article, diagnostics: [Diagnostic(.warning, file: name, "a warning", hint: "a hint")], forKey: name)
            let (back, diagnostics) = try #require(cache.article(forKey: name))
            article.original = []
            #expect(back == article, "\(name)")
            #expect(diagnostics.map(\.message) == ["a warning"])
        }
    }

    @Test func anEntryNamingASentenceItDoesNotHoldIsReadAsMissing() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let article = try SeedArticles.article("000")
        cache.store(article, diagnostics: [], forKey: "k")
        let file = try #require(FileManager.default.enumerator(atPath: cache.folder.path)?.allObjects.compactMap { $0 as? String }.first { $0.hasSuffix(".json") })
        let url = cache.folder.appendingPathComponent(file)
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var stored = try #require(json["article"] as? [String: Any])
        stored["sentences"] = [String]()
        json["article"] = stored
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        #expect(cache.article(forKey: "k") == nil)
    }

    @Test func pruningKeepsOnlyTheCurrentToolAndGazetteersExtractions() throws {
        var cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let article = try SeedArticles.article("000")
        cache.generation = BuildCache.generation(gazetteerDigest: "old gazetteer")
        cache.store(article, diagnostics: [], forKey: "k")
        #expect(cache.article(forKey: "k") != nil)
        cache.generation = BuildCache.generation(gazetteerDigest: "new gazetteer")
        #expect(cache.article(forKey: "k") == nil, "another gazetteer's extraction is never used")
        cache.store(article, diagnostics: [], forKey: "k")
        cache.pruneArticles()
        let generations = try FileManager.default.contentsOfDirectory(atPath: cache.folder.appendingPathComponent("articles").path)
        #expect(generations == [cache.generation])
        #expect(cache.article(forKey: "k") != nil)
    }
}
