@testable import ArchiveKit
import Testing

@Suite struct EntityScorerTests {
    let gazetteer = SeedArticles.gazetteer

    func label(_ file: String, primary: String, governorates: [String], actors: [String], places: [String]) -> EntityLabel {
        EntityLabel(file: file, primary: primary, governorates: governorates, actors: actors, places: places)
    }

    @Test func countsAreSummedOverArticlesBeforeDividing() {
        let labels = [
            label("a", primary: "Saraqib", governorates: ["Idlib Governorate"], actors: ["Russia", "Turkey"], places: ["Saraqib", "Syria"]),
            label("b", primary: "Daraa", governorates: ["Daraa Governorate"], actors: ["Jordan"], places: ["Daraa"]),
        ]
        let predictions = [
            "a": EntityPrediction(actors: ["Russia", "Iran"], places: ["Saraqib", "Syria"]),
            "b": EntityPrediction(actors: ["Jordan"], places: ["Damascus", "Daraa"]),
        ]
        let score = EntityScorer.score(labels: labels, predictions: predictions, gazetteer: gazetteer)
        #expect(score.actors.truePositives == 2 && score.actors.falsePositives == 1 && score.actors.falseNegatives == 1)
        #expect(abs(score.actors.precision - 2.0 / 3.0) < 1e-9)
        #expect(score.places.precision == 0.75 && score.places.recall == 1)
        // "b" lists Damascus first: wrong governorate, although Daraa is among its places.
        #expect(score.primaryHits == 1 && score.primaryTotal == 2)
        #expect(score.governorateHits == 2)
        #expect(score.articles[0].missingActors == ["Turkey"] && score.articles[0].extraActors == ["Iran"])
        #expect(score.articles[1].extraPlaces == ["Damascus"] && !score.articles[1].isPerfect)
    }

    @Test func aPlaceInsideTheGovernorateCoversIt() {
        let labels = [label("a", primary: "Kafr Ruma", governorates: ["Idlib Governorate"], actors: [], places: ["Kafr Ruma"])]
        let score = EntityScorer.score(labels: labels, predictions: ["a": EntityPrediction(actors: [], places: ["Kafr Ruma"])], gazetteer: gazetteer)
        #expect(score.primaryAccuracy == 1 && score.governorateCoverage == 1)
    }

    @Test func aStoryOutsideSyriaIsJudgedByItsCountry() {
        let labels = [label("a", primary: "Geneva", governorates: [], actors: [], places: ["Geneva", "Syria"])]
        let right = EntityScorer.score(labels: labels, predictions: ["a": EntityPrediction(actors: [], places: ["Geneva"])], gazetteer: gazetteer)
        let wrong = EntityScorer.score(labels: labels, predictions: ["a": EntityPrediction(actors: [], places: ["Syria"])], gazetteer: gazetteer)
        #expect(right.primaryAccuracy == 1 && wrong.primaryAccuracy == 0)
        #expect(right.governorateTotal == 0)
    }

    @Test(arguments: [
        ("Kafr Ruma", "Idlib Governorate"), ("Aleppo", "Aleppo Governorate"), ("Hmeymim Air Base", "Latakia Governorate"),
        ("Damascus", "Damascus Governorate"), ("Moscow", "Russia"), ("Syria", "Syria"), ("Nowhere", "Nowhere"),
    ])
    func regionIsTheGovernorateOrTheCountry(place: String, region: String) {
        #expect(EntityScorer.region(of: place, in: gazetteer) == region)
    }

    @Test func aMissingPredictionFindsNothing() {
        let labels = [label("a", primary: "Daraa", governorates: ["Daraa Governorate"], actors: ["Jordan"], places: ["Daraa"])]
        let score = EntityScorer.score(labels: labels, predictions: [:], gazetteer: gazetteer)
        #expect(score.actors.recall == 0 && score.actors.precision == 1 && score.primaryHits == 0)
    }

    @Test func theReportShowsNumbersAndMisses() {
        let labels = [label("a.txt", primary: "Daraa", governorates: ["Daraa Governorate"], actors: ["Jordan"], places: ["Daraa"])]
        let score = EntityScorer.score(labels: labels, predictions: ["a.txt": EntityPrediction(actors: ["Iran"], places: ["Daraa"])], gazetteer: gazetteer)
        let text = EntityScoreReport.text(score, articles: 1)
        #expect(text.contains("primary place in the right governorate:  100.0%  (1/1)"))
        #expect(text.contains("== a.txt") && text.contains("missed actors:  Jordan") && text.contains("extra actors:   Iran"))
        #expect(EntityScoreReport.percent(0.9876) == "98.8%")
    }
}
