import Crypto
import Foundation

/// What an earlier build left behind so the next one can skip work: extracted articles by content
/// key, and the key every page was rendered from.
///
/// A key is the SHA-256 of everything the result depends on, including the tool's own executable,
/// so a new version, a gazetteer change or a template change can never reuse a stale result.
/// The cache is an optimisation only: deleting its folder changes no output byte.
public struct BuildCache: Sendable {
    public let folder: URL
    /// The folder of `articles/` that extractions go to: one per tool, so that `pruneArticles()`
    /// can drop every extraction no later build can use in one step. (Extractions made with another
    /// gazetteer can be kept: see `GazetteerChange`.)
    var generation = BuildCache.generation

    public init(folder: URL) {
        self.folder = folder
    }

    /// Identity of the running executable (`ToolIdentity`), part of every key.
    public static var toolDigest: String { ToolIdentity.digest }

    /// SHA-256 of the parts, separated so that ("ab", "c") and ("a", "bc") differ.
    public static func key(_ parts: [String]) -> String {
        var key = KeyBuilder()
        for part in parts { key.add(part) }
        return key.finish()
    }

    /// `key(_:)` for parts added one at a time, without holding them all (a fingerprint of a
    /// 100,000-article site has 330,000 parts).
    ///
    /// Parts are gathered in a buffer and hashed 16 KB at a time: most parts are short, and handing
    /// each one to the hash on its own cost more than the hashing.
    struct KeyBuilder {
        private var hash = SHA256()
        private var pending: [UInt8] = []
        private var first = true

        mutating func add(_ part: String) {
            if !first { pending.append(0x1F) }
            first = false
            var part = part
            part.withUTF8 { pending.append(contentsOf: $0) }
            if pending.count >= KeyBuilder.chunk { flush() }
        }

        /// Adds a number as its decimal digits.
        mutating func add(_ number: Int) {
            add(String(number))
        }

        /// Adds numbers as their count and their bytes (the count keeps the parts apart).
        mutating func add(_ numbers: [Int32]) {
            add(numbers.count)
            for number in numbers { withUnsafeBytes(of: number.littleEndian) { pending.append(contentsOf: $0) } }
            if pending.count >= KeyBuilder.chunk { flush() }
        }

        /// The key of everything added.
        mutating func finish() -> String {
            flush()
            return ArticleAssembler.hex(hash.finalize())
        }

        private static let chunk = 1 << 14

        private mutating func flush() {
            pending.withUnsafeBytes { hash.update(bufferPointer: $0) }
            pending.removeAll(keepingCapacity: true)
        }
    }

    // MARK: - Extracted articles

    /// A cached extraction: the article (without its original bytes) and its warnings.
    struct Entry {
        var article: Article
        var diagnostics: [Diagnostic]
        /// The digest of the gazetteer it was made with, or last found right for (`markCurrent`).
        var gazetteerDigest: String
        /// What the extraction looked up in the gazetteer (`nil` for a curated article, which is
        /// extracted again whenever the gazetteer changes).
        var lookedUp: LookedUpKeys?
    }

    private func entryURL(_ key: String) -> URL {
        folder.appendingPathComponent("articles/\(generation)/\(key.prefix(2))/\(key).entry")
    }

    /// The `generation` of the running tool.
    static var generation: String {
        String(key([toolDigest]).prefix(16))
    }

    /// Deletes the extractions of other tools: without this, every new version of the tool would
    /// leave a copy of the whole archive's extractions.
    func pruneArticles() {
        let articles = folder.appendingPathComponent("articles").path
        for entry in FileTree.names(in: articles) where entry != generation {
            FileTree.removeEntry(articles + "/" + entry)
        }
    }

    /// The cached extraction under `key`, without original bytes (builds read those when writing).
    func entry(forKey key: String) -> Entry? {
        guard let bytes = FileTree.readFile(entryURL(key).path) else { return nil }
        return try? Entry(bytes: bytes)
    }

    /// Writes an entry in place, without a temporary file: one cut short by a crash ends early,
    /// so it is read as missing and extracted again.
    func store(_ entry: Entry, forKey key: String) {
        let url = entryURL(key)
        guard FileTree.makeFolders(url.deletingLastPathComponent().path) == nil else { return }
        _ = FileTree.writeFile(url.path, entry.bytes(), replacing: true)
    }

    /// Records that the entry under `key` is right for the gazetteer with `digest` too, by
    /// overwriting the digest it holds (64 bytes in place; cut short, it matches no gazetteer).
    func markCurrent(forKey key: String, gazetteerDigest digest: String) {
        _ = FileTree.overwrite(entryURL(key).path, at: Entry.digestOffset, with: Entry.fixedDigest(digest))
    }

    // MARK: - The gazetteer of the last build

    private var gazetteerURL: URL { folder.appendingPathComponent("gazetteer.snapshot") }

    static let gazetteerMagic: [UInt8] = Array("archive-gazetteer 1\n".utf8)

    /// The digest of gazetteer texts (`GazetteerLoader.texts`): what each extraction is marked with.
    static func gazetteerDigest(_ texts: [String: String]) -> String {
        key(texts.keys.sorted().map { "\($0)\u{1E}\(texts[$0]!)" })
    }

    /// The gazetteer texts (`GazetteerLoader.texts`) the last build stored, with their digest: what
    /// extractions made with them are compared against after an edit (`GazetteerChange`). Texts
    /// that do not give the digest stored with them (a damaged or edited file) are read as missing.
    func gazetteerSnapshot() -> (digest: String, texts: [String: String])? {
        guard let bytes = FileTree.readFile(gazetteerURL.path) else { return nil }
        var input = CacheReader(bytes: bytes)
        guard (try? input.expect(BuildCache.gazetteerMagic)) != nil, let digest = try? input.string(),
              let names = try? input.strings(), let texts = try? input.strings(), names.count == texts.count,
              Set(names).count == names.count, input.isAtEnd else { return nil }
        let snapshot = Dictionary(uniqueKeysWithValues: zip(names, texts))
        return BuildCache.gazetteerDigest(snapshot) == digest ? (digest, snapshot) : nil
    }

    /// Keeps these gazetteer texts for the next build, unless they are kept already.
    func storeGazetteerSnapshot(digest: String, texts: [String: String]) {
        guard storedGazetteerDigest() != digest else { return }
        var out = CacheWriter()
        out.bytes = BuildCache.gazetteerMagic
        out.string(digest)
        let names = texts.keys.sorted()
        out.strings(names)
        out.strings(names.map { texts[$0]! })
        _ = FileTree.makeFolders(folder.path)
        // Through a temporary file: a snapshot cut short would be read as missing anyway, but a
        // whole one must never hold the digest of other texts.
        let temporary = gazetteerURL.path + ".new"
        guard FileTree.writeFile(temporary, out.bytes, replacing: true) == nil else { return }
        _ = rename(temporary, gazetteerURL.path)
    }

    /// The digest the snapshot holds, without reading its texts.
    private func storedGazetteerDigest() -> String? {
        guard let bytes = FileTree.readFile(gazetteerURL.path) else { return nil }
        var input = CacheReader(bytes: bytes)
        guard (try? input.expect(BuildCache.gazetteerMagic)) != nil else { return nil }
        return try? input.string()
    }

    // MARK: - The replaced site

    /// Where the site a build replaced in `output` is kept for the next build into the same folder
    /// (`SiteWriter.spare`): one per output folder, so two sites sharing a cache do not mix.
    func spareSite(for output: String) -> URL {
        folder.appendingPathComponent("previous-site-" + BuildCache.key([output]).prefix(16))
    }

    // MARK: - Page keys

    private var manifestURL: URL { folder.appendingPathComponent("pages.manifest") }

    /// First bytes of the page manifest; a new layout takes a new number.
    static let manifestMagic: [UInt8] = Array("archive-page-keys 1\n".utf8)

    /// The page groups of the last build and the keys they were rendered from, by group name.
    /// A manifest cut short (by a crash while it was written) keeps the groups it holds whole;
    /// the pages of the others are rendered again.
    func pageKeys() -> [String: PageGroup] {
        guard let bytes = FileTree.readFile(manifestURL.path) else { return [:] }
        var input = CacheReader(bytes: bytes)
        guard (try? input.expect(BuildCache.manifestMagic)) != nil else { return [:] }
        var groups: [String: PageGroup] = [:]
        while !input.isAtEnd {
            guard let name = try? input.string(), let key = try? input.string(), let paths = try? input.strings(),
                  let stamps = try? input.strings() else { break }
            groups[name] = PageGroup(key: key, paths: paths, stamps: stamps)
        }
        return groups
    }

    /// Writes the manifest: every group in name order, with its key, paths and stamps.
    func storePageKeys(_ keys: [String: PageGroup]) {
        var out = CacheWriter()
        out.bytes = BuildCache.manifestMagic
        for name in keys.keys.sorted() {
            let group = keys[name]!
            out.string(name)
            out.string(group.key)
            out.strings(group.paths)
            out.strings(group.stamps)
        }
        // Written in place: a manifest cut short by a crash loses its last groups, whose pages are rendered again.
        _ = FileTree.makeFolders(folder.path)
        _ = FileTree.writeFile(manifestURL.path, out.bytes, replacing: true)
        FileTree.removeEntry(folder.appendingPathComponent("pages.jsonl").path)   // the manifest's earlier JSON form
    }
}

/// The version of the library, shown by `archive --version`.
public enum ArchiveKitVersion {
    public static let current = "0.2.0"
}
