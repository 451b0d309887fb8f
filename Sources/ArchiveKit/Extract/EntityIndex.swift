/// Every alias of a gazetteer folded into a word trie, for one linear pass over a text.
///
/// Built once per build from the gazetteer; matching a text costs one trie step per word,
/// however many aliases there are.
public struct EntityIndex: Sendable {
    /// One alias ending at a trie node.
    struct Terminal: Sendable {
        /// Required letter case of each alias word, in order.
        var shapes: [Word.Shape]
        /// The entities the alias names; two when a country or capital is both a place and an actor.
        var candidates: [EntityID]
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
            var ids = [EntityID(.place, place.name)]
            if let actor = place.actor, gazetteer.actor(named: actor) != nil { ids.append(EntityID(.actor, actor)) }
            for alias in [place.name] + place.aliases { insert(alias, ids) }
        }
        for actor in gazetteer.actors {
            for alias in [actor.name] + actor.aliases { insert(alias, [EntityID(.actor, actor.name)]) }
        }
    }

    private mutating func insert(_ alias: String, _ ids: [EntityID]) {
        var words = WordTokenizer.words(alias)
        let content = words.filter { !$0.isArticle }
        // "Al-Bab" keeps its article: "Bab" alone is too short to name anything safely.
        if !(content.count == 1 && content[0].key.count <= 3) { words = content }
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
        let shapes = words.map { word -> Word.Shape in
            // British style writes long acronyms as words ("Isis", "Nato"): require capitals only for short ones.
            if word.shape == .allCaps && word.key.count > 3 { return .capitalised }
            return word.shape
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
                for terminal in nodes[node].terminals where satisfies(terminal.shapes, matched.map { words[$0].shape }) {
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

    private func satisfies(_ required: [Word.Shape], _ actual: [Word.Shape]) -> Bool {
        guard required.count == actual.count else { return false }
        for (r, a) in zip(required, actual) {
            switch r {
            case .lower: continue
            case .capitalised: if a == .lower { return false }
            case .allCaps: if a != .allCaps { return false }
            }
        }
        return true
    }
}
