import Yams

/// The fields of a curated `.md` seed's front matter; each one given overrides extraction.
public struct CuratedFields: Sendable, Equatable {
    public var title: String?
    /// `.some(nil)` when the curator wrote `date: null` on purpose.
    public var date: PublicationDate??
    public var source: String??
    public var byline: String?
    public var url: String?
    public var keywords: [String]?
    public var actors: [String]?
    public var places: [String]?
    public var slug: String?
    /// The Markdown after the front matter.
    public var body: String
    /// Keys the tool does not know, reported as warnings so typos do not go unnoticed.
    public var unknownKeys: [String]

    /// Keys a curated article may set.
    public static let knownKeys: Set<String> = [
        "title", "date", "source", "byline", "url", "keywords", "actors", "places", "slug",
        // Written by the tool itself into index.md; accepted so a generated page can be copied back as a seed.
        "title_derived", "date_source", "source_evidence", "caption", "credit", "file", "sha256", "cleaning",
    ]

    /// Reads a curated article.
    /// - Parameters:
    ///   - text: The whole `.md` file.
    ///   - file: Its name, for errors.
    /// - Throws: `ArchiveError.frontMatter` with the line and column in the file when the YAML is
    ///   invalid, a field has the wrong type, or the front matter is missing.
    public init(parsing text: String, file: String) throws {
        guard let parts = FrontMatter.split(text) else {
            throw ArchiveError.frontMatter(file: file, line: 1, column: 1, reason: "no front matter found; a .md seed must start with a '---' line, then YAML, then '---' (or save raw text as .txt)")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: parts.yaml)
        } catch let error as YamlError {
            let (line, column, reason) = YAMLErrors.locate(error)
            throw ArchiveError.frontMatter(file: file, line: (line ?? 0) + 1, column: column ?? 1, reason: reason)
        }
        let map = node?.mapping ?? Node.Mapping([])
        func fail(_ key: String, _ reason: String) -> ArchiveError {
            let mark = map[key]?.mark
            return ArchiveError.frontMatter(file: file, line: (mark?.line ?? 0) + 1, column: mark?.column ?? 1, reason: "'\(key)' \(reason)")
        }
        func string(_ key: String) throws -> String?? {
            guard let value = map[key] else { return nil }
            if value.tag == Tag(.null) || value.null != nil { return .some(nil) }
            guard value.scalar != nil, let s = value.string else { throw fail(key, "must be text") }
            return .some(s)
        }
        func strings(_ key: String) throws -> [String]? {
            guard let value = map[key] else { return nil }
            if value.null != nil { return [] }
            if let one = value.scalar?.string { return [one] }
            guard let items = value.sequence else { throw fail(key, "must be a list") }
            return try items.map { item in
                guard let s = item.string else { throw fail(key, "must be a list of text") }
                return s
            }
        }
        title = try string("title") ?? nil
        if let rawDate = try string("date") {
            if let text = rawDate {
                guard let date = PublicationDate(iso: String(text.prefix(10))) else { throw fail("date", "must be a date like 2018-01-10 or null") }
                self.date = .some(date)
            } else {
                self.date = .some(nil)
            }
        }
        source = try string("source")
        byline = try string("byline") ?? nil
        url = try string("url") ?? nil
        keywords = try strings("keywords")
        actors = try strings("actors")
        places = try strings("places")
        slug = try string("slug") ?? nil
        body = parts.body
        unknownKeys = map.keys.compactMap(\.string).filter { !CuratedFields.knownKeys.contains($0) }.sorted()
    }
}
