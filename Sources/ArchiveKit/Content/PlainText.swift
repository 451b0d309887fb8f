/// Rough plain text of Markdown, for entity extraction and descriptions (never for display).
public enum PlainText {
    /// The paragraphs of a Markdown document with markup characters and link targets removed.
    public static func paragraphs(ofMarkdown markdown: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
                continue
            }
            while let first = line.first, "#>".contains(first) { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { line = String(line.dropFirst(2)) }
            current.append(stripInline(line))
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.filter { !$0.isEmpty }
    }

    /// "[text](url)" → "text"; emphasis and code markers and backslash escapes removed.
    static func stripInline(_ line: String) -> String {
        var out = ""
        var chars = Substring(line)
        while let c = chars.first {
            if c == "\\", chars.count > 1 {
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
