/// Turns plain text into CommonMark that renders as exactly that text.
///
/// Collected articles are plain text, but characters such as `*`, `_`, `<` or a line starting
/// with `1.` or `#` mean something in Markdown; they are backslash-escaped so nothing of the
/// original is reinterpreted, dropped as raw HTML or turned into a link.
public enum MarkdownEscaping {
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]

    /// One paragraph of plain text as Markdown.
    public static func escape(_ paragraph: String) -> String {
        var out = ""
        out.reserveCapacity(paragraph.utf8.count + 8)
        for c in paragraph {
            if alwaysEscaped.contains(c) { out.append("\\") }
            out.append(c)
        }
        // Block markers only matter at the start of the paragraph.
        if let first = out.first {
            if "#=+-".contains(first) {
                out.insert("\\", at: out.startIndex)
            } else if first.isNumber {
                let digits = out.prefix(while: \.isNumber)
                let after = out.dropFirst(digits.count).first
                if digits.count <= 9, after == "." || after == ")" {
                    out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
                }
            }
        }
        return out
    }

    /// A whole body: escaped paragraphs separated by blank lines.
    public static func body(_ paragraphs: [String]) -> String {
        paragraphs.map(escape).joined(separator: "\n\n")
    }
}
