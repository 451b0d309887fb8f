import Foundation

/// What a rebuild changes for readers: pages added, removed and changed, and for articles and
/// entities the metadata behind the change. Computed from two complete sites, without writing.
public struct SiteDiff: Sendable, Equatable {
    /// How a file changed.
    public enum Change: String, Sendable, Comparable {
        case added, removed, changed
        public static func < (a: Change, b: Change) -> Bool { a.rawValue < b.rawValue }
    }

    /// One changed file.
    public struct Page: Sendable, Equatable {
        public var path: String
        public var change: Change
        /// The section the page belongs to: articles, actors, places, sources, data or other.
        public var kind: String
    }

    /// What changed in one article's metadata ("date: null → 2018-01-10", "actors: +Russia").
    public struct ArticleDelta: Sendable, Equatable {
        public var title: String
        public var file: String
        public var change: Change
        public var details: [String]
    }

    /// Articles an actor or place page gained or lost.
    public struct EntityDelta: Sendable, Equatable {
        public var category: String
        public var name: String
        public var gained: [String]
        public var lost: [String]
    }

    public var pages: [Page] = []
    public var articles: [ArticleDelta] = []
    public var entities: [EntityDelta] = []

    /// `true` when the two sites are byte-identical.
    public var isEmpty: Bool { pages.isEmpty }

    /// Compares an existing site (`old`, path → bytes) with a new build.
    public init(old: [String: [UInt8]], new: [OutputFile]) {
        var newFiles: [String: [UInt8]] = [:]
        for file in new { newFiles[file.path] = file.bytes }
        var oldFiles = old
        oldFiles[SiteWriter.markerName] = nil
        newFiles[SiteWriter.markerName] = nil
        for path in Set(oldFiles.keys).union(newFiles.keys).sorted() {
            switch (oldFiles[path], newFiles[path]) {
            case (nil, _?): pages.append(Page(path: path, change: .added, kind: SiteDiff.kind(of: path)))
            case (_?, nil): pages.append(Page(path: path, change: .removed, kind: SiteDiff.kind(of: path)))
            case let (a?, b?) where a != b: pages.append(Page(path: path, change: .changed, kind: SiteDiff.kind(of: path)))
            default: continue
            }
        }
        let oldArticles = SiteDiff.records(oldFiles["data/articles.json"])
        let newArticles = SiteDiff.records(newFiles["data/articles.json"])
        articles = SiteDiff.articleDeltas(old: oldArticles, new: newArticles)
        let titles = SiteDiff.titlesBySlug(oldArticles).merging(SiteDiff.titlesBySlug(newArticles)) { _, new in new }
        for (category, file) in [("actor", "data/actors.json"), ("place", "data/places.json")] {
            entities += SiteDiff.entityDeltas(category: category, old: SiteDiff.records(oldFiles[file]), new: SiteDiff.records(newFiles[file]), titles: titles)
        }
    }

    static func kind(of path: String) -> String {
        let first = path.split(separator: "/").first.map(String.init) ?? path
        return ["articles", "actors", "places", "sources", "data", "timeline"].contains(first) ? first : "other"
    }

    // MARK: - Records from the data files

    typealias Record = [String: Any]

    static func records(_ bytes: [UInt8]?) -> [Record] {
        guard let bytes, let json = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [Record] else { return [] }
        return json
    }

    static func titlesBySlug(_ records: [Record]) -> [String: String] {
        var titles: [String: String] = [:]
        for r in records { if let slug = r["slug"] as? String { titles[slug] = r["title"] as? String ?? slug } }
        return titles
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let s as String: return s
        case let b as Bool: return b ? "true" : "false"
        case let n as NSNumber: return n.stringValue
        default: return "null"
        }
    }

    static func list(_ value: Any?) -> [String] { value as? [String] ?? [] }

    /// Articles matched by input file, so a retitled article (new slug) shows as changed, not replaced.
    static func articleDeltas(old: [Record], new: [Record]) -> [ArticleDelta] {
        func byFile(_ records: [Record]) -> [String: Record] {
            Dictionary(records.compactMap { r in (r["file"] as? String).map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
        }
        let before = byFile(old), after = byFile(new)
        var deltas: [ArticleDelta] = []
        for file in Set(before.keys).union(after.keys).sorted() {
            switch (before[file], after[file]) {
            case (nil, let n?):
                deltas.append(ArticleDelta(title: text(n["title"]), file: file, change: .added, details: []))
            case (let o?, nil):
                deltas.append(ArticleDelta(title: text(o["title"]), file: file, change: .removed, details: []))
            case let (o?, n?):
                var details: [String] = []
                for key in ["title", "date", "source", "byline", "slug"] where text(o[key]) != text(n[key]) {
                    details.append("\(key): \(text(o[key])) → \(text(n[key]))")
                }
                for key in ["actors", "places"] {
                    let a = list(o[key]), b = list(n[key])
                    let gained = b.filter { !a.contains($0) }, lost = a.filter { !b.contains($0) }
                    if !gained.isEmpty || !lost.isEmpty {
                        details.append("\(key): " + (gained.map { "+\($0)" } + lost.map { "−\($0)" }).joined(separator: ", "))
                    } else if a != b {
                        details.append("\(key): reordered")
                    }
                }
                if !details.isEmpty { deltas.append(ArticleDelta(title: text(n["title"]), file: file, change: .changed, details: details)) }
            default: continue
            }
        }
        return deltas
    }

    static func entityDeltas(category: String, old: [Record], new: [Record], titles: [String: String]) -> [EntityDelta] {
        func byName(_ records: [Record]) -> [String: [String]] {
            Dictionary(records.compactMap { r in (r["name"] as? String).map { ($0, list(r["articles"])) } }, uniquingKeysWith: { a, _ in a })
        }
        let before = byName(old), after = byName(new)
        var deltas: [EntityDelta] = []
        for name in Set(before.keys).union(after.keys).sorted() {
            let a = before[name] ?? [], b = after[name] ?? []
            let gained = b.filter { !a.contains($0) }.map { titles[$0] ?? $0 }
            let lost = a.filter { !b.contains($0) }.map { titles[$0] ?? $0 }
            if !gained.isEmpty || !lost.isEmpty { deltas.append(EntityDelta(category: category, name: name, gained: gained, lost: lost)) }
        }
        return deltas
    }

    // MARK: - Equatable (records are compared through their rendered form)

    public static func == (a: SiteDiff, b: SiteDiff) -> Bool {
        a.pages == b.pages && a.articles == b.articles && a.entities == b.entities
    }
}
