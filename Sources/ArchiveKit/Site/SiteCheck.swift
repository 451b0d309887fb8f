import Foundation

/// `archive check`: what is wrong with an archive's input and its generated site, for CI.
///
/// Every finding is a `Diagnostic` naming a file; the caller decides the exit status.
public enum SiteCheck {
    /// Files that need no inbound link: entry points and files for machines.
    static let entryPoints: Set<String> = [Permalinks.home, Permalinks.notFound, Permalinks.sitemap, "robots.txt", SiteWriter.markerName]

    /// Checks the rendered `files` of a loaded archive and compares them with the site in `output`.
    /// - Parameters:
    ///   - loaded: The archive as `SiteBuilder.load` returned it (its diagnostics are included).
    ///   - files: The site as `SiteBuilder.render` produced it.
    ///   - output: The committed site folder to compare with, or `nil` to skip the staleness check.
    public static func findings(loaded: SiteBuilder.Loaded, files: [OutputFile], output: URL?) -> [Diagnostic] {
        var findings = loaded.diagnostics
        for link in LinkChecker.brokenLinks(in: files) {
            findings.append(Diagnostic(.error, file: link.page, "broken link to '\(link.target)'", hint: "fix the template or the article that produces it"))
        }
        for page in orphans(in: files) {
            findings.append(Diagnostic(.warning, file: page, "no page links here", hint: "link it from an index or a template"))
        }
        if let output { findings += staleness(of: output, against: files) }
        return findings
    }

    /// Generated files that no HTML page links to.
    static func orphans(in files: [OutputFile]) -> [String] {
        var linked: Set<String> = []
        for page in files where page.path.hasSuffix(".html") {
            let html = String(decoding: page.bytes, as: UTF8.self)
            let folder = page.path.split(separator: "/").dropLast().map(String.init)
            for target in LinkChecker.attributeValues("href", in: html) + LinkChecker.attributeValues("src", in: html) where LinkChecker.isInternal(target) {
                let file = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                guard !file.isEmpty, let resolved = LinkChecker.resolve(file, from: folder), resolved != page.path else { continue }
                linked.insert(resolved)
            }
        }
        return files.map(\.path).filter { !linked.contains($0) && !entryPoints.contains($0) && !SitePages.isSitemapPart($0) }.sorted()
    }

    /// Differences between the site on disk and what a build produces now.
    static func staleness(of output: URL, against files: [OutputFile]) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [Diagnostic(.error, file: output.path, "the site has not been built", hint: "run archive build")]
        }
        let onDisk = SiteSnapshot.read(folder: output)
        var findings: [Diagnostic] = []
        let expected = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        for path in expected.keys.sorted() where onDisk[path] != expected[path] {
            let what = onDisk[path] == nil ? "missing from the committed site" : "out of date"
            findings.append(Diagnostic(.error, file: output.appendingPathComponent(path).path, what, hint: "run archive build and commit the site"))
        }
        for path in onDisk.keys.sorted() where expected[path] == nil && path != SiteWriter.markerName {
            findings.append(Diagnostic(.error, file: output.appendingPathComponent(path).path, "no longer produced by the build", hint: "run archive build and commit the site"))
        }
        return findings
    }
}

/// Every file of a generated site, path → bytes: the folder on disk, or `site/` at a git revision.
public enum SiteSnapshot {
    /// Reads every regular file below `folder`, without following symbolic links.
    public static func read(folder: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let root = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
        while let path = enumerator.nextObject() as? String {
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            guard type == .typeRegular, let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            files[path] = [UInt8](data)
        }
        return files
    }

    /// The folder `folder` as committed at `revision` of the git repository around it,
    /// extracted with `git archive` into a temporary folder.
    /// - Throws: `ArchiveError.configuration` when git fails (not a repository, unknown revision).
    public static func read(folder: URL, atRevision revision: String) throws -> [String: [UInt8]] {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("archive-diff-\(ProcessInfo.processInfo.processIdentifier)-\(revision.hashValue & 0xFFFF)")
        try? FileManager.default.removeItem(at: temporary)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let directory = folder.deletingLastPathComponent()
        let prefix = try git(["rev-parse", "--show-prefix"], in: directory).trimmingWhitespace()
        let path = prefix + folder.lastPathComponent
        let tar = temporary.appendingPathComponent("site.tar")
        _ = try git(["archive", "--format=tar", "-o", tar.path, revision, "--", path], in: directory)
        let untar = Process()
        untar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        untar.arguments = ["tar", "-xf", tar.path, "-C", temporary.path]
        try untar.run()
        untar.waitUntilExit()
        guard untar.terminationStatus == 0 else { throw ArchiveError.configuration(path: tar.path, reason: "tar could not unpack git archive output") }
        return read(folder: temporary.appendingPathComponent(path))
    }

    private static func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ArchiveError.configuration(path: directory.path, reason: "git \(arguments.first ?? ""): \(String(decoding: errors, as: UTF8.self).trimmingWhitespace())")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
