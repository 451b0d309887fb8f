/// One file of the generated site: where it goes and its exact bytes.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder, `/`-separated, never starting with `/` or containing `..`.
    public var path: String
    public var bytes: [UInt8]
    /// `true` when the file is unchanged since the previous build and is taken from the old site
    /// as it is (`bytes` is then empty).
    public var reused = false

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
}
