/// Finds names the gazetteer lacks, from the words reporters put around them.
///
/// Cues: "the town of X", "the villages of X, Y and Z", "X province", "X district", "X camp",
/// "General X Y", "spokesman X Y", "X Y, a spokesman for…", "the X Brigade". A cue only
/// proposes a name: every candidate is shown to a curator (`archive entities --unknown`) with
/// its count and a sentence it occurs in, and is added to `gazetteer.yaml` by hand.
public struct UnknownNameDetector: Sendable {
    let index: EntityIndex

    public init(index: EntityIndex) {
        self.index = index
    }

    /// One name the gazetteer does not know.
    public struct Candidate: Sendable, Equatable {
        /// The spelling seen most often.
        public var name: String
        public var category: EntityCategory
        /// The kind the cue suggests (`PlaceKind` or `ActorKind` raw value).
        public var kind: String
        /// How many times a cue pointed at it.
        public var count: Int
        /// The first sentence it was found in.
        public var context: String
        /// Files it was found in, sorted.
        public var files: [String]
        /// A known entity named in the same sentences that may be its parent (places) or affiliation (actors).
        public var relatedGuess: String?
        /// The cue word that found it ("village", "spokesman").
        public var cue: String
    }

    /// The candidates in `documents` (file name and its sentences), most frequent first, then by name.
    public func candidates(in documents: [(file: String, sentences: [String])]) -> [Candidate] {
        var found: [String: Candidate] = [:]
        var spellingCounts: [String: [String: Int]] = [:]
        for document in documents {
            for sentence in document.sentences {
                // A cue next to a known name points at that name ("Syrian Democratic Forces", "Roj camp").
                let words = WordTokenizer.words(sentence)
                let known = index.matches(in: words).filter { isReal($0, words: words, in: sentence) }
                    .map { words[$0.start].range.lowerBound..<words[$0.end - 1].range.upperBound }
                for hit in UnknownNameCues.hits(in: sentence) where !isKnown(hit.name) && !known.contains(where: { $0.overlaps(hit.range) }) {
                    let key = hit.category.rawValue + ":" + WordTokenizer.words(hit.name).filter { !$0.isArticle }.map(\.key).joined(separator: " ")
                    spellingCounts[key, default: [:]][hit.name, default: 0] += 1
                    if var existing = found[key] {
                        existing.count += 1
                        if !existing.files.contains(document.file) { existing.files.append(document.file) }
                        if existing.relatedGuess == nil { existing.relatedGuess = related(in: sentence, category: hit.category) }
                        found[key] = existing
                    } else {
                        found[key] = Candidate(name: hit.name, category: hit.category, kind: hit.kind, count: 1, context: sentence,
                                               files: [document.file], relatedGuess: related(in: sentence, category: hit.category), cue: hit.cue)
                    }
                }
            }
        }
        var result: [Candidate] = []
        for (key, var candidate) in found {
            let spellings = spellingCounts[key] ?? [:]
            candidate.name = spellings.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? candidate.name
            candidate.files.sort()
            result.append(candidate)
        }
        return result.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.name, $0.category) < ($1.name, $1.category) }
    }

    /// The candidates in assembled articles: their titles, body sentences and captions.
    public func candidates(in articles: [Article]) -> [Candidate] {
        candidates(in: articles.map { article in
            var sentences = article.metadata.titleDerived ? [] : [article.metadata.title]
            for paragraph in PlainText.paragraphs(ofMarkdown: article.body) { sentences += SentenceSplitter.sentences(paragraph) }
            if let caption = article.metadata.caption { sentences.append(caption) }
            return (article.file, sentences)
        })
    }

    /// `true` when a match names an entry: not a hiding phrase, and not a person's surname that only folds like the text.
    func isReal(_ match: EntityIndex.Match, words: [Word], in text: String) -> Bool {
        let written = words[match.start..<match.end].filter { !$0.isArticle }.map { EntityIndex.letters(text[$0.range]) }.joined()
        return match.candidates.contains { !match.exactOnly.contains($0) || index.exactSpellings[$0]?.contains(written) == true }
    }

    /// `true` when known names cover every word of the name other than articles ("Syria Idlib" from "Syria's Idlib").
    func isKnown(_ name: String) -> Bool {
        let words = WordTokenizer.words(name)
        var covered = Set<Int>()
        for match in index.matches(in: words) where isReal(match, words: words, in: name) { covered.formUnion(match.start..<match.end) }
        return words.indices.allSatisfy { words[$0].isArticle || covered.contains($0) }
    }

    /// The most specific known place (for places) or first known actor (for actors) of the sentence.
    func related(in sentence: String, category: EntityCategory) -> String? {
        let words = WordTokenizer.words(sentence)
        let ids = index.matches(in: words).flatMap(\.candidates).filter { $0.category == category }
        if category == .actor { return ids.first?.name }
        return ids.compactMap { index.gazetteer.place(named: $0.name) }
            .filter { $0.kind == .district || $0.kind == .governorate || $0.kind == .city || $0.kind == .region }
            .max { $0.kind.specificity < $1.kind.specificity }?.name
    }

    /// YAML a curator can paste into `gazetteer.yaml` and complete.
    public static func yamlStub(_ candidates: [Candidate]) -> String {
        var lines: [String] = []
        let places = candidates.filter { $0.category == .place }
        let actors = candidates.filter { $0.category == .actor }
        if !places.isEmpty {
            lines.append("places:")
            for place in places {
                lines.append("  - name: \(yamlScalar(place.name))")
                lines.append("    kind: \(place.kind)")
                lines.append("    parent: \(place.relatedGuess.map(yamlScalar) ?? "null")   # check: guessed from the sentence")
                lines.append("    lat: null   # fill in (WGS84)")
                lines.append("    lon: null")
                lines.append("    aliases: []")
            }
        }
        if !actors.isEmpty {
            lines.append("actors:")
            for actor in actors {
                lines.append("  - name: \(yamlScalar(actor.name))")
                lines.append("    kind: \(actor.kind)")
                lines.append("    aliases: []")
                lines.append("    affiliation: \(actor.relatedGuess.map(yamlScalar) ?? "null")   # check: guessed from the sentence")
                lines.append("    role: \(actor.category == .actor && actor.kind == "person" ? yamlScalar(actor.cue) : "null")")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func yamlScalar(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "." || ($0.value >= 0x30 && $0.value <= 0x39) }
        if plain, let first = text.unicodeScalars.first, first.properties.isAlphabetic { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
