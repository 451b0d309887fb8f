import Foundation

/// Related articles of every article, kept from one build to the next.
///
/// They depend on which actors and places each article names and on the order of the archive,
/// not on the articles' text. So after an edit that names nothing new (a typo fixed, a paragraph
/// added, a date corrected within the same place in the order), a build reads them back instead of
/// ranking every article of the archive again.
extension BuildCache {
    private var relatedURL: URL { folder.appendingPathComponent("related.bin") }

    /// First bytes of the related-articles file; a new layout takes a new number.
    static let relatedMagic: [UInt8] = Array("archive-related 1\n".utf8)

    /// Everything the related articles of an archive are ranked from: the tool (which ranks them),
    /// every actor and place in record-number order, and each article's mentions as record numbers,
    /// in archive order.
    static func relatedKey(_ library: ArchiveLibrary) -> String {
        var key = KeyBuilder()
        key.add(toolDigest)
        key.add("related")
        let records = library.actors.count + library.places.count
        key.add(records)
        for number in 0..<records { key.add(library.id(ofRecord: Int32(number)).description) }
        key.add(library.mentionRecords.count)
        for mentions in library.mentionRecords { key.add(mentions) }
        return key.finish()
    }

    /// The related articles stored under `key`, one list per article of `library`; `nil` when none
    /// are, or when the file is cut short or does not fit the archive (nothing read is trusted).
    func relatedArticles(forKey key: String, library: ArchiveLibrary) -> [[SitePages.RelatedArticle]]? {
        guard let bytes = FileTree.readFile(relatedURL.path) else { return nil }
        var input = CacheReader(bytes: bytes)
        let articles = library.articles.count, records = library.actors.count + library.places.count
        do {
            try input.expect(BuildCache.relatedMagic)
            guard try input.string() == key, try input.count() == articles else { return nil }
            var lists: [[SitePages.RelatedArticle]] = []
            lists.reserveCapacity(articles)
            for _ in 0..<articles {
                let count = try input.count()
                guard count <= SitePages.relatedLimit else { return nil }
                var list: [SitePages.RelatedArticle] = []
                list.reserveCapacity(count)
                for _ in 0..<count {
                    let index = try input.count(), sharedCount = try input.count()
                    guard index < articles else { return nil }
                    var shared: [Int32] = []
                    for _ in 0..<sharedCount {
                        let record = try input.count()
                        guard record < records else { return nil }
                        shared.append(Int32(record))
                    }
                    list.append(SitePages.RelatedArticle(index: index, shared: shared))
                }
                lists.append(list)
            }
            return input.isAtEnd ? lists : nil
        } catch {
            return nil
        }
    }

    /// Stores the related articles of every article under `key`, in place: a file cut short by a
    /// crash is read as missing, and they are ranked again.
    func storeRelatedArticles(_ lists: [[SitePages.RelatedArticle]], forKey key: String) {
        var out = CacheWriter()
        out.bytes = BuildCache.relatedMagic
        out.string(key)
        out.count(lists.count)
        for list in lists {
            out.count(list.count)
            for related in list {
                out.count(related.index)
                out.count(related.shared.count)
                for record in related.shared { out.count(Int(record)) }
            }
        }
        _ = FileTree.makeFolders(folder.path)
        _ = FileTree.writeFile(relatedURL.path, out.bytes, replacing: true)
    }
}

extension SitePages {
    /// The related articles of every article (`relatedArticles(to:using:)`), in archive order: read from
    /// the cache when no article's mentions changed since they were stored, else ranked on all
    /// cores and stored for the next build.
    func allRelatedArticles(cache: BuildCache?) -> [[RelatedArticle]] {
        let key = cache.map { _ in BuildCache.relatedKey(library) }
        if let cache, let key, let stored = cache.relatedArticles(forKey: key, library: library) { return stored }
        let lists = Array(library.articles.indices).parallelMap(state: { RelatedScratch(articles: library.articles.count) }) { scratch, index in
            relatedArticles(to: index, using: &scratch)
        }
        if let cache, let key { cache.storeRelatedArticles(lists, forKey: key) }
        return lists
    }
}
