/// One actor, place or source as the archive sees it: its page and the articles naming it.
public struct EntityRecord: Sendable, Hashable {
    public var id: EntityID
    public var slug: Slug
    /// Indices into `ArchiveLibrary.articles`, in archive order (newest first).
    public var articles: [Int] = []
    /// The first-mention sentence in each article, parallel to `articles`.
    public var sentences: [String] = []
    /// Spellings seen in the articles with how often, most frequent first.
    public var spellings: [(String, Int)] = []
    /// Entities named in the same articles, with the number of shared articles, most first.
    public var companions: [(EntityID, Int)] = []

    public static func == (lhs: EntityRecord, rhs: EntityRecord) -> Bool {
        lhs.id == rhs.id && lhs.slug == rhs.slug && lhs.articles == rhs.articles && lhs.sentences == rhs.sentences
            && lhs.spellings.map(\.0) == rhs.spellings.map(\.0) && lhs.spellings.map(\.1) == rhs.spellings.map(\.1)
            && lhs.companions.map(\.0) == rhs.companions.map(\.0) && lhs.companions.map(\.1) == rhs.companions.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(slug)
        hasher.combine(articles)
    }
}

/// A publisher and the articles it published.
public struct SourceRecord: Sendable, Hashable {
    public var name: String
    public var slug: Slug
    /// Indices into `ArchiveLibrary.articles`, newest first.
    public var articles: [Int]
}
