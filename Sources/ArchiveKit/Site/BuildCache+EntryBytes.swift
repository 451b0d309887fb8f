// The cache's own byte form of an extracted article. A rebuild reads every unchanged article
// back from the cache, and JSON decoding was the largest part of a one-article rebuild (about
// 12 % of its CPU samples at 10,000 articles). Fields are written in a fixed order: counts as
// LEB128 numbers, text as its UTF-8 length and bytes, salience as its 8 IEEE bytes.
//
// Nothing read back is trusted: an entry that ends early, holds invalid UTF-8, or names a
// sentence or date it does not hold is read as missing, and the article is extracted again.

extension BuildCache.Entry {
    /// First bytes of every entry; a new layout takes a new number.
    static let magic: [UInt8] = Array("archive-cache-entry 2\n".utf8)

    /// Where the gazetteer digest sits: right after the magic, 64 hex digits, so that
    /// `BuildCache.markCurrent` can overwrite it in place.
    static let digestOffset = magic.count
    static let digestLength = 64

    /// The entry as bytes (the article's original bytes are left out: builds read the file again).
    func bytes() -> [UInt8] {
        var out = CacheWriter()
        out.bytes = BuildCache.Entry.magic
        out.bytes += BuildCache.Entry.fixedDigest(gazetteerDigest)
        if let lookedUp {
            out.count(lookedUp.count + 1)
            out.bytes += lookedUp.bytes
        } else {
            out.count(0)
        }
        out.article(article)
        out.count(diagnostics.count)
        for diagnostic in diagnostics {
            out.count(diagnostic.severity == .error ? 1 : 0)
            out.string(diagnostic.file)
            out.optionalCount(diagnostic.line)
            out.optionalCount(diagnostic.column)
            out.string(diagnostic.message)
            out.optionalString(diagnostic.hint)
        }
        return out.bytes
    }

    /// Reads what `bytes()` wrote.
    /// - Throws: `CacheReader.Invalid` when the bytes are anything else.
    init(bytes: [UInt8]) throws {
        var input = CacheReader(bytes: bytes)
        try input.expect(BuildCache.Entry.magic)
        let digest = try input.fixed(BuildCache.Entry.digestLength)
        var lookedUp: LookedUpKeys?
        if let count = try input.optionalCount() {
            guard count <= (bytes.count - input.position) / 4 else { throw CacheReader.Invalid() }
            lookedUp = LookedUpKeys(bytes: try input.slice(count * 4))
        }
        let article = try input.article()
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try input.count()) {
            let severity: Diagnostic.Severity = try input.count() == 1 ? .error : .warning
            diagnostics.append(Diagnostic(severity, file: try input.string(), line: try input.optionalCount(), column: try input.optionalCount(),
                                          try input.string(), hint: try input.optionalString()))
        }
        guard input.isAtEnd else { throw CacheReader.Invalid() }
        self.init(article: article, diagnostics: diagnostics, gazetteerDigest: digest, lookedUp: lookedUp)
    }

    /// A digest as exactly `digestLength` bytes (a shorter one, only in tests, padded with spaces).
    static func fixedDigest(_ digest: String) -> [UInt8] {
        let bytes = Array(digest.utf8.prefix(digestLength))
        return bytes + [UInt8](repeating: 0x20, count: digestLength - bytes.count)
    }
}

extension CacheWriter {
    mutating func article(_ article: Article) {
        string(article.slug.value)
        string(article.file)
        string(article.sha256)
        let m = article.metadata
        string(m.title)
        count(m.titleDerived ? 1 : 0)
        optionalString(m.date?.iso)
        optionalString(m.dateSource)
        optionalString(m.source)
        optionalString(m.sourceEvidence)
        optionalString(m.byline)
        optionalString(m.url)
        strings(m.keywords)
        optionalString(m.caption)
        optionalString(m.credit)
        string(article.body)
        strings(article.cleaning)
        // Mentions share their first sentences: each is written once, and named by position.
        var sentences: [String] = [], position: [ExactText: Int] = [:]
        for mention in article.actors + article.places where position[ExactText(mention.firstSentence)] == nil {
            position[ExactText(mention.firstSentence)] = sentences.count
            sentences.append(mention.firstSentence)
        }
        strings(sentences)
        for mentions in [article.actors, article.places] {
            count(mentions.count)
            for mention in mentions {
                count(mention.entity.category == .actor ? 0 : 1)
                string(mention.entity.name)
                count(mention.count)
                double(mention.salience)
                count(position[ExactText(mention.firstSentence)]!)
                strings(mention.spellings)
            }
        }
    }
}

extension CacheReader {
    mutating func article() throws -> Article {
        let slug = Slug(try string()), file = try string(), sha256 = try string()
        let title = try string(), titleDerived = try count() == 1
        let date = try optionalString().map { iso in
            guard let date = PublicationDate(iso: iso) else { throw Invalid() }
            return date
        }
        let metadata = ArticleMetadata(title: title, titleDerived: titleDerived, date: date, dateSource: try optionalString(),
                                       source: try optionalString(), sourceEvidence: try optionalString(), byline: try optionalString(),
                                       url: try optionalString(), keywords: try strings(), caption: try optionalString(),
                                       credit: try optionalString())
        let body = try string(), cleaning = try strings(), sentences = try strings()
        func mentions() throws -> [EntityMention] {
            let number = try count()
            guard number <= bytes.count - position else { throw Invalid() }
            var mentions: [EntityMention] = []
            mentions.reserveCapacity(number)
            for _ in 0..<number {
                let category: EntityCategory = try count() == 0 ? .actor : .place
                let name = try string(), count = try count(), salience = try double(), sentence = try self.count()
                guard sentences.indices.contains(sentence) else { throw Invalid() }
                mentions.append(EntityMention(entity: EntityID(category, name), count: count, spellings: try strings(),
                                              firstSentence: sentences[sentence], salience: salience))
            }
            return mentions
        }
        let actors = try mentions(), places = try mentions()
        return Article(slug: slug, file: file, original: [], sha256: sha256, metadata: metadata, body: body, cleaning: cleaning,
                       actors: actors, places: places)
    }
}
