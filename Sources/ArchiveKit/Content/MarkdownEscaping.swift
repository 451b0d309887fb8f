/// Turns plain text into CommonMark that renders as exactly that text.
///
/// Collected articles are plain text, but characters such as `*`, `_`, `<` or a line starting
/// with `1.` or `#` mean something in Markdown; they are backslash-escaped so nothing of the
/// original is reinterpreted, dropped as raw HTML or turned into a link.
public enum MarkdownEscaping {
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]
    private static let escapedBytes: [Bool] = (0..<256).map { byte in alwaysEscaped.contains(Character(Unicode.Scalar(UInt8(byte)))) }

    private static func isEscapedByte(_ byte: UInt8) -> Bool {
        escapedBytes[Int(byte)]
    }

    /// One paragraph of plain text as Markdown.
    public static func escape(_ paragraph: String) -> String {
        // The escaped characters are all ASCII, so this works on UTF-8 bytes (a byte below 0x80 is
        // always a whole character there); a paragraph without any is not copied.
        var out = paragraph
        if paragraph.utf8.contains(where: isEscapedByte) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(paragraph.utf8.count + 16)
            for byte in paragraph.utf8 {
                if isEscapedByte(byte) { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            out = String(decoding: bytes, as: UTF8.self)
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
