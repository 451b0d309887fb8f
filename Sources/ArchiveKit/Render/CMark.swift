import Ccmark

/// CommonMark to HTML through Debian's libcmark. The only file that touches C.
///
/// Safe mode is always on: raw HTML is replaced by a comment and `javascript:`, `vbscript:`,
/// `file:` and most `data:` URLs are dropped, so an article can never inject markup. Smart
/// punctuation turns straight quotes and `--` into typographic ones. Every C allocation is
/// freed before the function returns; callers only ever see a Swift `String`.
public enum CMark {
    /// The version of the linked libcmark, for `archive --version` and build hashes.
    public static var version: String { String(cString: cmark_version_string()) }

    /// Renders a CommonMark document to an HTML fragment.
    /// - Parameter markdown: Untrusted Markdown.
    /// - Returns: HTML with every raw HTML block and dangerous link removed.
    public static func html(from markdown: String) -> String {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let bytes = Array(markdown.utf8)
        guard let rendered = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_markdown_to_html($0, buffer.count, options) }
            } ?? cmark_markdown_to_html("", 0, options)
        }) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
