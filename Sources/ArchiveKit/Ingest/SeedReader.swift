import Foundation

/// Reads every article file of an input folder. The only code that reads `seeds/`.
///
/// Files are visited in sorted path order, so the result never depends on the order the file
/// system lists them in. Problems with one file become a diagnostic and the file is skipped;
/// the rest of the archive still builds.
public struct SeedReader: Sendable {
    /// Largest file accepted, in bytes.
    public var sizeLimit: Int
    /// Files in the input folder that configure the archive rather than being articles.
    public static let configurationFiles: Set<String> = ["archive.yaml", "gazetteer.yaml"]
    static let textExtensions: Set<String> = ["txt", "text"]
    static let markdownExtensions: Set<String> = ["md", "markdown"]

    /// Default size limit: 5 MB.
    public static let defaultSizeLimit = 5_000_000

    public init(sizeLimit: Int = SeedReader.defaultSizeLimit) {
        self.sizeLimit = sizeLimit
    }

    /// What reading a folder produced.
    public struct Result: Sendable {
        public var articles: [RawArticle] = []
        public var diagnostics: [Diagnostic] = []
        /// Files that were not read as articles, with the reason.
        public var skipped: [(file: String, reason: String)] = []
    }

    /// Reads all article files below `folder`.
    /// - Parameter folder: The input folder (`seeds/`).
    /// - Throws: `ArchiveError.inputFolder` when the folder itself cannot be listed.
    public func read(folder: URL) throws -> Result {
        let (root, files) = try list(folder: folder)
        // Files are read and decoded on all cores; results are merged in sorted path order.
        var result = Result()
        for (relative, outcome) in files.parallelMap({ ($0, read(relative: $0, root: root)) }) {
            switch outcome {
            case .article(let raw): result.articles.append(raw)
            case .skipped(let reason, _, _):
                result.skipped.append((relative, reason))
                result.diagnostics.append(outcome.diagnostic(file: relative)!)
            case .configuration, .bytes: continue
            }
        }
        return result
    }

    /// The input folder, resolved, and the relative paths of the files below it, sorted, for `read(relative:root:)`.
    /// - Throws: `ArchiveError.inputFolder` when the folder does not exist or cannot be listed.
    func list(folder: URL) throws -> (root: URL, files: [String]) {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ArchiveError.inputFolder(path: folder.relativePath, reason: "is not a folder")
        }
        return (root, try listFiles(root: root))
    }

    /// Relative paths of every regular file below `root`, sorted, hidden files excluded.
    func listFiles(root: URL) throws -> [String] {
        guard access(root.path, R_OK | X_OK) == 0 else {
            throw ArchiveError.inputFolder(path: root.path, reason: "cannot be listed")
        }
        return FileTree.visibleEntries(in: root.path).sorted()
    }

    /// What became of one file of the input folder.
    enum Outcome: Sendable {
        /// Read and decoded.
        case article(RawArticle)
        /// Read, not yet decoded (`readBytes`); `decode` turns it into `article` or `skipped`.
        case bytes(file: String, format: RawArticle.Format, bytes: [UInt8])
        case skipped(reason: String, severity: Diagnostic.Severity, hint: String?)
        case configuration

        /// The message for a skipped file.
        func diagnostic(file: String) -> Diagnostic? {
            guard case let .skipped(reason, severity, hint) = self else { return nil }
            return Diagnostic(severity, file: file, "skipped: \(reason)", hint: hint)
        }
    }

    /// Reads and decodes one file of `list(folder:)`.
    func read(relative: String, root: URL) -> Outcome {
        SeedReader.decode(readBytes(relative: relative, root: root))
    }

    /// Reads one file of `list(folder:)` without decoding it: a build that finds the file's
    /// extraction in its cache never needs the text.
    func readBytes(relative: String, root: URL) -> Outcome {
        let name = (relative as NSString).lastPathComponent
        if SeedReader.configurationFiles.contains(name) && !relative.contains("/") { return .configuration }
        let ext = (name as NSString).pathExtension.lowercased()
        let format: RawArticle.Format
        if SeedReader.textExtensions.contains(ext) { format = .text }
        else if SeedReader.markdownExtensions.contains(ext) { format = .markdown }
        else {
            return .skipped(reason: "unknown file type '.\(ext)'", severity: .warning,
                            hint: "save articles as .txt (raw text) or .md (Markdown with front matter)")
        }
        // Plain system calls: this runs for every file of every build. The listing never enters a
        // linked folder, so only the file itself can be a link, and only it needs resolving.
        let rootPath = root.path
        var path = rootPath + "/" + relative
        var info = stat()
        let unreadable = Outcome.skipped(reason: "cannot be read", severity: .error, hint: "check the file's permissions")
        guard lstat(path, &info) == 0 else { return unreadable }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { return unreadable }
            path = String(cString: resolved)
            free(resolved)
            guard path.hasPrefix(rootPath + "/") else {
                return .skipped(reason: "symbolic link pointing outside the input folder", severity: .warning,
                                hint: "copy the file into the input folder instead")
            }
            guard stat(path, &info) == 0 else { return unreadable }
        }
        let size = Int(info.st_size)
        if size > sizeLimit {
            return .skipped(reason: "file is \(size) bytes, over the \(sizeLimit)-byte limit", severity: .warning,
                            hint: "raise it with --max-file-size or split the file")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return unreadable }
        return .bytes(file: relative, format: format, bytes: [UInt8](data))
    }

    /// Decodes what `readBytes` read; any other outcome is returned as it is.
    static func decode(_ outcome: Outcome) -> Outcome {
        guard case let .bytes(file, format, bytes) = outcome else { return outcome }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .skipped(reason: bytes.isEmpty ? "file is empty" : "file holds only white space", severity: .warning, hint: nil)
        }
        do {
            let raw = try RawArticle(file: file, format: format, bytes: bytes)
            if raw.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                return .skipped(reason: "file holds only white space", severity: .warning, hint: nil)
            }
            return .article(raw)
        } catch .binary(let offset) {
            return .skipped(reason: "binary content (NUL byte at offset \(offset))", severity: .warning, hint: "only text files can be archived")
        } catch {
            return .skipped(reason: "cannot be decoded as text", severity: .warning, hint: nil)
        }
    }
}
