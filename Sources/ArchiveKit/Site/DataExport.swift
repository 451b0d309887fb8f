import Foundation

/// The archive as JSON under `data/`: what a researcher loads into a notebook or a spreadsheet.
///
/// Keys are sorted and arrays keep archive order, so the files diff cleanly; the fields are
/// documented in the README ("Data files").
enum DataExport {
    struct ArticleRecord: Encodable {
        var slug: String
        var file: String
        var title: String
        var title_derived: Bool
        var date: String?
        var date_source: String?
        var source: String?
        var byline: String?
        var actors: [String]
        var places: [String]
        var keywords: [String]
        var sha256: String
        var url: String

        func encode(to encoder: Encoder) throws {
            // Explicit nulls: a missing date is a fact worth stating, not an absent key.
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(slug, forKey: .slug)
            try c.encode(file, forKey: .file)
            try c.encode(title, forKey: .title)
            try c.encode(title_derived, forKey: .title_derived)
            try c.encode(date, forKey: .date)
            try c.encode(date_source, forKey: .date_source)
            try c.encode(source, forKey: .source)
            try c.encode(byline, forKey: .byline)
            try c.encode(actors, forKey: .actors)
            try c.encode(places, forKey: .places)
            try c.encode(keywords, forKey: .keywords)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(url, forKey: .url)
        }
        enum CodingKeys: CodingKey { case slug, file, title, title_derived, date, date_source, source, byline, actors, places, keywords, sha256, url }
    }

    struct EntityExportRecord: Encodable {
        var name: String
        var slug: String
        var kind: String
        var aliases: [String]
        var spellings: [String]
        var articles: [String]
        var url: String
        var affiliation: String?
        var parent: String?
        var latitude: Double?
        var longitude: Double?
        var isPlace: Bool

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(slug, forKey: .slug)
            try c.encode(kind, forKey: .kind)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(spellings, forKey: .spellings)
            try c.encode(articles, forKey: .articles)
            try c.encode(url, forKey: .url)
            if isPlace {
                try c.encode(parent, forKey: .parent)
                try c.encode(latitude, forKey: .latitude)
                try c.encode(longitude, forKey: .longitude)
            } else {
                try c.encode(affiliation, forKey: .affiliation)
            }
        }
        enum CodingKeys: CodingKey { case name, slug, kind, aliases, spellings, articles, url, affiliation, parent, latitude, longitude }
    }

    /// `data/articles.json`, `data/actors.json` and `data/places.json`.
    static func files(for library: ArchiveLibrary) -> [OutputFile] {
        [articles(of: library), entities(.actor, of: library), entities(.place, of: library)]
    }

    /// `data/articles.json`: every article's metadata and address.
    static func articles(of library: ArchiveLibrary) -> OutputFile {
        let bytes = encode(count: library.articles.count) { index in
            let a = library.articles[index]
            return ArticleRecord(slug: a.slug.value, file: a.file, title: a.metadata.title, title_derived: a.metadata.titleDerived,
                                 date: a.metadata.date?.iso, date_source: a.metadata.dateSource, source: a.metadata.source, byline: a.metadata.byline,
                                 actors: a.actors.map(\.entity.name), places: a.places.map(\.entity.name), keywords: a.metadata.keywords,
                                 sha256: a.sha256, url: Permalinks.article(a.slug))
        }
        return OutputFile(path: "data/articles.json", bytes: bytes)
    }

    /// `data/actors.json` or `data/places.json`: every actor or place with what the gazetteer says and the articles naming it.
    static func entities(_ category: EntityCategory, of library: ArchiveLibrary) -> OutputFile {
        let records = library.records(category)
        let bytes = encode(count: records.count) { index in
            let r = records[index]
            let actor = library.gazetteer.actor(named: r.id.name)
            let place = library.gazetteer.place(named: r.id.name)
            return EntityExportRecord(
                name: r.id.name, slug: r.slug.value,
                kind: category == .actor ? (actor?.kind.rawValue ?? "") : (place?.kind.rawValue ?? ""),
                aliases: displayAliases((category == .actor ? actor?.aliases : place?.aliases) ?? []),
                spellings: r.spellings.map(\.0),
                articles: r.articles.map { library.articles[$0].slug.value },
                url: Permalinks.entity(category, r.slug),
                affiliation: actor?.affiliation, parent: place?.parent,
                latitude: place?.coordinate?.latitude, longitude: place?.coordinate?.longitude,
                isPlace: category == .place)
        }
        return OutputFile(path: "data/\(category.folder).json", bytes: bytes)
    }

    /// Records encoded at once by one task of `encode(count:_:)`.
    static let recordsPerSlice = 512

    /// A JSON array of the `count` records `record(i)` makes, laid out as `JSONEncoder` lays out the
    /// whole array (pretty-printed, sorted keys), but encoded one record at a time: the encoder's
    /// tree of a whole 100,000-article export took more memory than all the articles. Slices of
    /// records are encoded on all cores and joined in order, so the result does not depend on the
    /// number of threads.
    static func encode<Record: Encodable & Sendable>(count: Int, _ record: @Sendable (Int) -> Record) -> [UInt8] {
        var slices = Array(stride(from: 0, to: count, by: recordsPerSlice)).parallelMap { start in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var out: [UInt8] = []
            for index in start..<min(start + recordsPerSlice, count) {
                // Encoding plain structs of strings, numbers and arrays cannot fail.
                guard let data = try? encoder.encode(record(index)) else { continue }
                out += Array((out.isEmpty ? "\n  " : ",\n  ").utf8)
                data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                    var lineStart = false
                    for byte in bytes {
                        if lineStart && byte != 0x0A { out += [0x20, 0x20] }   // one level deeper: two more spaces (not on blank lines)
                        out.append(byte)
                        lineStart = byte == 0x0A
                    }
                }
            }
            return out
        }
        var out: [UInt8] = Array("[".utf8)
        out.reserveCapacity(slices.reduce(4) { $0 + $1.count + 1 })
        // Each slice is freed once copied, so the slices and the whole file are not both held.
        for position in slices.indices where !slices[position].isEmpty {
            // Every slice but the first that has records starts with "\n  " and joins with a comma.
            if out.count > 1 { out.append(0x2C) }
            out += slices[position]
            slices[position] = []
        }
        out += Array((out.count == 1 ? "\n\n]\n" : "\n]\n").utf8)
        return out
    }
}
