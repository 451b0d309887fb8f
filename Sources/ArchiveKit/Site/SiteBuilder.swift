import Foundation

/// Options of one build, as given on the command line.
public struct BuildOptions: Sendable {
    public var input: URL
    public var output: URL
    public var templates: URL
    /// Largest input file read, in bytes.
    public var sizeLimit: Int = SeedReader.defaultSizeLimit
    /// Treat warnings as errors.
    public var strict = false
    /// Write into a non-empty folder that was not created by `archive build`.
    public var force = false
    /// Overrides `base_url` of `archive.yaml`.
    public var baseURL: String?
    /// Overrides `title` of `archive.yaml`.
    public var title: String?
    /// Folder of the build cache; `nil` builds everything from scratch.
    public var cache: URL?
    /// The process ends right after the build (the command-line tool does): the loaded archive is
    /// then left for the exit to reclaim instead of being freed object by object, which took
    /// 0.35 s of a 5 s rebuild at 10,000 articles. Leave it `false` in a process that builds again.
    public var exitsAfterBuild = false

    public init(input: URL, output: URL, templates: URL) {
        self.input = input
        self.output = output
        self.templates = templates
    }
}

/// Runs the build as a list of named steps: load everything, check it, render it, write it.
///
/// Nothing is written until every article has been read and every page rendered, so a build
/// that fails leaves the previous site as it was.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    /// Called before each step with its number, the number of steps and its name.
    public typealias Progress = @Sendable (_ step: Int, _ of: Int, _ name: String) -> Void

    public init(options: BuildOptions) {
        self.options = options
    }

    /// The archive loaded into memory, checked, and ready to render.
    public struct Loaded: Sendable {
        public var library: ArchiveLibrary
        public var diagnostics: [Diagnostic]
        public var skipped: Int
        /// Where the articles' extractions came from.
        public var extractions = ExtractionCounts()
    }

    static let steps = ["Read configuration and gazetteer", "Read articles", "Extract metadata and entities", "Link the archive", "Render pages", "Write site"]

    /// Loads and checks the whole archive without writing anything.
    /// - Throws: `ArchiveError` for unusable configuration, gazetteer or input folder, and
    ///   `ArchiveError.diagnostics` when an article has an error (or a warning, with `strict`).
    public func load(progress: Progress? = nil, timings: inout Timings) throws -> Loaded {
        progress?(1, SiteBuilder.steps.count, SiteBuilder.steps[0])
        var config = try timings.measure("configuration") { try ArchiveConfig.load(inputFolder: options.input) }
        if let title = options.title { config.title = title }
        if let base = options.baseURL { config.baseURL = base }
        try config.validate(path: options.input.appendingPathComponent("archive.yaml").path)
        // The gazetteer is parsed beside the reading of the articles: cached extractions need only
        // the digest of its text. Its stage time is the reading of the text and the wait for it.
        let clock = ContinuousClock()
        let gazetteerStart = clock.now
        let gazetteerTexts = try GazetteerLoader.texts(inputFolder: options.input)
        let input = options.input
        let parsing = BackgroundWork { Result { try GazetteerLoader.gazetteer(from: gazetteerTexts, inputFolder: input) } }
        var gazetteerSeconds = SiteBuilder.seconds(clock.now - gazetteerStart)

        progress?(2, SiteBuilder.steps.count, SiteBuilder.steps[1])
        let reader = SeedReader(sizeLimit: options.sizeLimit)
        let listingStart = clock.now
        let (root, files) = try reader.list(folder: options.input)
        let listing = SiteBuilder.seconds(clock.now - listingStart)

        // Each file is read, decoded and extracted in one go, on all cores, so the decoded text of
        // one article is gone before the next is read, and an article keeps no copy of its bytes
        // (its original is read again when written): memory holds what the pages need, not the input.
        // The wall time is split between "ingest" and "extract" in proportion to their thread time.
        progress?(3, SiteBuilder.steps.count, SiteBuilder.steps[2])
        // The extractor's indexes of the gazetteer take a while to build (30 ms of a 350 ms
        // one-article rebuild at 1,000 articles): built by the first file that is not in the cache,
        // while the other threads go on reading cached ones, or not at all.
        let assembler = MadeOnFirstUse { (try? parsing.value.get()).map { ArticleAssembler(gazetteer: $0) } }
        let gazetteerDigest = BuildCache.gazetteerDigest(gazetteerTexts)
        let cache = options.cache.map(BuildCache.init)
        // Extractions made with the gazetteer of the last build are kept where its edit cannot
        // change them: compared once, the first time one is found.
        let change = MadeOnFirstUse { () -> (digest: String, change: GazetteerChange)? in
            guard let snapshot = cache?.gazetteerSnapshot(), snapshot.digest != gazetteerDigest,
                  let old = try? GazetteerLoader.gazetteer(from: snapshot.texts, inputFolder: input),
                  let new = try? parsing.value.get() else { return nil }
            return (snapshot.digest, GazetteerChange(from: old, to: new))
        }
        let readTime = ThreadTime(), extractTime = ThreadTime()
        let sharedNames = SharedNames()
        let counts = ExtractionTally()
        let passStart = clock.now
        let outcomes = files.parallelMap { relative -> FileOutcome in
            var outcome = readTime.measure { reader.readBytes(relative: relative, root: root) }
            var key = ""
            if case let .bytes(file, format, bytes) = outcome {
                // An unchanged file's extraction comes from the cache, without decoding the file again.
                let found = extractTime.measure { () -> (Article, [Diagnostic])? in
                    key = BuildCache.key([BuildCache.toolDigest, file, format.rawValue, ArticleAssembler.sha256(bytes)])
                    guard let cache, var entry = cache.entry(forKey: key) else { return nil }
                    if entry.gazetteerDigest != gazetteerDigest {
                        guard let keys = entry.lookedUp, let change = change.value, change.digest == entry.gazetteerDigest,
                              change.change.keeps(keys) else { return nil }
                        cache.markCurrent(forKey: key, gazetteerDigest: gazetteerDigest)
                        counts.add(kept: 1)
                    }
                    counts.add(cached: 1)
                    sharedNames.share(in: &entry.article)   // its mentions already share one copy of each sentence
                    return (entry.article, entry.diagnostics)
                }
                if let found { return .extracted(.success(found)) }
                outcome = readTime.measure { SeedReader.decode(outcome) }
            }
            switch outcome {
            case .configuration: return .configuration
            case .skipped: return .skipped(outcome.diagnostic(file: relative)!)
            case .bytes: preconditionFailure("decode(_:) never returns undecoded bytes")
            case .article(let raw):
                // Without a gazetteer nothing is extracted: its error is thrown once every file is read.
                guard let assembler = assembler.value else { return .extracted(.failure(.inputFolder(path: raw.file, reason: "no gazetteer"))) }
                return .extracted(extractTime.measure {
                    extract(raw, assembler: assembler, cache: cache, key: key, gazetteerDigest: gazetteerDigest, names: sharedNames)
                })
            }
        }
        let pass = SiteBuilder.seconds(clock.now - passStart)
        let waitStart = clock.now
        let gazetteer = try parsing.value.get()
        // Every extraction read or made in the pass is now marked with this gazetteer: its texts
        // are what the next build compares an edited gazetteer with.
        cache?.storeGazetteerSnapshot(digest: gazetteerDigest, texts: gazetteerTexts)
        gazetteerSeconds += SiteBuilder.seconds(clock.now - waitStart)
        timings.record("gazetteer", seconds: gazetteerSeconds)
        let readShare = pass * readTime.seconds / max(readTime.seconds + extractTime.seconds, 1e-9)
        timings.record("ingest", seconds: listing + readShare)
        timings.record("extract", seconds: pass - readShare)
        var diagnostics: [Diagnostic] = []
        var articles: [Article] = []
        var skipped = 0
        articles.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .configuration: continue
            case .skipped(let diagnostic):
                skipped += 1
                diagnostics.append(diagnostic)
            case let .extracted(.success((article, found))):
                articles.append(article)
                diagnostics += found
            case let .extracted(.failure(.frontMatter(file, line, column, reason))):
                diagnostics.append(Diagnostic(.error, file: file, line: line, column: column, "invalid front matter: \(reason)",
                                              hint: "front matter is YAML between two '---' lines; check indentation and quotes"))
            case let .extracted(.failure(error)):
                diagnostics.append(Diagnostic(.error, file: "", "\(error)"))
            }
        }

        progress?(4, SiteBuilder.steps.count, SiteBuilder.steps[3])
        var library = timings.measure("link") { ArchiveLibrary(articles: articles, gazetteer: gazetteer, config: config) }
        library.gazetteerDigest = gazetteerDigest
        library.originalsFolder = root.path
        diagnostics += library.diagnostics
        diagnostics.sort { ($0.file, $0.line ?? 0, $0.message) < ($1.file, $1.line ?? 0, $1.message) }
        if diagnostics.contains(where: { $0.severity == .error || options.strict }) {
            throw ArchiveError.diagnostics(diagnostics)
        }
        return Loaded(library: library, diagnostics: diagnostics, skipped: skipped,
                      extractions: ExtractionCounts(cached: counts.cached, kept: counts.kept, made: articles.count - counts.cached))
    }

    /// What became of one input file in `load`.
    private enum FileOutcome: Sendable {
        case configuration
        case skipped(Diagnostic)
        case extracted(Result<(Article, [Diagnostic]), ArchiveError>)
    }

    /// The article extracted from a file, stored in the cache under `key`, as the build keeps it.
    private func extract(_ raw: RawArticle, assembler: ArticleAssembler, cache: BuildCache?, key: String,
                         gazetteerDigest: String, names: SharedNames) -> Result<(Article, [Diagnostic]), ArchiveError> {
        do {
            guard let cache else { return .success(SiteBuilder.prepared(try assembler.assemble(raw), names: names)) }
            let (article, diagnostics, lookedUp) = try assembler.assembleRecordingLookups(raw)
            cache.store(BuildCache.Entry(article: article, diagnostics: diagnostics, gazetteerDigest: gazetteerDigest, lookedUp: lookedUp), forKey: key)
            return .success(SiteBuilder.prepared((article, diagnostics), names: names))
        } catch let error as ArchiveError { return .failure(error) } catch {
            return .failure(.inputFolder(path: raw.file, reason: "\(error)"))
        }
    }

    /// An extracted article as the build keeps it: without its original bytes (read again when
    /// written), its text compacted (`Article.compactText()`), its names shared with the archive.
    private static func prepared(_ extracted: (Article, [Diagnostic]), names: SharedNames) -> (Article, [Diagnostic]) {
        var extracted = extracted
        extracted.0.original = []
        extracted.0.compactText()
        names.share(in: &extracted.0)
        return extracted
    }

    /// Renders every file of the site in memory, sorted by path (for `archive diff` and `archive check`).
    public static func render(_ library: ArchiveLibrary, templates: TemplateSet) throws -> [OutputFile] {
        let collected = FileCollector()
        _ = try render(library, templates: templates, previous: [:], reusable: { _ in nil }, into: collected.add)
        return collected.files.sorted { $0.path < $1.path }
    }

    /// Where rendered files go as soon as they exist: a build's staging folder, or memory.
    typealias FileSink = @Sendable ([OutputFile]) throws -> Void

    /// Renders the site on all cores, handing each page group to `sink` as soon as it is rendered, and
    /// taking each group whose key is unchanged from the previous build.
    /// - Parameters:
    ///   - previous: The page groups the previous build recorded, by group name.
    ///   - reusable: Whether a file of the previous site can be reused (it exists in the output folder).
    ///   - cache: Where related articles are kept between builds; `nil` ranks them afresh.
    /// - Returns: The number of files, the groups to record for the next build, and how many
    ///   files were taken from the previous site instead of being rendered.
    static func render(_ library: ArchiveLibrary, templates: TemplateSet, previous: [String: PageGroup],
                       reusable: @Sendable (String) -> String?, cache: BuildCache? = nil, into sink: FileSink) throws -> (files: Int, groups: [String: PageGroup], reused: Int) {
        let pages = SitePages(library: library, templates: templates)
        let keys = PageKeys(library: library, templatesDigest: templatesDigest(templates.folder), months: pages.months)
        @Sendable func reuse(_ name: String, key: String) -> [OutputFile]? {
            guard let group = previous[name], group.key == key, group.paths.count == group.stamps.count,
                  zip(group.paths, group.stamps).allSatisfy({ reusable($0.0) == $0.1 }) else { return nil }
            return group.paths.map(OutputFile.init(reusing:))
        }
        /// Hands files to the sink; the first error is kept and rethrown once every task is done.
        @Sendable func deliver(_ files: [OutputFile]) -> [String] {
            do { try sink(files) } catch { firstError.keep(error) }
            return files.map(\.path)
        }
        /// Takes the group from the previous site when its key is unchanged, else renders it.
        /// A reused group keeps its stamps: its files are the previous site's, inode for inode.
        @Sendable func group(_ name: String, key: String, render: () -> [OutputFile]) -> (name: String, group: PageGroup, reused: Bool) {
            if let reused = reuse(name, key: key) {
                _ = deliver(reused)
                return (name, previous[name]!, true)
            }
            return (name, PageGroup(key: key, paths: deliver(render())), false)
        }
        let firstError = FirstError()
        var groups: [String: PageGroup] = [:]
        var paths: [String] = []
        var reusedFiles = 0
        func keep(_ rendered: [(name: String, group: PageGroup, reused: Bool)]) {
            for (name, group, reused) in rendered {
                groups[name] = group
                paths += group.paths
                if reused { reusedFiles += group.paths.count }
            }
        }
        let related = pages.allRelatedArticles(cache: cache)
        keep(Array(library.articles.indices).parallelMap { i in
            group("article:" + library.articles[i].file, key: keys.article(i, related: related[i], library: library)) {
                pages.articlePages(i, related: related[i])
            }
        })
        keep((library.actors + library.places).parallelMap { record in
            group("entity:\(record.id)", key: keys.entity(record, library: library)) { pages.entityPages(record) }
        })
        keep(library.sources.parallelMap { record in
            group("source:" + record.name, key: keys.source(record)) { pages.sourcePages(record) }
        })
        // Independent of each other, so the data files (one after another: each is larger than the
        // rest of the global pages together) are rendered beside the other global pages.
        keep(Array([true, false]).parallelMap { data in
            SitePages.GlobalGroup.allCases.filter { $0.isData == data }.map { global in
                group(global.rawValue, key: keys.global(global, library: library)) { pages.pages(global) }
            }
        }.flatMap { $0 })
        if library.config.baseURL != nil {
            keep([group("global:sitemap", key: keys.sitemap(paths: paths)) { pages.sitemap(pages: paths) }])
        }
        paths += deliver(try assets(in: templates.folder))
        try firstError.rethrow()
        return (paths.count, groups, reusedFiles)
    }

    /// Digest of every file in the template folder: a changed template or stylesheet re-renders everything.
    static func templatesDigest(_ folder: URL) -> String {
        var parts: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String { paths.append(path) }
        for path in paths.sorted() {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            parts += [path, ArticleAssembler.sha256([UInt8](data))]
        }
        return BuildCache.key(parts)
    }

    /// Every file under `Templates/assets/`, copied to `assets/`.
    static func assets(in templates: URL) throws -> [OutputFile] {
        let folder = templates.appendingPathComponent("assets")
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [OutputFile] = []
        while let path = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ArchiveError.templates(path: url.path, reason: "asset cannot be read")
            }
            files.append(OutputFile(path: "assets/" + path, bytes: [UInt8](data)))
        }
        return files
    }

    /// Loads, renders and writes the site.
    public func build(progress: Progress? = nil) throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        var timings = Timings()
        if let cache = options.cache { try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true) }
        var writer = SiteWriter(output: options.output, force: options.force)
        try writer.checkSafety(input: options.input)
        let cache = options.cache.map(BuildCache.init)
        let outputRoot = options.output.standardizedFileURL.resolvingSymlinksInPath().path
        writer.spare = cache?.spareSite(for: outputRoot)
        let inputs = cache.map { _ in timings.measure("fingerprint") { BuildFingerprint.inputs(options) } }
        if let cache, let inputs, let last = cache.lastBuild(), last.inputs == inputs,
           last.output == BuildFingerprint.folder(URL(fileURLWithPath: outputRoot)) {
            // Nothing changed since the last build, in the inputs or in the site: nothing to do.
            return BuildReport(articles: last.articles, actors: last.actors, places: last.places, files: last.files, written: 0,
                               unchanged: last.files, removed: 0, reused: last.files, skipped: last.skipped, diagnostics: last.diagnostics,
                               seconds: SiteBuilder.seconds(clock.now - start), timings: timings)
        }
        cache?.storeLastBuild(nil)
        let templates = try timings.measure("templates") { try TemplateSet(folder: options.templates) }
        let loaded = try load(progress: progress, timings: &timings)
        progress?(5, SiteBuilder.steps.count, SiteBuilder.steps[4])
        let hasMarker = FileManager.default.fileExists(atPath: outputRoot + "/" + SiteWriter.markerName)
        // Pages are written to the staging folder as soon as they are rendered, so memory does not grow
        // with the site. The two overlap: the wall time of the phase is split between "render" and
        // "write" in proportion to the thread time each took.
        // Setting up the staging folder (adopting the spare lists every folder of it) counts as writing.
        let stagingStart = clock.now
        let staging = try writer.begin()
        let stagingSetup = SiteBuilder.seconds(clock.now - stagingStart)
        let phaseStart = clock.now
        let writeTime = ThreadTime()
        let rendered: (files: Int, groups: [String: PageGroup], reused: Int)
        let written: SiteWriter.Result
        do {
            rendered = try SiteBuilder.render(loaded.library, templates: templates, previous: hasMarker ? cache?.pageKeys() ?? [:] : [:],
                                              reusable: { fileStamp(outputRoot + "/" + $0) }, cache: cache,
                                              into: { files in try writeTime.measure { try staging.add(files) } })
            let phase = SiteBuilder.seconds(clock.now - phaseStart)
            let writeShare = min(phase, writeTime.seconds / Double(Parallelism.threads))
            timings.record("render", seconds: phase - writeShare)
            progress?(6, SiteBuilder.steps.count, SiteBuilder.steps[5])
            let commitStart = clock.now
            written = try staging.commit()
            timings.record("write", seconds: stagingSetup + writeShare + SiteBuilder.seconds(clock.now - commitStart))
        } catch {
            staging.abandon()
            throw error
        }
        if let cache {
            timings.measure("cache") {
                recordForNextBuild(in: cache, groups: rendered.groups, loaded: loaded, files: rendered.files, inputs: inputs, outputRoot: outputRoot)
            }
        }
        if options.exitsAfterBuild { LeftForExit.keep(loaded) }
        return BuildReport(
            articles: loaded.library.articles.count,
            actors: loaded.library.actors.count,
            places: loaded.library.places.count,
            files: rendered.files,
            written: written.written,
            unchanged: written.unchanged,
            removed: written.removed,
            reused: rendered.reused,
            skipped: loaded.skipped,
            extractions: loaded.extractions,
            diagnostics: loaded.diagnostics,
            seconds: SiteBuilder.seconds(clock.now - start),
            timings: timings)
    }

    /// Leaves in the cache what the next build needs to skip work: the key and on-disk stamps of
    /// every page group, the fingerprint of inputs and site (for a no-op), and only this tool's
    /// extractions (the gazetteer they were made with is kept by `load`).
    private func recordForNextBuild(in cache: BuildCache, groups: [String: PageGroup], loaded: Loaded, files: Int,
                                    inputs: String?, outputRoot: String) {
        // A group rendered again gets the stamps of its files as written; a reused one still has them.
        let stamped = Dictionary(uniqueKeysWithValues: Array(groups).parallelMap { name, group in
            var group = group
            if group.stamps.count != group.paths.count {
                group.stamps = group.paths.map { fileStamp(outputRoot + "/" + $0) ?? "" }
            }
            return (name, group)
        })
        cache.storePageKeys(stamped)
        cache.pruneArticles()
        if let inputs {
            cache.storeLastBuild(BuildFingerprint(
                inputs: inputs, output: BuildFingerprint.folder(URL(fileURLWithPath: outputRoot)),
                articles: loaded.library.articles.count, actors: loaded.library.actors.count, places: loaded.library.places.count,
                files: files, skipped: loaded.skipped, diagnostics: loaded.diagnostics))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// What a build leaves allocated for the process exit to reclaim (`BuildOptions.exitsAfterBuild`).
private enum LeftForExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}
