/// One article of the archive after ingest and extraction: the unit every later stage works on.
public struct Article: Hashable, Sendable {
    /// Folder name under `articles/`; unique in the archive and stable across builds.
    public var slug: Slug
    /// Input file name, relative to the input folder.
    public var file: String
    /// The input file's bytes, exactly as collected.
    public var original: [UInt8]
    /// Lowercase hex SHA-256 of `original`.
    public var sha256: String
    public var metadata: ArticleMetadata
    /// The cleaned body as CommonMark.
    public var body: String
    /// What cleaning changed, one human-readable line per step ("removed blog footer (lines 17–18)").
    public var cleaning: [String]
    /// Actors, most salient first.
    public var actors: [EntityMention]
    /// Places, most salient first; `places.first` is where the story happened.
    public var places: [EntityMention]

    public init(slug: Slug, file: String, original: [UInt8], sha256: String, metadata: ArticleMetadata, body: String,
                cleaning: [String] = [], actors: [EntityMention] = [], places: [EntityMention] = []) {
        self.slug = slug
        self.file = file
        self.original = original
        self.sha256 = sha256
        self.metadata = metadata
        self.body = body
        self.cleaning = cleaning
        self.actors = actors
        self.places = places
    }

    /// Mentions of one category.
    public func mentions(_ category: EntityCategory) -> [EntityMention] {
        category == .actor ? actors : places
    }
}

extension Article {
    /// Shrinks the article to what it needs to hold for the rest of the build.
    ///
    /// Mentions whose first sentence is the same text share one copy of it: a sentence often
    /// names several actors and places, and in the benchmark's articles 4.4 KB of first sentences
    /// per article hold 2.7 KB of distinct text. The body and the sentences, built by appending,
    /// are copied without the spare room appending leaves (up to as much again as the text).
    public mutating func compactText() {
        var seen: [ExactText: String] = [:]
        func shared(_ sentence: String) -> String {
            if let first = seen[ExactText(sentence)] { return first }
            let copy = sentence.withoutSpareCapacity
            seen[ExactText(copy)] = copy
            return copy
        }
        for i in actors.indices { actors[i].firstSentence = shared(actors[i].firstSentence) }
        for i in places.indices { places[i].firstSentence = shared(places[i].firstSentence) }
        body = body.withoutSpareCapacity
    }
}

extension String {
    /// A copy of the text in storage of its own size (strings built by appending keep spare room).
    var withoutSpareCapacity: String {
        var text = self
        return text.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}
