/// Every alias of a gazetteer folded into a word trie, for one linear pass over a text.
///
/// Built once per build from the gazetteer; matching a text costs one trie step per word,
/// however many aliases there are.
public struct EntityIndex: Sendable {
    /// One alias ending at a trie node.
    struct Terminal: Sendable {
        /// Required letter case of each alias word, in order.
        var shapes: [CaseRule]
        /// The entities the alias names; two when a country or capital is both a place and an actor.
        var candidates: [EntityID]
    }

    /// What the letter case of a text word must be for an alias word to match it.
    enum CaseRule: Sendable, Hashable {
        /// Any case ("the regime", and the later words of "Hmeymim Air Base").
        case any
        /// Starts with a capital: the first word of a name ("Hama" never matches "hama").
        case capitalised
        /// All capitals: short acronyms ("UN", "US", "HTS").
        case allCaps
        /// All capitals, or written as a word with exactly these letters ("NATO" or "Nato", never "Sunni" for "SANA").
        case acronym(String)
    }

    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var terminals: [Terminal] = []
    }

    private(set) var nodes: [Node] = [Node()]
    /// Places whose name stands for an actor by default when both readings are possible
    /// (Turkey → Turkey); a capital (Moscow → Russia) defaults to the place.
    let gazetteer: Gazetteer

    /// Builds the index of every canonical name and alias in `gazetteer`.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        for place in gazetteer.places {
            let ids = [EntityID(.place, place.name)]
            var both = ids
            if let actor = place.actor, gazetteer.actor(named: actor) != nil { both.append(EntityID(.actor, actor)) }
            for alias in EntityIndex.withoutTitledVariants([place.name] + place.aliases) {
                // Only the name itself and one-word aliases can stand for the actor: "Turkish border" is always the place.
                let standsForActor = alias == place.name || WordTokenizer.words(alias).filter { !$0.isArticle }.count == 1
                insert(alias, standsForActor ? both : ids)
            }
        }
        for actor in gazetteer.actors {
            for alias in EntityIndex.withoutTitledVariants([actor.name] + actor.aliases) { insert(alias, [EntityID(.actor, actor.name)]) }
        }
    }

    static let titles: Set<String> = ["president", "so", "called", "general", "gen", "prime", "minister", "foreign", "secretary", "mr", "dr", "sheikh", "leader", "commander"]

    /// Drops aliases that are another alias of the same entity behind a title ("President Bashar al-Assad",
    /// "so-called Islamic State"): the bare name matches anyway, and the spelling recorded is then the name itself.
    static func withoutTitledVariants(_ aliases: [String]) -> [String] {
        let keys = Set(aliases.map { WordTokenizer.words($0).map(\.key).joined(separator: " ") })
        return aliases.filter { alias in
            var words = WordTokenizer.words(alias)
            while words.count > 1, titles.contains(words[0].lowercased) {
                words.removeFirst()
                if keys.contains(words.map(\.key).joined(separator: " ")) { return false }
            }
            return true
        }
    }

    /// Inserts an alias as written ("Al-Bab District") and, unless that would leave one short
    /// word ("Bab"), also without its articles ("Maaret Numan" for "Maarat al-Numan").
    private mutating func insert(_ alias: String, _ ids: [EntityID]) {
        let words = WordTokenizer.words(alias)
        let content = words.filter { !$0.isArticle }
        if content.count < words.count {
            insert(words: words, ids)
            if content.count == 1 && content[0].key.count <= 3 { return }
        }
        insert(words: content, ids)
    }

    private mutating func insert(words: [Word], _ ids: [EntityID]) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            if let next = nodes[node].children[word.key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[word.key] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        let shapes = words.enumerated().map { position, word -> CaseRule in
            switch word.shape {
            // British style writes long acronyms as words ("Isis", "Nato"), with the same letters.
            case .allCaps: return word.lowercased.count > 3 ? .acronym(word.lowercased) : .allCaps
            case .capitalised: return position == 0 ? .capitalised : .any
            case .lower: return .any
            }
        }
        if let i = nodes[node].terminals.firstIndex(where: { $0.shapes == shapes }) {
            for id in ids where !nodes[node].terminals[i].candidates.contains(id) { nodes[node].terminals[i].candidates.append(id) }
        } else {
            nodes[node].terminals.append(Terminal(shapes: shapes, candidates: ids))
        }
    }

    /// A match of one alias in a list of words.
    struct Match {
        /// Index of the first and one past the last word covered.
        var start: Int
        var end: Int
        var candidates: [EntityID]
    }

    /// Longest matches, left to right, never overlapping.
    func matches(in words: [Word]) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < words.count {
            if let match = longestMatch(in: words, from: i) {
                result.append(match)
                i = match.end
            } else {
                i += 1
            }
        }
        return result
    }

    private func longestMatch(in words: [Word], from start: Int) -> Match? {
        var node = 0
        var j = start
        var matched: [Int] = []
        var best: Match?
        while j < words.count {
            let word = words[j]
            if let next = nodes[node].children[word.key] {
                node = Int(next)
                matched.append(j)
                j += 1
                for terminal in nodes[node].terminals where satisfies(terminal.shapes, matched.map { words[$0] }) {
                    best = Match(start: start, end: j, candidates: terminal.candidates)
                    break
                }
            } else if word.isArticle && node != 0 {
                j += 1
            } else {
                break
            }
        }
        return best
    }

    private func satisfies(_ rules: [CaseRule], _ words: [Word]) -> Bool {
        guard rules.count == words.count else { return false }
        for (rule, word) in zip(rules, words) {
            switch rule {
            case .any: continue
            case .capitalised: if word.shape == .lower { return false }
            case .allCaps: if word.shape != .allCaps { return false }
            case .acronym(let letters): if word.shape != .allCaps && !(word.shape == .capitalised && word.lowercased == letters) { return false }
            }
        }
        return true
    }
}
