@testable import ArchiveKit
import Foundation
import Testing

/// Inputs the fuzzer flagged (crashes, hangs, slow units) replayed through every stage it fuzzes.
@Suite struct FuzzRegressionTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("fuzz-regressions")
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test func thereAreSavedInputs() {
        #expect(!FuzzRegressionTests.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func replaysWithoutCrashingAndQuickly(name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: FuzzRegressionTests.folder.appendingPathComponent(name).path))
        let clock = ContinuousClock()
        let elapsed = clock.measure { FuzzTargets.ingest([UInt8](data)) }
        // Generous bound: a hang, not a slow machine, is what this guards against.
        #expect(elapsed < .seconds(10))
    }
}
