import Crypto

/// Turns one raw input file into an `Article`: structure, metadata, entities, Markdown body.
///
/// Pure: the same raw article and gazetteer always give the same article, so this step can run
/// on many articles in parallel and be cached by content hash.
public struct ArticleAssembler: Sendable {
    let structure: StructureExtractor
    let entities: EntityExtractor
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.structure = StructureExtractor(sources: SourceNames(gazetteer: gazetteer))
        self.entities = EntityExtractor(index: EntityIndex(gazetteer: gazetteer))
    }

    /// Builds the article, or reports why it cannot be built.
    /// - Returns: The article (its slug not yet made unique in the archive) and warnings about it.
    /// - Throws: `ArchiveError.frontMatter` for a curated article whose front matter is invalid.
    public func assemble(_ raw: RawArticle) throws -> (Article, [Diagnostic]) {
        switch raw.format {
        case .text: return assembleText(raw)
        case .markdown: return try assembleCurated(raw)
        }
    }

    /// `assemble(_:)`, also returning what a raw text's extraction looked up in the gazetteer
    /// (`nil` for a curated article), for keeping it after a gazetteer edit (`GazetteerChange`).
    public func assembleRecordingLookups(_ raw: RawArticle) throws -> (Article, [Diagnostic], LookedUpKeys?) {
        switch raw.format {
        case .text:
            let ((article, diagnostics), keys) = KeyRecorder.recording { assembleText(raw) }
            return (article, diagnostics, keys)
        case .markdown:
            let (article, diagnostics) = try assembleCurated(raw)
            return (article, diagnostics, nil)
        }
    }

    /// Lowercase hex SHA-256.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// A digest (or any bytes) as lowercase hex.
    static func hex<Bytes: Sequence<UInt8>>(_ digest: Bytes) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Raw text

    private func assembleText(_ raw: RawArticle) -> (Article, [Diagnostic]) {
        let structured = structure.extract(text: raw.text, file: raw.file)
        let found = entities.extract(segments(title: structured.metadata.title, titleDerived: structured.metadata.titleDerived,
                                              paragraphs: structured.paragraphs, caption: structured.metadata.caption))
        let article = Article(
            slug: Slug(structured.metadata.title),
            file: raw.file,
            original: raw.bytes,
            sha256: ArticleAssembler.sha256(raw.bytes),
            metadata: structured.metadata,
            body: MarkdownEscaping.body(structured.paragraphs),
            cleaning: raw.decodingNotes + structured.cleaning,
            actors: found.actors,
            places: found.places
        )
        return (article, structured.diagnostics)
    }

    /// The article's text as extraction segments: title, then sentences, the first paragraph as lead.
    func segments(title: String, titleDerived: Bool, paragraphs: [String], caption: String?) -> [EntityExtractor.Segment] {
        var segments: [EntityExtractor.Segment] = []
        if !titleDerived { segments.append(.init(title, part: .title)) }
        for (i, paragraph) in paragraphs.enumerated() {
            for sentence in SentenceSplitter.sentences(paragraph) {
                segments.append(.init(sentence, part: i == 0 ? .lead : .body))
            }
        }
        if let caption { segments.append(.init(caption, part: .caption)) }
        return segments
    }

    // MARK: - Curated Markdown

    private func assembleCurated(_ raw: RawArticle) throws -> (Article, [Diagnostic]) {
        let fields = try CuratedFields(parsing: raw.text, file: raw.file)
        var diagnostics = fields.unknownKeys.map {
            Diagnostic(.warning, file: raw.file, "unknown front matter key '\($0)'", hint: "known keys: \(CuratedFields.knownKeys.sorted().joined(separator: ", "))")
        }
        var body = fields.body.trimmingWhitespace()
        var cleaning = raw.decodingNotes
        var metadata = ArticleMetadata(title: fields.title ?? "")
        if fields.title == nil, let firstLine = body.split(separator: "\n", maxSplits: 1).first, let heading = StructureExtractor.heading(String(firstLine)) {
            metadata.title = heading
            body = String(body.dropFirst(firstLine.count)).trimmingWhitespace()
            cleaning.append("title from the first heading")
        }
        let paragraphs = PlainText.paragraphs(ofMarkdown: body)
        if metadata.title.isEmpty {
            metadata.title = SentenceSplitter.headline(from: paragraphs.first.flatMap { SentenceSplitter.sentences($0).first } ?? "Untitled article")
            metadata.titleDerived = true
        }
        if let date = fields.date {
            metadata.date = date
            metadata.dateSource = date == nil ? nil : "front matter"
        } else {
            diagnostics.append(Diagnostic(.warning, file: raw.file, "no publication date found", hint: "add 'date: YYYY-MM-DD' to the front matter"))
        }
        if let source = fields.source {
            metadata.source = source.flatMap { SourceNames(gazetteer: gazetteer).normalise($0) }
            metadata.sourceEvidence = source == nil ? nil : "front matter"
        }
        metadata.byline = fields.byline
        metadata.url = fields.url
        metadata.keywords = fields.keywords ?? []
        var found = entities.extract(segments(title: metadata.title, titleDerived: metadata.titleDerived, paragraphs: paragraphs, caption: nil))
        if let names = fields.actors { found.actors = curated(names, .actor, found.actors, file: raw.file, &diagnostics) }
        if let names = fields.places { found.places = curated(names, .place, found.places, file: raw.file, &diagnostics) }
        let slug = fields.slug.map { Slug($0) } ?? Slug(metadata.title)
        let article = Article(slug: slug, file: raw.file, original: raw.bytes, sha256: ArticleAssembler.sha256(raw.bytes),
                              metadata: metadata, body: body, cleaning: cleaning, actors: found.actors, places: found.places)
        return (article, diagnostics)
    }

    /// The curator's list of entities, in the curator's order, keeping what extraction knew about each.
    private func curated(_ names: [String], _ category: EntityCategory, _ extracted: [EntityMention], file: String, _ diagnostics: inout [Diagnostic]) -> [EntityMention] {
        var result: [EntityMention] = []
        for (rank, name) in names.enumerated() {
            let id = EntityID(category, name)
            guard gazetteer.contains(id) else {
                diagnostics.append(Diagnostic(.warning, file: file, "\(category.rawValue) '\(name)' is not in the gazetteer and was left out", hint: "add it to gazetteer.yaml beside the articles"))
                continue
            }
            var mention = extracted.first { $0.entity == id } ?? EntityMention(entity: id, count: 0, spellings: [], firstSentence: "", salience: 0)
            mention.salience = Double(names.count - rank)
            if !result.contains(where: { $0.entity == id }) { result.append(mention) }
        }
        return result
    }
}

import Foundation
