import Foundation

/// Normalises outlet names to one display name each ("REUTERS", "Reuters" → "Reuters"),
/// using the gazetteer's media actors and their aliases.
///
/// It also knows the rest of the gazetteer well enough for ingest to tell a reporter's name from
/// a name in the news (`isKnownEntity`) and to keep acronyms when an all-capitals headline is put
/// in title case (`acronyms`).
public struct SourceNames: Sendable {
    private var byKey: [String: String] = [:]
    private var entityKeys: Set<String> = []
    /// All-capitals words of two to six letters used as gazetteer names or aliases ("UN", "SDF", "YPG"),
    /// minus the ones that are also everyday English words ("WHO").
    public private(set) var acronyms: Set<String> = []

    static let acronymsThatAreWords: Set<String> = ["WHO", "IS", "AS", "IN", "ON", "AT", "OR", "IT", "AN", "AM", "BE", "DO", "NO", "SO", "TO", "UP", "WE", "ME", "MY", "HE", "IF", "OF", "BY", "GO", "ALL", "AND", "ARE", "CAN", "NOW", "OUT", "WAR"]

    /// Builds the table from every media and monitor actor of `gazetteer`.
    public init(gazetteer: Gazetteer) {
        for actor in gazetteer.actors {
            let names = [actor.name] + actor.aliases
            if actor.kind == .media || actor.kind == .ngoMonitor {
                for alias in names {
                    let key = SourceNames.key(alias)
                    if byKey[key] == nil { byKey[key] = actor.name }
                }
            }
            remember(names)
        }
        for place in gazetteer.places { remember([place.name] + place.aliases) }
    }

    private mutating func remember(_ names: [String]) {
        for name in names {
            entityKeys.insert(SourceNames.key(name))
            for word in name.split(whereSeparator: { !$0.isLetter }) where (2...6).contains(word.count) {
                let text = String(word)
                if text.allSatisfy(\.isUppercase), !SourceNames.acronymsThatAreWords.contains(text) { acronyms.insert(text) }
            }
        }
    }

    static func key(_ name: String) -> String {
        let words = WordTokenizer.words(name)
        KeyRecorder.record(words)   // every lookup goes through here: what it depends on, for `GazetteerChange`
        return words.filter { !$0.isArticle && $0.key != "the" }.map(\.key).joined(separator: " ")
    }

    /// The display name of a known outlet, or `nil`.
    public func known(_ name: String) -> String? {
        let key = SourceNames.key(name)
        return key.isEmpty ? nil : byKey[key]
    }

    /// `true` when `name` is any actor or place of the gazetteer (a person in the news, a town),
    /// so it cannot be a reporter's name standing alone on a line.
    public func isKnownEntity(_ name: String) -> Bool {
        let key = SourceNames.key(name)
        return !key.isEmpty && entityKeys.contains(key)
    }

    /// A known outlet named by the first one to five words of `text`, and what follows it:
    /// "RT World News" → (RT, "World News"), "Al-Monitor: Independent, trusted coverage…" → (Al-Monitor, …).
    public func leadingOutlet(in text: String) -> (name: String, rest: String)? {
        let words = text.split(separator: " ")
        for count in stride(from: min(5, words.count), through: 1, by: -1) {
            let candidate = words.prefix(count).joined(separator: " ").trimmingCharacters(in: .init(charactersIn: ":,.;"))
            if let name = known(candidate) {
                return (name, words.dropFirst(count).joined(separator: " "))
            }
        }
        return nil
    }

    /// The first known outlet in a list such as "Al Jazeera and news agencies" or "Reuters/AFP".
    public func firstKnown(inList text: String) -> String? {
        if let name = known(text) { return name }
        var pieces = [text]
        for separator in [" and ", " & ", ", ", "/", " with ", " via "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.lazy.compactMap { known($0.trimmingSpaces()) }.first
    }

    /// The display name of `name`: the known outlet's, or the text itself tidied
    /// (trimmed, trailing punctuation removed, all-capitals turned into title case).
    public func normalise(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,;:-–—|()")))
        guard !trimmed.isEmpty else { return nil }
        if let known = firstKnown(inList: trimmed) { return known }
        if trimmed.count > 4, trimmed == trimmed.uppercased() {
            return trimmed.capitalized
        }
        return trimmed
    }
}
