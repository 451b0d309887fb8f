/// Normalises outlet names to one display name each ("REUTERS", "Reuters" → "Reuters"),
/// using the gazetteer's media actors and their aliases.
public struct SourceNames: Sendable {
    private var byKey: [String: String] = [:]

    /// Builds the table from every media actor of `gazetteer`.
    public init(gazetteer: Gazetteer) {
        for actor in gazetteer.actors where actor.kind == .media || actor.kind == .ngoMonitor {
            for alias in [actor.name] + actor.aliases {
                let key = SourceNames.key(alias)
                if byKey[key] == nil { byKey[key] = actor.name }
            }
        }
    }

    static func key(_ name: String) -> String {
        WordTokenizer.words(name).filter { !$0.isArticle && $0.key != "the" }.map(\.key).joined(separator: " ")
    }

    /// The display name of a known outlet, or `nil`.
    public func known(_ name: String) -> String? {
        byKey[SourceNames.key(name)]
    }

    /// The display name of `name`: the known outlet's, or the text itself tidied
    /// (trimmed, trailing punctuation removed, all-capitals turned into title case).
    public func normalise(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,;:-–—|()")))
        guard !trimmed.isEmpty else { return nil }
        if let known = known(trimmed) { return known }
        if trimmed.count > 4, trimmed == trimmed.uppercased() {
            return trimmed.capitalized
        }
        return trimmed
    }
}

import Foundation
