/// The whole archive as a graph: articles, the actors, places and sources they name, and every
/// link between them. Built and checked before a single page is rendered.
///
/// Everything here is sorted explicitly (articles newest first, undated last; entities by name),
/// so two builds of the same input produce the same pages byte for byte.
public struct ArchiveLibrary: Sendable {
    public var config: ArchiveConfig
    public var gazetteer: Gazetteer
    /// Digest of the gazetteer files the archive was extracted with: pages show what the gazetteer says.
    public var gazetteerDigest = ""
    /// When set, articles do not hold their original bytes (`Article.original` is empty): each
    /// original is read from this folder (the input folder) when its page is written.
    public var originalsFolder: String?
    /// Newest first; undated articles last; ties broken by title, then slug.
    public private(set) var articles: [Article]
    public private(set) var actors: [EntityRecord] = []
    public private(set) var places: [EntityRecord] = []
    public private(set) var sources: [SourceRecord] = []
    /// Problems found while assembling the graph (duplicates, slug collisions).
    public private(set) var diagnostics: [Diagnostic] = []
    private var recordIndex: [EntityID: Int] = [:]
    /// For each article, the record of each of its mentions (in `actors + places` order) as a
    /// number: its position in `actors`, or `actors.count` plus its position in `places`. Lets the
    /// per-article work of every build (related articles, page keys) index arrays instead of hashing names.
    public private(set) var mentionRecords: [[Int32]] = []

    /// How many entities of one article count towards "appears most often with": bounds the
    /// quadratic pair count for articles naming thousands of entities.
    static let companionLimit = 40

    /// Builds the graph.
    /// - Parameters:
    ///   - articles: Assembled articles in any order.
    ///   - gazetteer: The gazetteer they were extracted with.
    ///   - config: The archive's settings.
    public init(articles input: [Article], gazetteer: Gazetteer, config: ArchiveConfig) {
        self.config = config
        self.gazetteer = gazetteer
        self.articles = []
        var unique = removeDuplicates(ArchiveLibrary.sorted(input, by: \.file, <))
        assignUniqueSlugs(&unique)
        self.articles = ArchiveLibrary.sorted(unique, by: OrderKey.init, <)
        buildEntityRecords()
        buildSourceRecords()
    }

    /// Newest first, undated last, then by title and slug.
    public static func archiveOrder(_ a: Article, _ b: Article) -> Bool {
        OrderKey(a) < OrderKey(b)
    }

    /// What places an article in the archive (`archiveOrder(_:_:)`), taken out of it once.
    struct OrderKey: Comparable {
        var date: PublicationDate?
        var title: String
        var slug: Slug

        init(_ article: Article) {
            date = article.metadata.date
            title = article.metadata.title
            slug = article.slug
        }

        static func < (a: OrderKey, b: OrderKey) -> Bool {
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.title != b.title ? a.title < b.title : a.slug < b.slug
            }
        }
    }

    /// `articles` in the order `areInIncreasingOrder` gives their keys (a stable sort). The keys are
    /// taken once and the positions sorted: comparing the articles themselves copied two of them
    /// (retaining every field) per comparison, 1 s of a 100,000-article build.
    static func sorted<Key>(_ articles: [Article], by key: (Article) -> Key, _ areInIncreasingOrder: (Key, Key) -> Bool) -> [Article] {
        let keys = articles.map(key)
        return articles.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { articles[$0] }
    }

    /// The record of an actor or place, if the archive has a page for it.
    public func record(_ id: EntityID) -> EntityRecord? {
        recordIndex[id].map { id.category == .actor ? actors[$0] : places[$0] }
    }

    /// The record with a number of `mentionRecords`.
    public func record(number: Int32) -> EntityRecord {
        Int(number) < actors.count ? actors[Int(number)] : places[Int(number) - actors.count]
    }

    /// The articles naming the record with a number of `mentionRecords` (without copying the record).
    public func articles(ofRecord number: Int32) -> [Int] {
        Int(number) < actors.count ? actors[Int(number)].articles : places[Int(number) - actors.count].articles
    }

    /// The actor or place of the record with a number of `mentionRecords` (without copying the record).
    public func id(ofRecord number: Int32) -> EntityID {
        Int(number) < actors.count ? actors[Int(number)].id : places[Int(number) - actors.count].id
    }

    /// The records of one category, sorted by name.
    public func records(_ category: EntityCategory) -> [EntityRecord] {
        category == .actor ? actors : places
    }

    /// The source record with this display name.
    public func source(named name: String) -> SourceRecord? {
        sources.first { $0.name == name }
    }

    // MARK: - Articles

    /// Keeps the first (by file name) of articles whose normalised text is the same.
    private mutating func removeDuplicates(_ articles: [Article]) -> [Article] {
        var seen: [String: String] = [:]
        var kept: [Article] = []
        let keys = articles.parallelMap { ArchiveLibrary.duplicateKey($0.metadata.title + "\n" + $0.body) }
        for (article, key) in zip(articles, keys) {
            if let first = seen[key] {
                diagnostics.append(Diagnostic(.warning, file: article.file, "same text as \(first); archived once, as \(first)",
                                              hint: "delete one of the two files"))
                continue
            }
            seen[key] = article.file
            kept.append(article)
        }
        return kept
    }

    /// SHA-256 of the text lowercased with every run of white space made one space: equal for
    /// two copies of an article that differ only in case or spacing. (A digest, so the check
    /// does not hold a second copy of every article in memory.)
    ///
    /// It runs over every article of every build, so it reads UTF-8 bytes and decodes only the
    /// scalars outside ASCII, where the Unicode properties decide.
    static func duplicateKey(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var pendingSpace = false
            var position = 0
            while position < utf8.count {
                let lead = utf8[position]
                if lead < 0x80 {
                    position += 1
                    if lead == 0x20 || (0x09...0x0D).contains(lead) {
                        pendingSpace = !bytes.isEmpty
                        continue
                    }
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(lead >= 0x41 && lead <= 0x5A ? lead + 32 : lead)
                    continue
                }
                // A valid sequence (a String holds nothing else) of 2, 3 or 4 bytes.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (0x7F >> length)
                for next in utf8[(position + 1)..<(position + length)] { value = value << 6 | UInt32(next & 0x3F) }
                position += length
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if scalar.properties.isWhitespace {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { bytes.append($0) } }
            }
            return ArticleAssembler.sha256(bytes)
        }
    }

    /// Articles whose slugs collide all get a suffix from their content hash, so the result does
    /// not depend on which file was read first.
    private mutating func assignUniqueSlugs(_ articles: inout [Article]) {
        var groups: [Slug: [Int]] = [:]
        for (i, article) in articles.enumerated() { groups[article.slug, default: []].append(i) }
        for (slug, members) in groups where members.count > 1 {
            for i in members {
                articles[i].slug = slug.appending(String(articles[i].sha256.prefix(8)))
            }
            let files = members.map { articles[$0].file }.sorted().joined(separator: ", ")
            diagnostics.append(Diagnostic(.warning, file: articles[members[0]].file, "\(members.count) articles would share the address '\(slug)' (\(files)); each gets a suffix from its content hash",
                                          hint: "give one a different title, or a 'slug:' in front matter"))
        }
    }

    // MARK: - Entities

    private mutating func buildEntityRecords() {
        // One pass in archive order numbers the entities (in order of first mention, so the rest
        // indexes arrays instead of hashing names) and lists, per entity, the articles and
        // mentions naming it, and per article the entities that count towards companions.
        var numbers: [EntityID: Int] = [:]
        var records: [EntityRecord] = []
        var spellingLists: [[[String]]] = []  // per entity, parallel to `articles`: the spellings of its mention there
        var topArticles: [[Int]] = []         // per entity: the articles where it counts towards companions
        var tops: [[Int]] = []                // per article: the entities that count towards companions
        var mentionNumbers: [[Int]] = []      // per article: the entity of each mention
        tops.reserveCapacity(articles.count)
        mentionNumbers.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            var top: [Int] = [], named: [Int] = []
            for position in 0..<(article.actors.count + article.places.count) {
                let isActor = position < article.actors.count
                let mention = isActor ? article.actors[position] : article.places[position - article.actors.count]
                let number: Int
                if let known = numbers[mention.entity] {
                    number = known
                } else {
                    number = records.count
                    numbers[mention.entity] = number
                    records.append(EntityRecord(id: mention.entity, slug: Slug(mention.entity.name)))
                    spellingLists.append([])
                    topArticles.append([])
                }
                named.append(number)
                records[number].articles.append(index)
                records[number].sentences.append(mention.firstSentence)
                spellingLists[number].append(mention.spellings)
                if isActor ? position < ArchiveLibrary.companionLimit : position - article.actors.count < ArchiveLibrary.companionLimit {
                    top.append(number)
                    topArticles[number].append(index)
                }
            }
            tops.append(top)
            mentionNumbers.append(named)
        }
        // Spellings and companions of each entity, on all cores; companions counted in an array by entity number.
        let found = records, spelled = spellingLists, inTop = topArticles, articleTops = tops
        // Each entity's place in name order, so ties among companions compare numbers, not names.
        var rank = [Int](repeating: 0, count: found.count)
        for (position, number) in found.indices.sorted(by: { found[$0].id < found[$1].id }).enumerated() { rank[number] = position }
        let nameRank = rank
        let counted = Array(found.indices).parallelMap(state: { [Int](repeating: 0, count: found.count) }) { counts, number in
            var spellings: [String: Int] = [:]
            for list in spelled[number] {
                for spelling in list { spellings[spelling, default: 0] += 1 }
            }
            var touched: [Int] = []
            for article in inTop[number] {
                for other in articleTops[article] where other != number {
                    if counts[other] == 0 { touched.append(other) }
                    counts[other] += 1
                }
            }
            touched.sort { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : nameRank[$0] < nameRank[$1] }
            let companions = touched.map { other in
                defer { counts[other] = 0 }
                return (found[other].id, counts[other])
            }
            return (spellings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) },
                    companions)
        }
        for number in records.indices {
            (records[number].spellings, records[number].companions) = counted[number]
        }
        var byID: [EntityID: EntityRecord] = [:]
        for record in records { byID[record.id] = record }
        // Pages for the places above a mentioned place and the groups a mentioned actor belongs
        // to, so hierarchy and affiliation links always lead somewhere.
        for id in Array(byID.keys) {
            if id.category == .place {
                for ancestor in gazetteer.ancestry(of: id.name) {
                    let aid = EntityID(.place, ancestor.name)
                    if byID[aid] == nil { byID[aid] = EntityRecord(id: aid, slug: Slug(ancestor.name)) }
                }
            } else {
                var seen: Set<String> = [id.name]
                var next = gazetteer.actor(named: id.name)?.affiliation
                while let name = next, !seen.contains(name), gazetteer.actor(named: name) != nil {
                    seen.insert(name)
                    let aid = EntityID(.actor, name)
                    if byID[aid] == nil { byID[aid] = EntityRecord(id: aid, slug: Slug(name)) }
                    next = gazetteer.actor(named: name)?.affiliation
                }
            }
        }
        for category in EntityCategory.allCases {
            var records = byID.values.filter { $0.id.category == category }.sorted { $0.id.name < $1.id.name }
            var used: Set<Slug> = []
            for i in records.indices {
                var slug = records[i].slug
                var n = 2
                while used.contains(slug) { slug = records[i].slug.appending(String(n)); n += 1 }
                used.insert(slug)
                records[i].slug = slug
                recordIndex[records[i].id] = i
            }
            if category == .actor { actors = records } else { places = records }
        }
        let finalNumber = records.map { record in
            Int32(record.id.category == .actor ? recordIndex[record.id]! : actors.count + recordIndex[record.id]!)
        }
        mentionRecords = mentionNumbers.map { $0.map { finalNumber[$0] } }
    }

    private mutating func buildSourceRecords() {
        var byName: [String: [Int]] = [:]
        for (i, article) in articles.enumerated() {
            if let source = article.metadata.source { byName[source, default: []].append(i) }
        }
        var used: Set<Slug> = []
        sources = byName.keys.sorted().map { name in
            var slug = Slug(name)
            var n = 2
            while used.contains(slug) { slug = Slug(name).appending(String(n)); n += 1 }
            used.insert(slug)
            return SourceRecord(name: name, slug: slug, articles: byName[name]!)
        }
    }
}
