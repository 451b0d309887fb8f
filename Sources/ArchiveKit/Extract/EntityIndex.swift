/// Every alias of a gazetteer folded into a word trie, for one linear pass over a text.
///
/// Built once per build from the gazetteer; matching a text costs one trie step per word,
/// however many aliases there are.
public struct EntityIndex: Sendable {
    /// One alias ending at a trie node.
    struct Terminal: Sendable {
        /// Required letter case of each alias word, in order.
        var shapes: [CaseRule]
        /// The entities the alias names; two when a country or capital is both a place and an actor, none for a
        /// phrase that only hides a name ("Euphrates Shield" is an operation, not the river).
        var candidates: [EntityID]
        /// `true` for an alias marked `~` in the gazetteer: a name that is also a common word or given name
        /// ("Rami"), which counts only where the words around it say it is a place (see `EntityExtractor`).
        var needsCue: Bool
        /// `true` for a one-word name of a person ("Soylu"): it counts only when spelled as listed, since
        /// folding would make surnames collide ("Saleh" folds like "Soylu").
        var needsExactSpelling = false
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
    /// Every spelling of each entity, reduced to the lowercase letters of its words other than articles ("maaretnuman"): when one folded
    /// name belongs to two places (Kabani, Kobani), the one spelled exactly as written wins.
    private(set) var exactSpellings: [EntityID: Set<String>] = [:]

    /// Phrases that contain a name but name something else: military operations named after places.
    static let hidingPhrases = ["Euphrates Shield", "Operation Euphrates Shield", "Euphrates Shield area", "Euphrates Shield areas",
                                "Olive Branch", "Peace Spring", "Spring Shield", "Euphrates Volcano", "Idlib Dawn", "Damascus Steel"]

    /// Builds the index of every canonical name and alias in `gazetteer`.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        for place in gazetteer.places {
            let ids = [EntityID(.place, place.name)]
            var both = ids
            if let actor = place.actor, gazetteer.actor(named: actor) != nil { both.append(EntityID(.actor, actor)) }
            for (alias, needsCue) in EntityIndex.spellings(place.name, place.aliases) {
                // Only the name itself and one-word aliases can stand for the actor: "Turkish border" is always the place.
                let standsForActor = alias == place.name || WordTokenizer.words(alias).filter { !$0.isArticle }.count == 1
                insert(alias, standsForActor ? both : ids, needsCue: needsCue)
            }
        }
        for actor in gazetteer.actors {
            for (alias, needsCue) in EntityIndex.spellings(actor.name, actor.aliases) {
                let oneWord = WordTokenizer.words(alias).filter { !$0.isArticle }.count == 1
                insert(alias, [EntityID(.actor, actor.name)], needsCue: needsCue, needsExactSpelling: actor.kind == .person && oneWord)
            }
        }
        for phrase in EntityIndex.hidingPhrases { insert(phrase, [], needsCue: false) }
    }

    /// The name and aliases of an entry, each with whether it needs a cue; a `~` marks one that does, and
    /// `~Name` among the aliases marks the canonical name itself.
    static func spellings(_ name: String, _ aliases: [String]) -> [(String, Bool)] {
        let marked = Set(aliases.filter { $0.hasPrefix("~") }.map { String($0.dropFirst()) })
        let plain = withoutTitledVariants([name] + aliases.filter { !$0.hasPrefix("~") })
        return plain.map { ($0, marked.contains($0)) } + marked.filter { $0 != name }.sorted().map { ($0, true) }
    }

    /// The lowercase letters of a word or spelling, diacritics and apostrophes dropped: what `exactSpellings` holds.
    static func letters(_ text: Substring) -> String {
        // ASCII (most names as written): every word and apostrophe character is one byte, apostrophes
        // are dropped like the separators, so the result is the letters and digits, lowercased.
        let utf8 = text.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return lettersWordByWord(text) }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: buffer[count] = byte; count += 1
                case 0x41...0x5A: buffer[count] = byte + 32; count += 1
                default: continue
                }
            }
            return count
        }
    }

    /// `letters(_:)` by its definition: each word's base letters (`NameFolding.baseLetters`), in order.
    static func lettersWordByWord(_ text: Substring) -> String {
        var result = ""
        for word in text.split(whereSeparator: { !WordTokenizer.isWordScalar($0.unicodeScalars.first!) && !WordTokenizer.isApostrophe($0.unicodeScalars.first!) }) {
            result.unicodeScalars.append(contentsOf: NameFolding.baseLetters(word))
        }
        return result
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
    private mutating func insert(_ alias: String, _ ids: [EntityID], needsCue: Bool, needsExactSpelling: Bool = false) {
        let words = WordTokenizer.words(alias)
        let content = words.filter { !$0.isArticle }
        for id in ids { exactSpellings[id, default: []].insert(content.map { EntityIndex.letters(alias[$0.range]) }.joined()) }
        if content.count < words.count {
            insert(words: words, ids, needsCue: needsCue, needsExactSpelling: needsExactSpelling)
            if content.count == 1 && content[0].key.count <= 3 { return }
        }
        insert(words: content, ids, needsCue: needsCue, needsExactSpelling: needsExactSpelling)
    }

    private mutating func insert(words: [Word], _ ids: [EntityID], needsCue: Bool, needsExactSpelling: Bool) {
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
        // Articles take any case ("al-Bab", "Al-Bab"); the first other word sets the case of the name.
        let firstContent = words.firstIndex { !$0.isArticle } ?? 0
        let shapes = words.enumerated().map { position, word -> CaseRule in
            if word.isArticle { return .any }
            switch word.shape {
            // British style writes long acronyms as words ("Isis", "Nato"), with the same letters.
            case .allCaps: return word.lowercased.count > 3 ? .acronym(word.lowercased) : .allCaps
            case .capitalised: return position == firstContent ? .capitalised : .any
            case .lower: return .any
            }
        }
        if let i = nodes[node].terminals.firstIndex(where: { $0.shapes == shapes && $0.needsCue == needsCue && $0.needsExactSpelling == needsExactSpelling }) {
            for id in ids where !nodes[node].terminals[i].candidates.contains(id) { nodes[node].terminals[i].candidates.append(id) }
        } else {
            nodes[node].terminals.append(Terminal(shapes: shapes, candidates: ids, needsCue: needsCue, needsExactSpelling: needsExactSpelling))
        }
    }

    /// A match of one alias in a list of words.
    struct Match {
        /// Index of the first and one past the last word covered.
        var start: Int
        var end: Int
        var candidates: [EntityID]
        /// `true` when every alias that matched is marked `~`.
        var needsCue = false
        /// Candidates that count only when the text spells one of their listed spellings.
        var exactOnly: Set<EntityID> = []
    }

    /// Longest matches, left to right, never overlapping.
    ///
    /// An alias that starts with "the" ("the UN") gives way to a longer one that starts after it ("UN refugee agency").
    func matches(in words: [Word]) -> [Match] {
        KeyRecorder.record(words)   // what the match depends on, for `GazetteerChange`
        var result: [Match] = []
        var i = 0
        while i < words.count {
            if var match = longestMatch(in: words, from: i) {
                // "the UN refugee agency", "al-Jazira region": a longer name may start after "the" or an article;
                // one that ends at the same word is another reading of the same name ("al-Mayadin", "Al Mayadeen").
                if words[i].lowercased == "the" || words[i].isArticle, let inner = longestMatch(in: words, from: i + 1), inner.end >= match.end {
                    if inner.end > match.end {
                        match = inner
                    } else {
                        for id in inner.candidates where !match.candidates.contains(id) {
                            match.candidates.append(id)
                            if inner.exactOnly.contains(id) { match.exactOnly.insert(id) }
                        }
                        match.needsCue = match.needsCue && inner.needsCue
                    }
                }
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
                let fitting = nodes[node].terminals.filter { satisfies($0.shapes, matched.map { words[$0] }) }
                let plain = fitting.filter { !$0.needsCue }
                let chosen = plain.isEmpty ? fitting : plain
                if !chosen.isEmpty {
                    var match = Match(start: start, end: j, candidates: [], needsCue: plain.isEmpty)
                    for terminal in chosen {
                        for id in terminal.candidates where !match.candidates.contains(id) {
                            match.candidates.append(id)
                            if terminal.needsExactSpelling { match.exactOnly.insert(id) }
                        }
                    }
                    // A candidate also reachable through a spelling that folds freely is not exact-only.
                    for terminal in chosen where !terminal.needsExactSpelling { match.exactOnly.subtract(terminal.candidates) }
                    best = match
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
