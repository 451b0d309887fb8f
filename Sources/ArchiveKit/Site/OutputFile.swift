import Foundation

/// One file of the generated site: where it goes and its exact bytes.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder, `/`-separated, never starting with `/` or containing `..`.
    public var path: String
    public var bytes: [UInt8]
    /// `true` when the file is unchanged since the previous build and is taken from the old site
    /// as it is (`bytes` is then empty).
    public var reused = false
    /// A file to copy (`bytes` is then empty): an article's original, read again when it is written
    /// rather than held in memory for the whole build, and checked against the digest it was archived with.
    public var source: Source?

    /// An input file and the SHA-256 its bytes must still have.
    public struct Source: Sendable, Hashable {
        public var path: String
        public var sha256: String
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file the previous build wrote, to be kept as it is.
    init(reusing path: String) {
        self.path = path
        self.bytes = []
        self.reused = true
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A copy of the input file at `source`, which must still have the digest `sha256`.
    init(path: String, copying source: String, sha256: String) {
        self.path = path
        self.bytes = []
        self.source = Source(path: source, sha256: sha256)
    }

    /// The file with its bytes: a copied file is read now.
    /// - Throws: `ArchiveError.inputFolder` when the input file is gone or changed during the build.
    func loaded() throws -> OutputFile {
        guard let source else { return self }
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw ArchiveError.inputFolder(path: source.path, reason: "disappeared during the build; build again")
        }
        let bytes = [UInt8](data)
        guard ArticleAssembler.sha256(bytes) == source.sha256 else {
            throw ArchiveError.inputFolder(path: source.path, reason: "changed during the build; build again")
        }
        return OutputFile(path: path, bytes: bytes)
    }
}
