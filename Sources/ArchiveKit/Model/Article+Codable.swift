// Codable forms of the model, for the build cache. The original bytes are not encoded: they are
// the cache key's input and are reattached from the file when an article comes out of the cache.

extension PublicationDate: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PublicationDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Slug: Codable {
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension EntityCategory: Codable {}
extension Diagnostic.Severity: Codable {}

extension Article: Codable {
    enum CodingKeys: String, CodingKey {
        case slug, file, sha256, metadata, body, cleaning, actors, places
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(slug: try c.decode(Slug.self, forKey: .slug), file: try c.decode(String.self, forKey: .file), original: [],
                  sha256: try c.decode(String.self, forKey: .sha256), metadata: try c.decode(ArticleMetadata.self, forKey: .metadata),
                  body: try c.decode(String.self, forKey: .body), cleaning: try c.decode([String].self, forKey: .cleaning),
                  actors: try c.decode([EntityMention].self, forKey: .actors), places: try c.decode([EntityMention].self, forKey: .places))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(body, forKey: .body)
        try c.encode(cleaning, forKey: .cleaning)
        try c.encode(actors, forKey: .actors)
        try c.encode(places, forKey: .places)
    }
}
