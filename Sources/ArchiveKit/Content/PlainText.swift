/// Rough plain text of Markdown, for entity extraction and descriptions (never for display).
public enum PlainText {
    /// The paragraphs of a Markdown document with markup characters and link targets removed.
    /// - Parameter limit: stop after this many non-empty paragraphs (a description needs only the first few).
    public static func paragraphs(ofMarkdown markdown: String, limit: Int = .max) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        func endParagraph() {
            let paragraph = current.joined(separator: " ")
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = []
        }
        // Line by line as `split(separator: "\n")` would cut them, but without cutting the whole
        // document first: a description needs only its first paragraphs.
        var rest = markdown[...]
        var more = true
        while more {
            let rawLine: Substring
            if let newline = lineBreak(in: rest) {
                rawLine = rest[..<newline]
                rest = rest[rest.utf8.index(after: newline)...]
            } else {
                rawLine = rest
                more = false
            }
            var line = rawLine.trimmingSpaces()
            if line.isEmpty {
                if !current.isEmpty { endParagraph() }
                if paragraphs.count >= limit { return paragraphs }
                continue
            }
            while let first = line.first, "#>".contains(first) { line = String(line.dropFirst()).trimmingSpaces() }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { line = String(line.dropFirst(2)) }
            current.append(stripInline(line))
        }
        if !current.isEmpty { endParagraph() }
        return Array(paragraphs.prefix(limit))
    }

    /// The first line feed of `text` that is a character of its own, which is every one except the
    /// end of a "\r\n" (one character in Swift, so `split(separator: "\n")` does not cut there).
    static func lineBreak(in text: Substring) -> String.Index? {
        let utf8 = text.utf8
        var from = utf8.startIndex
        while let found = utf8[from...].firstIndex(of: 0x0A) {
            if found == utf8.startIndex || utf8[utf8.index(before: found)] != 0x0D { return found }
            from = utf8.index(after: found)
        }
        return nil
    }

    /// "[text](url)" → "text"; emphasis and code markers and backslash escapes removed.
    static func stripInline(_ line: String) -> String {
        var out = ""
        var chars = Substring(line)
        while let c = chars.first {
            if c == "\\", chars.dropFirst().first != nil {
                out.append(chars[chars.index(after: chars.startIndex)])
                chars = chars.dropFirst(2)
            } else if c == "]", chars.dropFirst().first == "(", let close = chars.firstIndex(of: ")") {
                chars = chars[chars.index(after: close)...]
            } else if "*_`[!".contains(c) {
                chars = chars.dropFirst()
            } else {
                out.append(c)
                chars = chars.dropFirst()
            }
        }
        return out
    }
}
