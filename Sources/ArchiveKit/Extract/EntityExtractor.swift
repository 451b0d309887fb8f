/// Finds the actors and places an article names, and ranks them by how central they are.
///
/// One pass over each sentence's words with `EntityIndex` (gazetteer aliases, folded spellings,
/// longest match first), then context rules (`EntityExtractor+Context.swift`) for names that are
/// both a place and an actor, cities named for their province, homonyms and cue-only names, and
/// finally `EntitySalience` for the order. Datelines, reporting credits and photo credits are not
/// the story and are skipped (`EntityExtractor+Cleaning.swift`). Time is linear in the text.
public struct EntityExtractor: Sendable {
    let index: EntityIndex
    /// Provincial capitals and the governorate their name stands for in "countryside of Hama",
    /// "Hama's countryside", "northern Hama" (Hama → Hama Governorate, Damascus → Rif Dimashq Governorate).
    let provinceOfCity: [String: String]

    public init(index: EntityIndex) {
        self.index = index
        self.provinceOfCity = EntityExtractor.provinces(in: index)
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

    /// One name found in the text, before homonyms are settled and mentions are counted.
    struct Found {
        var candidates: [EntityID]
        var spelling: String
        /// Lowercase letters of the words other than articles, to compare with canonical names.
        var written: String
        var part: Part
        var sentence: String
        /// Where the spelling is in `sentence`.
        var range: Range<String.Index>
        /// Where in the article it starts, 0 (first word) to 1 (last).
        var position: Double
    }

    /// The actors and places named in `segments`, each most salient first.
    public func extract(_ segments: [Segment]) -> (actors: [EntityMention], places: [EntityMention]) {
        let story = EntityExtractor.storyText(segments, index: index)
        let totalLength = max(1, story.reduce(0) { $0 + $1.text.utf8.count })
        var offset = 0
        var found: [Found] = []
        for segment in story {
            let words = WordTokenizer.words(segment.text)
            let matches = index.matches(in: words)
            var previous: (match: EntityIndex.Match, id: EntityID)?
            for (i, match) in matches.enumerated() where !match.candidates.isEmpty {
                let context = Context(words: words, text: segment.text, matches: matches, position: i, previous: previous)
                guard let candidates = choose(match, context) else { continue }
                let range = words[match.start].range.lowerBound..<words[match.end - 1].range.upperBound
                let spelling = String(segment.text[range])
                let start = offset + segment.text.utf8.distance(from: segment.text.startIndex, to: words[match.start].range.lowerBound)
                let written = words[match.start..<match.end].filter { !$0.isArticle }.map { EntityIndex.letters(segment.text[$0.range]) }.joined()
                found.append(Found(candidates: candidates, spelling: spelling, written: written, part: segment.part, sentence: segment.text,
                                   range: range, position: Double(start) / Double(totalLength)))
                previous = (match, candidates[0])
            }
            offset += segment.text.utf8.count
        }
        let mentions = settleHomonyms(found)
        return EntitySalience(gazetteer: index.gazetteer).rank(mentions)
    }

    /// The entities a match stands for in its context, or `nil` when it names nothing here.
    func choose(_ match: EntityIndex.Match, _ context: Context) -> [EntityID]? {
        if context.isCompoundWithBased(match) { return nil }
        if context.isDescriptiveAdjective(match, index: index) { return nil }
        var all = match.candidates
        // One-word names of people must be spelled as listed ("Saleh" is not "Soylu").
        let written = context.words[match.start..<match.end].filter { !$0.isArticle }.map { EntityIndex.letters(context.text[$0.range]) }.joined()
        all.removeAll { match.exactOnly.contains($0) && index.exactSpellings[$0]?.contains(written) != true }
        guard !all.isEmpty else { return nil }
        // A folded name shared by unrelated entries (Kabani, Kobani; al-Mayadin, Al Mayadeen) goes to those spelled as written.
        let exact = all.filter { index.exactSpellings[$0]?.contains(written) == true }
        // A name marked `~` must be spelled as listed, not just fold like it ("Syrian" folds like "Souran"), and have a place cue.
        if match.needsCue && (exact.isEmpty || !context.hasPlaceCue(match, previousIsPlace: context.previous?.id.category == .place)) { return nil }
        if !exact.isEmpty, exact.count < all.count, !isStateAndTerritory(all) { all = exact }
        let category = resolveCategory(all, context: context, match: match)
        var candidates = all.filter { $0.category == category }
        if category == .place {
            if let province = governorate(for: candidates, context: context, match: match) { return [province] }
        } else {
            candidates = Array(candidates.prefix(1))
        }
        return candidates.isEmpty ? nil : candidates
    }

    /// `true` when the candidates are one place and the actor it stands for (Turkey and Turkey, Moscow and Russia).
    func isStateAndTerritory(_ candidates: [EntityID]) -> Bool {
        candidates.contains { id in
            id.category == .place && candidates.contains { $0.category == .actor && index.gazetteer.place(named: id.name)?.actor == $0.name }
        }
    }

    /// One entity per name: a name shared by several places goes to the one whose surroundings the article names
    /// (Sinjar near Idlib or in Iraq), else to the one whose canonical name it is, else to the first in the gazetteer.
    func settleHomonyms(_ found: [Found]) -> [(id: EntityID, found: Found)] {
        let certain = Set(found.filter { $0.candidates.count == 1 }.map { $0.candidates[0].name })
        return found.map { item in
            guard item.candidates.count > 1 else { return (item.candidates[0], item) }
            let best = item.candidates.max { a, b in
                contextScore(a, certain) < contextScore(b, certain)
            } ?? item.candidates[0]
            let tied = item.candidates.filter { contextScore($0, certain) == contextScore(best, certain) }
            let named = tied.first { id in
                WordTokenizer.words(id.name).filter { !$0.isArticle }.map { EntityIndex.letters(id.name[$0.range]) }.joined() == item.written
            }
            return (named ?? tied.first ?? best, item)
        }
    }

    private func contextScore(_ id: EntityID, _ named: Set<String>) -> Int {
        index.gazetteer.ancestry(of: id.name).dropLast().filter { $0.kind != .country && named.contains($0.name) }.count
    }
}
