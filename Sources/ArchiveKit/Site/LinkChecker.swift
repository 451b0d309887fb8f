/// Finds internal links of a generated site that lead nowhere: a missing file or a missing `#anchor`.
///
/// Works on the files in memory, before anything is written, so a broken template is caught
/// before it reaches the output folder.
public enum LinkChecker {
    /// One link that leads nowhere.
    public struct BrokenLink: Sendable, Hashable, CustomStringConvertible {
        public var page: String
        public var target: String
        public var description: String { "\(page): broken link to \(target)" }
    }

    /// Every broken internal `href`/`src` in the HTML files of `files`.
    public static func brokenLinks(in files: [OutputFile]) -> [BrokenLink] {
        var paths = Set(files.map(\.path))
        for path in paths where path.hasSuffix("/index.html") { paths.insert(String(path.dropLast("index.html".count))) }
        var anchors: [String: Set<String>] = [:]
        let pages = files.filter { $0.path.hasSuffix(".html") }
        for page in pages { anchors[page.path] = Set(attributeValues("id", in: String(decoding: page.bytes, as: UTF8.self))) }
        var broken: [BrokenLink] = []
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            let folder = page.path.split(separator: "/").dropLast().map(String.init)
            for target in attributeValues("href", in: html) + attributeValues("src", in: html) {
                guard isInternal(target) else { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0])
                let anchor = parts.count > 1 ? String(parts[1]) : nil
                let resolved = file.isEmpty ? page.path : resolve(file, from: folder)
                guard let resolved, paths.contains(resolved) else {
                    broken.append(BrokenLink(page: page.path, target: target)); continue
                }
                if let anchor, !anchor.isEmpty, let known = anchors[resolved], !known.contains(anchor) {
                    broken.append(BrokenLink(page: page.path, target: target))
                }
            }
        }
        return broken
    }

    static func isInternal(_ target: String) -> Bool {
        let lower = target.lowercased()
        return !(lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("//") || lower.isEmpty)
    }

    /// `../../actors/x/index.html` seen from `articles/y/` → `actors/x/index.html`; `nil` if it climbs above the root.
    static func resolve(_ relative: String, from folder: [String]) -> String? {
        guard !relative.hasPrefix("/") else { return nil }
        var stack = folder
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": guard !stack.isEmpty else { return nil }; stack.removeLast()
            case ".", "": continue
            default: stack.append(String(part))
            }
        }
        return stack.joined(separator: "/") + (relative.hasSuffix("/") ? "/" : "")
    }

    /// Values of `name="…"` attributes, entity-decoded for `&amp;`.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let needle = " \(name)=\""
        var rest = html[...]
        while let start = rest.range(of: needle) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
        return values
    }
}

import Foundation
