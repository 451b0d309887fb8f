/// One file of the generated site: where it goes and its exact bytes.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder, `/`-separated, never starting with `/` or containing `..`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
