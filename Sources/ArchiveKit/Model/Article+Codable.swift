// Codable forms of the model, for the build cache. The original bytes are not encoded: they are
// the cache key's input, and a build reads the file again when it writes the original.

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

/// The cache's form of an article. Mentions are the bulk of it and of the time spent decoding
/// it, so each is a flat row, `[category, name, count, salience, sentence, spelling...]`, whose
/// first sentence is a position in the article's table of distinct sentences.
extension Article: Codable {
    enum CodingKeys: String, CodingKey {
        case slug, file, sha256, metadata, body, cleaning, sentences, actors, places
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let sentences = try c.decode([String].self, forKey: .sentences)
        func mentions(_ key: CodingKeys) throws -> [EntityMention] {
            var rows = try c.nestedUnkeyedContainer(forKey: key)
            var mentions: [EntityMention] = []
            while !rows.isAtEnd {
                var row = try rows.nestedUnkeyedContainer()
                let category = try row.decode(EntityCategory.self), name = try row.decode(String.self)
                let count = try row.decode(Int.self), salience = try row.decode(Double.self), sentence = try row.decode(Int.self)
                guard sentences.indices.contains(sentence) else {
                    throw DecodingError.dataCorruptedError(in: row, debugDescription: "no sentence \(sentence)")
                }
                var spellings: [String] = []
                while !row.isAtEnd { spellings.append(try row.decode(String.self)) }
                mentions.append(EntityMention(entity: EntityID(category, name), count: count, spellings: spellings,
                                              firstSentence: sentences[sentence], salience: salience))
            }
            return mentions
        }
        self.init(slug: try c.decode(Slug.self, forKey: .slug), file: try c.decode(String.self, forKey: .file), original: [],
                  sha256: try c.decode(String.self, forKey: .sha256), metadata: try c.decode(ArticleMetadata.self, forKey: .metadata),
                  body: try c.decode(String.self, forKey: .body), cleaning: try c.decode([String].self, forKey: .cleaning),
                  actors: try mentions(.actors), places: try mentions(.places))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(body, forKey: .body)
        try c.encode(cleaning, forKey: .cleaning)
        var sentences: [String] = [], position: [String: Int] = [:]
        for mention in actors + places where position[mention.firstSentence] == nil {
            position[mention.firstSentence] = sentences.count
            sentences.append(mention.firstSentence)
        }
        try c.encode(sentences, forKey: .sentences)
        for (key, mentions) in [(CodingKeys.actors, actors), (.places, places)] {
            var rows = c.nestedUnkeyedContainer(forKey: key)
            for mention in mentions {
                var row = rows.nestedUnkeyedContainer()
                try row.encode(mention.entity.category)
                try row.encode(mention.entity.name)
                try row.encode(mention.count)
                try row.encode(mention.salience)
                try row.encode(position[mention.firstSentence]!)
                for spelling in mention.spellings { try row.encode(spelling) }
            }
        }
    }
}
