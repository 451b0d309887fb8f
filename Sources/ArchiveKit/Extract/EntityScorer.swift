/// Scores extracted actors and places against human labels.
///
/// Pure: labels, predictions and the gazetteer in, numbers out. Precision, recall and F1 are
/// micro-averaged (true and false positives summed over all articles before dividing).
public enum EntityScorer {
    /// Hits, misses and false alarms of one category, summed over articles.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init() {}

        /// Share of extracted names that are labelled; 1 when nothing was extracted.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Share of labelled names that were extracted; 1 when nothing was labelled.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// How one article fared.
    public struct ArticleResult: Sendable, Equatable {
        public var file: String
        public var missingActors: [String]
        public var extraActors: [String]
        public var missingPlaces: [String]
        public var extraPlaces: [String]
        /// The labelled primary place and the extracted `places[0]` (nil when none was found).
        public var expectedPrimary: String
        public var extractedPrimary: String?
        /// `true` when `places[0]` lies in one of the labelled governorates (for a story outside Syria: in the labelled primary place's country).
        public var primaryInRightGovernorate: Bool
        /// Labelled governorates that no extracted place lies in.
        public var uncoveredGovernorates: [String]

        /// `true` when nothing is wrong with the article.
        public var isPerfect: Bool {
            missingActors.isEmpty && extraActors.isEmpty && missingPlaces.isEmpty && extraPlaces.isEmpty && primaryInRightGovernorate && uncoveredGovernorates.isEmpty
        }
    }

    /// The numbers for a whole set.
    public struct Score: Sendable, Equatable {
        public var actors = Counts()
        public var places = Counts()
        public var articles: [ArticleResult] = []
        /// Articles whose `places[0]` is in the right governorate, and how many were scored.
        public var primaryHits = 0
        public var primaryTotal = 0
        /// Articles with labelled governorates all covered by extracted places, and how many had any.
        public var governorateHits = 0
        public var governorateTotal = 0

        /// Share of articles whose first place is in the right governorate.
        public var primaryAccuracy: Double { ratio(primaryHits, primaryTotal) }
        /// Share of articles whose labelled governorates all contain an extracted place.
        public var governorateCoverage: Double { ratio(governorateHits, governorateTotal) }
        /// Actors and places together.
        public var overall: Counts {
            var all = Counts()
            all.truePositives = actors.truePositives + places.truePositives
            all.falsePositives = actors.falsePositives + places.falsePositives
            all.falseNegatives = actors.falseNegatives + places.falseNegatives
            return all
        }
    }

    /// Scores `predictions` (by file) against `labels`; an article without a prediction counts as finding nothing.
    public static func score(labels: [EntityLabel], predictions: [String: EntityPrediction], gazetteer: Gazetteer) -> Score {
        var score = Score()
        for label in labels {
            let predicted = predictions[label.file] ?? EntityPrediction(actors: [], places: [])
            let actorSets = compare(expected: label.actors, found: predicted.actors, into: &score.actors)
            let placeSets = compare(expected: label.places, found: predicted.places, into: &score.places)
            let first = predicted.places.first
            // In the right governorate: one the story happened in; for a story outside Syria, the labelled primary's country.
            let expectedRegions = label.governorates.isEmpty ? [region(of: label.primary, in: gazetteer)] : label.governorates
            let primaryOK = first.map { expectedRegions.contains(region(of: $0, in: gazetteer)) } ?? false
            score.primaryTotal += 1
            if primaryOK { score.primaryHits += 1 }
            let uncovered = label.governorates.filter { governorate in
                !predicted.places.contains { gazetteer.ancestry(of: $0).contains { $0.name == governorate } || $0 == governorate }
            }
            if !label.governorates.isEmpty {
                score.governorateTotal += 1
                if uncovered.isEmpty { score.governorateHits += 1 }
            }
            score.articles.append(ArticleResult(file: label.file, missingActors: actorSets.missing, extraActors: actorSets.extra,
                                                missingPlaces: placeSets.missing, extraPlaces: placeSets.extra, expectedPrimary: label.primary,
                                                extractedPrimary: first, primaryInRightGovernorate: primaryOK, uncoveredGovernorates: uncovered))
        }
        return score
    }

    /// The governorate a place lies in or is; outside Syria its country; a name the gazetteer lacks stands for itself.
    public static func region(of name: String, in gazetteer: Gazetteer) -> String {
        let chain = gazetteer.ancestry(of: name)
        if let governorate = chain.first(where: { $0.kind == .governorate }) { return governorate.name }
        return chain.first?.name ?? name
    }

    private static func compare(expected: [String], found: [String], into counts: inout Counts) -> (missing: [String], extra: [String]) {
        let expectedSet = Set(expected)
        let foundSet = Set(found)
        counts.truePositives += expectedSet.intersection(foundSet).count
        let missing = expectedSet.subtracting(foundSet).sorted()
        let extra = foundSet.subtracting(expectedSet).sorted()
        counts.falseNegatives += missing.count
        counts.falsePositives += extra.count
        return (missing, extra)
    }
}

private func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 1 : Double(part) / Double(whole)
}
