import Foundation

/// Lets a rebuild with nothing to do finish at once: a fingerprint of every input (articles,
/// configuration, gazetteer, templates, options and the tool itself) and of the site as the last
/// build left it. When both are unchanged, the site is already what a build would write.
///
/// Files are compared by path, size, modification time and inode, as make and rsync do; the
/// extraction and page caches still check content when anything differs.
struct BuildFingerprint: Codable, Equatable {
    /// Fingerprint of the inputs and options.
    var inputs: String
    /// Fingerprint of the output folder after the build.
    var output: String
    /// What the build reported, to report again.
    var articles: Int
    var actors: Int
    var places: Int
    var files: Int
    var skipped: Int
    var diagnostics: [Diagnostic]

    /// Fingerprint of the build's inputs: every file below the input and template folders, and the options.
    static func inputs(_ options: BuildOptions) -> String {
        BuildCache.key([BuildCache.toolDigest, options.output.standardizedFileURL.path, options.baseURL ?? "\u{0}", options.title ?? "\u{0}",
                        "\(options.strict)", "\(options.sizeLimit)", folder(options.input), folder(options.templates)])
    }

    /// Fingerprint of everything below `url` (see `FolderFingerprint`), and of its path.
    static func folder(_ url: URL) -> String {
        let root = url.standardizedFileURL.path
        return BuildCache.key([root, FolderFingerprint.of(root)])
    }
}

extension BuildCache {
    private var fingerprintURL: URL { folder.appendingPathComponent("last-build.json") }

    /// The fingerprint the last successful build left, if any.
    func lastBuild() -> BuildFingerprint? {
        guard let data = FileManager.default.contents(atPath: fingerprintURL.path) else { return nil }
        return try? JSONDecoder().decode(BuildFingerprint.self, from: data)
    }

    func storeLastBuild(_ fingerprint: BuildFingerprint?) {
        guard let fingerprint else {
            try? FileManager.default.removeItem(at: fingerprintURL)
            return
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? JSONEncoder().encode(fingerprint).write(to: fingerprintURL, options: .atomic)
    }
}
