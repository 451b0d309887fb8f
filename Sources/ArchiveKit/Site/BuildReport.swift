/// What a build did, for the one-line summary and `--timings`.
public struct BuildReport: Sendable {
    public var articles: Int
    public var actors: Int
    public var places: Int
    /// Files the site consists of.
    public var files: Int
    public var written: Int
    public var unchanged: Int
    public var removed: Int
    /// Files taken from the previous site because nothing they are rendered from changed.
    public var reused = 0
    /// Input files that were not read as articles.
    public var skipped: Int
    /// Where the articles' extractions came from (all zero for a build that had nothing to do).
    public var extractions = ExtractionCounts()
    public var diagnostics: [Diagnostic]
    public var seconds: Double
    public var timings: Timings

    /// "5 articles, 31 actors, 27 places; 152 files written, 0 unchanged, 0 removed; 2 skipped, 4 warnings; 0.41 s"
    public var summary: String {
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(articles) articles, \(actors) actors, \(places) places; \(written) files written, \(unchanged) unchanged, \(removed) removed\(reused > 0 ? ", \(reused) reused" : ""); "
            + "\(skipped) skipped, \(warnings) warning\(warnings == 1 ? "" : "s"); \(Timings.format(seconds)) s"
    }
}

/// Wall-clock time per build stage, in the order the stages ran.
public struct Timings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `work` and records how long it took under `name`.
    public mutating func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { stages.append((name, SiteBuilder.seconds(clock.now - start))) }
        return try work()
    }

    /// Records a stage measured elsewhere.
    public mutating func record(_ name: String, seconds: Double) {
        stages.append((name, seconds))
    }

    /// Seconds with two decimals, without depending on the locale.
    public static func format(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// How many articles were read from the cache, and how many extracted.
public struct ExtractionCounts: Sendable, Equatable {
    /// Read from the cache, including `kept`.
    public var cached = 0
    /// Read from the cache although made with another gazetteer, which changed nothing they depend on (`GazetteerChange`).
    public var kept = 0
    /// Extracted in this build.
    public var made = 0

    public init(cached: Int = 0, kept: Int = 0, made: Int = 0) {
        self.cached = cached
        self.kept = kept
        self.made = made
    }

    /// "998 from the cache (990 kept after a gazetteer edit), 2 extracted"
    public var description: String {
        "\(cached) from the cache\(kept > 0 ? " (\(kept) kept after a gazetteer edit)" : ""), \(made) extracted"
    }
}
