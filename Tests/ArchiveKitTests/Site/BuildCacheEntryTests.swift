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

    /// Two first sentences that differ only in Unicode normalisation are equal as `String`s, but
    /// each must come back with its own bytes.
    @Test func sentencesEqualOnlyUpToNormalisationKeepTheirBytes() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let composed = "Shelling hit Ma\u{E9}arrat.", decomposed = "Shelling hit Mae\u{301}arrat."
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let article = Article(slug: Slug("a"), file: "a.txt", original: [], sha256: "00", metadata: ArticleMetadata(title: "A"), body: "Body.",
                              actors: [EntityMention(entity: EntityID(.actor, "Russia"), count: 1, spellings: ["Russia"], firstSentence: composed, salience: 1)],
                              places: [EntityMention(entity: EntityID(.place, "Maarrat"), count: 1, spellings: ["Maarrat"], firstSentence: decomposed, salience: 1)])
        cache.store(article, diagnostics: [], forKey: "a")
        let (back, _) = try #require(cache.article(forKey: "a"))
        #expect(Array(back.actors[0].firstSentence.utf8) == Array(composed.utf8))
        #expect(Array(back.places[0].firstSentence.utf8) == Array(decomposed.utf8))
    }

    @Test func anEntryCutShortOrDamagedIsReadAsMissing() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let article = try SeedArticles.article("000")
        cache.store(article, diagnostics: [Diagnostic(.error, file: "a.txt", line: 3, "bad")], forKey: "k")
        let file = try #require(FileManager.default.enumerator(atPath: cache.folder.path)?.allObjects.compactMap { $0 as? String }.first { $0.hasSuffix(".entry") })
        let url = cache.folder.appendingPathComponent(file)
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(try BuildCache.Entry(bytes: bytes).diagnostics == [Diagnostic(.error, file: "a.txt", line: 3, "bad")])
        // Every shorter prefix (a write cut short by a crash) is refused, and so is anything after the end.
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect((try? BuildCache.Entry(bytes: Array(bytes.prefix(length)))) == nil, "\(length) of \(bytes.count) bytes")
        }
        #expect((try? BuildCache.Entry(bytes: bytes + [0])) == nil)
        // Invalid UTF-8 in the body.
        let body = try #require(bytes.firstRange(of: Array(article.body.utf8.prefix(40))))
        var damaged = bytes
        damaged[body.lowerBound + 3] = 0xFF
        #expect((try? BuildCache.Entry(bytes: damaged)) == nil)
        try Data(damaged).write(to: url)
        #expect(cache.article(forKey: "k") == nil)
    }

    @Test func anEntryNamingASentenceItDoesNotHoldIsReadAsMissing() throws {
        func entry(sentences: [String]) -> [UInt8] {
            var out = CacheWriter()
            out.bytes = BuildCache.Entry.magic + BuildCache.Entry.fixedDigest("g")
            out.count(0)                                        // no looked-up keys
            for text in ["a-slug", "a.txt", "ab", "A title"] { out.string(text) }
            out.count(0)                                        // title not derived
            for _ in 0..<6 { out.optionalString(nil) }          // date … url
            out.strings([])                                     // keywords
            out.optionalString(nil); out.optionalString(nil)    // caption, credit
            out.string("Body.")
            out.strings([])                                     // cleaning
            out.strings(sentences)
            out.count(1)                                        // one actor, named in sentence 0
            out.count(0); out.string("Turkey"); out.count(1); out.double(0.5); out.count(0); out.strings(["Turkey"])
            out.count(0)                                        // no places
            out.count(0)                                        // no diagnostics
            return out.bytes
        }
        let valid = try BuildCache.Entry(bytes: entry(sentences: ["Turkey said so."]))
        #expect(valid.article.actors.map(\.firstSentence) == ["Turkey said so."])
        #expect(valid.article.actors.map(\.salience) == [0.5])
        #expect((try? BuildCache.Entry(bytes: entry(sentences: []))) == nil)
    }

    @Test func thePageManifestComesBackAndACutShortOneKeepsItsWholeGroups() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        var groups: [String: PageGroup] = [:]
        for number in 0..<20 {
            groups["article:\(number)"] = PageGroup(key: "key \(number)", paths: ["articles/a\(number)/index.html", "articles/a\(number)/index.md"],
                                                   stamps: ["\(number)-1.2-3", "\(number)-4.5-6"])
        }
        groups["global:fixed"] = PageGroup(key: "k", paths: ["404.html"], stamps: [])
        cache.storePageKeys(groups)
        #expect(cache.pageKeys() == groups)
        let url = cache.folder.appendingPathComponent("pages.manifest")
        let bytes = try Data(contentsOf: url)
        var sizes: Set<Int> = []
        for length in stride(from: 0, to: bytes.count, by: 13) {
            try bytes.prefix(length).write(to: url)
            let read = cache.pageKeys()
            #expect(read.allSatisfy { groups[$0.key] == $0.value }, "every group read from \(length) bytes is whole")
            sizes.insert(read.count)
        }
        #expect(sizes.contains(0) && sizes.contains(groups.count - 1), "cut early, nothing is kept; cut in the last group, the others are")
    }

    @Test func pruningKeepsOnlyTheCurrentToolsExtractions() throws {
        var cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let article = try SeedArticles.article("000")
        cache.generation = "an older tool"
        cache.store(article, diagnostics: [], forKey: "k")
        #expect(cache.article(forKey: "k") != nil)
        cache.generation = BuildCache.generation
        #expect(cache.article(forKey: "k") == nil, "another tool's extraction is never used")
        cache.store(article, diagnostics: [], forKey: "k")
        cache.pruneArticles()
        let generations = try FileManager.default.contentsOfDirectory(atPath: cache.folder.appendingPathComponent("articles").path)
        #expect(generations == [cache.generation])
        #expect(cache.article(forKey: "k") != nil)
    }

    @Test func anEntryKeepsWhatItLookedUpAndTakesANewGazetteerDigestInPlace() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        let keys = LookedUpKeys(hashes: [LookedUpKeys.hash("sarakib"), 7, 0xFFFF_FFFF])
        let old = String(repeating: "a", count: 64), new = String(repeating: "b", count: 64)
        cache.store(BuildCache.Entry(article: try SeedArticles.article("001"), diagnostics: [], gazetteerDigest: old, lookedUp: keys), forKey: "k")
        let stored = try #require(cache.entry(forKey: "k"))
        #expect(stored.gazetteerDigest == old && stored.lookedUp == keys)
        cache.markCurrent(forKey: "k", gazetteerDigest: new)
        let marked = try #require(cache.entry(forKey: "k"))
        #expect(marked.gazetteerDigest == new && marked.lookedUp == keys && marked.article == stored.article)
    }

    @Test func theGazetteerSnapshotComesBackAndACutShortOneIsMissing() throws {
        let cache = BuildCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("cache-entry-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: cache.folder) }
        #expect(cache.gazetteerSnapshot() == nil)
        let texts = ["built-in": "actors: []\n", "local": "places: []\n"]
        let digest = BuildCache.gazetteerDigest(texts)
        cache.storeGazetteerSnapshot(digest: digest, texts: texts)
        let back = try #require(cache.gazetteerSnapshot())
        #expect(back.digest == digest && back.texts == texts)
        let url = cache.folder.appendingPathComponent("gazetteer.snapshot")
        let bytes = try Data(contentsOf: url)
        try bytes.dropLast().write(to: url)
        #expect(cache.gazetteerSnapshot() == nil)
        // Texts edited in the file no longer give the digest stored with them: read as missing,
        // so no extraction is kept on the strength of a gazetteer nobody built with.
        var edited = [UInt8](bytes)
        let local = try #require(edited.firstRange(of: Array("places".utf8)))
        edited[local.lowerBound] = UInt8(ascii: "P")
        try Data(edited).write(to: url)
        #expect(cache.gazetteerSnapshot() == nil)
        try bytes.write(to: url)
        #expect(cache.gazetteerSnapshot()?.texts == texts)
    }
}

/// The entry form the tests above were written for: an article and its warnings, nothing looked up.
extension BuildCache {
    func store(_ article: Article, diagnostics: [Diagnostic], forKey key: String) {
        store(Entry(article: article, diagnostics: diagnostics, gazetteerDigest: "test", lookedUp: nil), forKey: key)
    }

    func article(forKey key: String) -> (Article, [Diagnostic])? {
        entry(forKey: key).map { ($0.article, $0.diagnostics) }
    }
}
