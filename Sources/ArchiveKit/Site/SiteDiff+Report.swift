extension SiteDiff {
    /// Output formats of `archive diff`.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text for a terminal.
        case text
        /// Markdown to paste into a pull request.
        case markdown
    }

    /// "3 pages changed, 1 added, 0 removed (articles 2, actors 1, places 1)".
    public var summary: String {
        guard !isEmpty else { return "no changes: the site is identical" }
        let count = { (c: Change) in pages.filter { $0.change == c }.count }
        var kinds: [String: Int] = [:]
        for page in pages { kinds[page.kind, default: 0] += 1 }
        let breakdown = kinds.keys.sorted().map { "\($0) \(kinds[$0]!)" }.joined(separator: ", ")
        return "\(count(.changed)) changed, \(count(.added)) added, \(count(.removed)) removed (\(breakdown))"
    }

    /// The whole report in `format`.
    public func report(_ format: Format) -> String {
        let md = format == .markdown
        var lines: [String] = []
        func heading(_ text: String) { lines.append(md ? "\n### \(text)\n" : "\n\(text):") }
        func item(_ text: String, indent: Int = 0) { lines.append(String(repeating: "  ", count: indent) + (md ? "- " : "  ") + text) }
        lines.append(md ? "**Site changes:** \(summary)" : summary)
        guard !isEmpty else { return lines.joined(separator: "\n") + "\n" }
        if !articles.isEmpty {
            heading("Articles")
            for delta in articles {
                let title = md ? "*\(delta.title)*" : delta.title
                item("\(delta.change.rawValue): \(title) (\(delta.file))")
                for detail in delta.details { item(detail, indent: 1) }
            }
        }
        if !entities.isEmpty {
            heading("Actors and places")
            for delta in entities {
                var parts: [String] = []
                if !delta.gained.isEmpty { parts.append("gains " + delta.gained.map { md ? "*\($0)*" : "“\($0)”" }.joined(separator: ", ")) }
                if !delta.lost.isEmpty { parts.append("loses " + delta.lost.map { md ? "*\($0)*" : "“\($0)”" }.joined(separator: ", ")) }
                item("\(delta.category) \(md ? "**\(delta.name)**" : delta.name): \(parts.joined(separator: "; "))")
            }
        }
        for kind in ["articles", "actors", "places", "sources", "timeline", "data", "other"] {
            let group = pages.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            heading("Pages: \(kind) (\(group.count))")
            for page in group { item("\(page.change.rawValue) \(md ? "`\(page.path)`" : page.path)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
