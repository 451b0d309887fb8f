import Yams

/// The YAML front matter of an article's Markdown page, and its parsing for curated `.md` seeds.
///
/// Key order is fixed, so the Markdown files diff cleanly between builds.
public enum FrontMatter {
    /// Splits `---\n<yaml>\n---\n<body>` into its parts.
    /// - Returns: `nil` when the text does not start with a `---` line.
    public static func split(_ text: String) -> (yaml: String, body: String, bodyFirstLine: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingSpaces() == "---" else { return nil }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingSpaces() == "---" || $0 == "..." }) else { return nil }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (yaml, body, close + 3)
    }

    // MARK: - Writing

    /// The Markdown page of an article: front matter, a blank line, the body.
    public static func markdownPage(for article: Article) -> String {
        let m = article.metadata
        var pairs: [(String, Node)] = [
            ("title", str(m.title)),
            ("title_derived", bool(m.titleDerived)),
            ("date", m.date.map { Node($0.iso, Tag(.timestamp)) } ?? null),
            ("date_source", opt(m.dateSource)),
            ("source", opt(m.source)),
            ("source_evidence", opt(m.sourceEvidence)),
            ("byline", opt(m.byline)),
        ]
        if let url = m.url { pairs.append(("url", str(url))) }
        pairs += [
            ("actors", list(article.actors.map(\.entity.name))),
            ("places", list(article.places.map(\.entity.name))),
            ("keywords", list(m.keywords)),
            ("caption", opt(m.caption)),
            ("credit", opt(m.credit)),
            ("file", str(article.file)),
            ("sha256", str(article.sha256)),
            ("slug", str(article.slug.value)),
            ("cleaning", list(article.cleaning)),
        ]
        let node = Node.mapping(Node.Mapping(pairs.map { (str($0.0), $0.1) }))
        // Serialising a tree of plain scalars cannot fail; if it ever did, an empty mapping keeps the page valid.
        let yaml = (try? Yams.serialize(node: node, width: -1, allowUnicode: true)) ?? "{}\n"
        return "---\n" + yaml + "---\n\n" + article.body + "\n"
    }

    private static var null: Node { Node("null", Tag(.null)) }
    private static func str(_ s: String) -> Node { .scalar(scalar(s)) }

    /// `s.represented()`, written the same, without its cost: Yams tries every one of its type
    /// patterns on every string, once to choose between plain and quoted and once more when it
    /// writes the node (about 3 % of a clean build). Its patterns are all anchored at the start,
    /// and match only a string that starts with a digit, a sign or one of `.<~=`, or one of a few
    /// short words (`yes`, `off`, `null`), alone or before a line break; anything else is a plain
    /// string. The explicit `str` tag spares the second pass and is never written, since the
    /// scalar is implicit in both styles.
    static func scalar(_ s: String) -> Node.Scalar {
        Node.Scalar(s, Tag(.str), cannotReadAsAnotherType(s) ? .any : s.represented().style)
    }

    private static func cannotReadAsAnotherType(_ s: String) -> Bool {
        guard let first = s.utf8.first, !typeStarts.contains(first) else { return false }
        return s.utf8.count > 8 || !(typeWords.contains(s) || s.contains(where: \.isNewline))
    }

    /// The words Yams's default resolver reads as a boolean or null.
    private static let typeWords: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                                                 "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL"]

    /// First bytes of the strings Yams's default resolver may read as something other than a string.
    private static let typeStarts = Set("+-.0123456789<~=".utf8)

    private static func opt(_ s: String?) -> Node { s.map(str) ?? null }
    private static func bool(_ b: Bool) -> Node { Node(b ? "true" : "false", Tag(.bool)) }
    private static func list(_ items: [String]) -> Node {
        .sequence(Node.Sequence(items.map(str), Tag(.seq), items.isEmpty ? .flow : .block))
    }
}
