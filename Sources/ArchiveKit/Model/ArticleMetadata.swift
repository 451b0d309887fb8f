/// Everything the pipeline knows about an article besides its body.
///
/// Field names follow the front matter keys (`title_derived` ↔ `titleDerived`).
public struct ArticleMetadata: Hashable, Sendable, Codable {
    public var title: String
    /// `true` when the article had no headline and the title was cut from its first sentence.
    public var titleDerived: Bool
    public var date: PublicationDate?
    /// How the date was found ("date marker, line 1"), or `nil` when there is no date.
    public var dateSource: String?
    /// Display name of the publisher ("Reuters"), normalised through the gazetteer's media entries.
    public var source: String?
    /// How the source was found ("Source: line, line 39").
    public var sourceEvidence: String?
    public var byline: String?
    /// A link the article's title pointed to, when it was a real URL.
    public var url: String?
    public var keywords: [String]
    public var caption: String?
    public var credit: String?

    public init(title: String, titleDerived: Bool = false, date: PublicationDate? = nil, dateSource: String? = nil,
                source: String? = nil, sourceEvidence: String? = nil, byline: String? = nil, url: String? = nil,
                keywords: [String] = [], caption: String? = nil, credit: String? = nil) {
        self.title = title
        self.titleDerived = titleDerived
        self.date = date
        self.dateSource = dateSource
        self.source = source
        self.sourceEvidence = sourceEvidence
        self.byline = byline
        self.url = url
        self.keywords = keywords
        self.caption = caption
        self.credit = credit
    }
}

/// One entity as it occurs in one article.
public struct EntityMention: Hashable, Sendable, Codable {
    public var entity: EntityID
    /// Number of times it is named in the title and body.
    public var count: Int
    /// The spellings used, in order of first appearance ("Maaret al Numan").
    public var spellings: [String]
    /// The sentence (plain text) in which it is first named.
    public var firstSentence: String
    /// How central it is to the story; mentions are sorted by it, highest first.
    public var salience: Double

    public init(entity: EntityID, count: Int, spellings: [String], firstSentence: String, salience: Double) {
        self.entity = entity
        self.count = count
        self.spellings = spellings
        self.firstSentence = firstSentence
        self.salience = salience
    }
}
