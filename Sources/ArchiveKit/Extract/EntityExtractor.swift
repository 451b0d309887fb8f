/// Finds the actors and places an article names, and ranks them by how central they are.
///
/// Names are matched through `EntityIndex` (gazetteer aliases, folded spellings, longest match
/// first). When a name is both a place and an actor (a country, or a capital standing for its
/// state), the words around it decide; see `resolve(_:words:at:)`.
public struct EntityExtractor: Sendable {
    let index: EntityIndex

    public init(index: EntityIndex) {
        self.index = index
    }

    /// Where a piece of text sits in the article; it weighs in salience.
    public enum Part: Sendable, Equatable {
        case title
        case lead
        case body
        case caption
    }

    /// A piece of plain text to search, usually one sentence.
    public struct Segment: Sendable {
        public var text: String
        public var part: Part

        public init(_ text: String, part: Part) {
            self.text = text
            self.part = part
        }
    }

    /// The actors and places named in `segments`, each most salient first.
    public func extract(_ segments: [Segment]) -> (actors: [EntityMention], places: [EntityMention]) {
        var found: [EntityID: Accumulator] = [:]
        var order = 0
        let totalWords = max(1, segments.reduce(0) { $0 + $1.text.utf8.count / 6 })
        var position = 0
        for segment in segments {
            let words = WordTokenizer.words(segment.text)
            for match in index.matches(in: words) {
                let id = resolve(match.candidates, words: words, at: match, in: segment.text)
                let spelling = String(segment.text[words[match.start].range.lowerBound..<words[match.end - 1].range.upperBound])
                let offset = position + segment.text.utf8.distance(from: segment.text.startIndex, to: words[match.start].range.lowerBound) / 6
                found[id, default: Accumulator(order: order, firstSentence: segment.text, firstPosition: Double(offset) / Double(totalWords))]
                    .add(spelling: spelling, part: segment.part)
                order += 1
            }
            position += segment.text.utf8.count / 6
        }
        var actors: [EntityMention] = []
        var places: [EntityMention] = []
        for (id, acc) in found {
            let specificity = id.category == .place ? (index.gazetteer.place(named: id.name)?.kind.specificity ?? 0) : 0
            let mention = EntityMention(entity: id, count: acc.count, spellings: acc.spellings, firstSentence: acc.firstSentence,
                                        salience: acc.salience(specificity: specificity))
            if id.category == .actor { actors.append(mention) } else { places.append(mention) }
        }
        let bySalience: (EntityMention, EntityMention) -> Bool = {
            $0.salience != $1.salience ? $0.salience > $1.salience : $0.entity.name < $1.entity.name
        }
        return (actors.sorted(by: bySalience), places.sorted(by: bySalience))
    }

    // MARK: - Place or actor?

    static let locationWords: Set<String> = [
        "in", "into", "inside", "to", "toward", "towards", "across", "near", "outside", "through", "throughout",
        "within", "around", "at", "via", "reached", "reach", "entered", "enter", "crossed", "visit", "visited", "fled", "along", "over",
    ]
    static let agentWords: Set<String> = [
        "said", "says", "say", "has", "have", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must", "should",
        "did", "does", "do", "threw", "gave", "took", "made", "told", "sent", "began", "won", "led", "struck", "hit", "kept",
        "met", "brought", "sought", "got", "put", "held", "fought", "wants", "wanted", "seeks", "claims", "claimed", "denies",
        "denied", "insists", "insisted", "accused", "accuses", "warned", "warns", "backs", "backed", "supports", "supported",
        "launched", "launches", "announced", "announces", "rejected", "rejects", "agreed", "agrees", "refused", "refuses",
        "also", "then", "later", "recently", "already", "reportedly", "quickly", "never", "still",
    ]

    /// Picks one entity when a name is both a place and an actor.
    ///
    /// After a word of location ("in Turkey", "fled to Turkey") it is the place; before a verb or
    /// auxiliary ("Moscow has allowed", "Turkey backs") it is the actor. Otherwise a country
    /// whose actor has its own name (Turkey → Turkey) is the actor, and a place standing for a
    /// differently named actor (Moscow → Russia, Syria → Syrian government) is the place.
    func resolve(_ candidates: [EntityID], words: [Word], at match: EntityIndex.Match, in text: String) -> EntityID {
        guard candidates.count > 1,
              let place = candidates.first(where: { $0.category == .place }),
              let actor = candidates.first(where: { $0.category == .actor }) else { return candidates[0] }
        func lower(_ i: Int) -> String { text[words[i].range].lowercased() }
        var before = match.start - 1
        while before >= 0, words[before].isArticle || lower(before) == "the" { before -= 1 }
        if before >= 0, EntityExtractor.locationWords.contains(lower(before)) { return place }
        // Skip "and Ankara" / "and Turkey" to reach the verb of a compound subject.
        var after = match.end
        while after + 1 < words.count, lower(after) == "and", words[after + 1].shape != .lower {
            after += 2
            while after < words.count, words[after].shape != .lower { after += 1 }
        }
        if after < words.count {
            let next = lower(after)
            if words[after].shape == .lower && (EntityExtractor.agentWords.contains(next) || isPastTense(next)) { return actor }
        }
        return actor.name == place.name ? actor : place
    }

    private func isPastTense(_ key: String) -> Bool {
        key.count > 4 && key.hasSuffix("ed")
    }

    // MARK: - Accumulating mentions

    struct Accumulator {
        var order: Int
        var firstSentence: String
        var firstPosition: Double
        var count = 0
        var spellings: [String] = []
        var inTitle = false
        var inLead = false
        var inBody = false

        mutating func add(spelling: String, part: Part) {
            count += 1
            if !spellings.contains(spelling) { spellings.append(spelling) }
            switch part {
            case .title: inTitle = true
            case .lead: inLead = true; inBody = true
            case .body: inBody = true
            case .caption: break
            }
        }

        /// Title and lead weigh most, then how often it is named, how specific a place it is and how early it comes.
        func salience(specificity: Int) -> Double {
            var score = Double(count)
            if inTitle { score += 4 }
            if inLead { score += 2 }
            if !inBody && !inTitle { score -= 0.5 }
            score += 0.75 * Double(specificity)
            score += 1 - min(1, firstPosition)
            return (score * 1000).rounded() / 1000
        }
    }
}
