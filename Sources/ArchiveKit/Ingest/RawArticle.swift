/// One input file, read and decoded, before anything is extracted from it.
public struct RawArticle: Sendable, Hashable {
    /// How the file is to be read.
    public enum Format: String, Sendable {
        /// Raw collected text: structure and metadata are extracted.
        case text
        /// Curated Markdown with YAML front matter whose fields override extraction.
        case markdown
    }

    /// Path relative to the input folder, with `/` separators.
    public var file: String
    public var format: Format
    /// The bytes exactly as read.
    public var bytes: [UInt8]
    /// Decoded text with `\n` line endings.
    public var text: String
    /// What decoding changed (encoding, line endings, control characters).
    public var decodingNotes: [String]

    public init(file: String, format: Format, bytes: [UInt8], text: String, decodingNotes: [String] = []) {
        self.file = file
        self.format = format
        self.bytes = bytes
        self.text = text
        self.decodingNotes = decodingNotes
    }

    /// Decodes bytes into a raw article.
    /// - Throws: `TextDecoding.Failure` for binary content.
    public init(file: String, format: Format, bytes: [UInt8]) throws(TextDecoding.Failure) {
        let decoded = try TextDecoding.decode(bytes)
        self.init(file: file, format: format, bytes: bytes, text: decoded.text, decodingNotes: decoded.notes)
    }
}
