@testable import ArchiveKit
import Foundation
import Testing

/// The labelled development set (`Fixtures/entities`) and the held-out set written after tuning
/// (`Fixtures/entities/holdout`): extraction must not fall below the levels reached on them.
@Suite struct EntityDevSetTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("entities")

    func score(_ folder: URL) throws -> (EntityScorer.Score, EntityDevSet) {
        let devSet = try EntityDevSet(folder: folder)
        let predictions = try devSet.predictions(using: SeedArticles.assembler)
        return (EntityScorer.score(labels: devSet.labels, predictions: predictions, gazetteer: SeedArticles.gazetteer), devSet)
    }

    /// Floors a little under the measured values (see the report in `archive entities --score`).
    @Test func theDevelopmentSetStaysAboveItsFloor() throws {
        let (score, devSet) = try score(EntityDevSetTests.folder)
        let report = EntityScoreReport.text(score, articles: devSet.labels.count)
        #expect(devSet.labels.count >= 40)
        #expect(score.actors.precision >= 0.98, "\(report)")
        #expect(score.actors.recall >= 0.98, "\(report)")
        #expect(score.places.precision >= 0.96, "\(report)")
        #expect(score.places.recall >= 0.97, "\(report)")
        #expect(score.primaryAccuracy >= 0.94, "\(report)")
        #expect(score.governorateCoverage >= 0.98, "\(report)")
    }

    @Test func theHeldOutSetStaysAboveItsFloor() throws {
        let (score, devSet) = try score(EntityDevSetTests.folder.appendingPathComponent("holdout"))
        let report = EntityScoreReport.text(score, articles: devSet.labels.count)
        #expect(score.actors.precision >= 0.95, "\(report)")
        #expect(score.actors.recall >= 0.92, "\(report)")
        #expect(score.places.precision >= 0.90, "\(report)")
        #expect(score.places.recall >= 0.88, "\(report)")
        #expect(score.primaryAccuracy >= 0.9, "\(report)")
        #expect(score.governorateCoverage >= 0.9, "\(report)")
    }

    @Test func developmentLabelsUseGazetteerNames() throws {
        let devSet = try EntityDevSet(folder: EntityDevSetTests.folder)
        #expect(devSet.unknownNames(in: SeedArticles.gazetteer) == [])
        let governorates = Set(devSet.labels.flatMap(\.governorates))
        #expect(governorates.count == 14, "every governorate is covered")
    }

    @Test func aBrokenLabelsFileNamesTheProblem() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["labels.json": #"{"format": 1, "articles": [{"file": "a.txt"}]}"#])
        #expect { try EntityDevSet(folder: folder.url) } throws: { "\($0)".contains("labels.json") && "\($0)".contains("primary") }
    }
}
