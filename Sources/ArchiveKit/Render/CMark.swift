import Ccmark

/// CommonMark to HTML through Debian's libcmark. The only file that touches C.
///
/// Safe mode is always on: raw HTML is replaced by a comment and `javascript:`, `vbscript:`,
/// `file:` and most `data:` URLs are dropped, so an article can never inject markup. Smart
/// punctuation turns straight quotes and `--` into typographic ones. Every C allocation is
/// freed before the function returns; callers only ever see Swift values.
public enum CMark {
    /// The version of the linked libcmark, for `archive --version` and build hashes.
    public static var version: String { String(cString: cmark_version_string()) }

    /// Something a name in the text should link to: an actor's or a place's page.
    public struct LinkTarget: Sendable, Hashable {
        /// The exact spellings the article uses for it ("Maaret al Numan").
        public var spellings: [String]
        /// Where the link leads, relative to the page the HTML is shown on.
        public var url: String
        /// Tooltip of the link ("Maarat al-Numan, place"); none when `nil`.
        public var title: String?

        /// - Parameters:
        ///   - spellings: The spellings to look for, as they appear in the plain text.
        ///   - url: The link's target; must be a relative or http(s) URL.
        ///   - title: The link's tooltip.
        public init(spellings: [String], url: String, title: String? = nil) {
            self.spellings = spellings
            self.url = url
            self.title = title
        }
    }

    static let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    /// Renders a CommonMark document to an HTML fragment.
    /// - Parameter markdown: Untrusted Markdown.
    /// - Returns: HTML with every raw HTML block and dangerous link removed.
    public static func html(from markdown: String) -> String {
        html(from: markdown, linking: [])
    }

    /// Renders a CommonMark document to an HTML fragment, turning the first mention of each
    /// target into a link to it.
    ///
    /// The links are added to the parsed document tree, not to the HTML: a text node is split
    /// around the name and a link node put in between. Text inside an existing link, an image
    /// or a heading is left alone, and so is code. A name matches only as whole words; when
    /// several spellings start at the same place the longest wins, and a later mention of an
    /// entity that is already linked hides the shorter names inside it ("Idlib province" does
    /// not link "Idlib" once the province is linked).
    /// - Parameters:
    ///   - markdown: Untrusted Markdown.
    ///   - targets: What to link. A target is linked at most once, at its first mention.
    /// - Returns: HTML with every raw HTML block and dangerous link removed.
    public static func html(from markdown: String, linking targets: [LinkTarget]) -> String {
        let bytes = Array(markdown.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, options) }
            } ?? cmark_parse_document("", 0, options)
        }) else { return "" }
        defer { cmark_node_free(document) }
        if !targets.isEmpty {
            cmark_consolidate_text_nodes(document)
            link(targets, in: document)
        }
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    // MARK: - Linking on the tree

    /// Links the first mention of each target: finds every first mention in a text node, then
    /// splits the node once (text, link, text, link, …), so the cost stays linear in the text
    /// however many names it holds.
    private static func link(_ targets: [LinkTarget], in document: OpaquePointer) {
        let matcher = MentionMatcher(spellings: targets.map(\.spellings))
        var linked = Set<Int>()
        for node in linkableTextNodes(in: document) {
            guard linked.count < targets.count else { return }
            let characters = Array(literal(of: node).unicodeScalars)
            let folded = characters.map(MentionMatcher.fold)
            var matches: [MentionMatcher.Match] = []
            var searchFrom = 0
            while linked.count < targets.count, let match = matcher.firstMatch(in: folded, from: searchFrom) {
                searchFrom = match.range.upperBound
                if linked.insert(match.target).inserted { matches.append(match) }
            }
            guard let first = matches.first else { continue }
            cmark_node_set_literal(node, string(characters[..<first.range.lowerBound]))
            var current = node
            for (k, match) in matches.enumerated() {
                let target = targets[match.target]
                guard let anchor = cmark_node_new(CMARK_NODE_LINK), let label = cmark_node_new(CMARK_NODE_TEXT),
                      let rest = cmark_node_new(CMARK_NODE_TEXT) else { return }
                cmark_node_set_url(anchor, target.url)
                cmark_node_set_title(anchor, target.title ?? "")
                cmark_node_set_literal(label, string(characters[match.range]))
                cmark_node_append_child(anchor, label)
                let restEnd = k + 1 < matches.count ? matches[k + 1].range.lowerBound : characters.count
                cmark_node_set_literal(rest, string(characters[match.range.upperBound..<restEnd]))
                cmark_node_insert_after(current, anchor)
                cmark_node_insert_after(anchor, rest)
                current = rest
            }
        }
    }

    /// Text nodes in document order that are not inside a link, an image or a heading.
    private static func linkableTextNodes(in document: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [OpaquePointer] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_TEXT, !isInsideUnlinkable(node) {
                nodes.append(node)
            }
            event = cmark_iter_next(iterator)
        }
        return nodes
    }

    private static func isInsideUnlinkable(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let p = parent {
            let type = cmark_node_get_type(p)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_HEADING { return true }
            parent = cmark_node_parent(p)
        }
        return false
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
